//! The Go source each task runs, line by line: the seed's program (`seed.md`), with the
//! concrete numbers of this scenario, so the view can show "the same code the learner
//! will see" and highlight the line a task is on.

use crate::sim::scenario::Scenario;

/// One statement of the Go program, as the scheduler steps it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GoStmt {
    /// `for i := a; i <= b; i++ {`
    ProducerFor,
    /// `fmt.Println("Produced : ", i)`
    ProducerPrint,
    /// `ch <- i`
    ProducerSend,
    /// `time.Sleep(...)` after a send.
    ProducerSleep,
    /// `close(ch)`, or the last-producer check that closes it.
    ProducerClose,
    /// A blocked sender woken by `close`: it panics when it runs.
    SendPanics,
    /// `for item := range ch {`
    ConsumerRange,
    /// `fmt.Println("Consumed : ", item)`
    ConsumerPrint,
    /// `time.Sleep(...)` after a receive.
    ConsumerSleep,
    /// Past the end of the function.
    Finished,
}

impl GoStmt {
    /// The 0-based listing line of this statement.
    pub fn line(self, producer: bool) -> usize {
        match self {
            GoStmt::ProducerFor | GoStmt::ConsumerRange => 1,
            GoStmt::ProducerPrint | GoStmt::ConsumerPrint => 2,
            GoStmt::ProducerSend | GoStmt::SendPanics | GoStmt::ConsumerSleep => 3,
            GoStmt::ProducerSleep => 4,
            GoStmt::ProducerClose => 6,
            GoStmt::Finished if producer => 7,
            GoStmt::Finished => 5,
        }
    }
}

/// The first value producer `k` (0-based) sends, minus one: values are `first+1..=first+items`.
pub fn first_value(scenario: &Scenario, k: usize) -> u32 {
    (k as u32).saturating_mul(scenario.items)
}

/// Producer `k`'s listing (0-based `k`), eight lines.
pub fn producer_listing(scenario: &Scenario, k: usize) -> Vec<String> {
    let first = first_value(scenario, k);
    let last = first.saturating_add(scenario.items);
    let ms = scenario.produce_ms_of(k);
    let close_line = if !scenario.close {
        "\t// close(ch) is missing: the consumers will wait forever".to_string()
    } else if scenario.producers == 1 {
        "\tclose(ch) // Close channel after producing".to_string()
    } else {
        "\tif live.Add(-1) == 0 { close(ch) } // the last producer closes".to_string()
    };
    vec![
        "func Producer(ch chan int) {".to_string(),
        format!("\tfor i := {}; i <= {last}; i++ {{", first + 1),
        "\t\tfmt.Println(\"Produced : \", i)".to_string(),
        "\t\tch <- i // send to channel ( buffer )".to_string(),
        format!("\t\ttime.Sleep(time.Millisecond * {ms})"),
        "\t}".to_string(),
        close_line,
        "}".to_string(),
    ]
}

/// Consumer `k`'s listing (0-based `k`), six lines.
pub fn consumer_listing(scenario: &Scenario, k: usize) -> Vec<String> {
    let ms = scenario.consume_ms_of(k);
    vec![
        "func Consumer(ch chan int) {".to_string(),
        "\tfor item := range ch { // receives until channel is closed".to_string(),
        "\t\tfmt.Println(\"Consumed : \", item)".to_string(),
        format!("\t\ttime.Sleep(time.Millisecond * {ms})"),
        "\t}".to_string(),
        "}".to_string(),
    ]
}

/// `main`, for context: it makes the channel and starts the goroutines.
pub fn main_listing(scenario: &Scenario) -> Vec<String> {
    let mut lines = vec![
        "func main() {".to_string(),
        format!(
            "\tch := make(chan int, {}) // Buffered channel act as queue",
            scenario.capacity
        ),
    ];
    if scenario.producers > 1 {
        lines.push(format!("\tlive.Store({})", scenario.producers));
    }
    lines.push(format!(
        "\tfor range {} {{ go Producer(ch) }}",
        scenario.producers
    ));
    if scenario.consumers == 1 {
        lines.push("\tConsumer(ch) // run consumer in main goroutine".to_string());
    } else {
        // The run ends when every consumer has returned, so main waits for all of them.
        lines.push("\tvar wg sync.WaitGroup".to_string());
        lines.push(format!(
            "\tfor range {} {{ wg.Add(1); go func() {{ defer wg.Done(); Consumer(ch) }}() }}",
            scenario.consumers
        ));
        lines.push("\twg.Wait()".to_string());
    }
    lines.push("}".to_string());
    lines
}
