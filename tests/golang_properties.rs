#![cfg(not(target_arch = "wasm32"))]
//! Property tests: random token streams and mutated corpus programs never make the
//! lexer, parser, checker, compiler or machine panic, and every run ends (the step limit
//! bounds it). Channel invariants hold after every step of every run.

use std::fs;
use std::path::Path;

use producer_consumer_lab::sim::golang::{self, machine::Limits, GoRun};
use producer_consumer_lab::sim::scenario::PolicyKind;
use proptest::prelude::*;

const WORDS: &[&str] = &[
    "package",
    "main",
    "import",
    "\"fmt\"",
    "\"sync\"",
    "\"time\"",
    "func",
    "(",
    ")",
    "{",
    "}",
    "\n",
    "go",
    "defer",
    "for",
    "range",
    "select",
    "case",
    "default",
    ":",
    "if",
    "else",
    "switch",
    "return",
    "break",
    "continue",
    "var",
    "const",
    "chan",
    "<-",
    "make",
    ",",
    "x",
    "y",
    "ch",
    "wg",
    "mu",
    "int",
    "string",
    "bool",
    "struct{}",
    ":=",
    "=",
    "+",
    "-",
    "*",
    "/",
    "%",
    "==",
    "<",
    "&&",
    "!",
    "&",
    "1",
    "0",
    "\"s\"",
    "fmt.Println",
    "time.Sleep",
    "time.Millisecond",
    "sync.WaitGroup",
    "sync.Mutex",
    "close",
    "len",
    "panic",
    ";",
    "[",
    "]",
    "map",
    "'a'",
    "1.5",
    "`raw`",
    "/*",
    "*/",
    "//",
    "...",
    ".",
    "nil",
    "true",
];

/// Every corpus program, as the seeds of the mutation test.
fn corpus() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/go-programs/programs");
    let mut files: Vec<_> = fs::read_dir(dir)
        .expect("programs")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    files.sort();
    files
        .iter()
        .filter_map(|p| fs::read_to_string(p).ok())
        .collect()
}

/// Builds and, if it compiles, runs `src` under `policy` with small limits.
fn build_and_run(src: &str, policy: PolicyKind) {
    if let Ok(prog) = golang::build(src) {
        let mut run = GoRun::new(prog, policy, 7);
        run.machine.limits = Limits {
            steps: 5_000,
            goroutines: 200,
            depth: 200,
        };
        while run.step(None) {
            assert!(run.machine.chans.iter().all(|c| c.invariants_hold()));
        }
        assert!(run.outcome().is_some(), "a run stopped without an outcome");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn random_token_streams_never_panic(words in prop::collection::vec(0..WORDS.len(), 0..80)) {
        let src: Vec<&str> = words.iter().map(|&i| WORDS[i]).collect();
        build_and_run(&src.join(" "), PolicyKind::GoRuntime);
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let src = String::from_utf8_lossy(&bytes).into_owned();
        let _ = golang::build(&src);
        let _ = golang::build(&format!("package main\n\nfunc main() {{\n{src}\n}}\n"));
    }

    #[test]
    fn the_editor_colouring_of_any_text_joins_back_to_that_text(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let src = String::from_utf8_lossy(&bytes).into_owned();
        let joined: String = golang::highlight::shades(&src).iter().map(|(_, t)| *t).collect();
        prop_assert_eq!(joined, src);
    }

    #[test]
    fn mutated_corpus_programs_never_panic_or_hang(
        pick in 0usize..1000,
        edits in prop::collection::vec((0usize..10_000, 0..WORDS.len(), 0u8..3), 1..4),
        policy in prop::sample::select(vec![PolicyKind::GoRuntime, PolicyKind::RunUntilBlock, PolicyKind::RoundRobin, PolicyKind::Random]),
    ) {
        let programs = corpus();
        let mut src = programs[pick % programs.len()].clone();
        for (at, word, kind) in edits {
            let mut at = at % (src.len() + 1);
            while !src.is_char_boundary(at) {
                at -= 1;
            }
            match kind {
                0 => src.insert_str(at, WORDS[word]),
                1 => {
                    let mut end = (at + WORDS[word].len()).min(src.len());
                    while !src.is_char_boundary(end) {
                        end -= 1;
                    }
                    src.replace_range(at..end, "");
                }
                _ => {
                    let mut end = (at + 1).min(src.len());
                    while !src.is_char_boundary(end) {
                        end += 1;
                    }
                    src.replace_range(at..end, WORDS[word]);
                }
            }
        }
        build_and_run(&src, policy);
    }

    #[test]
    fn every_corpus_program_ends_under_every_policy(pick in 0usize..1000, seed in 0u64..50) {
        let programs = corpus();
        let src = &programs[pick % programs.len()];
        for policy in [PolicyKind::RunUntilBlock, PolicyKind::RoundRobin, PolicyKind::Random] {
            if let Ok(prog) = golang::build(src) {
                let mut run = GoRun::new(prog, policy, seed);
                run.machine.limits.steps = 200_000;
                run.run_to_end();
                prop_assert!(run.outcome().is_some());
            }
        }
    }
}
