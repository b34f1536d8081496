#![cfg(not(target_arch = "wasm32"))]
//! The simulator's Go mode against traces recorded from the real Go runtime.
//!
//! `tools/go-crosscheck/golden/*.txt` were recorded by `tools/go-crosscheck/record_golden.py`
//! from Go 1.19.8 built with `-tags faketime` (the playground's virtual clock) and run with
//! GOMAXPROCS=1: first line the `pc-trace` query, then Go's `<ms> <task> <text>` lines and
//! the end line. See `tools/go-crosscheck/README.md` for how they were made and for why
//! the default policy (`SEMANTICS.md` §1) differs from them (Go's `runnext` slot, timer
//! heap order, and main running first); the `go-runtime` policy follows Go's rules and
//! must reproduce every one of them.

use std::fs;
use std::path::PathBuf;

use producer_consumer_lab::sim::reports::trace::Trace;
use producer_consumer_lab::sim::scenario::parse_query;

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tools/go-crosscheck/golden")
}

/// (name, query, Go's trace text) for every golden file, sorted by name.
fn golden() -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for entry in fs::read_dir(golden_dir()).expect("golden directory") {
        let path = entry.expect("golden entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = fs::read_to_string(&path).expect("golden file");
            let (query, trace) = text.split_once('\n').expect("query line");
            let name = path
                .file_stem()
                .expect("a golden file has a name")
                .to_string_lossy()
                .into_owned();
            out.push((name, query.to_string(), trace.to_string()));
        }
    }
    out.sort();
    out
}

/// The simulator's trace of `query` with `extra` (e.g. `&policy=go-runtime`) appended.
fn simulate(query: &str, extra: &str) -> String {
    let parsed = parse_query(&format!("{query}{extra}"));
    assert!(parsed.errors.is_empty(), "{query}: {:?}", parsed.errors);
    Trace::of(parsed.scenario).to_text()
}

/// Checks the named golden traces (all when `only` is None) with `extra` appended to each
/// query; fails listing every mismatch with its first differing line.
fn check(only: Option<&[&str]>, extra: &str) {
    let mut bad = Vec::new();
    let mut n = 0;
    for (name, query, go) in golden() {
        if only.is_some_and(|names| !names.contains(&name.as_str())) {
            continue;
        }
        n += 1;
        let sim = simulate(&query, extra);
        if sim != go {
            let (g, s): (Vec<_>, Vec<_>) = (go.lines().collect(), sim.lines().collect());
            let i = (0..g.len().max(s.len()))
                .find(|&i| g.get(i) != s.get(i))
                .unwrap_or(0);
            bad.push(format!(
                "{name}: {query}\n    line {}: go {:?} / sim {:?}",
                i + 1,
                g.get(i).copied().unwrap_or("<none>"),
                s.get(i).copied().unwrap_or("<none>")
            ));
        }
    }
    assert!(n > 0, "no golden traces found");
    assert!(
        bad.is_empty(),
        "{} of {n} Go traces differ:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

/// One producer, one consumer, and no two events at the same instant: the seed's family,
/// which the default policy (`SEMANTICS.md` §1) reproduces too. These must keep matching.
#[test]
fn seed_family_matches_real_go() {
    check(
        Some(&["seed", "seed-items8", "seed-cap0", "close0", "odd-3-7"]),
        "",
    );
}

/// Every recorded Go trace, under the policy that follows Go 1.19's scheduler: main first,
/// `runnext` for channel and timer wakes, Go's 4-ary timer heap.
#[test]
fn every_recorded_go_trace_matches() {
    check(None, "&policy=go-runtime");
}
