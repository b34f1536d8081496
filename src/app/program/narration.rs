//! The program lab's words: what the last step did, what each goroutine waits for, and
//! how the run ended, for the live region, the narration line and the task cards.

use crate::sim::golang::program_run::ProgramRun;
use crate::sim::golang::view::SyncView;
use crate::sim::golang::view_waits::WaitTarget;
use crate::sim::golang::GoRun;
use crate::sim::kernel::Outcome;
use crate::sim::{TaskId, TaskState};

/// A virtual time in ns as the page shows it: `1500 ms`, `0.25 ms`.
pub fn ms_text(ns: u64) -> String {
    // Integer arithmetic, not `ns as f64 / 1e6`: float printing costs the wasm 9.5 KB.
    // Go's shortest form: the fraction's trailing zeros go (1.5 ms, 0.000001 ms).
    if ns.is_multiple_of(1_000_000) {
        format!("{} ms", ns / 1_000_000)
    } else {
        let fraction = format!("{:06}", ns % 1_000_000);
        format!("{}.{} ms", ns / 1_000_000, fraction.trim_end_matches('0'))
    }
}

/// What `task` waits for, in words (`waits to send on jobs (full)`); `None` when it is
/// not parked.
pub fn wait_text(run: &GoRun, task: TaskId) -> Option<String> {
    let target = run.waiting_on(task)?;
    let chans = run.channels();
    let chan_name = |i: usize| chans.get(i).map_or("a channel", |c| c.name.as_str());
    Some(match target {
        WaitTarget::Chan { chan, send: true } => {
            let why = match chans.get(chan) {
                Some(c) if c.cap == 0 => "no receiver is ready",
                _ => "the buffer is full",
            };
            format!("waits to send on {}: {why}", chan_name(chan))
        }
        WaitTarget::Chan { chan, send: false } => {
            let why = if chans.get(chan).is_some_and(|c| c.cap == 0) {
                "no sender is ready"
            } else {
                "the buffer is empty"
            };
            format!("waits to receive from {}: {why}", chan_name(chan))
        }
        WaitTarget::Select(list) => {
            let names: Vec<&str> = list.iter().map(|&i| chan_name(i)).collect();
            format!("waits in select on {}", names.join(", "))
        }
        WaitTarget::Sync(i) => {
            let names = run.sync_names();
            let name = names.get(i).map_or("a sync object", String::as_str);
            match run.sync_objects().get(i) {
                Some(SyncView::Mutex { .. }) => format!("waits to lock {name}"),
                Some(SyncView::WaitGroup { counter, .. }) => {
                    format!("waits for {name} (counter {counter})")
                }
                _ => format!("waits on {name}.Wait() for a Signal or Broadcast"),
            }
        }
        WaitTarget::Sleep(until) => format!("sleeps until {}", ms_text(until)),
    })
}

/// A goroutine's state in one word or phrase, never by colour alone.
pub fn state_word(run: &GoRun, task: TaskId) -> String {
    if let Some(why) = crash_of(run, task) {
        return why;
    }
    match run.kernel.states().get(task) {
        Some(TaskState::Done) => "finished".to_string(),
        Some(TaskState::Failed) => "failed".to_string(),
        Some(TaskState::Running) => "running".to_string(),
        Some(TaskState::Ready) => "ready".to_string(),
        _ => wait_text(run, task).unwrap_or_else(|| "blocked".to_string()),
    }
}

/// What ended the run in `task`, when it did: `crashed: panic: close of closed channel`,
/// or `stopped at the lab's limit`. The goroutine that panics was running its statement
/// when the program ended, so the kernel still counts it as running; it is not.
pub fn crash_of(run: &GoRun, task: TaskId) -> Option<String> {
    let Some(Outcome::Error { message }) = run.outcome() else {
        return None;
    };
    if run.last != Some(task) {
        return None;
    }
    Some(if message.starts_with("lab limit: ") {
        "stopped at the lab's limit".to_string()
    } else {
        format!("crashed: {}", message.lines().next().unwrap_or_default())
    })
}

/// How the run ended, in a sentence; `None` while it goes on.
pub fn outcome_text(run: &GoRun) -> Option<String> {
    Some(match run.outcome()? {
        Outcome::Finished => "The program finished: main returned.".to_string(),
        Outcome::Deadlock { message } => format!("Deadlock. Go says: {message}"),
        Outcome::Error { message } if message.starts_with("lab limit: ") => {
            format!(
                "Stopped at the lab's limit: {}.",
                &message["lab limit: ".len()..]
            )
        }
        // Go's first line, then the lab's limit on a second line (runaway recursion).
        Outcome::Error { message } => format!(
            "The program crashed. Go says: {}",
            message.lines().collect::<Vec<_>>().join(" — ")
        ),
    })
}

/// The text of 1-based `line` of `source`, trimmed.
pub fn source_line(source: &str, line: u32) -> &str {
    let index = (line as usize).saturating_sub(1);
    source.lines().nth(index).map_or("", str::trim)
}

/// What the last step did, for the live region and the narration line.
pub fn describe(run: &ProgramRun, source: &str) -> String {
    let now = run.now();
    let names = now.names();
    let at = ms_text(now.kernel.now_ms());
    let step = run.steps();
    let Some(task) = run.picks().get(step.saturating_sub(1) as usize).copied() else {
        return format!("Step 0, at {at}: main is about to start.");
    };
    if step == 0 {
        return format!("Step 0, at {at}: main is about to start.");
    }
    let name = names.or(task, "a goroutine");
    let ran = now.ran_line(task);
    let mut text = format!(
        "Step {step}, at {at}: {name} ran line {ran}: {}. ",
        source_line(source, ran)
    );
    let end = outcome_text(now);
    match now.kernel.states().get(task) {
        Some(TaskState::Done) => text.push_str("It has finished."),
        // The run is over: no line runs next.
        _ if end.is_some() => {}
        _ => match wait_text(now, task) {
            Some(wait) => text.push_str(&format!("It {wait}.")),
            None => {
                let next = now.next_line(task);
                text.push_str(&format!(
                    "Next it runs line {next}: {}.",
                    source_line(source, next)
                ));
            }
        },
    }
    if let Some(end) = end {
        if !text.ends_with(' ') {
            text.push(' ');
        }
        text.push_str(&end);
    }
    text.trim_end().to_string()
}
