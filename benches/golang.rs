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

    const LOOP: &str = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tsum := 0\n\tfor i := 0; i < 1000000; i++ {\n\t\tsum += i % 7\n\t\tif sum > 100 {\n\t\t\tsum -= 100\n\t\t}\n\t}\n\tfmt.Println(sum)\n}\n";

    const PINGPONG: &str = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int)\n\tdone := make(chan bool)\n\tgo func() {\n\t\tfor v := range ch {\n\t\t\tif v < 0 {\n\t\t\t\tfmt.Println(v)\n\t\t\t}\n\t\t}\n\t\tdone <- true\n\t}()\n\tfor i := 0; i < 200000; i++ {\n\t\tch <- i\n\t}\n\tclose(ch)\n\t<-done\n}\n";

    /// A 300-line program: fifty small functions of six lines each, called from main.
    fn three_hundred_lines() -> String {
        let mut src =
            String::from("package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n\t\"time\"\n)\n\n");
        for i in 0..48 {
            src.push_str(&format!(
                "func f{i}(ch chan int, wg *sync.WaitGroup) {{\n\tdefer wg.Done()\n\tfor j := 0; j < {i}; j++ {{\n\t\tch <- j * {i}\n\t\ttime.Sleep(time.Millisecond)\n\t}}\n}}\n"
            ));
        }
        src.push_str("func main() {\n\tch := make(chan int, 100)\n\tvar wg sync.WaitGroup\n\twg.Add(1)\n\tgo f1(ch, &wg)\n\twg.Wait()\n\tfmt.Println(len(ch))\n}\n");
        src
    }

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
