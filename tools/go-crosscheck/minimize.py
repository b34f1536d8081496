#!/usr/bin/env python3
"""Find the smallest scenarios that isolate each rule difference (see gomodel.py), using the
model to search a small space, then confirm each one on the real Go binary and pc-trace.

    minimize.py --go BIN --sim BIN

For each rule R it reports two reproducers:
  alone      the smallest scenario where the simulator's trace differs from Go's and
             switching ONLY rule R to Go's behaviour makes the model give Go's trace
             (so R is the whole explanation of that mismatch);
  needed     the smallest scenario where, with every other rule already Go's, switching R
             back to the simulator's behaviour changes the trace (R still matters after the
             other fixes).
Each is also reported restricted to mismatches of each class (per-task, per-ms, differs:
see crosscheck.py), so there is a reproducer that survives the relaxed comparisons.
Size order: tasks, then items, then capacity, then the number of printed lines.
"""
import argparse
import itertools
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import crosscheck  # noqa: E402
import gomodel  # noqa: E402

MS = [[0], [1], [2], [3], [4], [0, 1], [1, 0], [1, 2], [2, 1], [1, 3], [3, 1]]


def space():
    for p, c, cap, items in itertools.product((1, 2, 3), (1, 2, 3), (0, 1, 2), (1, 2, 3)):
        for pms in MS[: 5 if p == 1 else len(MS)]:
            for cms in MS[: 5 if c == 1 else len(MS)]:
                for close in (1, 0):
                    yield (p, c, cap, items, pms, cms, close)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--go", required=True)
    ap.add_argument("--sim", required=True)
    a = ap.parse_args()
    R = gomodel.RULES
    best = {}
    for s in space():
        go = gomodel.trace(s)
        sim = gomodel.trace(s, R)
        size = (s[0] + s[1], s[3], s[2], len(go), s[6] == 0)
        if go != sim:
            for r in R:
                if gomodel.trace(s, [x for x in R if x != r]) == go:
                    for key in (("alone", r), ("alone, " + crosscheck.classify(go, sim), r)):
                        if key not in best or size < best[key][0]:
                            best[key] = (size, s)
        for r in R:
            alt = gomodel.trace(s, [r])
            if alt != go:
                for key in (("needed", r), ("needed, " + crosscheck.classify(go, alt), r)):
                    if key not in best or size < best[key][0]:
                        best[key] = (size, s)
    for (kind, r), (size, s) in sorted(best.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        g = crosscheck.run_go(a.go, s, 1)
        m = crosscheck.run_sim(a.sim, s)
        print(f"== {r} {kind}: {crosscheck.query(s)}")
        print(f"   model==go: {gomodel.trace(s) == g}   model(sim rules)==sim: "
              f"{gomodel.trace(s, R) == m}   go vs sim: {crosscheck.classify(g, m)}")
        if kind.startswith("needed"):
            alt = gomodel.trace(s, [r])
            print(f"   (Go with only {r} as the simulator has it)")
        else:
            alt = m
            print("   (simulator)")
        w = max(len(x) for x in g) + 2
        for i in range(max(len(g), len(alt))):
            x = g[i] if i < len(g) else ""
            y = alt[i] if i < len(alt) else ""
            print(f"   {x:<{w}}{'  ' if x == y else '| '}{y}")
    missing = [(k, r) for k in ("alone", "needed", "alone, differs", "needed, differs")
               for r in R if (k, r) not in best]
    if missing:
        print("no reproducer in the small space for:", missing)


if __name__ == "__main__":
    main()
