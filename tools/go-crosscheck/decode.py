#!/usr/bin/env python3
"""Decode the Go playground's playback framing into pc-trace's text format.

A program built with `go build -tags faketime` writes every chunk sent to fd 1 or 2 as
    "\\x00\\x00PB" + 8-byte big-endian virtual time (ns since 1970) + 4-byte big-endian length
followed by the bytes (runtime/time_fake.go). Feed this script the program's stdout and
stderr merged (2>&1): the runtime writes header and data under one lock, so chunks never
interleave. Output, one per line:
    <virtual ms since start> <task> <text>        for each `<task> <text>` line printed
    <ms> end finished                             main returned (the program's \\x01end mark)
    <ms> end deadlock                             `fatal error: all goroutines are asleep - deadlock!`
    <ms> end error: <first line of stderr>        anything else on stderr (a panic)
    <ms> end unknown                              the stream ended without any of these
Virtual time starts at runtime.faketime's initial value, 1257894000000000000 ns. The
runtime adds 1 ns when the stream switches between fd 1 and fd 2; whole-ms flooring hides it.
"""
import struct
import sys

START_NS = 1257894000000000000
DEADLOCK = b"all goroutines are asleep - deadlock!"


def chunks(data):
    pos = 0
    while pos < len(data):
        if data[pos:pos + 4] != b"\x00\x00PB":
            # Unframed bytes (should not happen under faketime): report them with no time.
            end = data.find(b"\x00\x00PB", pos)
            end = len(data) if end < 0 else end
            yield None, data[pos:end]
            pos = end
            continue
        t, n = struct.unpack(">QI", data[pos + 4:pos + 16])
        yield t, data[pos + 16:pos + 16 + n]
        pos += 16 + n


def main():
    data = sys.stdin.buffer.read()
    out = []
    partial = b""
    last_ms = 0
    ended = False
    stray = b""
    for t, body in chunks(data):
        ms = last_ms if t is None else (t - START_NS) // 1_000_000
        last_ms = ms
        if ended:
            continue
        if DEADLOCK in body:
            out.append(f"{ms} end deadlock")
            ended = True
            continue
        if body.startswith(b"\x01end"):
            out.append(f"{ms} end finished")
            ended = True
            continue
        text = partial + body
        lines = text.split(b"\n")
        partial = lines.pop()
        for line in lines:
            s = line.decode("utf-8", "replace")
            if s[:1] in ("P", "C") and " " in s and s.split(" ", 1)[0][1:].isdigit():
                out.append(f"{ms} {s}")
            else:
                stray += line + b"\n"
                if not ended and s.strip():
                    out.append(f"{ms} end error: {s.strip()}")
                    ended = True
    if not ended:
        out.append(f"{last_ms} end unknown")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
