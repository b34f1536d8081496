//! The C source each thread of a semaphore program runs, written from the variant's loop
//! body ([`body`]) so the code shown and the statements stepped are one and the same.
//!
//! Line layout: a fixed head, the loop header (the loop top), one line per body statement,
//! then a fixed tail; main has its joins around the loop.

use super::protocol::{body, Op, SemStmt};
use crate::sim::scenario::{Scenario, Variant};
use crate::sim::task::Role;

/// Where the marker column starts, as in the OSTEP sources.
const MARKER_COLUMN: usize = 36;

/// Lines before the loop header, by role.
fn head(role: Role) -> &'static [&'static str] {
    match role {
        Role::Producer(_) => &["void *producer(void *arg) {", "    int base = id * loops;"],
        Role::Consumer(_) => &[
            "void *consumer(void *arg) {",
            "    int tmp = 0, consumed_count = 0;",
        ],
        Role::Main => &[
            "int main(int argc, char *argv[]) {",
            "    sem_init(&empty, 0, max); sem_init(&full, 0, 0); sem_init(&mutex, 0, 1);",
            "    // start the producers, then the consumers",
            "    for (i = 0; i < producers; i++) Pthread_join(pid[i], NULL);",
        ],
    }
}

/// Lines after the body, by role; the one holding `Done` is given by [`done_offset`].
fn tail(role: Role) -> &'static [&'static str] {
    match role {
        Role::Producer(_) => &["    }", "    return NULL;", "}"],
        Role::Consumer(_) => &[
            "        consumed_count++;",
            "    }",
            "    return consumed_count - 1;",
            "}",
        ],
        Role::Main => &[
            "    }",
            "    for (i = 0; i < consumers; i++) Pthread_join(cid[i], &counts[i]);",
            "    // print \"Consumer consumption:\" and each count",
            "}",
        ],
    }
}

/// Index within [`tail`] of the line where a finished thread rests.
fn done_offset(role: Role) -> usize {
    match role {
        Role::Producer(_) => 1,
        Role::Consumer(_) | Role::Main => 2,
    }
}

/// The 0-based listing line holding `stmt` in `role`'s code.
pub fn line_of(variant: Option<Variant>, role: Role, stmt: SemStmt) -> usize {
    let top = head(role).len();
    let after_body = top + 1 + body(variant, role).len();
    match stmt {
        SemStmt::JoinProducers => top.saturating_sub(1),
        SemStmt::LoopTop => top,
        SemStmt::Body(i) | SemStmt::WaitReturn(i) => top + 1 + usize::from(i),
        SemStmt::JoinConsumers => after_body + 1,
        SemStmt::Done => after_body + done_offset(role),
    }
}

/// The code of one body statement for `role`.
fn op_code(op: Op, role: Role) -> String {
    match (op, role) {
        (Op::Wait(s), _) => format!("        sem_wait(&{});", s.name()),
        (Op::Post(s), _) => format!("        sem_post(&{});", s.name()),
        (Op::Use, Role::Producer(_)) => "        do_fill(base + i);".to_string(),
        (Op::Use, Role::Consumer(_)) => "        tmp = do_get();".to_string(),
        (Op::Use, Role::Main) => "        do_fill(END_OF_STREAM); do_eos();".to_string(),
    }
}

/// `role`'s listing for `scenario`'s variant, one string per line, markers aligned.
pub fn listing(scenario: &Scenario, role: Role) -> Vec<String> {
    let (letter, marked) = match role {
        Role::Producer(_) => ('p', true),
        Role::Consumer(_) => ('c', true),
        Role::Main => (' ', false),
    };
    let with_marker = |code: String, marker: usize| {
        if marked {
            format!("{code:<MARKER_COLUMN$}{letter}{marker};")
        } else {
            code
        }
    };
    let header = match role {
        Role::Producer(_) => "    for (i = 0; i < loops; i++) {",
        Role::Consumer(_) => "    while (tmp != END_OF_STREAM) {",
        Role::Main => "    for (i = 0; i < consumers; i++) {",
    };
    let mut lines: Vec<String> = head(role).iter().map(|l| l.to_string()).collect();
    lines.push(with_marker(header.to_string(), 0));
    for (i, &op) in body(scenario.variant, role).iter().enumerate() {
        lines.push(with_marker(op_code(op, role), i + 1));
    }
    lines.extend(tail(role).iter().map(|l| l.to_string()));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::scenario::Mode;

    #[test]
    fn each_statement_sits_on_its_own_line() {
        let s = Scenario {
            mode: Mode::Semaphore,
            variant: Some(Variant::SemMutexOutside),
            ..Scenario::default()
        };
        for role in [Role::Producer(0), Role::Consumer(0), Role::Main] {
            let lines = listing(&s, role);
            let at = |stmt| lines[line_of(s.variant, role, stmt)].trim().to_string();
            assert!(
                at(SemStmt::Body(0)).starts_with("sem_wait(&mutex);"),
                "{role}"
            );
            assert!(at(SemStmt::Done).starts_with("return") || role == Role::Main);
        }
        let main = listing(&s, Role::Main);
        assert!(main[line_of(s.variant, Role::Main, SemStmt::JoinConsumers)].contains("cid"));
        assert!(main[line_of(s.variant, Role::Main, SemStmt::JoinProducers)].contains("pid"));
    }
}
