//! The program stage's text alternative: what a sighted learner reads off the drawing, in
//! words, so that a screen reader hears the same state: each goroutine and what it does or
//! waits for, each channel with how full it is, and each sync object. Long lists stop
//! after a few items and say how many more there are.

use super::chan_title;
use crate::app::program::narration::{ms_text, state_word};
use crate::sim::golang::task_names::TaskNames;
use crate::sim::golang::view::{ChanView, SyncView};
use crate::sim::golang::GoRun;

/// Items of each kind the label names before it counts the rest.
const NAMED: usize = 8;

/// `1 goroutine`, `3 channels`.
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// `items` joined with `sep`, after the first [`NAMED`], `and N more`.
fn list(items: impl ExactSizeIterator<Item = String>, sep: &str) -> String {
    let total = items.len();
    let mut named: Vec<String> = items.take(NAMED).collect();
    if total > NAMED {
        named.push(format!("and {} more", total - NAMED));
    }
    named.join(sep)
}

/// A sync object's kind and state, as its box on the stage shows them: `("Mutex", "held
/// by worker #2")`, `("WaitGroup", "counter 3")`, `("Cond", "2 waiting")`.
pub(super) fn sync_words(s: &SyncView, tasks: &TaskNames) -> (&'static str, String) {
    let who = |t: &Option<usize>| {
        t.and_then(|t| tasks.get(t))
            .unwrap_or_else(|| "nobody".into())
    };
    match s {
        SyncView::Mutex { owner, .. } => ("Mutex", format!("held by {}", who(owner))),
        SyncView::WaitGroup { counter, .. } => ("WaitGroup", format!("counter {counter}")),
        SyncView::Cond { waiters } => ("Cond", format!("{} waiting", waiters.len())),
    }
}

/// The stage of `run` in words: `At 300 ms: 2 goroutines (main: running; Producer:
/// sleeping); 1 channel (ch · cap 2, 1 of 2 full); no sync objects.`
pub(super) fn stage_label(
    run: &GoRun,
    chans: &[ChanView],
    syncs: &[SyncView],
    sync_names: &[String],
) -> String {
    let names = run.names();
    let goroutines = list(
        (0..names.len()).map(|g| format!("{}: {}", names.or(g, "a goroutine"), state_word(run, g))),
        "; ",
    );
    let channels = list(
        chans.iter().map(|c| match c.cap {
            0 => chan_title(c),
            cap => format!("{}, {} of {cap} full", chan_title(c), c.buffered.len()),
        }),
        "; ",
    );
    let objects = list(
        syncs.iter().zip(sync_names).map(|(s, name)| {
            let (kind, detail) = sync_words(s, &names);
            format!("{name} · {kind}, {detail}")
        }),
        "; ",
    );
    let part = |n: usize, noun: &str, items: String| {
        if n == 0 {
            format!("no {noun}s")
        } else {
            format!("{} ({items})", count(n, noun))
        }
    };
    format!(
        "At {}: {}; {}; {}.",
        ms_text(run.kernel.now_ms()),
        part(names.len(), "goroutine", goroutines),
        part(chans.len(), "channel", channels),
        part(syncs.len(), "sync object", objects),
    )
}
