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
            8 s), so items pile up in the buffer until it is full, but with only 5 items the \
            producer never has to wait for room.",
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
    Preset {
        name: "ostep-fig-30-9",
        title: "OSTEP figure 30.9: if instead of while",
        explanation: "Replays the book's figure 30.9 row by row. The producer wakes C1, but C2 \
            sneaks in and takes the only item first; C1 checked with if, so it never looks \
            again and tries to get from an empty buffer.",
        query: "mode=monitor&variant=two-cvs-if&consumers=2&capacity=1&items=2\
            &policy=manual&schedule=M.C1*4.P1*10.C2*6.C1*2",
    },
    Preset {
        name: "ostep-fig-30-11",
        title: "OSTEP figure 30.11: one condition variable",
        explanation: "Replays the book's figure 30.11 row by row. With a single condition \
            variable, C1's signal, meant for the sleeping producer, wakes C2 instead; C2 \
            finds nothing and sleeps again, and now every thread is asleep.",
        query: "mode=monitor&variant=one-cv-while&consumers=2&capacity=1&items=2\
            &policy=manual&schedule=M.C1*4.C2*4.P1*10.C1*9.C2*3",
    },
    Preset {
        name: "ostep-fig-31-mutex-outside",
        title: "OSTEP chapter 31: the mutex outside the semaphores",
        explanation: "The consumer takes the mutex and then sleeps on full, still holding \
            it. The producer, which would fill the buffer and post full, first needs the \
            mutex, so it sleeps too: a deadlock.",
        query: "mode=semaphore&variant=mutex-outside&capacity=1&items=1\
            &policy=manual&schedule=M.C1*3.P1*2",
    },
    Preset {
        name: "ostep-correct",
        title: "OSTEP's correct monitor: two condition variables, while",
        explanation: "The seed program's rhythm written with a mutex and two condition \
            variables: the producer rests 5 s and the consumer 8 s after each unlock. Like the \
            real OSTEP program, it ends after 48 s with C1 having consumed all 5 items.",
        query: "mode=monitor&psleep=0,0,0,0,0,0,5&csleep=0,0,0,0,0,0,8",
    },
    Preset {
        name: "semaphore-correct",
        title: "Semaphores in the right order",
        explanation: "The textbook semaphore solution: wait on empty or full first and only \
            then on the mutex, so no thread ever sleeps holding the lock. With the seed's \
            rhythm it finishes in 48 s, like the monitor.",
        query: "mode=semaphore&psleep=0,0,0,0,0,5&csleep=0,0,0,0,0,8",
    },
];

/// The preset with this URL name.
pub fn preset(name: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.name == name)
}
