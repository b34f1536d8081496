//! Named scenarios for the lessons, as data: each preset is a query string applied to the
//! default scenario, plus a title and a short explanation of what it teaches.
//!
//! To add a preset, append an entry to [`PRESETS`]; the tests check that every query parses
//! cleanly and every explanation is filled in.

/// A named scenario with a lesson attached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Preset {
    /// The URL name (`preset=NAME`): lower case, words joined by `-`.
    pub name: &'static str,
    /// A short title for menus.
    pub title: &'static str,
    /// One or two plain sentences for students: what to watch and what it teaches.
    pub explanation: &'static str,
    /// The scenario, as a query string applied to the default scenario (never `preset=`).
    pub query: &'static str,
}

/// Every preset, in menu order: the Go lessons first, then monitor and semaphore ones.
pub static PRESETS: &[Preset] = &[
    // ---- Go channels (mode `go`) ----
    Preset {
        name: "seed",
        title: "The seed program",
        explanation: "Exactly the Go program this lab started from: one producer, one \
            consumer and a channel with room for 2. The producer is faster (5 s against \
            8 s), so items pile up in the buffer, but with only 5 items it never fills.",
        query: "",
    },
    Preset {
        name: "seed-8-items",
        title: "The seed program, 8 items",
        explanation: "The same program with 8 items instead of 5. Now the buffer does fill, \
            and the producer twice has to wait on a full channel until the consumer makes room.",
        query: "items=8",
    },
    Preset {
        name: "backpressure",
        title: "Backpressure: fast producer, slow consumer",
        explanation: "The producer makes an item every second but the consumer needs four. \
            Once the buffer is full the producer is held back to the consumer's pace: \
            a bounded buffer pushes back instead of growing without limit.",
        query: "items=10&produce_ms=1000&consume_ms=4000",
    },
    Preset {
        name: "starved-consumer",
        title: "Starved consumer: slow producer, fast consumer",
        explanation: "The consumer is quick but items arrive only every 6 seconds, so it \
            spends most of its time waiting on an empty channel. The buffer never fills: \
            a bigger buffer would not speed anything up.",
        query: "produce_ms=6000&consume_ms=1000",
    },
    Preset {
        name: "unbuffered",
        title: "Unbuffered channel (capacity 0)",
        explanation: "With no buffer, every send waits until a receiver takes the value: \
            each item is handed over directly, so producer and consumer meet at every step.",
        query: "capacity=0",
    },
    Preset {
        name: "fan-out",
        title: "Fan-out: 1 producer, 3 consumers",
        explanation: "One fast producer feeds three slow consumers through one channel. \
            Each item goes to exactly one consumer, so together they keep up with a \
            producer that none of them could match alone.",
        query: "consumers=3&items=9&produce_ms=1000&consume_ms=3000",
    },
    Preset {
        name: "fan-in",
        title: "Fan-in: 3 producers, 1 consumer",
        explanation: "Three producers share one channel to a single consumer, and their \
            values arrive interleaved. The channel is closed only after the last producer \
            has finished, so the consumer still receives every item.",
        query: "producers=3&items=3&produce_ms=3000&consume_ms=1000",
    },
    Preset {
        name: "forgot-close",
        title: "Forgot to close the channel",
        explanation: "The producer sends its items but never closes the channel, so the \
            consumer's range loop waits for more forever. With nothing left that can run, \
            Go stops the program: fatal error: all goroutines are asleep - deadlock!",
        query: "items=3&close=0",
    },
    // ---- Monitor and semaphore presets: append below. ----
];

/// The preset with this URL name.
pub fn preset(name: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.name == name)
}
