#!/usr/bin/env python3
"""Compares `pc-trace --go FILE --json` with the recorded real-Go output (golden/).

    python3 tools/go-programs/compare.py [--sim target/release/pc-trace] [--show] [NAME...]

Compares every stdout line in order with its virtual ms, the end kind and the first
error line; for compile errors, go build's whole message and its exit status.
Prints one line per mismatch and the totals.
"""
import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def sim_result(sim, path):
    d, name = os.path.split(path)
    p = subprocess.run([sim, "--go", name, "--json"], cwd=d, capture_output=True, timeout=120)
    if p.stderr.startswith(b"# command-line-arguments"):
        return [{"compile": p.stderr.decode(), "status": p.returncode}]
    out = []
    for line in p.stdout.decode().splitlines():
        obj = json.loads(line)
        obj.pop("task", None)
        if "end" in obj:
            obj.pop("t", None)
        out.append(obj)
    return out


def main():
    args = sys.argv[1:]
    sim = os.path.join(HERE, "..", "..", "target", "release", "pc-trace")
    show = False
    if "--show" in args:
        show = True
        args.remove("--show")
    if args[:1] == ["--sim"]:
        sim, args = args[1], args[2:]
    goldens = sorted(glob.glob(os.path.join(HERE, "golden", "*.json")))
    if args:
        goldens = [g for g in goldens if any(a in g for a in args)]
    ok = bad = 0
    for g in goldens:
        key = os.path.basename(g)[:-5]
        d, name = key.split("__", 1)
        src = os.path.join(HERE, d, name + ".go")
        with open(g) as f:
            want = [json.loads(l) for l in f if l.strip()]
        got = sim_result(sim, src)
        if got == want:
            ok += 1
            continue
        bad += 1
        print("MISMATCH", os.path.relpath(src, HERE))
        if show:
            for i in range(max(len(got), len(want))):
                a = want[i] if i < len(want) else None
                b = got[i] if i < len(got) else None
                mark = "  " if a == b else "!!"
                print("   %s go:  %s\n      sim: %s" % (mark, a, b))
    print("%d of %d programs match real Go exactly" % (ok, ok + bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
