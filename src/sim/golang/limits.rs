//! The bounds on a learner's program, named once: a program that never blocks, starts
//! goroutines without end or recurses without end stops at one of them with a message
//! that names it, instead of freezing the page. The page and the trace tool have their
//! own sets (README, "Your own Go program on the page", "Limits, never a frozen tab").

/// Bounds that stop a runaway program with a clear message instead of a frozen page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Statements in a run.
    pub steps: u64,
    /// Goroutines ever started.
    pub goroutines: usize,
    /// Nested calls in one goroutine.
    pub depth: usize,
}

impl Default for Limits {
    /// The page's: a run stays within a few seconds and tens of megabytes.
    fn default() -> Self {
        Limits {
            steps: 10_000_000,
            goroutines: 10_000,
            depth: 100_000,
        }
    }
}

impl Limits {
    /// The trace tool's, about ten times the page's: native code runs a statement in
    /// about 50 ns, so a run still stops within seconds, and a program that real Go runs
    /// to its end (a loop of ten million rounds, recursion a million calls deep, a
    /// hundred thousand goroutines) runs to its end here too. A frame costs about 190
    /// bytes, so runaway recursion stops at about 210 MB.
    pub fn trace_tool() -> Self {
        Limits {
            steps: 100_000_000,
            goroutines: 100_000,
            depth: 1_100_000,
        }
    }
}
