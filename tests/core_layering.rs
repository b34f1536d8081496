#![cfg(not(target_arch = "wasm32"))]
//! The core's layers import one way, from the reports down to the kernel:
//!
//! - only `src/sim/reports/` and the two features built on it (`ask/` reveals an answer
//!   with the narration's sentence, `experiment/` labels and bounds runs as the trace
//!   does) import `reports`; the kernel, the modes, `world`, `simulation`, `history`,
//!   `policy`, `scenario` and the rest never do;
//! - `monitor/` and `semaphore/` never import each other: what both run on, the OSTEP
//!   buffer and program, lives in `ostep/`, which imports neither;
//! - the kernel-level files (the kernel, its queues and timers, tasks, the PRNG) import no
//!   mode, `world`, `simulation`, `history` or report.
//!
//! Like `tests/core_is_pure.rs`, the scan reads code with comments and string literals
//! blanked. It resolves every `crate::sim::…`, `super::…` and `sim::…` path, `use` groups
//! included, to the top-level module of `src/sim/` it names (`import_scan/`), and fails
//! with the file and line of each import that goes the wrong way.

mod import_scan;
mod source_files;

use std::fs;
use std::path::Path;

use import_scan::{imports, module_of};
use source_files::rust_files;

/// Kernel-level files: the bottom layer, which every mode runs on.
const KERNEL: &[&str] = &[
    "kernel",
    "kernel_tests",
    "run_queue",
    "timers",
    "go_timer_heap",
    "task",
    "rng",
    "ring_buffer",
];

/// What sits above the kernel: the modes (Go, OSTEP monitor and semaphore, Lab Go), what
/// dispatches to them (`world`), drives them (`simulation`, `history`) or reports on them.
const ABOVE_KERNEL: &[&str] = &[
    "go",
    "monitor",
    "semaphore",
    "ostep",
    "golang",
    "world",
    "simulation",
    "history",
    "reports",
];

/// The features built on the reports, which may use them (see the module docs).
const ABOVE_REPORTS: &[&str] = &["ask", "experiment"];

/// Why `top` (the file's top-level module of `src/sim/`) may not import `named`, if so.
fn rule_broken(top: &str, named: &str) -> Option<&'static str> {
    if top == named {
        return None;
    }
    if named == "reports" && !ABOVE_REPORTS.contains(&top) {
        return Some("only reports/ and the features above it (ask/, experiment/) import reports");
    }
    if matches!(
        (top, named),
        ("monitor", "semaphore") | ("semaphore", "monitor")
    ) {
        return Some(
            "monitor/ and semaphore/ never import each other: what both need is in ostep/",
        );
    }
    if top == "ostep" && matches!(named, "monitor" | "semaphore") {
        return Some("ostep/ is what monitor/ and semaphore/ share, so it imports neither");
    }
    if KERNEL.contains(&top) && ABOVE_KERNEL.contains(&named) {
        return Some("kernel-level files import no mode, world, simulation, history or report");
    }
    None
}

/// Every import in `source` (the file at `path`, relative to the crate) that goes the
/// wrong way, as `path:line: imports `module`: the rule`.
fn violations(path: &str, source: &str) -> Vec<String> {
    let module = module_of(path);
    let top = module.get(1).map_or("", String::as_str);
    imports(path, source)
        .into_iter()
        .filter_map(|(line, named)| {
            let rule = rule_broken(top, &named)?;
            Some(format!("{path}:{line}: imports `{named}`: {rule}"))
        })
        .collect()
}

/// Every file of the core with its path relative to the crate, `/`-separated.
fn core_files() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    rust_files(&root.join("src/sim"))
        .into_iter()
        .map(|file| {
            let source =
                fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            let relative = file.strip_prefix(root).unwrap_or(&file);
            let parts: Vec<_> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect();
            (parts.join("/"), source)
        })
        .collect()
}

#[test]
fn every_import_of_the_core_points_down_its_layers() {
    let files = core_files();
    assert!(
        files.len() >= 10,
        "the scan found the core: {}",
        files.len()
    );
    let report: Vec<String> = files
        .iter()
        .flat_map(|(path, source)| violations(path, source))
        .collect();
    assert!(
        report.is_empty(),
        "an import goes up the core's layers:\n{}",
        report.join("\n")
    );
}

#[test]
fn the_layers_the_rules_name_exist() {
    let files = core_files();
    let tops: Vec<String> = files
        .iter()
        .filter_map(|(path, _)| module_of(path).get(1).cloned())
        .collect();
    let named = KERNEL.iter().chain(ABOVE_KERNEL).chain(ABOVE_REPORTS);
    for module in named {
        assert!(
            tops.iter().any(|t| t == module),
            "no src/sim/{module}: a rule names a layer that moved"
        );
    }
}

#[test]
fn the_scan_sees_the_imports_the_core_really_has() {
    let files = core_files();
    let named = |file: &str| -> Vec<String> {
        let (path, source) = files
            .iter()
            .find(|(p, _)| p == file)
            .unwrap_or_else(|| panic!("no {file}"));
        imports(path, source).into_iter().map(|(_, m)| m).collect()
    };
    // `use super::ostep::{OstepBuffer, OstepProgram};`, `use crate::sim::ostep::fail;`, and
    // `crate::sim::reports::narration::ending` as an argument, not in a `use`.
    assert!(named("src/sim/semaphore/mod.rs").contains(&"ostep".to_string()));
    assert!(named("src/sim/semaphore/threads.rs").contains(&"ostep".to_string()));
    let pose = named("src/sim/ask/pose.rs");
    assert_eq!(
        pose.iter().filter(|m| *m == "reports").count(),
        2,
        "{pose:?}"
    );
}

#[test]
fn the_checker_names_the_file_and_line_of_each_wrong_way_import() {
    let kernel =
        "//! Not `crate::sim::monitor`.\nuse super::task::TaskId;\nuse super::monitor::Mutex;\n";
    assert_eq!(
        violations("src/sim/kernel.rs", kernel),
        ["src/sim/kernel.rs:3: imports `monitor`: kernel-level files import no mode, world, simulation, history or report"]
    );
    let simulation = "// use crate::sim::reports::trace;\n\
        const S: &str = \"crate::sim::reports\";\n\
        const C: char = '\"'; // a quote that opens no string\n\
        use crate::sim::{\n    event::StepEvent,\n    reports::narration::narrate,\n};\n\
        let t = r#\"super::reports\"#;\n";
    assert_eq!(
        violations("src/sim/simulation.rs", simulation),
        ["src/sim/simulation.rs:6: imports `reports`: only reports/ and the features above it (ask/, experiment/) import reports"]
    );
    let deadlock = "fn f() {\n    let who = super::super::semaphore::join(&names);\n}\n";
    let found = violations("src/sim/monitor/deadlock.rs", deadlock);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("src/sim/monitor/deadlock.rs:2: imports `semaphore`"));
    // In a file's own `mod tests`, `super::super` is the file's parent, not the core's root.
    let tests = "#[cfg(test)]\nmod tests {\n    use super::super::monitor::X;\n    use super::super::super::semaphore::Y;\n}\nuse super::super::semaphore::Z;\n";
    let found = violations("src/sim/monitor/threads.rs", tests);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].starts_with("src/sim/monitor/threads.rs:4: imports `semaphore`"));
    assert!(found[1].starts_with("src/sim/monitor/threads.rs:6: imports `semaphore`"));
    let shared = "use crate::sim::monitor::MonitorStmt;\n";
    assert_eq!(violations("src/sim/ostep/program.rs", shared).len(), 1);
}

#[test]
fn the_checker_lets_the_reports_and_the_features_above_them_use_them() {
    let uses = "use crate::sim::reports::narration::narrate;\nuse super::super::reports::trace;\n";
    assert_eq!(
        violations("src/sim/ask/pose.rs", uses),
        Vec::<String>::new()
    );
    assert_eq!(
        violations("src/sim/reports/ostep_table.rs", uses),
        Vec::<String>::new()
    );
    let own =
        "use super::buffer::OstepBuffer;\nuse crate::sim::{ostep::fail, kernel::Kernel as K};\n";
    assert_eq!(
        violations("src/sim/semaphore/threads.rs", own),
        Vec::<String>::new()
    );
}
