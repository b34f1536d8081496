//! Scheduler challenges on Go programs in the program lab: `?edit=go&challenge=NAME`
//! fetches `program-challenges.txt` and the challenge's program, opens it under "You are
//! the scheduler", and shows the task, the goal, par and the hints. The reducer checks the
//! goal after every step (`ProgramState::check_challenge`) and announces success; then a
//! shortest solution can be replayed.

use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use super::state::{ProgramAction, ProgramState};
use crate::app::fetch_text::fetch_text;
use crate::sim::golang::program_challenge::{parse_all, ProgramChallenge};
use crate::sim::learn::query_key::last_value;
use crate::sim::scenario::{printable, PolicyKind};

/// Where the page finds the challenges (Trunk copies `static/program-challenges.txt`).
pub const SOURCE: &str = "program-challenges.txt";

/// The link's `challenge=` name, if any.
pub fn wanted(query: &str) -> Option<String> {
    last_value(query, "challenge").map(|v| v.unwrap_or_else(|raw| raw))
}

/// The challenge named `name`, with its program's source, or why it cannot be opened.
async fn load(name: &str) -> Result<(ProgramChallenge, String), String> {
    let all = parse_all(&fetch_text(SOURCE).await?).map_err(|e| format!("{SOURCE}: {e}"))?;
    let names: Vec<&str> = all.iter().map(|c| c.name.as_str()).collect();
    let Some(c) = all.iter().find(|c| c.name == name) else {
        return Err(format!(
            "challenge={} is not a program challenge (allowed: {})",
            printable(name),
            names.join(", ")
        ));
    };
    let source = fetch_text(&format!("programs/{}", c.program)).await?;
    Ok((c.clone(), source))
}

/// Opens the link's challenge once, when the lab mounts.
#[hook]
pub fn use_challenge_link(query: &str, dispatch: UseReducerDispatcher<ProgramState>) {
    let query = query.to_string();
    use_effect_with((), move |_| {
        if let Some(name) = wanted(&query) {
            spawn_local(async move {
                let state = match load(&name).await {
                    Ok((c, source)) => {
                        let (q, _) = crate::sim::golang::program_link::parse_program_query(&query);
                        let step = crate::view_params::parse_view_params(&query).params.step;
                        let mut state = ProgramState::open(
                            &source,
                            PolicyKind::Manual,
                            q.seed,
                            &q.schedule,
                            step,
                        );
                        state.announcement =
                            format!("Challenge: {}. {} You are the scheduler.", c.title, c.task);
                        state.challenge = Some(Rc::new(c));
                        state
                    }
                    Err(why) => {
                        let mut state = super::opening_state(&query, None);
                        state.link_errors = Rc::new(vec![why]);
                        state
                    }
                };
                dispatch.dispatch(ProgramAction::Opened(Rc::new(state)));
            });
        }
    });
}

/// The challenge panel: task, goal, par, hints, and the result once solved.
pub fn view_challenge(lab: &ProgramState, on: &Callback<ProgramAction>) -> Html {
    let Some(c) = &lab.challenge else {
        return html! {};
    };
    let hints = c.hints.iter().enumerate().map(|(i, h)| {
        html! { <details><summary>{ format!("Hint {}", i + 1) }</summary><p>{ h.clone() }</p></details> }
    });
    html! {
        <section class="challenge program-challenge" aria-labelledby="program-challenge-heading">
            <h2 id="program-challenge-heading">{ format!("Challenge: {}", c.title) }</h2>
            <p>{ c.task.clone() }</p>
            <p>{ format!("Goal: {}. Par: {} picks.", c.goal.describe(), c.par) }</p>
            { for hints }
            if let Some(steps) = lab.solved {
                <p class="challenge-status"><strong>{ format!("Found in {steps} picks; par {}.", c.par) }</strong></p>
                <button type="button" onclick={on.reform(|_| ProgramAction::ReplaySolution)}>
                    { "Replay a shortest solution" }
                </button>
            } else {
                <p class="challenge-status">{ "Not solved yet: pick the goroutines one statement at a time." }</p>
            }
        </section>
    }
}
