//! Lessons: a guided path with one lesson per idea of the seed (its uses, components, pros
//! and cons; some lessons cover two ideas that belong together). Each has a scenario, two
//! to four sentences, a question pinned to a step that the core answers ([`crate::sim::ask`]),
//! text held back until the question is answered, and a "now try" suggestion.
//!
//! The lessons are data in `static/lessons.txt` (the record format of
//! [`crate::sim::learn::records`]), fetched when the lessons open, so their prose is not in
//! the wasm. `tests/lessons.rs` checks that every lesson parses, runs and has a question
//! the core can answer, and that every idea has a lesson.

use crate::sim::ask::{parse_question, Question};
use crate::sim::learn::records::{self, Record, RecordError};
use crate::sim::scenario::{parse_query, Scenario};

/// Every idea of the seed, as `(id, label)`: 4 uses, 3 components, 5 pros, 4 cons.
pub const IDEAS: [(&str, &str); 16] = [
    ("different-rates", "Use: parts that work at different rates"),
    ("offload-work", "Use: offloading heavy work"),
    ("shared-resources", "Use: sharing limited resources"),
    ("scale-consumers", "Use: scaling consumers"),
    ("producer", "Component: the producer"),
    ("consumer", "Component: the consumer"),
    ("buffer", "Component: the buffer"),
    ("decoupling", "Pro: decoupling"),
    ("scalability", "Pro: scalability"),
    ("concurrency", "Pro: concurrency"),
    ("resource-management", "Pro: resource management"),
    ("flexibility", "Pro: flexibility and reusability"),
    ("complexity", "Con: complexity"),
    ("deadlock-starvation", "Con: deadlock and starvation"),
    ("debugging", "Con: debugging difficulty"),
    ("sync-overhead", "Con: synchronisation overhead"),
];

/// One lesson.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lesson {
    /// URL name.
    pub name: String,
    /// Title.
    pub title: String,
    /// The ideas (ids from [`IDEAS`]) it teaches.
    pub ideas: Vec<String>,
    /// The scenario's query string.
    pub query: String,
    /// Two to four sentences, shown before the question.
    pub text: String,
    /// The question, in `ask=` form (`STEP:KIND...`).
    pub ask: String,
    /// Shown only once the question is answered (it would give the answer away).
    pub after: String,
    /// What to try next.
    pub try_next: String,
}

impl Lesson {
    /// The lesson's scenario.
    pub fn scenario(&self) -> Scenario {
        parse_query(&self.query).scenario
    }

    /// The lesson's question.
    pub fn question(&self) -> Option<Question> {
        parse_question(&self.ask).ok()
    }

    fn from_record(r: &Record) -> Result<Lesson, RecordError> {
        let lesson = Lesson {
            name: r.one("name")?.to_owned(),
            title: r.one("title")?.to_owned(),
            ideas: r
                .one("ideas")?
                .split(',')
                .map(|i| i.trim().to_owned())
                .collect(),
            query: r.one("query")?.to_owned(),
            text: r.one("text")?.to_owned(),
            ask: r.one("ask")?.to_owned(),
            after: r.one("after")?.to_owned(),
            try_next: r.one("try")?.to_owned(),
        };
        if let Some(bad) = lesson
            .ideas
            .iter()
            .find(|i| !IDEAS.iter().any(|(id, _)| id == i))
        {
            let ids: Vec<&str> = IDEAS.iter().map(|(id, _)| *id).collect();
            return Err(r.error(format!(
                "idea {bad:?} is unknown: allowed {}",
                ids.join(", ")
            )));
        }
        if let Some(e) = parse_query(&lesson.query).errors.first() {
            return Err(r.error(format!("lesson {}: {e}", lesson.name)));
        }
        if let Err(e) = parse_question(&lesson.ask) {
            return Err(r.error(format!("lesson {}: ask {}: {e}", lesson.name, lesson.ask)));
        }
        Ok(lesson)
    }
}

/// Every lesson in `text` (the contents of `static/lessons.txt`), in path order.
pub fn parse_all(text: &str) -> Result<Vec<Lesson>, RecordError> {
    records::parse(text)?
        .iter()
        .map(Lesson::from_record)
        .collect()
}
