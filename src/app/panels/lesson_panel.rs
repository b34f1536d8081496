//! Lessons on the page: the guided path, fetched from `lessons.txt` when "Show the
//! lessons" is pressed (its prose is not in the wasm). Opening a lesson loads its scenario
//! with its question pinned to its step; the lesson's text shows at once, and what it
//! would give away ("after") and the "now try" suggestion only once the question is
//! answered. `lesson=NAME` in the page's link opens that lesson at once (in an embed
//! too, where the panel then shows under the narration).

use std::rc::Rc;

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::app::fetch_text::fetch_text;
use crate::app::state::{Action, LabState};
use crate::sim::lesson::{self, Lesson, IDEAS};

/// Where the page finds the lessons (Trunk copies `static/lessons.txt` there).
pub const SOURCE: &str = "lessons.txt";

/// The panel's data.
#[derive(Properties, Clone, PartialEq)]
pub struct LessonPanelProps {
    /// Opens a lesson: its scenario, with its question.
    pub on_action: Callback<Action>,
    /// The steps whose questions have been answered.
    pub answered: Rc<Vec<u64>>,
    /// Where to fetch the lessons from.
    #[prop_or(AttrValue::Static(SOURCE))]
    pub source: AttrValue,
}

/// The lab's lesson panel.
pub fn view(lab: &LabState, on_action: &Callback<Action>) -> Html {
    let answered: Vec<u64> = lab.quiz.reveals.keys().copied().collect();
    html! { <LessonPanel on_action={on_action.clone()} answered={Rc::new(answered)} /> }
}

/// The lesson panel.
#[function_component(LessonPanel)]
pub fn lesson_panel(props: &LessonPanelProps) -> Html {
    let lessons = use_state(|| None::<Result<Rc<Vec<Lesson>>, String>>);
    let open = use_state(|| None::<usize>);
    let load = {
        let (lessons, source) = (lessons.clone(), props.source.to_string());
        Callback::from(move |_: MouseEvent| {
            let (lessons, source) = (lessons.clone(), source.clone());
            spawn_local(async move {
                let result = fetch_text(&source).await.and_then(|text| {
                    lesson::parse_all(&text).map_err(|e| format!("{source}: {e}"))
                });
                lessons.set(Some(result.map(Rc::new)));
            });
        })
    };
    {
        // A linked lesson (`lesson=NAME`) opens as soon as the page does.
        let (lessons, open) = (lessons.clone(), open.clone());
        let (source, on_action) = (props.source.to_string(), props.on_action.clone());
        use_effect_with((), move |_| {
            let query = crate::app::browser::opened_query();
            if let Some(name) = crate::sim::learn::query_key::last_value(&query, "lesson") {
                let name = name.unwrap_or_else(|raw| raw);
                spawn_local(async move {
                    let result = fetch_text(&source).await.and_then(|text| {
                        lesson::parse_all(&text).map_err(|e| format!("{source}: {e}"))
                    });
                    let result = result.and_then(|all| {
                        let Some(i) = all.iter().position(|l| l.name == name) else {
                            let names: Vec<&str> = all.iter().map(|l| l.name.as_str()).collect();
                            return Err(format!(
                                "lesson={} is not a lesson (allowed: {})",
                                crate::sim::scenario::printable(&name),
                                names.join(", ")
                            ));
                        };
                        if let Some(question) = all[i].question() {
                            on_action.emit(Action::OpenLesson(all[i].scenario(), question));
                        }
                        open.set(Some(i));
                        Ok(all)
                    });
                    lessons.set(Some(result.map(Rc::new)));
                });
            }
        });
    }
    let body = match &*lessons {
        None => html! { <button type="button" onclick={load}>{ "Show the lessons" }</button> },
        Some(Err(message)) => html! { <p class="error" role="alert">{ message.clone() }</p> },
        Some(Ok(all)) => {
            let items = all.iter().enumerate().map(|(i, l)| {
                let (open, on_action, l2) = (open.clone(), props.on_action.clone(), l.clone());
                let onclick = Callback::from(move |_: MouseEvent| {
                    open.set(Some(i));
                    if let Some(question) = l2.question() {
                        on_action.emit(Action::OpenLesson(l2.scenario(), question));
                    }
                });
                html! { <li><button type="button" class="lesson-choice" onclick={onclick}>{ l.title.clone() }</button>{ format!(" ({})", ideas(l)) }</li> }
            });
            let current = open.and_then(|i| all.get(i));
            html! {
                // The open lesson first, then the list to pick another: the text is what
                // the learner came for, and a dozen titles above it pushed it off screen.
                <>
                    if let Some(l) = current { { view_lesson(l, &props.answered) } }
                    <ol class="lesson-list">{ for items }</ol>
                </>
            }
        }
    };
    html! {
        <section class="panel lesson-panel" aria-labelledby="lesson-heading">
            <h2 id="lesson-heading">{ "Lessons: one per idea of the pattern" }</h2>
            { body }
        </section>
    }
}

/// The ideas a lesson teaches, by their labels.
fn ideas(l: &Lesson) -> String {
    let label = |id: &String| {
        IDEAS
            .iter()
            .find(|(i, _)| i == id)
            .map_or(id.clone(), |(_, label)| (*label).to_string())
    };
    l.ideas.iter().map(label).collect::<Vec<_>>().join("; ")
}

/// One lesson: its text now; the spoiler and "now try" once its question is answered.
fn view_lesson(l: &Lesson, answered: &[u64]) -> Html {
    let done = l.question().is_some_and(|q| answered.contains(&q.step));
    html! {
        <div class="lesson" aria-live="polite">
            <h3>{ l.title.clone() }</h3>
            <p>{ l.text.clone() }</p>
            if done {
                <p class="lesson-after">{ l.after.clone() }</p>
                <p class="lesson-try">{ format!("Now try: {}", l.try_next) }</p>
            } else {
                <p class="hint">{ "Step to the question and answer it to read on." }</p>
            }
        </div>
    }
}
