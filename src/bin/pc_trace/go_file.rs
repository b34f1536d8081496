//! `pc-trace --go FILE`: compiles and runs a Go source file and prints its output as
//! text, JSON Lines or Go's own bytes (see `pc-trace.rs`).

use producer_consumer_lab::sim::golang::{self, GoRun};
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

/// The query's `policy`, `seed` and `schedule` (manual choices), or a message naming the bad part.
fn parse(query: &str) -> Result<(PolicyKind, u64, Vec<usize>), String> {
    let mut policy = PolicyKind::GoRuntime;
    let mut seed = 1;
    let mut schedule = Vec::new();
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "policy" => {
                policy = PolicyKind::from_name(value).ok_or_else(|| {
                    let names: Vec<&str> = PolicyKind::ALL.iter().map(|p| p.name()).collect();
                    format!(
                        "policy={value:?} is not a policy (allowed: {})",
                        names.join(", ")
                    )
                })?
            }
            "seed" => {
                seed = value
                    .parse()
                    .map_err(|_| format!("seed={value:?} is not a whole number"))?
            }
            "schedule" => {
                schedule = value
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(|s| {
                        s.parse()
                            .map_err(|_| format!("schedule entry {s:?} is not a task number"))
                    })
                    .collect::<Result<_, _>>()?
            }
            _ => {
                return Err(format!(
                    "{key:?} is not a key for --go (allowed: policy, seed, schedule)"
                ))
            }
        }
    }
    Ok((policy, seed, schedule))
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
    let mut run = GoRun::new(prog, policy, seed);
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
