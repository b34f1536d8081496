//! `pc-trace --go FILE`: compiles and runs a Go source file and prints its output as
//! text, JSON Lines or Go's own bytes (see `pc-trace.rs`).

use producer_consumer_lab::sim::golang::machine::Limits;
use producer_consumer_lab::sim::golang::{self, program_link, GoRun};
use producer_consumer_lab::sim::kernel::Outcome;
use producer_consumer_lab::sim::scenario::PolicyKind;
use serde_json::json;

/// A virtual time in ns as JSON milliseconds: an integer when whole.
fn ms(t_ns: u64) -> serde_json::Value {
    if t_ns.is_multiple_of(1_000_000) {
        json!(t_ns / 1_000_000)
    } else {
        json!(t_ns as f64 / 1e6)
    }
}

/// The query's `policy`, `seed` and `schedule` (manual choices), read as the page reads a
/// program link (`program_link::parse_program_query`), or a message naming the bad part.
/// `program=` and the view's keys mean nothing here, so any other key is refused.
fn parse(query: &str) -> Result<(PolicyKind, u64, Vec<usize>), String> {
    if let Some((key, _)) =
        program_link::pairs(query).find(|(k, _)| !["policy", "seed", "schedule"].contains(k))
    {
        return Err(format!(
            "{} is not a key for --go (allowed: policy, seed, schedule)",
            producer_consumer_lab::sim::scenario::printable(key)
        ));
    }
    let (q, errors) = program_link::parse_program_query(query);
    match errors.into_iter().next() {
        Some(e) => Err(e),
        None => Ok((q.policy, q.seed, q.schedule)),
    }
}

/// Exit status for a bad query or an unreadable file, as for any bad input (`EX_USAGE`).
const BAD_INPUT: i32 = 64;

/// Runs `file`; returns the exit status (0; 2 as `go run` after a compile or run-time
/// error; 64 for a bad query or an unreadable file).
pub fn run(file: &str, as_json: bool, as_go: bool, query: &str) -> i32 {
    let (policy, seed, schedule) = match parse(query) {
        Ok(q) => q,
        Err(e) => {
            eprintln!("pc-trace: {e}");
            return BAD_INPUT;
        }
    };
    let source = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("pc-trace: cannot read {file:?}: {e}");
            return BAD_INPUT;
        }
    };
    let prog = match golang::build(&source) {
        Ok(p) => p,
        Err(errors) => {
            eprint!("{}", golang::error::go_build_output(file, &errors));
            return 2;
        }
    };
    let mut run = GoRun::new(prog, policy, seed).with_limits(Limits::trace_tool());
    let mut choices = schedule.into_iter();
    loop {
        let choice = if policy == PolicyKind::Manual {
            choices.next().or_else(|| run.choices().first().copied())
        } else {
            None
        };
        if !run.step(choice) {
            break;
        }
    }
    let (word, message) = match run.outcome() {
        Some(Outcome::Finished) => ("finished", None),
        // The first line is Go's; a second one may add the lab's limit.
        Some(Outcome::Deadlock { message }) => {
            ("deadlock", message.lines().next().map(str::to_string))
        }
        Some(Outcome::Error { message }) => ("error", message.lines().next().map(str::to_string)),
        None => (
            "error",
            Some("pc-trace: the run stopped without an outcome".to_string()),
        ),
    };
    // Everything goes out in one write; a closed pipe (`| head`) is not an error here.
    let mut out = String::new();
    if as_go {
        out.push_str(&run.stdout());
        if let Some(m) = &message {
            eprintln!("{m}");
        }
    } else if as_json {
        for line in run.lines() {
            let obj = json!({"t": ms(line.t_ns), "task": line.task, "text": line.text});
            out.push_str(&format!("{obj}\n"));
        }
        let mut end = json!({"end": word, "t": ms(run.kernel.now_ms())});
        if let Some(m) = &message {
            end["error"] = json!(m);
        }
        out.push_str(&format!("{end}\n"));
    } else {
        for line in run.lines() {
            out.push_str(&format!("{} {} {}\n", ms(line.t_ns), line.task, line.text));
        }
        match &message {
            Some(m) => out.push_str(&format!("{} end {word}: {m}\n", ms(run.kernel.now_ms()))),
            None => out.push_str(&format!("{} end {word}\n", ms(run.kernel.now_ms()))),
        }
    }
    let _ = std::io::Write::write_all(&mut std::io::stdout(), out.as_bytes());
    if word == "finished" {
        0
    } else {
        2
    }
}
