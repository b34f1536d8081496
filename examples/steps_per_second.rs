//! The benchmark's figure in a few seconds, without Criterion: statements per second of the
//! seed program scaled to 1,000,000 items, stepped to its end by a bare `Simulation` and by
//! a history `Run`. Prints the best of five runs, which is the least disturbed by whatever
//! else the machine is doing.
//!
//! ```text
//! cargo run --profile bench --example steps_per_second
//! ```
//!
//! (`--profile bench`: the release profile optimises for size, for the browser.)

use std::time::Instant;

use producer_consumer_lab::sim::history::Run;
use producer_consumer_lab::sim::{Scenario, Simulation};

const RUNS: usize = 5;

fn seed_scaled_up() -> Scenario {
    Scenario {
        items: 1_000_000,
        ..Scenario::default()
    }
}

/// The best rate over [`RUNS`] runs of `run`, which returns the statements it ran.
fn best_rate(mut run: impl FnMut() -> u64) -> (u64, f64) {
    let mut best = 0.0f64;
    let mut statements = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        statements = run();
        best = best.max(statements as f64 / start.elapsed().as_secs_f64());
    }
    (statements, best)
}

fn main() {
    let (statements, bare) = best_rate(|| Simulation::new(seed_scaled_up()).run_to_end(u64::MAX));
    let (_, history) = best_rate(|| {
        let mut run = Run::new(seed_scaled_up());
        let steps = run.run_to_end(u64::MAX);
        // Leak-free but untimed would need more machinery; freeing is part of a real run.
        drop(run);
        steps
    });
    println!("seed program, 1,000,000 items: {statements} statements");
    println!(
        "  Simulation:        {:6.1} million statements/s",
        bare / 1e6
    );
    println!(
        "  Run with history:  {:6.1} million statements/s",
        history / 1e6
    );
}
