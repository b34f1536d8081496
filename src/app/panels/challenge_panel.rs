//! Scheduler challenges on the page: the list (fetched from `challenges.txt` when the
//! panel opens, so its prose is not in the wasm), the chosen challenge's task, par and
//! hints, and, as soon as the learner's picks reach the goal (the core checks them after
//! every step), a success line that is also announced ("Found in 18 picks; par 14.") with
//! a link to the explorer's shortest solution. Solved challenges are remembered in
//! `localStorage`; `challenge=NAME` in the page's link opens one.

use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::app::browser;
use crate::app::fetch_text::fetch_text;
use crate::app::links;
use crate::app::state::{Action, LabState};
use crate::sim::challenge::{self, Attempt, Challenge};
use crate::sim::scenario::to_query;
use crate::sim::Scenario;

/// Where the page finds the challenges (Trunk copies `static/challenges.txt` there).
pub const SOURCE: &str = "challenges.txt";

/// The `localStorage` key of the solved challenges' names, comma-separated.
const SOLVED_KEY: &str = "pc-lab-solved-challenges";

/// The panel's data.
#[derive(Properties, Clone, PartialEq)]
pub struct ChallengePanelProps {
    /// The scenario on the page.
    pub scenario: Scenario,
    /// The picks made so far (the run's recorded choices up to the current step).
    pub picks: Vec<u8>,
    /// Loads a challenge's scenario.
    pub on_open: Callback<Scenario>,
    /// Where to fetch the challenges from.
    #[prop_or(AttrValue::Static(SOURCE))]
    pub source: AttrValue,
    /// The page's query, for `challenge=NAME`.
    #[prop_or_default]
    pub query: AttrValue,
}

/// The lab's challenge panel.
pub fn view(lab: &LabState, on_action: &Callback<Action>) -> Html {
    let run = lab.run();
    let steps = run.sim().steps() as usize;
    let picks = run.choices()[..steps.min(run.choices().len())].to_vec();
    html! {
        <ChallengePanel scenario={run.sim().scenario().clone()} picks={picks}
            on_open={on_action.reform(Action::SetScenario)}
            query={AttrValue::from(browser::current_query())} />
    }
}

/// The challenges, once fetched.
#[derive(Clone, PartialEq)]
enum Loaded {
    NotYet,
    Ready(Rc<Vec<Challenge>>),
    Failed(String),
}

/// The challenge panel.
#[function_component(ChallengePanel)]
pub fn challenge_panel(props: &ChallengePanelProps) -> Html {
    let loaded = use_state(|| Loaded::NotYet);
    let selected = use_state(|| None::<String>);
    let link_error = use_state(|| None::<String>);
    // The link's `challenge=` as the page opened, before the URL sync rewrites it.
    let wanted = use_state(|| props.query.to_string());
    let load = {
        let (loaded, selected, wanted) = (loaded.clone(), selected.clone(), wanted.clone());
        let (source, on_open) = (props.source.to_string(), props.on_open.clone());
        let link_error = link_error.clone();
        Callback::from(move |_: ()| {
            let (loaded, selected, wanted) = (loaded.clone(), selected.clone(), wanted.clone());
            let link_error = link_error.clone();
            let (source, on_open) = (source.clone(), on_open.clone());
            spawn_local(async move {
                let result = fetch_text(&source).await.and_then(|text| {
                    challenge::parse_all(&text).map_err(|e| format!("{source}: {e}"))
                });
                match result {
                    Ok(all) => {
                        match challenge::from_query(&wanted, &all) {
                            Ok(Some(c)) => {
                                selected.set(Some(c.name.clone()));
                                on_open.emit(c.scenario());
                            }
                            Ok(None) => {}
                            Err(e) => link_error.set(Some(e.to_string())),
                        }
                        wanted.set(String::new());
                        loaded.set(Loaded::Ready(Rc::new(all)));
                    }
                    Err(e) => loaded.set(Loaded::Failed(e)),
                }
            });
        })
    };
    {
        // A `challenge=` link loads the list at once.
        let (load, asks) = (load.clone(), props.query.contains("challenge="));
        use_effect_with((), move |_| {
            if asks {
                load.emit(());
            }
        });
    }
    let body = match &*loaded {
        Loaded::NotYet => html! {
            <button type="button" onclick={load.reform(|_: MouseEvent| ())}>{ "Show the challenges" }</button>
        },
        Loaded::Failed(message) => html! { <p class="error" role="alert">{ message.clone() }</p> },
        Loaded::Ready(all) => view_ready(props, all, &selected),
    };
    html! {
        <section class="panel challenge-panel" aria-labelledby="challenge-heading">
            <h2 id="challenge-heading">{ "Scheduler challenges" }</h2>
            if let Some(message) = &*link_error {
                <p class="error" role="alert">{ message.clone() }</p>
            }
            { body }
        </section>
    }
}

/// The chosen challenge with its progress, then the list.
fn view_ready(
    props: &ChallengePanelProps,
    all: &[Challenge],
    selected: &UseStateHandle<Option<String>>,
) -> Html {
    let solved = solved_names();
    let items = all.iter().map(|c| {
        let (selected, on_open, chosen) = (selected.clone(), props.on_open.clone(), c.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            selected.set(Some(chosen.name.clone()));
            on_open.emit(chosen.scenario());
        });
        let done = if solved.contains(&c.name) {
            " (solved)"
        } else {
            ""
        };
        html! {
            <li><button type="button" class="challenge-choice" onclick={onclick}>
                { format!("{} (par {}){done}", c.title, c.par) }
            </button></li>
        }
    });
    let current = selected
        .as_deref()
        .and_then(|name| all.iter().find(|c| c.name == name));
    // The chosen challenge first, where a challenge link's learner looks: its task, goal
    // and par; then every challenge to pick another.
    html! {
        <>
            if let Some(c) = current { { view_challenge(props, c) } }
            if current.is_some() { <h3 class="challenge-list-heading">{ "All challenges" }</h3> }
            <ul class="challenge-list">{ for items }</ul>
        </>
    }
}

/// One challenge: task, par, hints, and the success line once the goal is reached.
fn view_challenge(props: &ChallengePanelProps, c: &Challenge) -> Html {
    let open = same_scenario(&props.scenario, &c.scenario());
    let attempt = open.then(|| c.attempt(&props.picks));
    let solved = match attempt {
        Some(Attempt::Solved { picks }) => Some(picks),
        _ => None,
    };
    if solved.is_some() {
        remember_solved(&c.name);
    }
    let hints = c.hints.iter().enumerate().map(|(i, hint)| {
        html! { <details class="hint"><summary>{ format!("Hint {}", i + 1) }</summary><p>{ hint.clone() }</p></details> }
    });
    let solution = links::url(
        &browser::page_base(),
        &to_query(&c.scenario_with(&c.solution)),
    );
    html! {
        <div class="challenge">
            <h3>{ c.title.clone() }</h3>
            <p>{ c.task.clone() }</p>
            <p>{ format!("Goal: {}. Par: {} picks.", c.goal.describe(), c.par) }</p>
            { for hints }
            <p class="challenge-status" role="status" aria-live="polite">
                { match (open, solved) {
                    (false, _) => "This challenge's scenario is no longer on the page: choose it again to retry.".to_string(),
                    (true, Some(picks)) => c.success_message(picks),
                    (true, None) => format!("{} picks so far. Use the scheduler's buttons or the digit keys.", props.picks.len()),
                } }
            </p>
            if solved.is_some() {
                <a class="challenge-solution" href={solution}>{ "Replay the explorer's shortest solution" }</a>
            }
        </div>
    }
}

/// The two scenarios are the same program, whatever their schedules and labels.
fn same_scenario(a: &Scenario, b: &Scenario) -> bool {
    let bare = |s: &Scenario| Scenario {
        schedule: Vec::new(),
        preset: None,
        ..s.clone()
    };
    bare(a) == bare(b)
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The names of the challenges solved on this browser.
pub(crate) fn solved_names() -> Vec<String> {
    let list = storage().and_then(|s| s.get_item(SOLVED_KEY).ok().flatten());
    list.map(|l| {
        l.split(',')
            .filter(|n| !n.is_empty())
            .map(str::to_owned)
            .collect()
    })
    .unwrap_or_default()
}

/// Adds `name` to the solved list (a refused storage is simply not used).
pub(crate) fn remember_solved(name: &str) {
    let mut names = solved_names();
    if names.iter().any(|n| n == name) {
        return;
    }
    names.push(name.to_owned());
    if let Some(s) = storage() {
        let _ = s.set_item(SOLVED_KEY, &names.join(","));
    }
}
