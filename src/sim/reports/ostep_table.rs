//! OSTEP's `-v` trace table, character for character (`do_print_headers`,
//! `do_print_buffer`, `do_pause`, `do_eos` in `main-header.h`), and the footer `main`
//! prints: `Consumer consumption:` with one `C<k> -> <count>` line per consumer (0-based,
//! as OSTEP numbers them), then `Total time: X.XX seconds` as with `-t`.
//!
//! ```text
//!  NF             P0 C0
//!   0 [*---  --- ] p0
//!   1 [u  0 f--- ] p4
//!   1 [f--- uEOS ] [main: added end-of-stream marker]
//!   0 [*---  --- ]    c4
//! ```

use super::trace::MAX_TRACE_STEPS;
use crate::sim::event::PrintKind;
use crate::sim::kernel::Outcome;
use crate::sim::scenario::Scenario;
use crate::sim::simulation::Simulation;
use crate::sim::world::{BufferView, SlotView};

/// What the real program writes, split as it splits it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OstepOutput {
    /// Standard output: header, rows, and (when the run finished) the footer and total time.
    pub stdout: String,
    /// Standard error: OSTEP's `error: ...` line after a failed safety check; after a
    /// deadlock, where the real program hangs silently, a note saying so.
    pub stderr: String,
    /// How the run ended (`None` only if the step guard was hit).
    pub outcome: Option<Outcome>,
}

/// The header: `printf("%3s ", "NF")`, five blanks per slot, two blanks, then `P<i> ` per
/// producer and `C<i> ` per consumer, 0-based.
pub fn header(producers: usize, consumers: usize, max: usize) -> String {
    let mut line = format!("{:>3} ", "NF");
    for _ in 0..max {
        line.push_str(&format!(" {:>3} ", ""));
    }
    line.push_str("  ");
    for p in 0..producers {
        line.push_str(&format!("P{p} "));
    }
    for c in 0..consumers {
        line.push_str(&format!("C{c} "));
    }
    line.push('\n');
    line
}

/// `do_print_buffer`: `num_full`, then each slot with its pointer mark (`*` both, `u`
/// use_ptr, `f` fill_ptr) and `---`, `EOS` or the value, then `] `.
pub fn buffer_cells(buffer: &BufferView) -> String {
    let mut line = format!("{:>3} [", buffer.len);
    for (i, slot) in buffer.slots.iter().enumerate() {
        let mark = match (buffer.out_slot == i, buffer.in_slot == i) {
            (true, true) => '*',
            (true, false) => 'u',
            (false, true) => 'f',
            (false, false) => ' ',
        };
        line.push(mark);
        match slot {
            SlotView::Empty => line.push_str("--- "),
            SlotView::EndOfStream => line.push_str("EOS "),
            SlotView::Item(item) => line.push_str(&format!("{:>3} ", item.value)),
        }
    }
    line.push_str("] ");
    line
}

/// One row for a print by thread `thread_id` (0-based over producers then consumers):
/// a marker is indented three blanks per earlier thread; main's EOS row is not indented.
pub fn row(buffer: &BufferView, thread_id: usize, print: PrintKind) -> String {
    let mut line = buffer_cells(buffer);
    if let PrintKind::Marker { .. } = print {
        line.push_str(&"   ".repeat(thread_id));
    }
    line.push_str(&print.text());
    line.push('\n');
    line
}

/// `main`'s closing lines: `\nConsumer consumption:\n`, `  C<k> -> <n>` per consumer, a
/// blank line, then `Total time: <s> seconds` with two decimals.
pub fn footer(consumed: &[u64], total_ms: u64) -> String {
    let mut text = "\nConsumer consumption:\n".to_string();
    for (k, n) in consumed.iter().enumerate() {
        text.push_str(&format!("  C{k} -> {n}\n"));
    }
    text.push('\n');
    // `%.2f` of seconds, rounded half up (virtual times are whole seconds anyway).
    let centis = total_ms.saturating_add(5) / 10;
    text.push_str(&format!(
        "Total time: {}.{:02} seconds\n",
        centis / 100,
        centis % 100
    ));
    text
}

/// Runs `scenario` to its end and renders what `main-<variant> -v -t` prints.
pub fn render_scenario(scenario: Scenario) -> OstepOutput {
    render(&mut Simulation::new(scenario))
}

/// Runs `sim` to its end, rendering every print from here on as a table row.
pub fn render(sim: &mut Simulation) -> OstepOutput {
    let s = sim.scenario();
    let (producers, consumers) = (usize::from(s.producers), usize::from(s.consumers));
    let mut stdout = header(producers, consumers, usize::from(s.capacity));
    while sim.outcome().is_none() && sim.steps() < MAX_TRACE_STEPS {
        if sim.run_to_end(1) == 0 {
            break;
        }
        if let Some(print) = sim.event().print {
            stdout.push_str(&row(&sim.world().buffer_view(), sim.event().task, print));
        }
    }
    let outcome = sim.outcome().cloned();
    let stderr = match &outcome {
        Some(Outcome::Finished) => {
            stdout.push_str(&footer(&sim.world().consumed_by(), sim.kernel().now_ms()));
            String::new()
        }
        Some(Outcome::Error { message }) => format!("error: {message}\n"),
        Some(Outcome::Deadlock { message }) => format!("{message}\n"),
        None => "the run did not end within the step limit\n".to_string(),
    };
    OstepOutput {
        stdout,
        stderr,
        outcome,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::event::Item;

    #[test]
    fn header_matches_ostep_for_two_slots_and_two_threads() {
        assert_eq!(header(1, 1, 2), " NF             P0 C0 \n");
    }

    #[test]
    fn rows_mark_pointers_and_indent_by_thread() {
        let item = Item {
            value: 0,
            producer: 0,
            since_ms: 0,
        };
        let buffer = BufferView {
            slots: vec![SlotView::Item(item), SlotView::Empty],
            in_slot: 1,
            out_slot: 0,
            len: 1,
        };
        let p4 = PrintKind::Marker {
            producer: true,
            marker: 4,
        };
        assert_eq!(row(&buffer, 0, p4), "  1 [u  0 f--- ] p4\n");
        let c4 = PrintKind::Marker {
            producer: false,
            marker: 4,
        };
        assert_eq!(row(&buffer, 1, c4), "  1 [u  0 f--- ]    c4\n");
    }

    #[test]
    fn total_time_has_two_decimals() {
        assert!(footer(&[5], 48_000).ends_with("  C0 -> 5\n\nTotal time: 48.00 seconds\n"));
    }
}
