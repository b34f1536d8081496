#!/usr/bin/env python3
"""Differential check of monitor mode against OSTEP's real `threads-cv` programs.

Builds the four variants from the public ostep-homework source (never copied into this
repository) into a temp dir with gcc -pthread, runs each case on the real program several
times (`-v -t`, with a hang timeout) and once through `pc-trace --json`, and compares the
outcomes: total time (whole seconds), consumption per consumer and as a multiset, and the
error kind (fill/get) or hang.

    OSTEP_SRC=/tmp/ostep-src/threads-cv python3 tools/ostep-crosscheck/crosscheck.py \
        --random 60 --seed 1 --runs 6 --extra 12 --jobs 4 [--record golden/seed1.json] [--show]
    OSTEP_SRC=... python3 tools/ostep-crosscheck/crosscheck.py --extend golden/seed1.json
    python3 tools/ostep-crosscheck/crosscheck.py --replay golden/seed1.json   # no gcc needed

See README.md in this folder.
"""

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
VARIANTS = ["two-cvs-while", "two-cvs-if", "one-cv-while", "two-cvs-while-extra-unlock"]


def build(src):
    """Compiles the four programs from `src` (the threads-cv folder) into a temp dir."""
    out = tempfile.mkdtemp(prefix="ostep-cv-")
    for v in VARIANTS:
        c = os.path.join(src, f"main-{v}.c")
        if not os.path.exists(c):
            sys.exit(f"crosscheck: {c} not found: OSTEP_SRC must be ostep-homework's threads-cv folder")
        subprocess.run(["gcc", "-o", os.path.join(out, f"main-{v}"), c, "-Wall", "-pthread"],
                       check=True, stderr=subprocess.DEVNULL)
    return out


def sleep_piece(rng, zero_bias):
    """One thread's 7 marker pauses: mostly zero, a few 1-2 s entries."""
    if rng.random() < zero_bias:
        return [0] * 7
    piece = [0] * 7
    for _ in range(rng.choice([1, 1, 2, 3])):
        piece[rng.randrange(7)] = rng.choice([1, 1, 2])
    return piece


def fmt_sleep(pieces):
    return ":".join(",".join(str(x) for x in p) for p in pieces)


def bound_s(case):
    """An upper bound on a finishing run's time: every pause of every thread, serialised."""
    items = case["items"] * case["producers"]
    p = sum(sum(x) for x in case["psleep_pieces"]) * case["items"]
    c = sum(sum(x) for x in case["csleep_pieces"]) * (items + 1) * 2
    return p + c


def random_cases(n, seed):
    rng = random.Random(seed)
    cases = []
    while len(cases) < n:
        case = {
            "variant": VARIANTS[len(cases) % 4],
            "producers": rng.randint(1, 3),
            "consumers": rng.randint(1, 3),
            "capacity": rng.randint(1, 3),
            "items": rng.randint(1, 3),
        }
        bias = rng.choice([1.0, 0.5, 0.3, 0.0])
        case["psleep_pieces"] = [sleep_piece(rng, bias) for _ in range(case["producers"])]
        case["csleep_pieces"] = [sleep_piece(rng, bias) for _ in range(case["consumers"])]
        if bound_s(case) > 24:
            continue
        finish(case)
        cases.append(case)
    return cases


def finish(case):
    case["psleep"] = fmt_sleep(case["psleep_pieces"])
    case["csleep"] = fmt_sleep(case["csleep_pieces"])
    del case["psleep_pieces"], case["csleep_pieces"]
    case["query"] = (f"mode=monitor&variant={case['variant']}&items={case['items']}"
                     f"&capacity={case['capacity']}&producers={case['producers']}"
                     f"&consumers={case['consumers']}&psleep={case['psleep']}&csleep={case['csleep']}")


def pieces(s):
    return [[int(x) for x in p.split(",")] for p in s.split(":")]


def run_real(bindir, case):
    """One run of the real program: its outcome as a dict."""
    exe = os.path.join(bindir, f"main-{case['variant']}")
    args = [exe, "-l", str(case["items"]), "-m", str(case["capacity"]), "-p", str(case["producers"]),
            "-c", str(case["consumers"]), "-P", case["psleep"], "-C", case["csleep"], "-v", "-t"]
    c = dict(case, psleep_pieces=pieces(case["psleep"]), csleep_pieces=pieces(case["csleep"]))
    timeout = bound_s(c) + 3
    try:
        r = subprocess.run(args, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"end": "hang"}
    if r.returncode != 0:
        msg = r.stderr.strip().removeprefix("error: ")
        return {"end": "error", "error": msg}
    consumed, total = [], None
    for line in r.stdout.splitlines():
        line = line.strip()
        if line.startswith("C") and "->" in line:
            consumed.append(int(line.split("->")[1]))
        if line.startswith("Total time:"):
            total = float(line.split()[2])
    return {"end": "finished", "time_s": total, "consumed": consumed}


def run_all(bindir, jobs, parallel):
    """Runs each (case, count) `count` more times on the real program, `parallel` at once,
    appending the endings to the case's `runs`."""
    flat = [case for case, count in jobs for _ in range(count)]
    with ThreadPoolExecutor(parallel) as pool:
        results = list(pool.map(lambda c: run_real(bindir, c), flat))
    for case, r in zip(flat, results):
        case["runs"].append(r)


def dump(path, meta, cases):
    """Writes a recording: JSON with one case (and all its real runs) per line."""
    with open(path, "w") as f:
        f.write('{"meta": ' + json.dumps(meta) + ',\n "cases": [\n')
        f.write(",\n".join(json.dumps(c) for c in cases))
        f.write("\n]}\n")


def run_sim(sim, query):
    out = subprocess.run([sim, "--json", query], capture_output=True, text=True).stdout
    end = json.loads(out.strip().splitlines()[-1])
    if end["end"] == "finished":
        return {"end": "finished", "time_s": end["t"] / 1000, "consumed": end["consumed"]}
    if end["end"] == "error":
        return {"end": "error", "error": end["error"]}
    return {"end": "hang"}


def key(o):
    """What is compared: end, whole seconds, per-consumer counts (or the error kind)."""
    if o["end"] == "finished":
        return ("finished", round(o["time_s"]), tuple(o["consumed"]))
    if o["end"] == "error":
        return ("error", o["error"])
    return ("hang",)


def multiset(k):
    """An ending with the consumers' counts as a multiset (who got how many not compared)."""
    return (k[0], k[1], tuple(sorted(k[2]))) if k[0] == "finished" else k


def in_range(sim, runs):
    """True when the simulated outcome lies inside the real range: its kind was observed,
    and for a finished run its time and each consumer's count lie within the real min..max
    (and its multiset of counts was observed)."""
    keys = [key(r) for r in runs]
    s = key(sim)
    if s in keys:
        return True
    if s[0] != "finished":
        return False
    done = [k for k in keys if k[0] == "finished"]
    if not done:
        return False
    times = [k[1] for k in done]
    if not min(times) <= s[1] <= max(times):
        return False
    multisets = {tuple(sorted(k[2])) for k in done}
    per = list(zip(*[k[2] for k in done]))
    return tuple(sorted(s[2])) in multisets and all(
        min(col) <= x <= max(col) for x, col in zip(s[2], per))


def classify(case, sim_outcome):
    runs = case["runs"]
    keys = {key(r) for r in runs}
    stable = len(keys) == 1
    s = key(sim_outcome)
    if stable:
        return "stable-match" if s in keys else "stable-differs"
    if s in keys:
        return "unstable-observed"
    return "unstable-in-range" if in_range(sim_outcome, runs) else "unstable-outside"


def recheck(a):
    """Do parallel runs perturb the results? Reruns the stable cases of a recording."""
    with open(a.recheck) as f:
        cases = json.load(f)["cases"]
    stable = [c for c in cases if len({key(r) for r in c["runs"]}) == 1]
    bindir = build(os.environ.get("OSTEP_SRC") or sys.exit("crosscheck: set OSTEP_SRC"))
    fresh = [dict(c, runs=[]) for c in stable]
    run_all(bindir, [(c, a.runs) for c in fresh], a.jobs)
    changed = [c for c, f in zip(stable, fresh) if {key(r) for r in f["runs"]} != {key(c["runs"][0])}]
    for c in changed:
        print(f"changed {c['query']}\n    recorded {key(c['runs'][0])}\n    now "
              f"{sorted({key(r) for r in next(f for f in fresh if f['query'] == c['query'])['runs']})}")
    print(f"recheck with --jobs {a.jobs}: {len(stable) - len(changed)}/{len(stable)} stable cases "
          f"gave the recorded ending in all {a.runs} runs")
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--random", type=int, default=60)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--runs", type=int, default=6, help="real runs per case (zero-sleep cases get 4x)")
    ap.add_argument("--jobs", type=int, default=4, help="real runs at once")
    ap.add_argument("--extra", type=int, default=12,
                    help="more real runs for each case whose runs disagreed (maps the range)")
    ap.add_argument("--extend", help="add --extra runs to the unstable cases of this recording")
    ap.add_argument("--recheck", help="rerun this recording's stable cases --runs times with "
                    "--jobs at once (e.g. 1) and count those whose ending changed")
    ap.add_argument("--record", help="write the cases and real runs to this JSON file")
    ap.add_argument("--replay", help="compare pc-trace with recorded real runs (no gcc)")
    ap.add_argument("--sim", default=os.environ.get("SIM", os.path.join(
        os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "release", "pc-trace")))
    ap.add_argument("--policy", help="run pc-trace under this policy instead of the default")
    ap.add_argument("--show", action="store_true", help="print every case, not just mismatches")
    a = ap.parse_args()

    meta = {"source": "ostep-homework threads-cv, gcc -pthread", "seed": a.seed,
            "runs": a.runs, "extra": a.extra, "jobs": a.jobs}
    if a.recheck:
        return recheck(a)
    if a.replay or a.extend:
        with open(a.replay or a.extend) as f:
            doc = json.load(f)
        cases, meta = doc["cases"], doc.get("meta", meta)
    if not a.replay:
        src = os.environ.get("OSTEP_SRC")
        if not src:
            sys.exit("crosscheck: set OSTEP_SRC to ostep-homework's threads-cv folder")
        bindir = build(src)
        t0 = time.time()
        if not a.extend:
            cases = random_cases(a.random, a.seed)
            for case in cases:
                case["runs"] = []
            zero = lambda c: set(c["psleep"] + c["csleep"]) <= set("0,:")
            run_all(bindir, [(c, a.runs * (4 if zero(c) else 1)) for c in cases], a.jobs)
        unstable = [c for c in cases if len({key(r) for r in c["runs"]}) > 1]
        run_all(bindir, [(c, a.extra) for c in unstable], a.jobs)
        meta["extra"] = a.extra
        print(f"real runs: {sum(len(c['runs']) for c in cases)} in {time.time() - t0:.0f} s",
              file=sys.stderr)
        out = a.record or a.extend
        if out:
            dump(out, meta, cases)

    tally = {}
    ms_stable = ms_match = 0
    for case in cases:
        sim = run_sim(a.sim, case["query"] + (f"&policy={a.policy}" if a.policy else ""))
        cls = classify(case, sim)
        by_multiset = {multiset(key(r)) for r in case["runs"]}
        if len(by_multiset) == 1:
            ms_stable += 1
            ms_match += multiset(key(sim)) in by_multiset
        tally[cls] = tally.get(cls, 0) + 1
        if a.show or cls in ("stable-differs", "unstable-outside"):
            real = sorted({key(r) for r in case["runs"]})
            print(f"{cls:18} {case['query']}\n    real {real}\n    sim  {key(sim)}")
    stable = tally.get("stable-match", 0) + tally.get("stable-differs", 0)
    unstable = len(cases) - stable
    inside = tally.get("unstable-observed", 0) + tally.get("unstable-in-range", 0)
    print(f"cases {len(cases)}: stable {stable}, matching {tally.get('stable-match', 0)}/{stable}; "
          f"unstable {unstable}, inside the real range {inside}/{unstable} "
          f"(equal to an observed run {tally.get('unstable-observed', 0)}); "
          f"stable by multiset of counts {ms_stable}, matching {ms_match}/{ms_stable}")
    return 0 if tally.get("stable-differs", 0) + tally.get("unstable-outside", 0) == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
