//! One node per task: its name, its state in words, and a border that differs by state
//! (solid, dashed when blocked, dotted when sleeping, faded when done) so the state never
//! rests on colour alone. Producers carry their token colour as a stripe.

use yew::prelude::*;

use crate::app::labels::{producer_colour, state_short, StateClass};
use crate::sim::task::Role;
use crate::sim::Simulation;

use super::layout::StageLayout;
use super::metrics::Metrics;
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
        view_node(&node, layout.task(task), layout.m)
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

fn view_node(node: &TaskNode, (x, y): (f64, f64), m: &Metrics) -> Html {
    let (w, h) = (m.node_w, m.node_h);
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
                x={fmt(-w / 2.0)} y={fmt(-h / 2.0)} width="8" height={fmt(h)} rx="3" />
        },
        _ => Html::default(),
    };
    html! {
        <g class={class} transform={format!("translate({} {})", fmt(x), fmt(y))}>
            <rect class="node-box" x={fmt(-w / 2.0)} y={fmt(-h / 2.0)}
                width={fmt(w)} height={fmt(h)} rx="8" />
            { stripe }
            <text class="node-name" y="-6">{ &node.name }</text>
            <text class="node-state" y="12" textLength={fit_width(&node.words, w)}
                lengthAdjust="spacingAndGlyphs">{ &node.words }</text>
        </g>
    }
}

/// The average width of a state text character at its font size: 17 fit the page's
/// node. Longer texts (`blocked: semaphore mutex`) are squeezed to the node's width
/// instead of spilling over its border.
const CHAR_W: f64 = 5.5;

/// `textLength` for a node's state text in a node `node_w` wide: the node's inner width
/// when the text is too long to fit, nothing (the text's own width) otherwise.
fn fit_width(words: &str, node_w: f64) -> Option<String> {
    let inner = node_w - 18.0;
    (words.chars().count() as f64 * CHAR_W > inner).then(|| fmt(inner))
}
