#![cfg(not(target_arch = "wasm32"))]
//! The simulation core (`src/sim/`) is pure: it names no browser crate, reads no clock and
//! uses no unseeded randomness, and the browser crates are dependencies of wasm builds only.
//!
//! The scan reads code with comments stripped (the module docs rightly *mention* Yew and
//! gloo) and matches whole identifiers, so `Instant` is caught but `Instantly` is not.

mod source_files;

use std::fs;
use std::path::Path;

use source_files::rust_files;

/// Names the core must never use: browser crates, clocks, and OS randomness.
const FORBIDDEN: &[&str] = &[
    "yew",
    "web_sys",
    "gloo",
    "js_sys",
    "wasm_bindgen",
    "Instant",
    "SystemTime",
    "thread_rng",
    "getrandom",
];

/// The forbidden names used in `source`, as `line number: name` (1-based).
fn violations(source: &str) -> Vec<(usize, &'static str)> {
    let mut found = Vec::new();
    for (i, line) in source.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let identifiers = code.split(|c: char| !(c.is_alphanumeric() || c == '_'));
        for ident in identifiers {
            if let Some(name) = FORBIDDEN.iter().find(|&&name| name == ident) {
                found.push((i + 1, *name));
            }
        }
        if code.contains("crate::app") {
            found.push((i + 1, "crate::app"));
        }
    }
    found
}

#[test]
fn no_file_of_the_core_names_a_browser_crate_a_clock_or_os_randomness() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = rust_files(&root.join("src/sim"));
    assert!(files.len() >= 10, "the scan found the core: {files:?}");
    let mut report = Vec::new();
    for file in &files {
        let source = fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for (line, name) in violations(&source) {
            let path = file.strip_prefix(root).unwrap_or(file).display();
            report.push(format!("{path}:{line}: uses `{name}`"));
        }
    }
    assert!(
        report.is_empty(),
        "the core must stay pure:\n{}",
        report.join("\n")
    );
}

#[test]
fn the_scanner_catches_code_but_not_comments_or_longer_names() {
    let source = "//! Nothing from yew here.\nuse std::time::Instant; // gloo\nlet instantly = Instantly;\nuse crate::app::x;\n";
    assert_eq!(violations(source), [(2, "Instant"), (4, "crate::app")]);
}

#[test]
fn browser_crates_are_dependencies_of_wasm_builds_only() {
    let manifest = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
        .unwrap_or_else(|e| panic!("Cargo.toml: {e}"));
    let browser = [
        "yew",
        "web-sys",
        "gloo",
        "js-sys",
        "wasm-bindgen",
        "wasm-bindgen-futures",
    ];
    let mut section = String::new();
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            section = line.to_string();
            continue;
        }
        let key = line.split(['=', ' ']).next().unwrap_or("");
        if browser.contains(&key) && section.contains("dependencies") {
            assert!(
                section.contains("target_arch = \"wasm32\"") && !section.contains("not("),
                "`{key}` is a dependency outside the wasm-only sections (in {section})"
            );
        }
    }
}
