#![cfg(not(target_arch = "wasm32"))]
//! `pc-trace --explore` prints the explorer's summary and a replay link, and exits with the
//! found failure's status (as the replayed run would), 0 when none is reachable, 5 at the
//! state cap, 64 for bad options.

use std::process::{Command, Output};

fn pc_trace(args: &[&str]) -> Output {
    let output = Command::new(env!("CARGO_BIN_EXE_pc-trace"))
        .args(args)
        .output();
    assert!(output.is_ok(), "pc-trace did not start: {output:?}");
    output.unwrap_or_else(|_| unreachable!())
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn a_found_deadlock_prints_its_replay_link_and_exits_as_the_replayed_run_does() {
    let out = pc_trace(&["--explore", "mode=semaphore&variant=mutex-outside"]);
    let text = stdout(&out);
    assert!(text.contains("in 6 picks"), "{text}");
    let link = text
        .lines()
        .find_map(|l| l.strip_prefix("replay: ?"))
        .unwrap_or_else(|| panic!("no replay line: {text}"));
    let replay = pc_trace(&[link]);
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(replay.status.code(), Some(3), "{}", stdout(&replay));
    assert!(
        stdout(&replay).contains("end deadlock"),
        "{}",
        stdout(&replay)
    );
}

#[test]
fn a_go_deadlock_found_by_the_search_exits_with_2() {
    let out = pc_trace(&["--explore", "items=2&close=0"]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
}

#[test]
fn a_correct_program_exits_0_with_every_state_checked() {
    let out = pc_trace(&["--explore", "mode=monitor&consumers=2&capacity=1&items=2"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).starts_with("Every reachable state checked"));
}

#[test]
fn the_state_cap_exits_with_5_and_bad_options_with_64() {
    let out = pc_trace(&["--explore", "--max-states", "10", "mode=monitor"]);
    assert_eq!(out.status.code(), Some(5));
    let out = pc_trace(&["--goal", "win", ""]);
    assert_eq!(out.status.code(), Some(64));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a known goal"));
}
