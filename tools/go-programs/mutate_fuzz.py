#!/usr/bin/env python3
"""Mutates the corpus's Go programs at random and runs each mutant through pc-trace,
looking for a panic (exit status 101, or "panicked" on stderr), never for a wrong answer:
bad input must get a clear error (README, "Lab Go").

    cargo build --release --bin pc-trace
    python3 tools/go-programs/mutate_fuzz.py target/release/pc-trace [SEED] [SECONDS]

Each mutant takes a corpus program (programs/ and generated/) and makes 1 to 4 edits:
inserting a token of Go (or of what is outside the subset), deleting a stretch, pasting a
piece of another program, duplicating a line or swapping two words. A mutant that runs
past 5 s (a program that never ends, stopped only by the lab's statement limit) is
counted as slow, not as a finding. Findings are written to /tmp/fz/crashN.go. Prints the
number of runs, slow mutants and findings at the end. Nothing is written into the
repository. The suite's own property tests (tests/golang_properties.rs) do the same on a
smaller scale on every run.
"""
import glob
import os
import random
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = "/tmp/fz"
TIMEOUT_S = 5
# Exit statuses of a run that ended as designed: finished, Go's error or deadlock, a
# stopped run, bad arguments (README, "The trace tool").
EXPECTED = (0, 2, 4, 64)

TOKENS = [
    "go", "func", "(", ")", "{", "}", "<-", "chan", "select", "case", "default:", ":=",
    "=", ",", ";", "\n", "int", "string", "bool", "rune", "'a'", '"x"', "`r`", "0", "1",
    "-1", "1<<62", "nil", "true", "var", "const", "iota", "for", "range", "if", "else",
    "switch", "break", "continue", "return", "defer", "panic(", "close(", "make(", "len(",
    "cap(", "time.Sleep(", "time.After(", "fmt.Println(", 'fmt.Printf("%d %v %q %T\\n", ',
    "wg.Add(", "wg.Wait()", "mu.Lock()", "sync.NewCond(&mu)", "...", "[", "]", ".", "*",
    "&", "/", "%", "<<", ">>", "^", "&^", "|", "||", "&&", "!", "++", "--", "+=", "x", "y",
    "ch", "main", "label:", "goto", "type", "struct{}", "interface{}", "map[int]int",
    "[]int", "0x", "1e9", "1.5", "\\", '"\\xff"', "'\\u1234'", "/*", "*/", "//",
]


def mutate(rng, text, corpus):
    """`text` with 1 to 4 random edits."""
    for _ in range(rng.randint(1, 4)):
        op, pos = rng.random(), rng.randint(0, len(text))
        if op < 0.3:
            text = text[:pos] + rng.choice(TOKENS) + text[pos:]
        elif op < 0.5:
            text = text[:pos] + text[min(len(text), pos + rng.randint(1, 20)):]
        elif op < 0.7:
            other = rng.choice(corpus)
            start = rng.randint(0, len(other))
            text = text[:pos] + other[start:start + rng.randint(1, 200)] + text[pos:]
        elif op < 0.85:
            lines = text.split("\n")
            i = rng.randrange(len(lines))
            lines.insert(i, lines[i])
            text = "\n".join(lines)
        else:
            words = text.split(" ")
            if len(words) > 2:
                i, j = rng.randrange(len(words)), rng.randrange(len(words))
                words[i], words[j] = words[j], words[i]
            text = " ".join(words)
    return text


def main():
    sim = sys.argv[1]
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    limit = float(sys.argv[3]) if len(sys.argv) > 3 else 600
    files = sorted(glob.glob(os.path.join(HERE, "programs", "*.go")))
    files += sorted(glob.glob(os.path.join(HERE, "generated", "*.go")))
    corpus = [open(f, errors="replace").read() for f in files]
    os.makedirs(OUT, exist_ok=True)
    runs = slow = found = 0
    start = time.time()
    while time.time() - start < limit:
        text = mutate(rng, rng.choice(corpus), corpus)
        path = os.path.join(OUT, "cur.go")
        with open(path, "w") as f:
            f.write(text)
        runs += 1
        try:
            r = subprocess.run([sim, "--go", path, "--json"], capture_output=True,
                               timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            slow += 1
            continue
        if r.returncode not in EXPECTED or b"panicked" in r.stderr:
            found += 1
            crash = os.path.join(OUT, f"crash{found}.go")
            with open(crash, "w") as f:
                f.write(text)
            print("FOUND", crash, r.returncode, r.stderr[-300:], flush=True)
    print(f"runs {runs}, slow {slow}, found {found}", flush=True)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
