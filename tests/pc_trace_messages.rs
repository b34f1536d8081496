#![cfg(not(target_arch = "wasm32"))]
//! `pc-trace` says what went wrong in plain words and exits as the real programs do: 2 on a
//! Go deadlock or panic, 1 on OSTEP's failed safety check, 3 where OSTEP's program hangs,
//! 4 where a scheduled pick cannot run, and 64 for bad input, which it never echoes raw.

use std::process::{Command, Output};

/// Runs `pc-trace` with `args`.
fn pc_trace(args: &[&str]) -> Output {
    let output = Command::new(env!("CARGO_BIN_EXE_pc-trace"))
        .args(args)
        .output();
    assert!(output.is_ok(), "pc-trace did not start: {output:?}");
    output.unwrap_or_else(|_| unreachable!())
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn an_unknown_format_is_named_with_the_formats_allowed() {
    let out = pc_trace(&["--format", "bogus", ""]);
    assert_eq!(out.status.code(), Some(64));
    assert!(stderr(&out).starts_with(
        "pc-trace: --format bogus is not recognised: allowed text, json, go, ostep\n"
    ));
    let out = pc_trace(&["--format"]);
    assert_eq!(out.status.code(), Some(64));
    assert!(stderr(&out)
        .starts_with("pc-trace: --format needs a value: allowed text, json, go, ostep\n"));
}

#[test]
fn a_go_deadlock_exits_with_2_as_go_does_in_every_format() {
    for format in ["text", "json"] {
        let out = pc_trace(&["--format", format, "close=0"]);
        assert_eq!(out.status.code(), Some(2), "{format}");
    }
    let end = last_json(&pc_trace(&["--json", "close=0"]));
    assert_eq!(end["end"], "deadlock");
    assert_eq!(
        end["error"],
        "fatal error: all goroutines are asleep - deadlock!"
    );
}

/// The last JSON line of a `--json` run: its end object.
fn last_json(out: &Output) -> serde_json::Value {
    let text = stdout(out);
    let last = text.lines().last().unwrap_or_default();
    serde_json::from_str(last).unwrap_or_default()
}

#[test]
fn a_finished_run_exits_with_0_and_ostep_outcomes_keep_their_own_statuses() {
    assert_eq!(pc_trace(&[""]).status.code(), Some(0));
    assert_eq!(pc_trace(&["preset=ostep-fig-30-11"]).status.code(), Some(3));
    assert_eq!(
        pc_trace(&["--json", "preset=ostep-fig-30-9"]).status.code(),
        Some(1)
    );
}

#[test]
fn a_schedule_without_the_manual_policy_is_an_error_naming_both() {
    let out = pc_trace(&["schedule=C1*10"]);
    assert_eq!(out.status.code(), Some(64));
    assert_eq!(
        stderr(&out),
        "pc-trace: schedule=C1*10 is only replayed under policy=manual, but the policy is \
         go-runtime (kept the default, none)\n"
    );
    let out = pc_trace(&["policy=random&schedule=P1"]);
    assert!(stderr(&out).contains("but the policy is random"));
}

#[test]
fn a_scheduled_pick_that_cannot_run_stops_the_run_and_says_why() {
    // C1 (main) takes the first receive and blocks; the schedule asks for C1 again.
    let out = pc_trace(&["policy=manual&schedule=C1*10"]);
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(
        stdout(&out),
        "0 end stopped: pick 2, C1, cannot run: it is blocked on an empty buffer\n"
    );
    let end = last_json(&pc_trace(&["--json", "policy=manual&schedule=C1*10"]));
    assert_eq!(end["end"], "stopped");
    assert_eq!(
        end["error"],
        "pick 2, C1, cannot run: it is blocked on an empty buffer"
    );
}

#[test]
fn control_characters_in_arguments_and_queries_come_back_escaped() {
    for args in [
        vec!["--format", "\u{1b}[31mred"],
        vec!["capacity=%1B[31m9", "x\u{7}y"],
        vec!["capacity=%00%1B[31m"],
        vec!["policy=%07%7F"],
    ] {
        let out = pc_trace(&args);
        assert_eq!(out.status.code(), Some(64), "{args:?}");
        let all = [out.stdout, out.stderr].concat();
        let raw = all.iter().any(|&b| b < 0x20 && b != b'\n' || b == 0x7f);
        assert!(
            !raw,
            "{args:?} echoed a raw control byte: {}",
            String::from_utf8_lossy(&all)
        );
    }
    let out = pc_trace(&["capacity=%00%1B[31m"]);
    assert!(stderr(&out).starts_with("pc-trace: capacity=\\x00\\x1B[31m is not a whole number"));
}
