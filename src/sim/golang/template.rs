//! The seed program as Go source: the scenario keys (`producers`, `consumers`,
//! `capacity`, `items`, `produce_ms`, `consume_ms`, `close`) fill in a template that is the
//! seed for one producer and one consumer and `tools/go-crosscheck/main.go`'s
//! generalisation otherwise (the last producer closes the channel; with several consumers
//! main waits for them on a `sync.WaitGroup`). Under `go-runtime` it prints the same trace
//! as the hard-coded Go mode (`tests/golang_seed_template.rs`).

use std::fmt::Write;

use crate::sim::scenario::Scenario;

/// Go source for `scenario`'s Go-mode program.
pub fn seed_source(s: &Scenario) -> String {
    let (p, c) = (usize::from(s.producers), usize::from(s.consumers));
    let several = p > 1;
    let mut src = String::from("package main\n\nimport (\n\t\"fmt\"\n");
    if (several && s.close) || c > 1 {
        src.push_str("\t\"sync\"\n");
    }
    src.push_str("\t\"time\"\n)\n\n");
    if several && s.close {
        let _ = write!(src, "var mu sync.Mutex\nvar left = {p}\n\n");
    }
    src.push_str("func Producer(ch chan int, first int, last int, pause time.Duration) {\n");
    src.push_str("\tfor i := first; i <= last; i++ {\n\t\tfmt.Println(\"Produced : \", i)\n");
    src.push_str("\t\tch <- i // send to channel ( buffer )\n\t\ttime.Sleep(pause)\n\t}\n");
    match (s.close, several) {
        (false, _) => src.push_str("\t// close(ch) is missing: the consumers will wait forever\n"),
        (true, false) => src.push_str("\tclose(ch) // Close channel after producing\n"),
        (true, true) => src.push_str(
            "\tmu.Lock()\n\tleft--\n\tdone := left == 0\n\tmu.Unlock()\n\tif done {\n\t\tclose(ch) // the last producer closes\n\t}\n",
        ),
    }
    src.push_str("}\n\nfunc Consumer(ch chan int, pause time.Duration) {\n");
    src.push_str("\tfor item := range ch { // receives until channel is closed\n");
    src.push_str("\t\tfmt.Println(\"Consumed : \", item)\n\t\ttime.Sleep(pause)\n\t}\n}\n\n");
    let _ = writeln!(
        src,
        "func main() {{\n\tch := make(chan int, {}) // Buffered channel act as queue",
        s.capacity
    );
    let items = u64::from(s.items);
    for k in 0..p {
        let first = k as u64 * items + 1;
        let _ = writeln!(
            src,
            "\tgo Producer(ch, {first}, {}, {} * time.Millisecond)",
            first + items - 1,
            s.produce_ms_of(k)
        );
    }
    if c == 1 {
        let _ = writeln!(
            src,
            "\tConsumer(ch, {} * time.Millisecond) // run consumer in main goroutine",
            s.consume_ms_of(0)
        );
    } else {
        let _ = writeln!(src, "\tvar wg sync.WaitGroup\n\twg.Add({c})");
        for k in 0..c {
            let _ = writeln!(
                src,
                "\tgo func() {{\n\t\tdefer wg.Done()\n\t\tConsumer(ch, {} * time.Millisecond)\n\t}}()",
                s.consume_ms_of(k)
            );
        }
        src.push_str("\twg.Wait()\n");
    }
    src.push_str("}\n");
    src
}
