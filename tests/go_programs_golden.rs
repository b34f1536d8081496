#![cfg(not(target_arch = "wasm32"))]
//! Every program in `tools/go-programs` whose real Go 1.19 output was recorded
//! (`golden/*.json`, by `record.py`: `-tags faketime`, `GOMAXPROCS=1`, 11 identical runs)
//! runs through the interpreter under `go-runtime` and prints the same: every stdout line
//! in order at its virtual ms, the end kind and the first error line; for a program that
//! does not compile, `go build`'s whole message. No Go toolchain is needed.

use std::fs;
use std::path::Path;

use producer_consumer_lab::sim::golang::machine::Limits;
use producer_consumer_lab::sim::golang::{self, GoRun};
use producer_consumer_lab::sim::kernel::Outcome;
use producer_consumer_lab::sim::scenario::PolicyKind;
use serde_json::{json, Value};

fn ms(t_ns: u64) -> Value {
    if t_ns.is_multiple_of(1_000_000) {
        json!(t_ns / 1_000_000)
    } else {
        json!(t_ns as f64 / 1e6)
    }
}

/// The first line of an error: Go's (a second line may name the lab's limit).
fn first_line(message: &str) -> &str {
    message.lines().next().unwrap_or_default()
}

/// What the interpreter gives for `file`, in golden form.
fn interpret(name: &str, source: &str) -> Vec<Value> {
    let prog = match golang::build(source) {
        Ok(p) => p,
        Err(errors) => {
            let text = golang::error::go_build_output(&format!("{name}.go"), &errors);
            return vec![json!({"compile": text, "status": 2})];
        }
    };
    // The trace tool's bounds, as `compare.py` runs it: a program real Go runs to its end
    // (`recursion_a_million_calls_deep.go`) must not stop at the page's tighter ones.
    let mut run = GoRun::new(prog, PolicyKind::GoRuntime, 1).with_limits(Limits::trace_tool());
    run.run_to_end();
    let mut out: Vec<Value> = run
        .lines()
        .into_iter()
        .map(|l| json!({"t": ms(l.t_ns), "text": l.text}))
        .collect();
    out.push(match run.outcome() {
        Some(Outcome::Finished) => json!({"end": "finished"}),
        Some(Outcome::Deadlock { message }) => {
            json!({"end": "deadlock", "error": first_line(message)})
        }
        Some(Outcome::Error { message }) => json!({"end": "error", "error": first_line(message)}),
        None => json!({"end": "unfinished"}),
    });
    out
}

#[test]
fn every_recorded_program_prints_what_real_go_printed() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/go-programs");
    let mut entries: Vec<_> = fs::read_dir(root.join("golden"))
        .expect("golden directory")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    entries.sort();
    let mut mismatches = Vec::new();
    for path in &entries {
        let key = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        let (dir, name) = key.split_once("__").expect("golden name is dir__name");
        let source =
            fs::read_to_string(root.join(dir).join(format!("{name}.go"))).expect("program source");
        let want: Vec<Value> = fs::read_to_string(path)
            .expect("golden file")
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).expect("golden line is JSON"))
            .collect();
        let got = interpret(name, &source);
        if got != want {
            mismatches.push(format!("{key}:\n  go:  {want:?}\n  lab: {got:?}"));
        }
    }
    assert!(
        entries.len() >= 150,
        "expected at least 150 recorded programs, found {}",
        entries.len()
    );
    assert!(
        mismatches.is_empty(),
        "{} of {} differ:\n{}",
        mismatches.len(),
        entries.len(),
        mismatches.join("\n")
    );
}

#[test]
fn every_example_on_the_page_prints_what_real_go_printed() {
    // The editor's examples (`static/programs/*.go`), recorded with
    // `python3 tools/go-programs/gorun.py --runs 11 static/programs/*.go` into
    // `tests/example_golden/`: all stable across the 11 runs.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = fs::read_dir(root.join("static/programs"))
        .expect("examples directory")
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter_map(|n| n.strip_suffix(".go").map(str::to_string))
        .collect();
    names.sort();
    assert!(names.len() >= 9, "expected the 9 examples, found {names:?}");
    for name in &names {
        let source = fs::read_to_string(root.join(format!("static/programs/{name}.go")))
            .expect("example source");
        let want: Vec<Value> =
            fs::read_to_string(root.join(format!("tests/example_golden/{name}.json")))
                .expect("every example has a recording")
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| serde_json::from_str(l).expect("golden line is JSON"))
                .collect();
        assert_eq!(interpret(name, &source), want, "{name}");
    }
}
