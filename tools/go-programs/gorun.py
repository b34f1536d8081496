#!/usr/bin/env python3
"""Runs Go programs on the real toolchain in virtual time and prints what they printed.

    python3 tools/go-programs/gorun.py [--runs 11] prog.go...

Each program is built once with `go build -tags faketime` (the Go playground's clock) and
run `--runs` times with GOMAXPROCS=1. Standard output and standard error are read from
separate pipes; each write is framed `\\0\\0PB` + 8-byte BE ns + 4-byte BE length, the clock
starting at 1257894000000000000. The result, as `pc-trace --go FILE --json` prints it
(without the end time, which Go does not reveal), is one JSON object per line:
{"t": ms, "text": ...} per stdout line, then {"end": kind, "error": first stderr line}.
A compile error gives {"compile": <go build's stderr, with the file shown as ./NAME>}.
Prints one JSON object per program: {"file", "stable": bool, "result": [...], "variants": n}.
"""
import json
import os
import subprocess
import sys
import tempfile

EPOCH = 1257894000000000000


def frames(data):
    """Yields (ns, payload) from faketime's framed output."""
    i = 0
    while i + 16 <= len(data):
        if data[i:i + 4] != b"\0\0PB":
            raise ValueError("bad frame header at %d" % i)
        t = int.from_bytes(data[i + 4:i + 12], "big")
        n = int.from_bytes(data[i + 12:i + 16], "big")
        yield t, data[i + 16:i + 16 + n]
        i += 16 + n


def ms(ns):
    v = (ns - EPOCH)
    return v // 1000000 if v % 1000000 == 0 else v / 1e6


def decode(out, err, code):
    lines, cur = [], b""
    last_t = EPOCH
    for t, payload in frames(out):
        last_t = t
        for b in payload:
            if b == 10:
                lines.append({"t": ms(t), "text": cur.decode("utf-8", "replace")})
                cur = b""
            else:
                cur += bytes([b])
    if cur:
        lines.append({"t": ms(last_t), "text": cur.decode("utf-8", "replace")})
    errtext = b"".join(p for _, p in frames(err)).decode("utf-8", "replace")
    first = errtext.split("\n", 1)[0] if errtext else ""
    if code == 0:
        end = {"end": "finished"}
    elif first.startswith("fatal error: all goroutines are asleep"):
        end = {"end": "deadlock", "error": first}
    else:
        end = {"end": "error", "error": first}
    return lines + [end]


def run_file(path, runs, gobin="go"):
    name = os.path.basename(path)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, name)
        with open(path, "rb") as f, open(src, "wb") as g:
            g.write(f.read())
        exe = os.path.join(tmp, "prog")
        env = dict(os.environ, GOFLAGS="-mod=mod", GO111MODULE="off")
        b = subprocess.run([gobin, "build", "-tags", "faketime", "-o", exe, name], cwd=tmp,
                           capture_output=True, env=env)
        if b.returncode != 0:
            text = b.stderr.decode("utf-8", "replace")
            return {"file": path, "stable": True, "variants": 1,
                    "result": [{"compile": text, "status": b.returncode}]}
        seen = []
        for _ in range(runs):
            try:
                p = subprocess.run([exe], capture_output=True, env=dict(env, GOMAXPROCS="1"), timeout=10)
            except subprocess.TimeoutExpired:
                # A program that never ends (a loop of timeouts): nothing to compare.
                return {"file": path, "stable": False, "variants": 0, "result": []}
            r = decode(p.stdout, p.stderr, p.returncode)
            if r not in seen:
                seen.append(r)
        return {"file": path, "stable": len(seen) == 1, "variants": len(seen), "result": seen[0]}


def main():
    args = sys.argv[1:]
    runs = 11
    if args[:1] == ["--runs"]:
        runs = int(args[1])
        args = args[2:]
    for path in args:
        print(json.dumps(run_file(path, runs)), flush=True)


if __name__ == "__main__":
    main()
