#!/usr/bin/env python3
"""Record the order in which `close` wakes the consumers on real Go, for
tests/go_close_wake_order.rs: main.go's `-done` flag makes each consumer print
`<task> done` when its range loop ends. Scenarios have several consumers waiting in the
receive queue when the channel closes. Each file: the pc-trace query, then Go's lines.

    GO=/path/to/faketime/binary record_close_order.py     (compare.sh shows how to build it)
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import crosscheck  # noqa: E402

# (name, (p, c, cap, items, produce_ms, consume_ms, close))
SCENARIOS = [
    ("close-order-1x3-cap0", (1, 3, 0, 1, [1000], [0], 1)),
    ("close-order-1x4-cap1", (1, 4, 1, 2, [1000], [0], 1)),
    ("close-order-2x3-cap0", (2, 3, 0, 1, [500, 1000], [0], 1)),
    ("close-order-1x6-cap2", (1, 6, 2, 3, [10], [0, 5], 1)),
    ("close-order-3x5-cap0", (3, 5, 0, 2, [7, 3], [1], 1)),
]


def main():
    go = os.environ["GO"]
    out = os.path.join(HERE, "golden", "close-order")
    os.makedirs(out, exist_ok=True)
    for name, s in SCENARIOS:
        runs = set()
        for _ in range(5):
            raw = subprocess.run([go, "-done"] + crosscheck.go_args(s), stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT, env=dict(os.environ, GOMAXPROCS="1"),
                                 timeout=60).stdout
            dec = subprocess.run([sys.executable, os.path.join(HERE, "decode.py")], input=raw,
                                 stdout=subprocess.PIPE, check=True).stdout.decode()
            runs.add(dec)
        if len(runs) != 1:
            print(f"{name}: Go varied over 5 runs; not recorded", file=sys.stderr)
            continue
        with open(os.path.join(out, name + ".txt"), "w") as f:
            f.write(crosscheck.query(s) + "\n" + runs.pop())
    print(f"close-order traces in {out}")


if __name__ == "__main__":
    main()
