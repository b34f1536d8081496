//! Reading and writing `ask=` and `predict=`; a bad value gets a message naming the key,
//! the value and what is allowed.

use std::fmt;

use super::{Question, QuestionKind, MAX_CHOICES, MAX_QUESTIONS};
use crate::sim::learn::query_key;
use crate::sim::scenario::{decode_component, printable, shorten};

/// A rejected `ask=` or `predict=` value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AskError {
    /// `ask` or `predict`.
    pub key: &'static str,
    /// The value, shortened, control characters escaped.
    pub value: String,
    /// What is wrong and what is allowed.
    pub problem: String,
}

impl fmt::Display for AskError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}={}: {}", self.key, self.value, self.problem)
    }
}

const KINDS: &str = "allowed STEP:next, STEP:print, STEP:blocks, STEP:buffer, \
    STEP:choose:K:QUESTION|CHOICE|CHOICE...";

/// Every `ask=` question in `query`, in step order, and an error for each bad one (which
/// is left out). Two questions at one step: the later is refused.
pub fn parse_asks(query: &str) -> (Vec<Question>, Vec<AskError>) {
    let mut questions: Vec<Question> = Vec::new();
    let mut errors = Vec::new();
    for (k, raw) in crate::sim::scenario::query_pairs(query) {
        if decode_component(k).as_deref() != Some("ask") {
            continue;
        }
        let error = |value: &str, problem: String| AskError {
            key: "ask",
            value: shorten(value),
            problem,
        };
        let Some(value) = decode_component(raw) else {
            errors.push(error(raw, "bad %-escape".into()));
            continue;
        };
        match parse_question(&value) {
            Ok(q) if questions.iter().any(|o| o.step == q.step) => errors.push(error(
                &value,
                format!("step {} already has a question", q.step),
            )),
            Ok(_) if questions.len() >= MAX_QUESTIONS => {
                errors.push(error(&value, format!("at most {MAX_QUESTIONS} questions")))
            }
            Ok(q) => questions.push(q),
            Err(problem) => errors.push(error(&value, problem)),
        }
    }
    questions.sort_by_key(|q| q.step);
    (questions, errors)
}

/// One question from its decoded `ask=` value (`STEP:KIND...`); the error says what is
/// wrong and what is allowed.
pub fn parse_question(value: &str) -> Result<Question, String> {
    let mut parts = value.splitn(4, ':');
    let step = parts.next().unwrap_or("");
    let step = step
        .parse::<u64>()
        .ok()
        .filter(|&s| s <= 200_000)
        .ok_or_else(|| {
            format!(
                "{:?} is not a step number 0..=200000; {KINDS}",
                shorten(step)
            )
        })?;
    let kind = match parts.next() {
        Some("next") => QuestionKind::NextTask,
        Some("print") => QuestionKind::NextPrint,
        Some("blocks") => QuestionKind::Blocks,
        Some("buffer") => QuestionKind::BufferAfter,
        Some("choose") => choose(parts.next(), parts.next())?,
        Some(other) => {
            return Err(format!(
                "{:?} is not a kind of question; {KINDS}",
                shorten(other)
            ))
        }
        None => return Err(format!("no kind of question; {KINDS}")),
    };
    if !matches!(kind, QuestionKind::Choose { .. }) && parts.next().is_some() {
        return Err(format!("{} takes nothing after it; {KINDS}", kind.name()));
    }
    Ok(Question { step, kind })
}

fn choose(answer: Option<&str>, text: Option<&str>) -> Result<QuestionKind, String> {
    let text = text.unwrap_or("");
    // The link's text is shown on the page and read out: control characters appear
    // escaped (`\x01`), as in every other message built from a link.
    let mut pieces = text.split('|').map(|piece| printable(piece.trim()));
    let prompt = pieces.next().unwrap_or_default();
    let choices: Vec<String> = pieces.collect();
    if prompt.is_empty() || choices.len() < 2 || choices.len() > MAX_CHOICES {
        return Err(format!(
            "choose needs a question and 2 to {MAX_CHOICES} choices separated by |"
        ));
    }
    if choices.iter().any(String::is_empty) {
        return Err("choose has an empty choice".into());
    }
    let k = answer.and_then(|a| a.parse::<usize>().ok());
    let Some(answer) = k.filter(|&k| (1..=choices.len()).contains(&k)) else {
        return Err(format!(
            "choose:K needs K, the right choice, from 1 to {}",
            choices.len()
        ));
    };
    Ok(QuestionKind::Choose {
        prompt,
        choices,
        answer: answer - 1,
    })
}

/// `predict=1` (ask which task runs next before every step) or `predict=0`.
pub fn parse_predict(query: &str) -> Result<bool, AskError> {
    match query_key::last_value(query, "predict") {
        None => Ok(false),
        Some(Ok(v)) if v == "1" => Ok(true),
        Some(Ok(v)) if v == "0" => Ok(false),
        Some(Ok(v) | Err(v)) => Err(AskError {
            key: "predict",
            value: shorten(&v),
            problem: "allowed 0 or 1".into(),
        }),
    }
}

/// The `ask=` pairs that [`parse_asks`] reads back as `questions` (joined with `&`, no
/// leading `&`), percent-encoding what a query cannot hold.
pub fn to_query_pairs(questions: &[Question]) -> String {
    let pairs: Vec<String> = questions
        .iter()
        .map(|q| {
            let value = match &q.kind {
                QuestionKind::Choose {
                    prompt,
                    choices,
                    answer,
                } => format!(
                    "{}:choose:{}:{}|{}",
                    q.step,
                    answer + 1,
                    prompt,
                    choices.join("|")
                ),
                kind => format!("{}:{}", q.step, kind.name()),
            };
            format!("ask={}", encode(&value))
        })
        .collect();
    pairs.join("&")
}

/// Percent-encodes everything but letters, digits and `-._~:|`.
fn encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~:|".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
