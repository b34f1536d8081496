//! The Go interpreter's speed: statements per second on a loop-heavy program and on a
//! channel ping-pong (two goroutines, an unbuffered channel), and the time to lex, parse,
//! check and compile a 300-line program.
//!
//! ```text
//! cargo bench --bench golang              # full measurement
//! cargo bench --bench golang -- --quick   # a few seconds
//! ```

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;

    use criterion::{Criterion, Throughput};
    use producer_consumer_lab::sim::golang::{self, GoRun};
    use producer_consumer_lab::sim::scenario::PolicyKind;

    use producer_consumer_lab::sim::golang::sample_programs::{
        three_hundred_lines, LOOP, PINGPONG,
    };

    fn statements(src: &str) -> u64 {
        let prog = golang::build(src).expect("benchmark program builds");
        let mut run = GoRun::new(prog, PolicyKind::GoRuntime, 1);
        run.machine.limits.steps = u64::MAX;
        run.run_to_end();
        run.steps
    }

    /// All three measurements.
    pub fn golang(c: &mut Criterion) {
        let mut group = c.benchmark_group("go interpreter");
        for (name, src) in [("loop", LOOP), ("ping-pong", PINGPONG)] {
            group.throughput(Throughput::Elements(statements(src)));
            group.bench_function(name, |b| b.iter(|| black_box(statements(src))));
        }
        let big = three_hundred_lines();
        assert!(big.lines().count() >= 300);
        group.throughput(Throughput::Elements(1));
        group.bench_function("check and compile 300 lines", |b| {
            b.iter(|| black_box(golang::build(black_box(&big)).is_ok()))
        });
        group.finish();
    }
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_group!(benches, native::golang);
#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
