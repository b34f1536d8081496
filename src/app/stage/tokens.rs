//! Items as tokens: a pill labelled with its value, coloured by its producer (the label
//! means colour is never the only cue). Tokens in slots come from the buffer view; the
//! last step's event adds the one in motion: a value a consumer just took, or one a
//! producer holds while it waits.
//!
//! A new token plays a short CSS animation from where it came from (`--fx`, `--fy`) to
//! where it is; with `prefers-reduced-motion` it simply appears there.

use yew::prelude::*;

use crate::sim::event::{Action, Item, StepEvent};
use crate::sim::world::{BufferView, SlotView};
use crate::sim::TaskId;

use super::layout::{Point, StageLayout};
use super::ring::fmt;
use crate::app::labels::producer_colour;

/// One token to draw.
#[derive(Clone, Debug, PartialEq)]
struct Token {
    /// Stable across renders while the item stays put, so it is not re-animated.
    key: String,
    label: String,
    /// Producer colour class, `None` for END_OF_STREAM or an unknown producer.
    colour: Option<u8>,
    at: Point,
    from: Point,
    /// Held by a blocked sender: drawn dashed.
    waiting: bool,
}

/// Every token: the buffer's, then the one the last step moved.
pub fn view_tokens(
    layout: &StageLayout,
    buffer: &BufferView,
    event: &StepEvent,
    main: TaskId,
) -> Html {
    let mut tokens: Vec<Token> = buffer
        .slots
        .iter()
        .enumerate()
        .filter_map(|(slot, content)| slot_token(layout, slot, *content, main))
        .collect();
    if event.step > 0 {
        tokens.extend(moving_token(layout, event));
    }
    html! { <g class="tokens">{ for tokens.iter().map(view_token) }</g> }
}

/// The token in `slot`, entering from its producer (or from main, for END_OF_STREAM).
fn slot_token(layout: &StageLayout, slot: usize, content: SlotView, main: TaskId) -> Option<Token> {
    let at = layout.slot(slot);
    match content {
        SlotView::Empty => None,
        SlotView::Item(item) => Some(Token {
            key: format!("in-{}-{}", item.producer, item.value),
            from: layout.held_by(usize::from(item.producer)),
            ..item_token(item, at)
        }),
        SlotView::EndOfStream => Some(Token {
            key: format!("eos-{slot}"),
            label: "EOS".to_string(),
            colour: None,
            at,
            from: layout.held_by(main),
            waiting: false,
        }),
    }
}

/// The token the last step put in a task's hands, if any.
fn moving_token(layout: &StageLayout, ev: &StepEvent) -> Option<Token> {
    let here = layout.held_by(ev.task);
    let token = match &ev.action {
        Action::HandedOff { item, to } => Token {
            from: here,
            ..item_token(*item, layout.held_by(*to))
        },
        Action::SendBlocked { item, .. } => Token {
            waiting: true,
            from: here,
            ..item_token(*item, here)
        },
        Action::ReceivedFromBuffer { item, slot, .. } => Token {
            from: layout.slot(*slot),
            ..item_token(*item, here)
        },
        Action::ReceivedFromSender { item, from } => Token {
            from: layout.held_by(*from),
            ..item_token(*item, here)
        },
        Action::Get { value, slot } => Token {
            key: String::new(),
            label: value.map_or_else(|| "EOS".to_string(), |v| v.to_string()),
            colour: None,
            at: here,
            from: layout.slot(*slot),
            waiting: false,
        },
        _ => return None,
    };
    // Keyed by step: a fresh element, so the move plays even for a value seen before.
    Some(Token {
        key: format!("step-{}", ev.step),
        ..token
    })
}

/// A token for `item` at `at`, entering from `at` (callers set `from`).
fn item_token(item: Item, at: Point) -> Token {
    Token {
        key: format!("item-{}-{}", item.producer, item.value),
        label: item.value.to_string(),
        colour: Some(producer_colour(item.producer)),
        at,
        from: at,
        waiting: false,
    }
}

fn view_token(token: &Token) -> Html {
    let colour = token
        .colour
        .map_or_else(|| "token-plain".to_string(), |c| format!("token-{c}"));
    let class = classes!("token", colour, token.waiting.then_some("waiting"));
    let (x, y) = token.at;
    let (fx, fy) = token.from;
    let style = format!(
        "transform: translate({}px, {}px); --fx: {}px; --fy: {}px",
        fmt(x),
        fmt(y),
        fmt(fx),
        fmt(fy)
    );
    html! {
        <g key={token.key.clone()} class={class} style={style}>
            <rect x="-17" y="-11" width="34" height="22" rx="11" />
            <text y="0.5">{ &token.label }</text>
        </g>
    }
}
