//! `pc-trace`: runs a scenario headless and prints what the simulated program printed.
//!
//! ```text
//! cargo run --release --bin pc-trace -- [--json] '<query string>'
//! ```
//!
//! Text output: one `<virtual ms> <task> <text>` line per print, then
//! `<ms> end finished|deadlock|error: <message>`. `--json` prints JSON Lines instead. A bad
//! query exits with status 2 and the same message the page shows.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(native::run(std::env::args().skip(1).collect()));
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use producer_consumer_lab::sim::kernel::Outcome;
    use producer_consumer_lab::sim::scenario::parse_query;
    use producer_consumer_lab::sim::trace::Trace;
    use serde_json::json;

    const USAGE: &str = "usage: pc-trace [--json] '<query string>'";

    /// Parses the arguments, runs the scenario, prints; returns the exit status.
    pub fn run(args: Vec<String>) -> i32 {
        let mut json = false;
        let mut query = None;
        for arg in args {
            match arg.as_str() {
                "--json" => json = true,
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
        let parsed = parse_query(query.as_deref().unwrap_or(""));
        if !parsed.errors.is_empty() {
            for error in &parsed.errors {
                eprintln!("pc-trace: {error}");
            }
            return 2;
        }
        let trace = Trace::of(parsed.scenario);
        if json {
            print!("{}", to_json_lines(&trace));
        } else {
            print!("{}", trace.to_text());
        }
        0
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
