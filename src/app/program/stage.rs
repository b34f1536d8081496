//! The program's stage, as SVG: its goroutines along the top, every channel in the
//! middle as its own row of buffer slots (or a hand-off lane when unbuffered), labelled
//! with its variable name and capacity, the mutexes, `WaitGroup`s and `Cond`s below,
//! and an arrow from each parked goroutine to what it waits on, with a word on it (send,
//! receive, lock, wait), so that colour is never the only cue.

use yew::prelude::*;

use super::narration::ms_text;
use crate::sim::golang::view::{ChanView, SyncView};
use crate::sim::golang::view_waits::WaitTarget;
use crate::sim::golang::GoRun;
use crate::sim::TaskState;

/// One column's width, in SVG units.
const COLUMN: f64 = 168.0;
/// The narrowest stage: wide enough for the labels at 11 px in a 360 px frame.
const MIN_WIDTH: f64 = 520.0;
/// Slots a channel row draws before it writes `+N more`.
const MAX_SLOTS_DRAWN: usize = 8;
/// One buffer slot's side.
const SLOT: f64 = 30.0;
/// Goroutines, channels and sync objects drawn at most, each; the rest are counted.
const MAX_DRAWN: usize = 24;

/// Items per row: more wrap onto the next row, so the stage stays readable on a phone.
const PER_ROW: usize = 3;
/// One row's height, per band: goroutines, channels, sync objects.
const BAND_ROW: [f64; 3] = [64.0, 96.0, 56.0];
/// Space above each band.
const BAND_GAP: f64 = 22.0;

/// Where each band's items go: rows of at most [`PER_ROW`], centred across the width.
struct Bands {
    width: f64,
    /// Each band's top.
    top: [f64; 3],
    /// Each band's item count.
    count: [usize; 3],
    height: f64,
}

impl Bands {
    fn new(count: [usize; 3]) -> Bands {
        let cols = count
            .iter()
            .map(|&n| n.min(PER_ROW))
            .max()
            .unwrap_or(1)
            .max(1);
        let mut top = [0.0; 3];
        let mut y = 0.0;
        for band in 0..3 {
            top[band] = y + BAND_GAP;
            y = top[band] + count[band].div_ceil(PER_ROW) as f64 * BAND_ROW[band];
        }
        Bands {
            width: (cols as f64 * COLUMN).max(MIN_WIDTH),
            top,
            count,
            height: y + 8.0,
        }
    }

    /// The centre of item `i` of `band`.
    fn at(&self, band: usize, i: usize) -> (f64, f64) {
        let n = self.count[band];
        let row = i / PER_ROW;
        let in_row = (n - row * PER_ROW).min(PER_ROW);
        let x = self.width * ((i % PER_ROW) as f64 + 0.5) / in_row.max(1) as f64;
        let y = self.top[band] + (row as f64 + 0.5) * BAND_ROW[band];
        (x, y)
    }
}

/// The stage of `run` at its current step.
pub fn view_stage(run: &GoRun) -> Html {
    let names = run.task_names();
    let chans = run.channels();
    let syncs = run.sync_objects();
    let sync_names = run.sync_names();
    let drawn = |n: usize| n.min(MAX_DRAWN);
    let bands = Bands::new([drawn(names.len()), drawn(chans.len()), drawn(syncs.len())]);
    let cut = [names.len(), chans.len(), syncs.len()]
        .iter()
        .any(|&n| n > MAX_DRAWN);
    let (width, height) = (bands.width, bands.height + if cut { 24.0 } else { 0.0 });
    // One arrow per thing waited on: a parked select gets one to each of its channels.
    let on_stage = |i: usize| i < MAX_DRAWN;
    let targets = (0..drawn(names.len())).flat_map(|g| {
        let list: Vec<((f64, f64), &'static str)> = match run.waiting_on(g) {
            Some(WaitTarget::Chan { chan, send }) if on_stage(chan) => {
                vec![(bands.at(1, chan), if send { "send" } else { "receive" })]
            }
            Some(WaitTarget::Select(list)) => list
                .iter()
                .filter(|&&c| on_stage(c))
                .map(|&c| (bands.at(1, c), "select"))
                .collect(),
            Some(WaitTarget::Sync(i)) if on_stage(i) => {
                let word = match syncs.get(i) {
                    Some(SyncView::Mutex { .. }) => "lock",
                    _ => "wait",
                };
                vec![((bands.at(2, i).0, bands.at(2, i).1 + 16.0), word)]
            }
            _ => Vec::new(),
        };
        list.into_iter().map(move |t| (g, t))
    });
    let arrows: Vec<Html> = targets
        .map(|(g, (target, word))| {
            let (fx, fy) = bands.at(0, g);
            let (fy, tx, ty) = (fy + 22.0, target.0, target.1 - 36.0);
            // The word sits near the goroutine, clear of the channel's label.
            let (lx, ly) = (fx + (tx - fx) * 0.3 + 6.0, fy + (ty - fy) * 0.3);
            html! {
                <g class="wait-arrow">
                    <line x1={fx.to_string()} y1={fy.to_string()} x2={tx.to_string()} y2={ty.to_string()}
                        marker-end="url(#prog-arrow)" />
                    <text x={lx.to_string()} y={ly.to_string()}>{ word }</text>
                </g>
            }
        })
        .collect();
    let label = format!(
        "{} goroutines, {} channels, {} sync objects, at {}",
        names.len(),
        chans.len(),
        syncs.len(),
        ms_text(run.kernel.now_ms())
    );
    html! {
        <svg class="stage program-stage" viewBox={format!("0 0 {width} {height}")} role="img"
            aria-label={label}>
            <defs>
                <marker id="prog-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7"
                    markerHeight="7" orient="auto-start-reverse">
                    <path d="M 0 0 L 10 5 L 0 10 z" />
                </marker>
            </defs>
            { for names.iter().take(MAX_DRAWN).enumerate().map(|(g, name)| goroutine_node(run, g, name, bands.at(0, g))) }
            { for chans.iter().take(MAX_DRAWN).enumerate().map(|(i, c)| channel_row(c, bands.at(1, i))) }
            { for syncs.iter().take(MAX_DRAWN).enumerate().map(|(i, s)| sync_box(s, &sync_names[i], &names, bands.at(2, i))) }
            if cut {
                <text class="slot-more" x={(width / 2.0).to_string()} y={(height - 10.0).to_string()}>
                    { format!("Only the first {MAX_DRAWN} of each are drawn: {} goroutines, {} channels, {} sync objects.", names.len(), chans.len(), syncs.len()) }
                </text>
            }
            // Over the boxes, so an arrow never seems to start at a box it only passes.
            { for arrows }
        </svg>
    }
}

/// A goroutine: its name, and its state as a word and a border style.
fn goroutine_node(run: &GoRun, g: usize, name: &str, (x, y): (f64, f64)) -> Html {
    let (word, class) = match run.kernel.states().get(g) {
        Some(TaskState::Running) => ("running", "g-running"),
        Some(TaskState::Ready) => ("ready", "g-ready"),
        Some(TaskState::Blocked(_)) => ("blocked", "g-blocked"),
        Some(TaskState::Sleeping { .. }) => ("sleeping", "g-sleeping"),
        Some(TaskState::Failed) => ("failed", "g-done"),
        _ => ("done", "g-done"),
    };
    let last = (run.last == Some(g)).then_some("g-last");
    html! {
        <g class={classes!("goroutine-node", class, last)}>
            <rect x={(x - 74.0).to_string()} y={(y - 22.0).to_string()} width="148" height="44" rx="8" />
            <text x={x.to_string()} y={(y - 7.0).to_string()} class="g-name">{ name }</text>
            <text x={x.to_string()} y={(y + 11.0).to_string()} class="g-state">{ word }</text>
        </g>
    }
}

/// A channel: its slots with the buffered values, oldest on the left, or a lane.
fn channel_row(c: &ChanView, (x, y): (f64, f64)) -> Html {
    let title = match (c.cap, c.closed) {
        (0, false) => format!("{} · unbuffered", c.name),
        (0, true) => format!("{} · unbuffered · closed", c.name),
        (cap, false) => format!("{} · cap {cap}", c.name),
        (cap, true) => format!("{} · cap {cap} · closed", c.name),
    };
    let body = if c.cap == 0 {
        html! {
            <line class="lane" x1={(x - 60.0).to_string()} y1={y.to_string()}
                x2={(x + 60.0).to_string()} y2={y.to_string()} />
        }
    } else {
        let drawn = c.cap.min(MAX_SLOTS_DRAWN);
        let left = x - drawn as f64 * SLOT / 2.0;
        let slots = (0..drawn).map(|i| {
            let sx = left + i as f64 * SLOT;
            let value = c.buffered.get(i).cloned().unwrap_or_default();
            let class = classes!("p-slot", (!value.is_empty()).then_some("full"));
            html! {
                <g {class}>
                    <rect x={sx.to_string()} y={(y - SLOT / 2.0).to_string()} width={SLOT.to_string()} height={SLOT.to_string()} />
                    <text x={(sx + SLOT / 2.0).to_string()} y={(y + 5.0).to_string()}>{ short(&value) }</text>
                </g>
            }
        });
        let more = (c.cap > MAX_SLOTS_DRAWN).then(|| {
            let hidden = c.buffered.len().saturating_sub(MAX_SLOTS_DRAWN);
            html! {
                <text class="slot-more" x={x.to_string()} y={(y + 34.0).to_string()}>
                    { format!("+{} slots ({hidden} more values)", c.cap - MAX_SLOTS_DRAWN) }
                </text>
            }
        });
        html! { <>{ for slots }{ for more }</> }
    };
    html! {
        <g class={classes!("chan-row", c.closed.then_some("closed"))}>
            <text class="chan-name" x={x.to_string()} y={(y - 27.0).to_string()}>{ title }</text>
            { body }
        </g>
    }
}

/// A value short enough for a slot.
fn short(value: &str) -> String {
    if value.chars().count() <= 3 {
        value.to_string()
    } else {
        let mut s: String = value.chars().take(2).collect();
        s.push('…');
        s
    }
}

/// A mutex, `WaitGroup` or `Cond`, with its owner or counter.
fn sync_box(s: &SyncView, name: &str, tasks: &[String], (x, y): (f64, f64)) -> Html {
    let who = |t: &Option<usize>| {
        t.and_then(|t| tasks.get(t))
            .map_or("nobody", String::as_str)
    };
    let (kind, detail) = match s {
        SyncView::Mutex { owner, .. } => ("Mutex", format!("held by {}", who(owner))),
        SyncView::WaitGroup { counter, .. } => ("WaitGroup", format!("counter {counter}")),
        SyncView::Cond { waiters } => ("Cond", format!("{} waiting", waiters.len())),
    };
    html! {
        <g class="sync-box">
            <rect x={(x - 76.0).to_string()} y={(y - 20.0).to_string()} width="152" height="40" rx="4" />
            <text x={x.to_string()} y={(y - 8.0).to_string()} class="sync-name">{ format!("{name} · {kind}") }</text>
            <text x={x.to_string()} y={(y + 10.0).to_string()} class="sync-detail">{ detail }</text>
        </g>
    }
}
