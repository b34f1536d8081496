//! The lessons (`static/lessons.txt`): every one parses, its scenario runs to its end, its
//! question can be posed at its step and is answered by the core, its text is two to four
//! sentences, and every idea of the seed has a lesson.

use producer_consumer_lab::sim::ask::pose;
use producer_consumer_lab::sim::lesson::{self, Lesson, IDEAS};
use producer_consumer_lab::sim::reports::trace::Trace;
use producer_consumer_lab::sim::Simulation;

const FILE: &str = include_str!("../static/lessons.txt");

fn all() -> Vec<Lesson> {
    lesson::parse_all(FILE).unwrap_or_else(|e| panic!("static/lessons.txt: {e}"))
}

fn sentences(text: &str) -> usize {
    text.split_inclusive(['.', '?', '!'])
        .filter(|s| s.trim().len() > 1)
        .count()
}

#[test]
fn every_idea_of_the_seed_has_a_lesson() {
    let lessons = all();
    for (id, label) in IDEAS {
        assert!(
            lessons.iter().any(|l| l.ideas.iter().any(|i| i == id)),
            "no lesson for {label}"
        );
    }
}

#[test]
fn every_lesson_runs_and_its_question_is_answered_by_the_core() {
    for lesson in all() {
        let n = sentences(&lesson.text);
        assert!((2..=4).contains(&n), "{}: {n} sentences", lesson.name);
        assert!(!lesson.try_next.is_empty() && !lesson.after.is_empty());
        let trace = Trace::of(lesson.scenario());
        assert!(
            trace.outcome.is_some(),
            "{}: the run did not end",
            lesson.name
        );
        let question = lesson.question().expect("parsed when loaded");
        let mut sim = Simulation::new(lesson.scenario());
        sim.run_to_end(question.step);
        assert_eq!(
            sim.steps(),
            question.step,
            "{}: run shorter than its question",
            lesson.name
        );
        let posed = pose(&question.kind, &sim)
            .unwrap_or_else(|e| panic!("{}: cannot pose: {e}", lesson.name));
        assert!(posed.grade(posed.answer()).correct);
        assert!(
            posed.choices.len() >= 2,
            "{}: {:?}",
            lesson.name,
            posed.choices
        );
    }
}

#[test]
fn a_lesson_with_an_unknown_idea_or_a_bad_question_is_refused_with_its_line() {
    let record = |ideas: &str, ask: &str| {
        format!("\n\nname: x\ntitle: t\nideas: {ideas}\nquery: items=2\ntext: A. B.\nask: {ask}\nafter: a\ntry: t\n")
    };
    let err = lesson::parse_all(&record("fun", "0:next")).expect_err("unknown idea");
    assert!(err
        .to_string()
        .starts_with("line 3: idea \"fun\" is unknown: allowed different-rates,"));
    let err = lesson::parse_all(&record("buffer", "0:guess")).expect_err("bad ask");
    assert!(
        err.to_string()
            .contains("\"guess\" is not a kind of question"),
        "{err}"
    );
}

/// Prints each lesson's question as posed (run with `-- --nocapture --ignored` to review).
#[test]
#[ignore = "a listing for authors, not a check"]
fn list_the_questions_as_posed() {
    for lesson in all() {
        let question = lesson.question().expect("parsed");
        let mut sim = Simulation::new(lesson.scenario());
        sim.run_to_end(question.step);
        if let Ok(posed) = pose(&question.kind, &sim) {
            let reveal = posed.grade(posed.answer());
            println!(
                "{}: {} {:?}\n   {}",
                lesson.name, posed.prompt, posed.choices, reveal.text
            );
        }
    }
}
