//! One card per goroutine, as Python Tutor draws frames: its name and state in words,
//! the line it is on in the learner's source, its call stack (outermost first) and each
//! frame's local variables with their current values.

use yew::prelude::*;

use super::narration::{source_line, state_word};

/// Frames a card lists, innermost first; deeper stacks (runaway recursion) say how many
/// more there are instead, so a card never grows with the recursion.
const SHOWN_FRAMES: usize = 8;
use crate::sim::golang::GoRun;
use crate::sim::TaskState;

/// Cards drawn at most: a program that starts thousands of goroutines lists the first
/// ones and counts the rest, so a render never grows with it.
const SHOWN_CARDS: usize = 48;

/// Every goroutine's card (the first [`SHOWN_CARDS`]).
pub fn view_cards(run: &GoRun, source: &str) -> Html {
    let names = run.names();
    let hidden = names.len().saturating_sub(SHOWN_CARDS);
    html! {
        <section class="program-cards" aria-labelledby="program-cards-heading">
            <h2 id="program-cards-heading">{ "Goroutines" }</h2>
            <ul class="card-list">
                { for names.first(SHOWN_CARDS).iter().enumerate().map(|(g, name)| card(run, g, name, source)) }
            </ul>
            if hidden > 0 {
                <p class="hint">{ format!("…and {hidden} more goroutines, not drawn.") }</p>
            }
        </section>
    }
}

/// One goroutine's card.
fn card(run: &GoRun, g: usize, name: &str, source: &str) -> Html {
    let done = matches!(
        run.kernel.states().get(g),
        Some(TaskState::Done | TaskState::Failed)
    );
    let (frames, total) = run.innermost_frames(g, SHOWN_FRAMES);
    // A goroutine that crashed has unwound its stack: its line is the one it crashed on.
    let crashed = super::narration::crash_of(run, g).is_some();
    let line = match frames.last() {
        Some(f) if !crashed => f.line,
        _ => run.ran_line(g),
    };
    let last = (run.last == Some(g)).then_some("ran-last");
    let current = (!done).then(|| {
        html! {
            <p class="card-line">
                <span class="line-number">{ format!("line {line}") }</span>
                <code>{ source_line(source, line) }</code>
            </p>
        }
    });
    let hidden = total.saturating_sub(frames.len());
    let stack = frames.iter().rev().map(|f| {
        let locals = f.locals.iter().map(|(n, v)| {
            html! { <li><code>{ format!("{n} = {v}") }</code></li> }
        });
        html! {
            <li class="frame">
                <span class="frame-name">{ format!("{}()", f.func) }</span>
                <span class="frame-line">{ format!(" at line {}", f.line) }</span>
                if !f.locals.is_empty() {
                    <ul class="locals" aria-label={format!("local variables of {}", f.func)}>{ for locals }</ul>
                }
            </li>
        }
    });
    html! {
        <li class={classes!("task-card", "program-card", last)}>
            <h3>{ name }</h3>
            <p class="card-state">{ state_word(run, g) }{ if run.last == Some(g) { " · ran the last step" } else { "" } }</p>
            { for current }
            if !done && !frames.is_empty() {
                <ol class="call-stack" aria-label={format!("call stack of {name}, innermost first")}>{ for stack }</ol>
                if hidden > 0 {
                    <p class="hint">{ format!("…and {hidden} outer calls, down to main().") }</p>
                }
            }
        </li>
    }
}
