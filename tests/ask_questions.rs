//! Questions that hold back the answer: `ask=` and `predict=` parse with clear errors and
//! read back from their written form, and the core grades every kind of question against
//! its own next step, explaining with the narration's sentence.

use producer_consumer_lab::sim::ask::{
    parse_asks, parse_predict, pose, to_query_pairs, PoseError, Question, QuestionKind,
};
use producer_consumer_lab::sim::reports::narration::narrate;
use producer_consumer_lab::sim::reports::trace::Trace;
use producer_consumer_lab::sim::scenario::parse_query;
use producer_consumer_lab::sim::task::TaskState;
use producer_consumer_lab::sim::Simulation;

const SCENARIOS: &[&str] = &[
    "",
    "consumers=3&items=9&produce_ms=1000&consume_ms=3000",
    "mode=monitor&consumers=2&capacity=1&items=2&policy=random&seed=4",
    "mode=semaphore&producers=2&items=2&policy=round-robin",
    "capacity=0&items=3",
];

fn sim(query: &str) -> Simulation {
    let parsed = parse_query(query);
    assert!(parsed.errors.is_empty(), "{query}");
    Simulation::new(parsed.scenario)
}

#[test]
fn questions_are_read_in_step_order_and_bad_ones_say_what_is_allowed() {
    let q = "ask=7:print&preset=seed&ask=2:next&ask=x:next&ask=3:bogus&ask=2:buffer\
             &ask=4:choose:2:Who%20waits%3F|P1|C1&ask=5:choose:3:Q|a|b";
    let (questions, errors) = parse_asks(q);
    let steps: Vec<u64> = questions.iter().map(|q| q.step).collect();
    assert_eq!(steps, vec![2, 4, 7]);
    assert_eq!(
        questions[1].kind,
        QuestionKind::Choose {
            prompt: "Who waits?".into(),
            choices: vec!["P1".into(), "C1".into()],
            answer: 1
        }
    );
    let messages: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(messages.len(), 4, "{messages:?}");
    assert!(messages[0].starts_with("ask=x:next: \"x\" is not a step number"));
    assert!(messages[1].contains("\"bogus\" is not a kind of question; allowed STEP:next"));
    assert_eq!(messages[2], "ask=2:buffer: step 2 already has a question");
    assert!(messages[3].contains("choose:K needs K, the right choice, from 1 to 2"));
    assert_eq!(parse_predict("predict=1"), Ok(true));
    assert_eq!(parse_predict("a=b"), Ok(false));
    let err = parse_predict("predict=yes%07").expect_err("not 0 or 1");
    assert_eq!(err.to_string(), "predict=yes\\x07: allowed 0 or 1");
}

#[test]
fn written_questions_read_back_the_same() {
    let questions = vec![
        Question {
            step: 0,
            kind: QuestionKind::NextTask,
        },
        Question {
            step: 3,
            kind: QuestionKind::Blocks,
        },
        Question {
            step: 9,
            kind: QuestionKind::Choose {
                prompt: "Why does C1 wait? (think & answer)".into(),
                choices: vec!["Empty buffer".into(), "No lock: 100%".into()],
                answer: 0,
            },
        },
    ];
    let query = to_query_pairs(&questions);
    assert_eq!(parse_asks(&query), (questions, Vec::new()));
}

/// Poses each kind at every step of each scenario and checks the answer against the step
/// the core then takes.
#[test]
fn every_kind_of_question_is_answered_by_the_cores_own_next_step() {
    for query in SCENARIOS {
        let mut run = sim(query);
        let prints = Trace::of(run.scenario().clone()).lines;
        let mut printed = 0;
        while run.outcome().is_none() {
            let next = pose(&QuestionKind::NextTask, &run).expect("next");
            let blocks = pose(&QuestionKind::Blocks, &run).expect("blocks");
            let buffer = pose(&QuestionKind::BufferAfter, &run).expect("buffer");
            let print = pose(&QuestionKind::NextPrint, &run).expect("print");
            run.step();
            let ev = run.event();
            assert_eq!(
                next.choices[next.answer()],
                run.task_name(ev.task),
                "{query}"
            );
            let blocked = matches!(run.kernel().state(ev.task), TaskState::Blocked(_));
            assert_eq!(blocks.answer() == 0, blocked, "{query} step {}", ev.step);
            assert_eq!(
                buffer.choices[buffer.answer()],
                run.world().buffered().to_string()
            );
            let expected = prints
                .get(printed)
                .map_or("Nothing: the run ends first".to_owned(), |l| l.print.text());
            assert_eq!(
                print.choices[print.answer()],
                expected,
                "{query} step {}",
                ev.step
            );
            printed += usize::from(ev.print.is_some());
            let reveal = next.grade(next.answer());
            assert!(reveal.correct && reveal.text.ends_with(&narrate(&run)));
        }
        assert!(matches!(
            pose(&QuestionKind::NextTask, &run),
            Err(PoseError::Ended)
        ));
    }
}

#[test]
fn a_wrong_answer_is_marked_and_explained_with_the_narration() {
    let run = sim("");
    let posed = pose(&QuestionKind::NextTask, &run).expect("posable");
    let wrong = (posed.answer() + 1) % posed.choices.len();
    let reveal = posed.grade(wrong);
    assert!(!reveal.correct);
    let mut after = run.clone();
    after.step();
    let expected = format!(
        "Not quite: you chose {}, but the answer is {}. {}",
        posed.choices[wrong],
        posed.choices[posed.answer()],
        narrate(&after)
    );
    assert_eq!(reveal.text, expected);
}

#[test]
fn the_learners_own_pick_cannot_be_predicted() {
    let run = sim("mode=monitor&policy=manual");
    let err = pose(&QuestionKind::NextTask, &run).expect_err("manual, no schedule");
    assert_eq!(err, PoseError::LearnersPick);
    assert!(err.to_string().contains("yours to pick"));
}
