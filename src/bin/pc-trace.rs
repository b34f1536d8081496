//! `pc-trace`: runs a scenario headless and prints what the simulated program printed.
//!
//! ```text
//! cargo run --release --bin pc-trace -- [--json | --format text|json|ostep] '<query string>'
//! cargo run --release --bin pc-trace -- --go FILE [--json | --format text|json|go] ['policy=...&seed=N']
//! ```
//!
//! `--go FILE` runs a Go source file (the subset of `GO-SUBSET.md`) under the query's
//! `policy` (default `go-runtime`) and `seed`. `--json` prints one
//! `{"t": ms, "task": ..., "text": ...}` per line of standard output, stamped when its
//! newline was written, then `{"end": "finished"|"deadlock"|"error", "t": ms, "error": ...}`.
//! `--format go` prints exactly the program's bytes, and the first line of Go's error on
//! stderr. Like `go run`, it exits with 2 after a panic, a fatal error or a compile error
//! (printed as `# command-line-arguments` then `./file:line:col: message`).
//!
//! Text output: one `<virtual ms> <task> <text>` line per print, then
//! `<ms> end finished|deadlock|error: <message>`. `--json` prints JSON Lines instead.
//! `--format ostep` (monitor and semaphore modes) prints what OSTEP's `main-<variant> -v -t`
//! prints: the trace table, then `Consumer consumption:` and `Total time`; after a failed
//! safety check it prints OSTEP's `error: ...` line on stderr instead of the footer and exits
//! with status 1, as the real program does; after a deadlock (where the real program hangs)
//! it says so on stderr and exits with status 3. A bad query exits with status 2 and the
//! same message the page shows.

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
mod native {
    use producer_consumer_lab::sim::kernel::Outcome;
    use producer_consumer_lab::sim::monitor::ostep_table;
    use producer_consumer_lab::sim::scenario::{parse_query, Mode};
    use producer_consumer_lab::sim::trace::Trace;
    use serde_json::json;

    const USAGE: &str = "usage: pc-trace [--json | --format text|json|ostep] '<query string>'\n       pc-trace --go FILE [--json | --format text|json|go] ['policy=go-runtime&seed=1']";

    /// The output formats.
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Format {
        Text,
        Json,
        Ostep,
        Go,
    }

    /// Parses the arguments, runs the scenario, prints; returns the exit status.
    pub fn run(args: Vec<String>) -> i32 {
        let mut format = Format::Text;
        let mut query = None;
        let mut go_file = None;
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--json" => format = Format::Json,
                "--go" => match args.next() {
                    Some(file) => go_file = Some(file),
                    None => {
                        eprintln!("pc-trace: --go needs a FILE\n{USAGE}");
                        return 2;
                    }
                },
                "--format" => {
                    format = match args.next().as_deref() {
                        Some("text") => Format::Text,
                        Some("json") => Format::Json,
                        Some("ostep") => Format::Ostep,
                        Some("go") => Format::Go,
                        other => {
                            eprintln!("pc-trace: unknown --format {other:?}\n{USAGE}");
                            return 2;
                        }
                    }
                }
                "-h" | "--help" => {
                    println!("{USAGE}");
                    return 0;
                }
                _ if query.is_none() => query = Some(arg),
                _ => {
                    eprintln!("pc-trace: unexpected argument {arg:?}\n{USAGE}");
                    return 2;
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
        if format == Format::Go {
            eprintln!("pc-trace: --format go needs --go FILE\n{USAGE}");
            return 2;
        }
        let parsed = parse_query(query.as_deref().unwrap_or(""));
        if !parsed.errors.is_empty() {
            for error in &parsed.errors {
                eprintln!("pc-trace: {error}");
            }
            return 2;
        }
        if format == Format::Ostep {
            return print_ostep(parsed.scenario);
        }
        let trace = Trace::of(parsed.scenario);
        if format == Format::Json {
            print!("{}", to_json_lines(&trace));
        } else {
            print!("{}", trace.to_text());
        }
        0
    }

    /// OSTEP's `-v -t` output; the exit status mirrors the real program's.
    fn print_ostep(scenario: producer_consumer_lab::sim::scenario::Scenario) -> i32 {
        if scenario.mode == Mode::Go {
            eprintln!("pc-trace: --format ostep needs mode=monitor or mode=semaphore");
            return 2;
        }
        let out = ostep_table::render_scenario(scenario);
        print!("{}", out.stdout);
        eprint!("{}", out.stderr);
        match out.outcome {
            Some(Outcome::Finished) => 0,
            Some(Outcome::Error { .. }) => 1,
            _ => 3,
        }
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
        let mut end = json!({
            "end": trace.outcome.as_ref().map_or("unfinished", Outcome::word),
            "t": trace.end_ms,
            "consumed": trace.consumed,
        });
        if let Some(Outcome::Error { message }) = &trace.outcome {
            end["error"] = json!(message);
        }
        out.push_str(&end.to_string());
        out.push('\n');
        out
    }
}
