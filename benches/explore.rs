//! States per second of the explorer: an exhaustive search of `two-cvs-while` with 2
//! producers, 2 consumers, capacity 2 and 3 items (every reachable state, no failure).
//! Criterion reports the rate as `thrpt` in elements (states checked) per second.
//!
//! ```text
//! cargo bench --bench explore              # full measurement
//! cargo bench --bench explore -- --quick   # a few seconds
//! ```

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;

    use criterion::{BatchSize, Criterion, Throughput};
    use producer_consumer_lab::sim::explore::{Explorer, Goal};
    use producer_consumer_lab::sim::scenario::parse_query;

    /// The issue's exhaustive case.
    const QUERY: &str =
        "mode=monitor&variant=two-cvs-while&producers=2&consumers=2&capacity=2&items=3";

    fn explorer() -> Explorer {
        Explorer::new(&parse_query(QUERY).scenario, Goal::Failure)
    }

    /// One iteration is the whole search, reported per state checked.
    pub fn explore(c: &mut Criterion) {
        let checked = explorer().run_to_end().checked;
        let mut group = c.benchmark_group("explorer, two-cvs-while 2P 2C cap 2, 3 items");
        group.throughput(Throughput::Elements(checked));
        group.sample_size(10);
        group.bench_function("exhaustive search", |b| {
            b.iter_batched(
                explorer,
                |mut e| black_box(e.run_to_end()),
                BatchSize::LargeInput,
            )
        });
        group.finish();
    }
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_group!(benches, native::explore);
#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
