//! Links that carry a learner's program: it is packed with the browser's
//! `CompressionStream` whenever a new program starts running, the address bar then holds
//! the program, policy, seed, manual picks and (while paused) the step, so a reload or a
//! shared link reopens the same run at the same step; "Copy link" and "Embed" share it.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::state::{ProgramAction, ProgramState};
use crate::app::browser;
use crate::app::components::Share;
use crate::app::compress::{pack, unpack};
use crate::app::hooks::DEBOUNCE_MS;
use crate::app::links;
use crate::sim::golang::program_link::{parse_program_query, program_query};
use crate::view_params::{join_queries, parse_view_params, view_query, ViewParams};

/// Reads the link's `program=` once, when the lab mounts, and reopens the lab on it. A
/// challenge link's program is the challenge's own (`challenge.rs` opens it).
#[hook]
pub fn use_unpacked_link(query: &str, dispatch: UseReducerDispatcher<ProgramState>) {
    let query = query.to_string();
    use_effect_with((), move |_| {
        let packed = parse_program_query(&query).0.packed;
        if let Some(packed) = packed.filter(|_| super::challenge::wanted(&query).is_none()) {
            spawn_local(async move {
                let unpacked = unpack(&packed).await;
                let state = super::opening_state(&query, Some(unpacked));
                dispatch.dispatch(ProgramAction::Opened(Rc::new(state)));
            });
        }
    });
}

/// The running program, packed for a link (`None` until the browser has packed it, or
/// when it cannot).
#[hook]
pub fn use_packed(running: &Rc<str>) -> Rc<Option<String>> {
    let packed = use_state(|| Rc::new(None));
    {
        let packed = packed.clone();
        use_effect_with(running.clone(), move |running| {
            let running = running.clone();
            if !running.is_empty() {
                spawn_local(async move {
                    packed.set(Rc::new(pack(&running).await.ok()));
                });
            }
        });
    }
    (*packed).clone()
}

/// The run's query: the program, policy, seed and manual picks, the view options, the
/// step when `with_step`, and `embed=1` when `embed`.
fn run_query(lab: &ProgramState, packed: &str, with_step: bool, embed: bool) -> String {
    let query = browser::opened_query();
    let view = parse_view_params(&query).params;
    // The picks matter only to a manual run's link; borrowed, never copied: a run to
    // the end of a long program records millions, and this runs on every render.
    let run = lab.run();
    let steps = run.as_ref().map_or(0, |r| r.steps());
    let picks = run.as_ref().map_or(&[][..], |r| r.picks());
    let view = ViewParams {
        step: (with_step && steps > 0).then_some(steps),
        embed: embed || view.embed,
        ..view
    };
    let challenge = lab
        .challenge
        .as_ref()
        .map(|c| format!("edit=go&challenge={}", c.name))
        .unwrap_or_default();
    join_queries(&[
        &program_query(packed, lab.policy, lab.seed, picks),
        &challenge,
        &view_query(&view),
    ])
}

/// Keeps the address bar on the run: the program and, while paused, the step. Written
/// `DEBOUNCE_MS` after the last change, as the scenario lab does, so stepping quickly
/// costs one `replaceState`.
#[hook]
pub fn use_address_sync(lab: &ProgramState, packed: Option<&str>) {
    let moving = lab.playing || lab.running_to_end || lab.loading;
    let query = packed
        .filter(|_| !moving)
        .map(|p| run_query(lab, p, true, false));
    let pending = use_mut_ref(|| None::<Timeout>);
    use_effect_with(query, move |query| {
        if let Some(query) = query.clone() {
            let timer = Timeout::new(DEBOUNCE_MS, move || browser::replace_query(&query));
            // Replacing the old timer drops it, which cancels it.
            *pending.borrow_mut() = Some(timer);
        }
    });
}

/// The share panel, once the program is packed.
pub fn view_share(lab: &ProgramState, packed: Option<&str>) -> Html {
    let Some(packed) = packed else {
        return html! {};
    };
    let base = browser::page_base();
    let link = links::url(&base, &run_query(lab, packed, true, false));
    let embed_query = run_query(lab, packed, true, true);
    let snippet = links::embed_snippet_titled(
        &links::url(&base, &embed_query),
        &links::sibling(&base, "embed.js"),
        "Producer–Consumer Lab: a Go program",
    );
    html! { <Share link={link} embed_snippet={snippet} /> }
}

/// This run in the full lab (not embedded), for an embed's "Open the full lab".
pub fn full_lab_link(lab: &ProgramState, packed: Option<&str>) -> String {
    let base = browser::page_base();
    match packed {
        Some(packed) => {
            let query = run_query(lab, packed, true, false);
            let kept: Vec<&str> = query.split('&').filter(|p| *p != "embed=1").collect();
            links::url(&base, &kept.join("&"))
        }
        None => links::url(&base, "edit=go"),
    }
}

/// The scenario lab's address.
pub fn scenario_lab_link() -> String {
    browser::page_base()
}
