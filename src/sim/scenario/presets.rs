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
    /// Two or three plain sentences for students: what to watch, asked as questions, never
    /// what happens (the run should answer them, not the blurb).
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
        explanation:
            "Exactly the Go program this lab started from: one producer, one consumer and a \
            channel with room for 2. The producer rests 5 s after each send, the consumer \
            8 s after each receive. Before you press Play: will the buffer ever fill, and \
            will the producer ever have to wait?",
        query: "",
    },
    Preset {
        name: "seed-8-items",
        title: "The seed program, 8 items",
        explanation: "The same program with 8 items instead of 5. Does anything change for the \
            producer once the run is longer? Predict the first send that has to wait, then \
            step to it.",
        query: "items=8",
    },
    Preset {
        name: "backpressure",
        title: "Backpressure: fast producer, slow consumer",
        explanation: "The producer makes an item every second; the consumer needs four for each. \
            What happens to the producer once it is far ahead? Watch the buffer and the \
            producer's card.",
        query: "items=10&produce_ms=1000&consume_ms=4000",
    },
    Preset {
        name: "starved-consumer",
        title: "Starved consumer: slow producer, fast consumer",
        explanation:
            "The consumer is quick, but items arrive only every 6 seconds. Where does the \
            consumer spend its time? Would a bigger buffer speed anything up?",
        query: "produce_ms=6000&consume_ms=1000",
    },
    Preset {
        name: "unbuffered",
        title: "Unbuffered channel (capacity 0)",
        explanation:
            "A channel with no buffer at all. Where can a sent value wait now? Watch what \
            the producer and the consumer do at each item.",
        query: "capacity=0",
    },
    Preset {
        name: "fan-out",
        title: "Fan-out: 1 producer, 3 consumers",
        explanation: "One fast producer feeds three slow consumers through one channel. Which \
            consumer gets each item, and can the three together keep up with the producer?",
        query: "consumers=3&items=9&produce_ms=1000&consume_ms=3000",
    },
    Preset {
        name: "fan-in",
        title: "Fan-in: 3 producers, 1 consumer",
        explanation:
            "Three producers share one channel to a single consumer. In what order will the \
            values arrive, and when may the channel be closed without losing any?",
        query: "producers=3&items=3&produce_ms=3000&consume_ms=1000",
    },
    Preset {
        name: "forgot-close",
        title: "Forgot to close the channel",
        explanation:
            "The producer sends its items but never closes the channel. The consumer ranges \
            over the channel until it is closed. What will the consumer do once every item \
            is in, and what will Go do about it?",
        query: "items=3&close=0",
    },
    // ---- Monitor and semaphore presets: append below. ----
    Preset {
        name: "ostep-fig-30-9",
        title: "OSTEP figure 30.9: if instead of while",
        explanation: "Replays the book's figure 30.9 row by row: two consumers, one producer, a \
            one-slot buffer and if instead of while around the waits. Before each row, \
            predict what the woken consumer finds in the buffer.",
        query: "mode=monitor&variant=two-cvs-if&consumers=2&capacity=1&items=2\
            &policy=manual&schedule=M.C1*4.P1*10.C2*6.C1*2",
    },
    Preset {
        name: "ostep-fig-30-11",
        title: "OSTEP figure 30.11: one condition variable",
        explanation:
            "Replays the book's figure 30.11 row by row: both sides wait on and signal one \
            condition variable. When a consumer signals, who wakes up, and is it the \
            thread that needed the signal?",
        query: "mode=monitor&variant=one-cv-while&consumers=2&capacity=1&items=2\
            &policy=manual&schedule=M.C1*4.C2*4.P1*10.C1*9.C2*3",
    },
    Preset {
        name: "ostep-fig-31-mutex-outside",
        title: "OSTEP chapter 31: the mutex outside the semaphores",
        explanation:
            "The consumer takes the mutex first and only then waits for a full slot. What \
            can the producer do while the consumer sleeps? Step through and find out who \
            is waiting for whom.",
        query: "mode=semaphore&variant=mutex-outside&capacity=1&items=1\
            &policy=manual&schedule=M.C1*3.P1*2",
    },
    Preset {
        name: "ostep-correct",
        title: "OSTEP's correct monitor: two condition variables, while",
        explanation: "The seed program's rhythm written with a mutex and two condition variables: \
            the producer rests 5 s and the consumer 8 s after each unlock. Does it take as \
            long as the Go program? Who holds the mutex when the consumer wakes?",
        query: "mode=monitor&psleep=0,0,0,0,0,0,5&csleep=0,0,0,0,0,0,8",
    },
    Preset {
        name: "semaphore-correct",
        title: "Semaphores in the right order",
        explanation:
            "The textbook semaphore solution: wait on empty or full first and only then on \
            the mutex. Can a thread ever sleep while holding the lock here? Compare its \
            time with the monitor's.",
        query: "mode=semaphore&psleep=0,0,0,0,0,5&csleep=0,0,0,0,0,8",
    },
];

/// The preset with this URL name.
pub fn preset(name: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.name == name)
}
