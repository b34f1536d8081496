#![cfg(not(target_arch = "wasm32"))]
//! The console and `pc-trace` print Go's bytes: the seed program of `seed.md`, built by the
//! real Go toolchain with the playground's virtual clock and run on one processor, writes
//! exactly what `pc-trace --format go ''` writes, each line at the virtual time the lab
//! prints it. Where `go` is not installed the recorded real-Go trace stands in.

use std::path::Path;
use std::process::Command;

use producer_consumer_lab::sim::reports::trace::Trace;
use producer_consumer_lab::sim::Scenario;

/// `seed.md`'s Go program, verbatim.
const SEED_GO: &str = r#"// Producer and Consumer with channels.
package main

import (
	"fmt"
	"time"
)

// Producer function
func Producer(ch chan int) {
	for i:=1; i<=5; i++ {
		fmt.Println("Produced : ", i)
		ch <- i // send to channel ( buffer )
		time.Sleep(time.Millisecond*5000)
	}
	close(ch) // Close channel after producing
}

// Consumer function
func Consumer(ch chan int) {
	for item := range ch {
		// receives until channel is closed
		fmt.Println("Consumed : ", item)
		time.Sleep(time.Millisecond*8000)
	}
}

func main() {
	ch := make(chan int, 2) // Buffered channel act as queue
	go Producer(ch)

	Consumer(ch) // run consumer in main goroutine
}
"#;

/// Where `-tags faketime`'s virtual clock starts, in ns.
const FAKETIME_START_NS: u64 = 1_257_894_000_000_000_000;

/// The real Go run of the seed: each write to stdout with its virtual time in ms, or
/// `None` when no `go` toolchain is installed.
fn real_go_writes() -> Option<Vec<(u64, Vec<u8>)>> {
    Command::new("go").arg("version").output().ok()?;
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("go-seed");
    std::fs::create_dir_all(&dir).ok()?;
    std::fs::write(dir.join("seed.go"), SEED_GO).ok()?;
    let go = |args: &[&str]| {
        Command::new("go")
            .args(args)
            .current_dir(&dir)
            .env("GO111MODULE", "off")
            .env("GOPROXY", "off")
            .env("GOCACHE", dir.join("cache"))
            .env("GOPATH", dir.join("path"))
            .output()
    };
    let built = go(&["build", "-tags", "faketime", "-o", "seed", "seed.go"]).ok()?;
    assert!(
        built.status.success(),
        "go build: {}",
        String::from_utf8_lossy(&built.stderr)
    );
    let run = Command::new(dir.join("seed"))
        .env("GOMAXPROCS", "1")
        .output()
        .ok()?;
    assert!(run.status.success(), "the seed exits 0");
    Some(decode_playback(&run.stdout))
}

/// Splits faketime's output into writes: each is `\0\0PB`, the virtual time in ns (8 bytes,
/// big-endian), the payload's length (4 bytes, big-endian), then the payload.
fn decode_playback(mut bytes: &[u8]) -> Vec<(u64, Vec<u8>)> {
    let mut writes = Vec::new();
    while bytes.len() >= 16 {
        assert_eq!(&bytes[..4], b"\0\0PB", "a playback header");
        let ns = u64::from_be_bytes(bytes[4..12].try_into().unwrap_or_default());
        let len = u32::from_be_bytes(bytes[12..16].try_into().unwrap_or_default()) as usize;
        let payload = bytes[16..16 + len].to_vec();
        writes.push(((ns - FAKETIME_START_NS) / 1_000_000, payload));
        bytes = &bytes[16 + len..];
    }
    assert!(bytes.is_empty(), "no partial frame");
    writes
}

/// The lab's seed run: each print's bytes, newline included, with its virtual time.
fn lab_writes() -> Vec<(u64, Vec<u8>)> {
    let trace = Trace::of(Scenario::default());
    let lines = trace.lines.iter();
    lines
        .map(|l| (l.time_ms, (l.print.text() + "\n").into_bytes()))
        .collect()
}

#[test]
fn the_seed_prints_gos_bytes_at_gos_virtual_times() {
    let expected = match real_go_writes() {
        Some(writes) => writes,
        None => recorded_seed(),
    };
    assert_eq!(lab_writes(), expected);
    assert_eq!(
        expected[0].1, b"Produced :  1\n",
        "Println puts a space between operands"
    );
}

#[test]
fn pc_trace_format_go_writes_exactly_the_programs_stdout() {
    let out = Command::new(env!("CARGO_BIN_EXE_pc-trace"))
        .args(["--format", "go", ""])
        .output();
    let out = out.unwrap_or_else(|e| panic!("pc-trace runs: {e}"));
    assert!(out.status.success());
    let expected: Vec<u8> = recorded_seed().into_iter().flat_map(|(_, b)| b).collect();
    assert_eq!(out.stdout, expected);
}

/// The seed's trace as recorded from real Go (`tools/go-crosscheck/golden/seed.txt`, whose
/// lines are `<ms> <task> <text>` after the query line).
fn recorded_seed() -> Vec<(u64, Vec<u8>)> {
    let text = include_str!("../tools/go-crosscheck/golden/seed.txt");
    text.lines()
        .skip(1)
        .filter(|l| !l.contains(" end "))
        .filter_map(|l| {
            let mut parts = l.splitn(3, ' ');
            let ms = parts.next()?.parse().ok()?;
            let _task = parts.next()?;
            Some((ms, format!("{}\n", parts.next()?).into_bytes()))
        })
        .collect()
}
