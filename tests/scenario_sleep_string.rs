#![cfg(not(target_arch = "wasm32"))]
//! OSTEP's `-P`/`-C` sleep strings: the syntax, OSTEP's error wording, and how the
//! `psleep`/`csleep` URL keys report them.

use producer_consumer_lab::sim::scenario::{parse_query, SleepString, SleepStringError};

/// The error message for `text` with `threads` producers.
fn error(text: &str, threads: usize) -> String {
    match SleepString::parse(text, threads, "producers") {
        Ok(s) => panic!("{text} parsed as {s:?}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn wrong_piece_count_uses_ostep_wording() {
    assert_eq!(
        error("1", 2),
        "expected 2 producers in sleep specification, got 1"
    );
    assert_eq!(
        error("1:2:3", 2),
        "expected 2 producers in sleep specification, got 3"
    );
    let e = SleepString::parse("0", 3, "consumers");
    assert_eq!(
        e.map_err(|e| e.to_string()),
        Err("expected 3 consumers in sleep specification, got 1".to_owned())
    );
}

#[test]
fn too_many_entries_uses_ostep_wording() {
    assert_eq!(
        error("0,1,2,3,4,5,6,7", 1),
        "you specified a sleep string incorrectly... (too many comma-separated args)"
    );
    assert_eq!(
        SleepString::parse("0,1,2,3,4,5,6", 1, "producers").map(|s| s.seconds(0, 6)),
        Ok(6)
    );
}

#[test]
fn a_non_number_is_named() {
    assert_eq!(error("1,two", 1), "two is not a whole number of seconds");
    assert_eq!(error("-1", 1), "-1 is not a whole number of seconds");
}

#[test]
fn entries_over_an_hour_are_refused() {
    assert_eq!(
        error("3601", 1),
        "3601 seconds is too long: allowed 0 to 3600"
    );
    let huge = "9".repeat(50);
    assert!(matches!(
        SleepString::parse(&huge, 1, "producers"),
        Err(SleepStringError::TooLong { .. })
    ));
}

#[test]
fn seconds_reads_each_thread_and_marker_and_is_zero_when_absent() {
    let s = SleepString::parse("0,0,1:2", 2, "producers").unwrap_or_default();
    assert_eq!(s.seconds(0, 2), 1);
    assert_eq!(s.seconds(1, 0), 2);
    assert_eq!(s.seconds(1, 6), 0);
    assert_eq!(s.seconds(5, 0), 0);
    assert_eq!(s.seconds(0, 99), 0);
    assert_eq!(SleepString::default().seconds(0, 0), 0);
}

#[test]
fn empty_fields_are_skipped_as_ostep_strtok_does() {
    let s = SleepString::parse(":1,,2::3:", 2, "producers").unwrap_or_default();
    assert_eq!(s.to_string(), "1,2:3");
}

#[test]
fn display_writes_ostep_syntax_back() {
    let cases = [
        ("0,0,1:2", 2, "0,0,1:2"),
        ("1,0,0:0", 2, "1:0"),
        ("0,0,0,0,0,0,7", 1, "0,0,0,0,0,0,7"),
    ];
    for (text, threads, written) in cases {
        let s = SleepString::parse(text, threads, "producers");
        assert_eq!(s.as_ref().map(ToString::to_string).as_deref(), Ok(written));
        assert_eq!(SleepString::parse(written, threads, "producers"), s);
    }
    assert_eq!(SleepString::default().to_string(), "");
}

#[test]
fn url_sleep_string_errors_quote_ostep_word_for_word() {
    let messages = |q: &str| -> Vec<String> {
        parse_query(q)
            .errors
            .iter()
            .map(ToString::to_string)
            .collect()
    };
    assert_eq!(
        messages("mode=monitor&producers=2&psleep=1"),
        vec!["psleep=1 is not a valid sleep string: expected 2 producers in sleep specification, got 1 (kept the default, none)"]
    );
    assert_eq!(
        messages("mode=monitor&csleep=1,1,1,1,1,1,1,1"),
        vec!["csleep=1,1,1,1,1,1,1,1 is not a valid sleep string: you specified a sleep string incorrectly... (too many comma-separated args) (kept the default, none)"]
    );
}

#[test]
fn sleep_strings_are_checked_against_the_final_counts() {
    let parsed = parse_query("psleep=1:2:3&producers=3&csleep=4:5&consumers=2");
    assert_eq!(parsed.errors, vec![]);
    assert_eq!(parsed.scenario.psleep.seconds(2, 0), 3);
    assert_eq!(parsed.scenario.csleep.seconds(1, 0), 5);
}
