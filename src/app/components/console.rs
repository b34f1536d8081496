//! The console: what the simulated program printed up to the current step, each line with
//! its virtual time and task, like `0 ms  P1  Produced :  1`. It shows the last
//! [`MAX_LINES`] lines (a long run prints tens of thousands) and follows the newest.
//!
//! Following the newest line takes no script: the scroll box is a `column-reverse` flex
//! container, which browsers keep scrolled to its end as content grows. Reading
//! `scrollHeight` after every step instead forced a layout per frame during playback.

use std::rc::Rc;

use yew::prelude::*;

use crate::sim::history::Run;

/// The most lines drawn; older ones are summarised in a note.
pub const MAX_LINES: usize = 200;

/// One printed line.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsoleLine {
    /// The step that printed it (unique: a step prints at most once).
    pub step: u64,
    /// Virtual time of the print.
    pub time_ms: u64,
    /// The printing task's name.
    pub who: String,
    /// What it printed.
    pub text: String,
}

/// The console's lines at `run`'s current step: the last [`MAX_LINES`], and how many
/// earlier ones were left out.
pub fn console_lines(run: &Run) -> (Rc<Vec<ConsoleLine>>, usize) {
    let prints = run.prints_until_now();
    let skipped = prints.len().saturating_sub(MAX_LINES);
    let sim = run.sim();
    let lines = (skipped..prints.len())
        .filter_map(|i| prints.get(i))
        .map(|p| ConsoleLine {
            step: p.step,
            time_ms: p.time_ms,
            who: sim.task_name(p.task),
            text: p.print.text(),
        })
        .collect();
    (Rc::new(lines), skipped)
}

/// The console's data.
#[derive(Properties, Clone, PartialEq)]
pub struct ConsoleProps {
    /// The lines to draw, oldest first.
    pub lines: Rc<Vec<ConsoleLine>>,
    /// Earlier lines not drawn.
    pub skipped: usize,
}

/// The console panel.
#[function_component(Console)]
pub fn console(props: &ConsoleProps) -> Html {
    let lines = props.lines.iter().map(|line| {
        html! {
            <li key={line.step.to_string()}>
                <span class="time">{ format!("{} ms", line.time_ms) }</span>
                <span class="who">{ &line.who }</span>
                <span class="text">{ &line.text }</span>
            </li>
        }
    });
    html! {
        <section class="console-panel" aria-labelledby="console-heading">
            <h2 id="console-heading">{ "Console" }</h2>
            if props.skipped > 0 {
                <p class="note">{ format!("{} earlier lines not shown.", props.skipped) }</p>
            }
            if props.lines.is_empty() {
                <p class="note">{ "Nothing printed yet." }</p>
            } else {
                // Focusable, so keyboard users can scroll it.
                <div class="console" tabindex="0" role="region" aria-label="Program output">
                    <ol>{ for lines }</ol>
                </div>
            }
        </section>
    }
}
