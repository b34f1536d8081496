#!/usr/bin/env python3
"""Records what real Go prints for every program, as golden data for the native test.

    python3 tools/go-programs/record.py [--runs 11] [programs/*.go generated/*.go]

Each program runs `--runs` times (gorun.py). A program whose output ever varies is
dropped (listed in golden/DROPPED.txt with its variant count); the others get
golden/<dir>__<name>.json: the program's result, one JSON object per line, exactly as
gorun.py prints it. tests/go_programs_golden.rs replays them through the interpreter.
"""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import gorun  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    args = sys.argv[1:]
    runs = 11
    if args[:1] == ["--runs"]:
        runs, args = int(args[1]), args[2:]
    files = args or sorted(glob.glob(os.path.join(HERE, "programs", "*.go"))) + sorted(
        glob.glob(os.path.join(HERE, "generated", "*.go")))
    golden = os.path.join(HERE, "golden")
    os.makedirs(golden, exist_ok=True)
    dropped, kept = [], 0
    for f in files:
        r = gorun.run_file(f, runs)
        key = os.path.basename(os.path.dirname(os.path.abspath(f))) + "__" + os.path.basename(f)[:-3]
        out = os.path.join(golden, key + ".json")
        if not r["stable"]:
            why = "never ended" if r["variants"] == 0 else "%d variants in %d runs" % (r["variants"], runs)
            dropped.append("%s %s" % (f, why))
            if os.path.exists(out):
                os.remove(out)
            continue
        with open(out, "w") as g:
            for obj in r["result"]:
                g.write(json.dumps(obj, ensure_ascii=False) + "\n")
        kept += 1
    if not args:  # a full run rewrites the list of dropped programs
        with open(os.path.join(golden, "DROPPED.txt"), "w") as g:
            g.write("".join(os.path.relpath(d, HERE) + "\n" for d in dropped))
    print("kept %d, dropped %d (output varied across %d runs)" % (kept, len(dropped), runs))


if __name__ == "__main__":
    main()
