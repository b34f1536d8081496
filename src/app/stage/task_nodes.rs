//! One node per task: its name, its state in words, and a border that differs by state
//! (solid, dashed when blocked, dotted when sleeping, faded when done) so the state never
//! rests on colour alone. Producers carry their token colour as a stripe.

use yew::prelude::*;

use crate::app::labels::{producer_colour, state_short, StateClass};
use crate::sim::task::Role;
use crate::sim::Simulation;

use super::layout::{StageLayout, NODE_H, NODE_W};
use super::ring::fmt;

/// Every task's node. `now_ms` is the clock as shown, for sleep countdowns.
pub fn view_task_nodes(layout: &StageLayout, sim: &Simulation, now_ms: u64) -> Html {
    let states = sim.kernel().states();
    let ran = (sim.event().step > 0).then_some(sim.event().task);
    let nodes = states.iter().enumerate().map(|(task, &state)| {
        let role = sim.role(task);
        let node = TaskNode {
            name: role.to_string(),
            role,
            class: StateClass::of(state),
            words: state_short(state, now_ms),
            just_ran: ran == Some(task),
        };
        view_node(&node, layout.task(task))
    });
    html! { <g class="task-nodes">{ for nodes }</g> }
}

/// What one node shows.
struct TaskNode {
    name: String,
    role: Role,
    class: StateClass,
    words: String,
    just_ran: bool,
}

fn view_node(node: &TaskNode, (x, y): (f64, f64)) -> Html {
    let role_class = match node.role {
        Role::Producer(_) => "producer",
        Role::Consumer(_) => "consumer",
        Role::Main => "main",
    };
    let class = classes!(
        "node",
        role_class,
        node.class.css(),
        node.just_ran.then_some("just-ran")
    );
    let stripe = match node.role {
        Role::Producer(k) => html! {
            <rect class={format!("stripe token-{}", producer_colour(k))}
                x={fmt(-NODE_W / 2.0)} y={fmt(-NODE_H / 2.0)} width="8" height={fmt(NODE_H)} rx="3" />
        },
        _ => Html::default(),
    };
    html! {
        <g class={class} transform={format!("translate({} {})", fmt(x), fmt(y))}>
            <rect class="node-box" x={fmt(-NODE_W / 2.0)} y={fmt(-NODE_H / 2.0)}
                width={fmt(NODE_W)} height={fmt(NODE_H)} rx="8" />
            { stripe }
            <text class="node-name" y="-6">{ &node.name }</text>
            <text class="node-state" y="12" textLength={fit_width(&node.words)}
                lengthAdjust="spacingAndGlyphs">{ &node.words }</text>
        </g>
    }
}

/// Longest state text that fits the node at its font size; longer ones (`blocked:
/// semaphore mutex`) are squeezed to the node's width instead of spilling over its border.
const FIT_CHARS: usize = 17;

/// `textLength` for a node's state text: the node's inner width when the text is too long
/// to fit, nothing (the text's own width) otherwise.
fn fit_width(words: &str) -> Option<String> {
    (words.chars().count() > FIT_CHARS).then(|| fmt(NODE_W - 18.0))
}
