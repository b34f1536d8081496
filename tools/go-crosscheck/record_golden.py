#!/usr/bin/env python3
"""Record real-Go traces (GOMAXPROCS=1, -tags faketime) as golden files for
tests/go_runtime_crosscheck.rs, so that the simulator can be checked against Go without Go
installed. Each file: first line the pc-trace query, then Go's trace lines.

    GO=/path/to/faketime/binary record_golden.py     (compare.sh shows how to build it)
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import crosscheck  # noqa: E402
import gomodel  # noqa: E402

# The smallest reproducers of each rule difference (see README.md).
MINIMAL = [
    ("min-start-1x1", "producers=1&consumers=1&capacity=0&items=2&produce_ms=0&consume_ms=0"),
    ("min-start-2x1", "producers=2&consumers=1&capacity=0&items=1&produce_ms=0&consume_ms=0"),
    ("min-start-1x2", "producers=1&consumers=2&capacity=0&items=1&produce_ms=0&consume_ms=0"),
    ("min-timerwake-1x1", "producers=1&consumers=1&capacity=1&items=3&produce_ms=1&consume_ms=2"),
    ("min-timerwake-seedlike", "producers=1&consumers=1&capacity=2&items=5&produce_ms=4000&consume_ms=8000"),
    ("min-chanwake-1x2", "producers=1&consumers=2&capacity=0&items=2&produce_ms=0&consume_ms=0"),
    ("min-heap-2x1", "producers=2&consumers=1&capacity=0&items=2&produce_ms=1,2&consume_ms=1"),
    ("min-timerwake-2x1", "producers=2&consumers=1&capacity=0&items=2&produce_ms=0,1&consume_ms=1"),
]


def main():
    go = os.environ["GO"]
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden")
    os.makedirs(out, exist_ok=True)
    rng = random.Random(3)
    scen = [(n, gomodel.parse_query(q)) for n, q in MINIMAL]
    scen += [(n, s) for n, s in crosscheck.FIXED if s[3] * s[0] <= 400]
    scen += [(f"rand{i:02d}", crosscheck.random_scenario(rng)) for i in range(40)]
    for name, s in scen:
        g = crosscheck.run_go(go, s, 1)
        if gomodel.trace(s) != g:
            print(f"warning: {name}: Go and gomodel.py disagree", file=sys.stderr)
        with open(os.path.join(out, name + ".txt"), "w") as f:
            f.write(crosscheck.query(s) + "\n" + "\n".join(g) + "\n")
    print(f"{len(scen)} golden traces in {out}")


if __name__ == "__main__":
    main()
