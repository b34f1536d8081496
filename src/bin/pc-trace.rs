//! `pc-trace`: runs a scenario headless and prints what the simulated program printed.
//!
//! ```text
//! cargo run --release --bin pc-trace -- [--json | --format text|json|ostep] '<query string>'
//! cargo run --release --bin pc-trace -- --go FILE [--json | --format text|json|go] ['policy=...&seed=N']
//! cargo run --release --bin pc-trace -- --explore [--goal G] [--max-depth N] [--max-states N] '<query>'
//! cargo run --release --bin pc-trace -- --go-source '<query string>'
//! ```
//!
//! `--go-source` prints a Go-mode scenario as the Go source the page's editor opens
//! (`golang::template`), ready for `go run` or `pc-trace --go`.
//!
//! `--go FILE` runs a Go source file (the subset of `GO-SUBSET.md`) under the query's
//! `policy` (default `go-runtime`) and `seed`. `--json` prints one
//! `{"t": ms, "task": ..., "text": ...}` per line of standard output, stamped when its
//! newline was written, then `{"end": "finished"|"deadlock"|"error", "t": ms, "error": ...}`.
//! `--format go` prints exactly the program's bytes, and the first line of Go's error on
//! stderr. Like `go run`, it exits with 2 after a panic, a fatal error or a compile error
//! (printed as `# command-line-arguments` then `./file:line:col: message`).
//!
//! `--sweep PARAM:FROM-TO` runs an experiment (see `sweep_cli.rs`) and prints its table.
//! `--explore` searches every interleaving instead of running one (see `explore_cli.rs`):
//! it prints the search's summary and the shortest failing schedule as a replay link.
//!
//! Text output: one `<virtual ms> <task> <text>` line per print, then
//! `<ms> end finished|deadlock|error: <message>|stopped: <why>`. `--json` prints JSON Lines
//! instead. `--format ostep` (monitor and semaphore modes) prints what OSTEP's
//! `main-<variant> -v -t` prints: the trace table, then `Consumer consumption:` and
//! `Total time`; after a failed safety check, OSTEP's `error: ...` line on stderr instead of
//! the footer. `--format go` (Go mode) prints only the Go program's own standard output.
//!
//! The exit status says how the run ended, in every format, as the real programs do:
//!
//! | status | meaning |
//! |---:|---|
//! | 0 | the run finished |
//! | 1 | an OSTEP safety check failed (the real program's `exit(1)`) |
//! | 2 | Go deadlocked or panicked, or a `--go` program failed to compile (Go exits with 2) |
//! | 3 | a monitor or semaphore run deadlocked (where the real program hangs) |
//! | 4 | a scheduled pick could not run, or the step guard stopped the run |
//! | 5 | `--explore` stopped at its state cap before it could say |
//! | 64 | bad arguments or a bad query: the message names the key, the value and what is allowed |

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(native::run(std::env::args().skip(1).collect()));
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
#[path = "pc_trace/go_file.rs"]
mod go_file;

#[cfg(not(target_arch = "wasm32"))]
#[path = "pc_trace/explore_cli.rs"]
mod explore_cli;

#[cfg(not(target_arch = "wasm32"))]
#[path = "pc_trace/sweep_cli.rs"]
mod sweep_cli;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::{explore_cli, sweep_cli};
    use producer_consumer_lab::sim::kernel::Outcome;
    use producer_consumer_lab::sim::reports::ostep_table;
    use producer_consumer_lab::sim::reports::trace::Trace;
    use producer_consumer_lab::sim::scenario::{parse_query, printable, Mode, Scenario};
    use serde_json::json;

    const USAGE: &str =
        "usage: pc-trace [--json | --format text|json|go|ostep] '<query string>'\n       \
        pc-trace --go FILE [--json | --format text|json|go] ['policy=go-runtime&seed=1']\n       \
        pc-trace --explore [--goal GOAL] [--max-depth N] [--max-states N] '<query string>'\n       \
        pc-trace --sweep PARAM:FROM-TO '<query string>'\n       \
        pc-trace --go-source '<query string>'";

    /// The formats `--format` accepts, as its messages list them.
    const FORMATS: &str = "text, json, go, ostep";

    /// Exit status for bad arguments or a bad query (`EX_USAGE`).
    const BAD_INPUT: i32 = 64;

    /// The output formats.
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Format {
        Text,
        Json,
        /// Only what the Go program writes: its stdout bytes, and Go's message on stderr.
        Go,
        Ostep,
    }

    /// Parses the arguments, runs the scenario, prints; returns the exit status.
    pub fn run(args: Vec<String>) -> i32 {
        let mut format = Format::Text;
        let mut query = None;
        let mut go_file = None;
        let mut explore = None;
        let mut sweep = None;
        let mut go_source = false;
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--explore" => {
                    explore.get_or_insert_with(explore_cli::Options::default);
                }
                // Search options imply --explore.
                "--goal" | "--max-depth" | "--max-states" => {
                    let options = explore.get_or_insert_with(explore_cli::Options::default);
                    if let Err(message) = options.take(&arg, args.next()) {
                        eprintln!("pc-trace: {message}\n{USAGE}");
                        return BAD_INPUT;
                    }
                }
                "--sweep" => match args.next() {
                    Some(value) => sweep = Some(value),
                    None => {
                        eprintln!("pc-trace: --sweep needs PARAM:FROM-TO\n{USAGE}");
                        return BAD_INPUT;
                    }
                },
                "--json" => format = Format::Json,
                "--go-source" => go_source = true,
                "--go" => match args.next() {
                    Some(file) => go_file = Some(file),
                    None => {
                        eprintln!("pc-trace: --go needs a FILE\n{USAGE}");
                        return BAD_INPUT;
                    }
                },
                "--format" => {
                    format = match args.next().as_deref() {
                        Some("text") => Format::Text,
                        Some("json") => Format::Json,
                        Some("go") => Format::Go,
                        Some("ostep") => Format::Ostep,
                        Some(other) => {
                            let other = printable(other);
                            eprintln!("pc-trace: --format {other} is not recognised: allowed {FORMATS}\n{USAGE}");
                            return BAD_INPUT;
                        }
                        None => {
                            eprintln!(
                                "pc-trace: --format needs a value: allowed {FORMATS}\n{USAGE}"
                            );
                            return BAD_INPUT;
                        }
                    }
                }
                "-h" | "--help" => {
                    println!("{USAGE}");
                    return 0;
                }
                _ if query.is_none() => query = Some(arg),
                _ => {
                    let arg = printable(&arg);
                    eprintln!(
                        "pc-trace: unexpected argument {arg}: give one query string\n{USAGE}"
                    );
                    return BAD_INPUT;
                }
            }
        }
        if let Some(file) = go_file {
            return super::go_file::run(
                &file,
                format == Format::Json,
                format == Format::Go,
                query.as_deref().unwrap_or(""),
            );
        }
        let parsed = parse_query(query.as_deref().unwrap_or(""));
        if !parsed.errors.is_empty() {
            for error in &parsed.errors {
                eprintln!("pc-trace: {error}");
            }
            return BAD_INPUT;
        }
        if go_source {
            if parsed.scenario.mode != Mode::Go {
                eprintln!("pc-trace: --go-source needs mode=go (the monitor and semaphore programs are C)");
                return BAD_INPUT;
            }
            print!(
                "{}",
                producer_consumer_lab::sim::golang::template::seed_source(&parsed.scenario)
            );
            return 0;
        }
        if let Some(text) = sweep {
            return sweep_cli::run(&text, &parsed.scenario);
        }
        if let Some(options) = explore {
            let mode = parsed.scenario.mode;
            return explore_cli::run(&parsed.scenario, options, |o| exit_status(mode, Some(o)));
        }
        if format == Format::Ostep {
            return print_ostep(parsed.scenario);
        }
        let mode = parsed.scenario.mode;
        if format == Format::Go && mode != Mode::Go {
            eprintln!("pc-trace: --format go needs mode=go");
            return BAD_INPUT;
        }
        let trace = Trace::of(parsed.scenario);
        match format {
            Format::Json => print!("{}", to_json_lines(&trace)),
            Format::Go => print_go(&trace),
            _ => print!("{}", trace.to_text()),
        }
        exit_status(mode, trace.outcome.as_ref())
    }

    /// The Go program's own output: each print's bytes on stdout, and on a deadlock or a
    /// panic the first line of Go's message on stderr.
    fn print_go(trace: &Trace) {
        let out: String = trace
            .lines
            .iter()
            .map(|line| line.print.text() + "\n")
            .collect();
        print!("{out}");
        if let Some(Outcome::Deadlock { message } | Outcome::Error { message }) = &trace.outcome {
            eprintln!("{message}");
        }
    }

    /// The exit status for a run of `mode` that ended in `outcome` (see the module docs).
    fn exit_status(mode: Mode, outcome: Option<&Outcome>) -> i32 {
        match (mode, outcome) {
            (_, Some(Outcome::Finished)) => 0,
            (Mode::Go, Some(_)) => 2,
            (_, Some(Outcome::Error { .. })) => 1,
            (_, Some(Outcome::Deadlock { .. })) => 3,
            (_, None) => 4,
        }
    }

    /// OSTEP's `-v -t` output; the exit status mirrors the real program's.
    fn print_ostep(scenario: Scenario) -> i32 {
        let mode = scenario.mode;
        if mode == Mode::Go {
            eprintln!("pc-trace: --format ostep needs mode=monitor or mode=semaphore");
            return BAD_INPUT;
        }
        let out = ostep_table::render_scenario(scenario);
        print!("{}", out.stdout);
        eprint!("{}", out.stderr);
        exit_status(mode, out.outcome.as_ref())
    }

    /// JSON Lines: one object per print, then the end object.
    fn to_json_lines(trace: &Trace) -> String {
        let mut out = String::new();
        for line in &trace.lines {
            let obj = json!({
                "t": line.time_ms,
                "task": trace.names[line.task],
                "text": line.print.text(),
            });
            out.push_str(&obj.to_string());
            out.push('\n');
        }
        let end_word = match (&trace.outcome, &trace.stopped) {
            (Some(outcome), _) => outcome.word(),
            (None, Some(_)) => "stopped",
            (None, None) => "unfinished",
        };
        let mut end = json!({
            "end": end_word,
            "t": trace.end_ms,
            "consumed": trace.consumed,
        });
        match (&trace.outcome, &trace.stopped) {
            (Some(Outcome::Error { message } | Outcome::Deadlock { message }), _) => {
                end["error"] = json!(message);
            }
            (None, Some(why)) => end["error"] = json!(why),
            _ => {}
        }
        out.push_str(&end.to_string());
        out.push('\n');
        out
    }
}
