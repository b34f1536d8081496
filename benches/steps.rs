//! Statements per second: the seed program (`SEMANTICS.md` §1) scaled to 1,000,000 items,
//! 7,000,003 statements, stepped to its end by a bare [`Simulation`] and by a history
//! [`Run`] (checkpoints and logs on). Criterion reports the rate as `thrpt` in elements
//! (statements) per second.
//!
//! ```text
//! cargo bench --bench steps              # full measurement
//! cargo bench --bench steps -- --quick   # a few seconds, same figures
//! ```

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;

    use criterion::{BatchSize, Criterion, Throughput};
    use producer_consumer_lab::sim::history::Run;
    use producer_consumer_lab::sim::{Scenario, Simulation};

    /// The seed program with a million items instead of five.
    fn seed_scaled_up() -> Scenario {
        Scenario {
            items: 1_000_000,
            ..Scenario::default()
        }
    }

    /// Both measurements, reported per statement.
    pub fn steps(c: &mut Criterion) {
        let statements = Simulation::new(seed_scaled_up()).run_to_end(u64::MAX);
        let mut group = c.benchmark_group("seed program, 1,000,000 items");
        group.throughput(Throughput::Elements(statements));
        // One iteration is a whole run (a few hundred ms): ten samples are plenty.
        group.sample_size(10);
        group.bench_function("Simulation stepping to the end", |b| {
            b.iter_batched(
                || Simulation::new(seed_scaled_up()),
                |mut sim| black_box(sim.run_to_end(u64::MAX)),
                BatchSize::LargeInput,
            )
        });
        // The run is returned so that freeing its history is not timed.
        group.bench_function("Run with history, stepping to the end", |b| {
            b.iter_batched(
                || Run::new(seed_scaled_up()),
                |mut run| {
                    black_box(run.run_to_end(u64::MAX));
                    run
                },
                BatchSize::LargeInput,
            )
        });
        group.finish();
    }
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_group!(benches, native::steps);
#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
