#![cfg(not(target_arch = "wasm32"))]
//! The trace tool in monitor mode agrees with the real OSTEP program: the seed's rhythm
//! (`-l 5 -m 2 -P 0,0,0,0,0,0,5 -C 0,0,0,0,0,0,8 -t`) takes 48.00 s with `C0 -> 5`, and
//! `--format ostep` prints the rows OSTEP's README shows, then one of the tables the real
//! program printed in recorded runs (its threads race there), character for character.

use std::process::Command;

use producer_consumer_lab::sim::kernel::Outcome;
use producer_consumer_lab::sim::reports::ostep_table::render_scenario;
use producer_consumer_lab::sim::reports::trace::Trace;
use producer_consumer_lab::sim::scenario::parse_query;

const SEED_RHYTHM: &str = "mode=monitor&items=5&capacity=2&producers=1&consumers=1\
                           &psleep=0,0,0,0,0,0,5&csleep=0,0,0,0,0,0,8";

/// README's `./main-two-cvs-while -l 1 -m 2 -p 1 -c 1 -P 1,0,0,0,0,0,0 -C 0 -v`.
const README_RUN: &str = "mode=monitor&items=1&capacity=2&psleep=1,0,0,0,0,0,0&csleep=0";

#[test]
fn seed_rhythm_takes_48_seconds_and_c0_consumes_all_five_items() {
    let trace = Trace::of(parse_query(SEED_RHYTHM).scenario);
    assert_eq!(trace.outcome, Some(Outcome::Finished));
    assert_eq!(trace.end_ms, 48_000);
    assert_eq!(trace.consumed, vec![5]);
    let out = render_scenario(parse_query(SEED_RHYTHM).scenario);
    assert!(out
        .stdout
        .ends_with("\nConsumer consumption:\n  C0 -> 5\n\nTotal time: 48.00 seconds\n"));
}

#[test]
fn the_binary_prints_the_json_end_object_with_48000_ms_and_five_consumed() {
    let output = Command::new(env!("CARGO_BIN_EXE_pc-trace"))
        .args(["--json", SEED_RHYTHM])
        .output()
        .unwrap_or_else(|e| panic!("cannot run pc-trace: {e}"));
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    let last = stdout.lines().last().unwrap_or_default();
    assert_eq!(last, r#"{"end":"finished","t":48000,"consumed":[5]}"#);
}

/// The rows OSTEP's README shows for `README_RUN`, up to where the real threads start to
/// race (its `p0` after `p6` is from an older version: with `-l 1` the loop runs once).
const README_ROWS: [&str; 8] = [
    " NF             P0 C0 ",
    "  0 [*---  --- ] p0",
    "  0 [*---  --- ]    c0",
    "  0 [*---  --- ]    c1",
    "  0 [*---  --- ]    c2",
    "  0 [*---  --- ] p1",
    "  1 [u  0 f--- ] p4",
    "  1 [u  0 f--- ] p5",
];

/// Every distinct `-v` table the real program printed for `README_RUN`
/// (`tools/ostep-crosscheck/record_readme_run.sh`).
fn real_tables() -> Vec<String> {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tools/ostep-crosscheck/golden/readme-run"
    );
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{dir}: {e}"));
    let mut tables: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect();
    tables.sort();
    tables
}

#[test]
fn ostep_format_shows_the_readme_rows_and_prints_a_table_the_real_program_printed() {
    let out = render_scenario(parse_query(README_RUN).scenario);
    let rows: Vec<&str> = out.stdout.lines().take(README_ROWS.len()).collect();
    assert_eq!(rows, README_ROWS);
    let table = out.stdout.replace("Total time: 1.00 seconds\n", "");
    assert_eq!(
        table.len() + "Total time: 1.00 seconds\n".len(),
        out.stdout.len()
    );
    let real = real_tables();
    assert!(
        real.len() >= 2,
        "the real program races: several tables recorded"
    );
    assert!(
        real.contains(&table),
        "not one of the {} real tables:\n{table}",
        real.len()
    );
    assert_eq!(out.stderr, "");
}

#[test]
fn ostep_rows_parse_column_by_column() {
    let out = render_scenario(parse_query(README_RUN).scenario);
    let mut lines = out.stdout.lines();
    let header = lines.next().unwrap_or_default();
    assert_eq!(&header[..4], " NF ");
    assert_eq!(header.find("P0"), Some(16));
    assert_eq!(header.find("C0"), Some(19));
    for row in lines.take_while(|l| !l.is_empty()) {
        let num_full: usize = row[..3].trim().parse().unwrap_or(usize::MAX);
        assert!(num_full <= 2, "{row}");
        assert_eq!(&row[3..5], " [", "{row}");
        for slot in 0..2 {
            let cell = &row[5 + 5 * slot..10 + 5 * slot];
            assert!(" uf*".contains(&cell[..1]), "{row}: pointer mark {cell:?}");
            let content = cell[1..4].trim();
            assert!(content == "---" || content == "EOS" || content.parse::<u32>().is_ok());
            assert_eq!(&cell[4..], " ", "{row}");
        }
        assert_eq!(&row[15..17], "] ", "{row}");
        let marker = &row[17..];
        // A producer's marker starts in column 17, a consumer's three columns later.
        match marker.trim_start().chars().next() {
            Some('p') => assert!(marker.starts_with('p'), "{row}"),
            Some('c') => assert!(marker.starts_with("   c"), "{row}"),
            _ => assert_eq!(marker, "[main: added end-of-stream marker]"),
        }
    }
}

#[test]
fn ostep_format_stops_at_the_safety_error_without_a_footer() {
    let output = Command::new(env!("CARGO_BIN_EXE_pc-trace"))
        .args(["--format", "ostep", "preset=ostep-fig-30-9"])
        .output()
        .unwrap_or_else(|e| panic!("cannot run pc-trace: {e}"));
    assert_eq!(output.status.code(), Some(1), "OSTEP's ensure exits with 1");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(!stdout.contains("Consumer consumption"));
    assert!(stdout.ends_with("  0 [*--- ]    c3\n"), "{stdout}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr, "error: tried to get an empty buffer\n");
}

#[test]
fn text_trace_names_tasks_p1_c1_and_main() {
    let text = Trace::of(parse_query(README_RUN).scenario).to_text();
    assert!(text.starts_with("0 P1 p0\n0 C1 c0\n"));
    assert!(text.contains("1000 main [main: added end-of-stream marker]\n"));
    assert!(text.ends_with("1000 end finished\n"));
}
