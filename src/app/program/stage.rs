//! The program's stage, as SVG: its goroutines along the top, every channel in the
//! middle as its own row of buffer slots (or a hand-off lane when unbuffered), labelled
//! with its variable name and capacity, the mutexes, `WaitGroup`s and `Cond`s below,
//! and an arrow from each parked goroutine to what it waits on, with a word on it (send,
//! receive, lock, wait), so that colour is never the only cue.

use yew::prelude::*;

use crate::app::decimal::fixed;
use crate::sim::golang::task_names::TaskNames;
use crate::sim::golang::view::{ChanView, SyncView};
use crate::sim::golang::view_waits::WaitTarget;
use crate::sim::golang::GoRun;
use crate::sim::TaskState;

mod bands;
mod label;

use bands::{chan_title, chan_width, Bands, MAX_DRAWN, MAX_SLOTS_DRAWN, SLOT};

/// An SVG coordinate, with one decimal (no float formatting in the wasm).
fn n(value: f64) -> String {
    fixed(value, 1)
}

/// The stage of `run` at its current step; `narrow` on a phone (two columns).
pub fn view_stage(run: &GoRun, narrow: bool) -> Html {
    let names = run.names();
    let chans = run.channels();
    let syncs = run.sync_objects();
    let sync_names = run.sync_names();
    let drawn = |n: usize| n.min(MAX_DRAWN);
    let widest_chan = chans
        .iter()
        .take(MAX_DRAWN)
        .map(chan_width)
        .fold(0.0, f64::max);
    let counts = [drawn(names.len()), drawn(chans.len()), drawn(syncs.len())];
    let bands = Bands::new(counts, widest_chan, narrow);
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
                    <line x1={n(fx)} y1={n(fy)} x2={n(tx)} y2={n(ty)}
                        marker-end="url(#prog-arrow)" />
                    <text x={n(lx)} y={n(ly)}>{ word }</text>
                </g>
            }
        })
        .collect();
    let label = label::stage_label(run, &chans, &syncs, &sync_names);
    html! {
        <svg class={classes!("stage", "program-stage", narrow.then_some("narrow"))} viewBox={format!("0 0 {} {}", n(width), n(height))} role="img"
            aria-label={label}>
            <defs>
                <marker id="prog-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7"
                    markerHeight="7" orient="auto-start-reverse">
                    <path d="M 0 0 L 10 5 L 0 10 z" />
                </marker>
            </defs>
            { for names.first(MAX_DRAWN).iter().enumerate().map(|(g, name)| goroutine_node(run, g, name, bands.at(0, g))) }
            { for chans.iter().take(MAX_DRAWN).enumerate().map(|(i, c)| channel_row(c, bands.at(1, i))) }
            { for syncs.iter().take(MAX_DRAWN).enumerate().map(|(i, s)| sync_box(s, &sync_names[i], names, bands.at(2, i))) }
            if cut {
                <text class="slot-more" x={n(width / 2.0)} y={n(height - 10.0)}>
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
    let crashed = super::narration::crash_of(run, g).is_some();
    let (word, class) = match run.kernel.states().get(g) {
        _ if crashed => ("crashed", "g-done"),
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
            <rect x={n(x - 74.0)} y={n(y - 22.0)} width="148" height="44" rx="8" />
            <text x={n(x)} y={n(y - 7.0)} class="g-name">{ name }</text>
            <text x={n(x)} y={n(y + 11.0)} class="g-state">{ word }</text>
        </g>
    }
}

/// A channel: its slots with the buffered values, oldest on the left, or a lane.
fn channel_row(c: &ChanView, (x, y): (f64, f64)) -> Html {
    let title = chan_title(c);
    let body = if c.cap == 0 {
        html! {
            <line class="lane" x1={n(x - 60.0)} y1={n(y)}
                x2={n(x + 60.0)} y2={n(y)} />
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
                    <rect x={n(sx)} y={n(y - SLOT / 2.0)} width={n(SLOT)} height={n(SLOT)} />
                    <text x={n(sx + SLOT / 2.0)} y={n(y + 5.0)}>{ short(&value) }</text>
                </g>
            }
        });
        let more = (c.cap > MAX_SLOTS_DRAWN).then(|| {
            let hidden = c.buffered.len().saturating_sub(MAX_SLOTS_DRAWN);
            html! {
                <text class="slot-more" x={n(x)} y={n(y + 34.0)}>
                    { format!("+{} slots ({hidden} more values)", c.cap - MAX_SLOTS_DRAWN) }
                </text>
            }
        });
        html! { <>{ for slots }{ for more }</> }
    };
    html! {
        <g class={classes!("chan-row", c.closed.then_some("closed"))}>
            <text class="chan-name" x={n(x)} y={n(y - 27.0)}>{ title }</text>
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
fn sync_box(s: &SyncView, name: &str, tasks: TaskNames, (x, y): (f64, f64)) -> Html {
    let (kind, detail) = label::sync_words(s, &tasks);
    html! {
        <g class="sync-box">
            <rect x={n(x - 76.0)} y={n(y - 20.0)} width="152" height="40" rx="4" />
            <text x={n(x)} y={n(y - 8.0)} class="sync-name">{ format!("{name} · {kind}") }</text>
            <text x={n(x)} y={n(y + 10.0)} class="sync-detail">{ detail }</text>
        </g>
    }
}
