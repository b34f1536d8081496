//! Browser tests of questions that hold back the answer: a link with two `ask=`
//! questions stops at each, nothing steps past an unanswered one, a wrong answer is marked
//! and explained with the narration's sentence, the reveal is followed by that very step,
//! and the same holds in an embed.
#![cfg(target_arch = "wasm32")]

use crate::web_lab_support::Lab;
use producer_consumer_lab::sim::ask::{pose, QuestionKind};
use producer_consumer_lab::sim::scenario::parse_query;
use producer_consumer_lab::sim::Simulation;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::HtmlInputElement;

const QUERY: &str = "ask=0:next&ask=2:buffer";

/// The core's own answer to the first question, and a wrong one.
fn first_answers() -> (String, String) {
    let sim = Simulation::new(parse_query(QUERY).scenario);
    let posed = pose(&QuestionKind::NextTask, &sim).expect("posable");
    let right = posed.choices[posed.answer()].clone();
    let wrong = posed
        .choices
        .iter()
        .find(|c| **c != right)
        .expect("two tasks")
        .clone();
    (right, wrong)
}

async fn check_held_then_revealed(lab: &Lab) {
    assert!(lab
        .text(".question-prompt")
        .ends_with("Which task runs next?"));
    lab.press("ArrowRight").await;
    lab.click("Step").await;
    lab.click("Run to end").await;
    assert_eq!(lab.step(), 0, "nothing runs past an unanswered question");
    let (right, wrong) = first_answers();
    lab.click(&wrong).await;
    let reveal = lab.text(".reveal.wrong");
    let expected = format!("Not quite: you chose {wrong}, but the answer is {right}. ");
    assert!(reveal.starts_with(&expected), "{reveal}");
    lab.click("Step").await;
    assert_eq!(lab.step(), 1);
    assert!(
        reveal.ends_with(&lab.narration()),
        "{reveal} / {}",
        lab.narration()
    );
}

#[wasm_bindgen_test]
async fn two_questions_hold_the_run_and_a_wrong_answer_is_explained() {
    let lab = Lab::open(QUERY).await;
    check_held_then_revealed(&lab).await;
    lab.press("ArrowRight").await;
    assert_eq!(lab.step(), 2);
    lab.press("End").await;
    assert_eq!(lab.step(), 2, "the second question holds the run too");
    assert!(lab
        .text(".question-prompt")
        .contains("How many items are in the buffer"));
    let share = lab
        .find("#share-link")
        .dyn_into::<HtmlInputElement>()
        .expect("the link is an input")
        .value();
    assert!(share.contains("ask=0:next&ask=2:buffer"), "{share}");
    lab.close();
}

#[wasm_bindgen_test]
async fn an_embedded_question_holds_the_run_the_same_way() {
    let lab = Lab::open(&format!("{QUERY}&embed=1")).await;
    check_held_then_revealed(&lab).await;
    lab.close();
}

#[wasm_bindgen_test]
async fn ask_here_pins_a_question_to_the_current_step_and_the_link_carries_it() {
    let lab = Lab::open("").await;
    lab.click("Step").await;
    lab.click("Ask here: which task runs next").await;
    let prompt = lab.text(".question-prompt");
    assert!(
        prompt.starts_with("Question before step 2: Which task runs next?"),
        "{prompt}"
    );
    lab.click("Step").await;
    assert_eq!(lab.step(), 1, "the new question holds the run");
    let share = lab
        .find("#share-link")
        .dyn_into::<HtmlInputElement>()
        .expect("the link is an input")
        .value();
    assert!(share.contains("ask=1:next"), "{share}");
    lab.close();
}

#[wasm_bindgen_test]
async fn a_pending_question_hides_the_recorded_future_of_the_timeline() {
    let lab = Lab::open("ask=3:next&step=5").await;
    assert!(lab.has(".panels .timeline, .panels svg"));
    lab.press("ArrowLeft").await;
    lab.press("ArrowLeft").await;
    assert_eq!(lab.step(), 3);
    assert!(
        lab.has(".timeline-held"),
        "the timeline would show step 4 and 5"
    );
    lab.close();
}

#[wasm_bindgen_test]
async fn a_pending_question_hides_the_books_later_rows() {
    let lab = Lab::open("preset=ostep-fig-30-9&ask=3:next").await;
    lab.click("Run to end").await;
    assert_eq!(lab.step(), 3, "held at the question");
    assert!(lab.has(".book-table tr.held"));
    assert!(lab.count(".book-table tbody tr") < 10);
    lab.close();
}
