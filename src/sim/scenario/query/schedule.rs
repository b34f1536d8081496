//! The compact form of a manual schedule: task names joined by `.`, each with an optional
//! `*N` repeat, e.g. `C1.C2*3.P1.M`.
//!
//! Names follow the task numbering: `P1..Pn` are tasks `0..n`, `C1..Cm` are `n..n+m`, and
//! `M` (main, only in monitor and semaphore modes) is `n+m`. Names are resolved against the
//! scenario's final counts, so `C1` means the first consumer however many producers there are.

use super::super::error::shorten;
use super::super::{ParamProblem, Scenario};

/// The most choices a schedule may hold: far more than any lesson steps through by hand,
/// and small enough that a hostile link cannot make the page allocate much.
pub(super) const MAX_CHOICES: usize = 200_000;

/// The task indices that `text` names for scenario `s` (empty text: no choices).
pub(super) fn parse(text: &str, s: &Scenario) -> Result<Vec<u8>, ParamProblem> {
    let mut choices = Vec::new();
    if text.is_empty() {
        return Ok(choices);
    }
    for token in text.split('.') {
        let (name, times) = match token.split_once('*') {
            Some((name, count)) => (name, repeat(count, token)?),
            None => (token, 1),
        };
        let Some(task) = task_index(name, s) else {
            let allowed = allowed_names(s);
            return Err(ParamProblem::UnknownTask {
                token: shorten(token),
                allowed,
            });
        };
        // Check before growing: `P1*999999999999` must neither allocate nor overflow.
        if times > MAX_CHOICES - choices.len() {
            return Err(ParamProblem::TooManyChoices { max: MAX_CHOICES });
        }
        choices.resize(choices.len() + times, task);
    }
    Ok(choices)
}

/// The compact form of `choices` for scenario `s`, with `*N` for runs of two or more.
pub(super) fn write(choices: &[u8], s: &Scenario) -> String {
    let mut out = String::new();
    let mut rest = choices;
    while let Some(&task) = rest.first() {
        let run = rest.iter().take_while(|&&t| t == task).count();
        if !out.is_empty() {
            out.push('.');
        }
        out.push_str(&task_name(task, s));
        if run > 1 {
            out.push_str(&format!("*{run}"));
        }
        rest = &rest[run..];
    }
    out
}

/// The count after `*`: a whole number of at least 2 (a repeat of 1 is just the name).
fn repeat(count: &str, token: &str) -> Result<usize, ParamProblem> {
    if count.is_empty() || !count.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ParamProblem::BadRepeat {
            token: shorten(token),
        });
    }
    match count.parse::<usize>() {
        Ok(n) if n >= 2 => Ok(n),
        Ok(_) => Err(ParamProblem::BadRepeat {
            token: shorten(token),
        }),
        // All digits but too big for usize: certainly over the cap.
        Err(_) => Err(ParamProblem::TooManyChoices { max: MAX_CHOICES }),
    }
}

/// The task index a name stands for in `s`, if that task exists. Lower case is accepted.
fn task_index(name: &str, s: &Scenario) -> Option<u8> {
    let (role, number) = name.split_at_checked(1)?;
    if role.eq_ignore_ascii_case("m") {
        let main = s.producers.checked_add(s.consumers)?;
        return (number.is_empty() && s.mode.has_main()).then_some(main);
    }
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let k = number.parse::<u8>().ok()?.checked_sub(1)?;
    match role {
        "P" | "p" if k < s.producers => Some(k),
        "C" | "c" if k < s.consumers => s.producers.checked_add(k),
        _ => None,
    }
}

/// The name of task `task` in `s`. Anything past the consumers is main: a valid scenario
/// has no larger index.
fn task_name(task: u8, s: &Scenario) -> String {
    if task < s.producers {
        format!("P{}", u16::from(task) + 1)
    } else if task - s.producers < s.consumers {
        format!("C{}", u16::from(task - s.producers) + 1)
    } else {
        "M".to_owned()
    }
}

/// The names `s` has, for messages: e.g. `P1, C1..C3, M`.
fn allowed_names(s: &Scenario) -> String {
    let range = |role: &str, n: u8| match n {
        1 => format!("{role}1"),
        n => format!("{role}1..{role}{n}"),
    };
    let main = if s.mode.has_main() { ", M" } else { "" };
    format!(
        "{}, {}{main}",
        range("P", s.producers),
        range("C", s.consumers)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_resolve_against_the_scenario_counts() {
        let s = Scenario {
            producers: 2,
            consumers: 3,
            ..Scenario::default()
        };
        assert_eq!(parse("P1.P2.C1.C3*2", &s), Ok(vec![0, 1, 2, 4, 4]));
        assert_eq!(write(&[0, 1, 2, 4, 4], &s), "P1.P2.C1.C3*2");
    }

    #[test]
    fn main_exists_only_where_the_mode_has_one() {
        let go = Scenario::default();
        assert!(matches!(
            parse("M", &go),
            Err(ParamProblem::UnknownTask { .. })
        ));
        let monitor = Scenario {
            mode: crate::sim::scenario::Mode::Monitor,
            ..go
        };
        assert_eq!(parse("m.M*2", &monitor), Ok(vec![2, 2, 2]));
    }

    #[test]
    fn huge_repeats_are_refused_before_allocating() {
        let s = Scenario::default();
        let too_many = Err(ParamProblem::TooManyChoices { max: MAX_CHOICES });
        assert_eq!(parse("P1*999999999999", &s), too_many);
        assert_eq!(parse("P1*99999999999999999999999", &s), too_many);
        assert_eq!(parse("P1*200000", &s).map(|c| c.len()), Ok(MAX_CHOICES));
        assert_eq!(parse("P1*200000.C1", &s), too_many);
    }
}
