//! The question at the current step (`ask=` or `predict=1`): the prompt and its choices
//! as real buttons while it is unanswered (the run is held there, see `quiz_gate.rs`),
//! then the reveal, right or wrong with the narration's own sentence for the step. Both
//! are in a live region, so a screen reader hears the question and the answer.

use yew::prelude::*;

use crate::app::state::{Action, LabState};
use crate::sim::ask::QuestionKind;

/// The instructor's "Ask here": one button per kind of question, each pinning that
/// question to the current step (Copy link then carries it). Folded away under the
/// narration, so the teaching screen keeps its room; not in an embed or the present view,
/// nor once the page has questions (the question panel takes its place).
pub fn view_ask_here(lab: &LabState, on_action: &Callback<Action>) -> Html {
    if lab.view.embed || lab.view.present || lab.ended() || !lab.quiz.is_empty() {
        return html! {};
    }
    let kinds = [
        (QuestionKind::NextTask, "which task runs next"),
        (QuestionKind::NextPrint, "what prints next"),
        (QuestionKind::Blocks, "does it block"),
        (QuestionKind::BufferAfter, "how full is the buffer"),
    ];
    let buttons = kinds.into_iter().map(|(kind, label)| {
        let onclick = on_action.reform(move |_: MouseEvent| Action::AskHere(kind.clone()));
        html! { <button type="button" onclick={onclick}>{ format!("Ask here: {label}") }</button> }
    });
    html! {
        <details class="ask-here">
            <summary>{ "Ask the class a question at this step" }</summary>
            <div role="group" aria-label="Ask the class a question at this step">
                { for buttons }
            </div>
        </details>
    }
}

/// The panel for `lab`'s current step; nothing when no question belongs there.
pub fn view_question(lab: &LabState, on_action: &Callback<Action>) -> Html {
    if lab.quiz.is_empty() {
        return html! {};
    }
    let run = lab.run();
    let sim = run.sim();
    let (right, asked) = lab.quiz.score();
    let score = (lab.quiz.predict && asked > 0).then(|| format!("Score: {right} of {asked}."));
    let content = if let Some(posed) = lab.quiz.pending(sim) {
        let buttons = posed.choices.iter().enumerate().map(|(i, choice)| {
            let onclick = on_action.reform(move |_: MouseEvent| {
                // The answers go once answered: the focus moves to the panel's heading,
                // under which the live region says right or wrong.
                crate::app::browser::focus_after_render("#question-heading");
                Action::Answer(i)
            });
            html! { <li><button type="button" class="answer" onclick={onclick}>{ choice.clone() }</button></li> }
        });
        let prompt = format!("Question before step {}: {}", sim.steps() + 1, posed.prompt);
        // The buttons stay outside the live region: it reads the question, not them.
        return html! {
            <section class="question-panel" aria-labelledby="question-heading">
                <h2 id="question-heading" tabindex="-1">{ "Your prediction" }</h2>
                <div role="status" aria-live="polite">
                    <p class="question-prompt">{ prompt }</p>
                    if let Some(score) = score { <p class="score">{ score }</p> }
                </div>
                <ul class="answers">{ for buttons }</ul>
                <p class="hint">{ "Answer to go on: the next step stays hidden until you do." }</p>
            </section>
        };
    } else if let Some(reveal) = lab.quiz.reveals.get(&sim.steps()) {
        let class = if reveal.correct {
            "reveal right"
        } else {
            "reveal wrong"
        };
        html! { <p class={class}>{ reveal.text.clone() }</p> }
    } else {
        return view_ask_here(lab, on_action);
    };
    html! {
        <section class="question-panel" aria-labelledby="question-heading">
            <h2 id="question-heading" tabindex="-1">{ "Your prediction" }</h2>
            <div role="status" aria-live="polite">
                { content }
                if let Some(score) = score { <p class="score">{ score }</p> }
            </div>
        </section>
    }
}
