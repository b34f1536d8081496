//! The program's standard output so far, one line per row with the virtual time its
//! newline was written and the goroutine that wrote it.

use yew::prelude::*;

use super::narration::ms_text;
use crate::sim::golang::GoRun;

/// Lines the panel keeps: the newest ones. A chatty program prints thousands of lines in
/// one frame of "Run to end", so every row shown is new on every frame: 500 rows rewritten
/// each frame took the page past its 50 ms budget, and growing the list back after a run
/// (fewer rows while running) cost one long task at its end. A hundred rows cost neither,
/// and the box shows about a dozen at a time.
const SHOWN_LINES: usize = 100;

/// The console panel.
pub fn view_console(run: &GoRun) -> Html {
    let (lines, total) = run.last_lines(SHOWN_LINES);
    let hidden = total.saturating_sub(lines.len());
    let rows = lines.iter().map(|l| {
        html! {
            <li>
                <span class="console-time">{ ms_text(l.t_ns) }</span>
                <span class="console-task">{ l.task.clone() }</span>
                <code>{ crate::sim::scenario::printable(&l.text) }</code>
            </li>
        }
    });
    html! {
        <section class="program-console" aria-labelledby="program-console-heading">
            <h2 id="program-console-heading">{ "Output" }</h2>
            if lines.is_empty() {
                <p class="empty">{ "Nothing printed yet." }</p>
            } else {
                if hidden > 0 {
                    <p class="hint">{ format!("The first {hidden} lines are not shown.") }</p>
                }
                // column-reverse keeps the box scrolled to the newest line, with no script.
                <div class="console-scroll" tabindex="0" aria-label="Program output">
                    <ol class="console-lines">{ for rows }</ol>
                </div>
            }
        </section>
    }
}
