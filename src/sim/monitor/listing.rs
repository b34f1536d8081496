//! The C source each thread of a monitor program runs, as in `ostep-homework/threads-cv`:
//! one table per role whose lines carry the statements they hold, so the listing text and
//! "which line is this thread on" can never disagree.
//!
//! The variant fills in the details: `while` or `if`, `&empty`/`&fill` or the single
//! `&cv`, and the extra unlock/lock lines around fill and get.

use super::stmt::{MonitorStmt, Shape};
use crate::sim::scenario::Scenario;
use crate::sim::task::Role;

use MonitorStmt as S;

/// One line of a listing template.
struct Line {
    /// The code, with `{kw}` (`while`/`if`), `{E}` (empty cv), `{F}` (fill cv) to fill in.
    code: &'static str,
    /// The homework's marker at the end of the line, if any.
    marker: &'static str,
    /// The statements the scheduler runs on this line.
    stmts: &'static [MonitorStmt],
    /// Present only in the extra-unlock variant.
    extra: bool,
}

const fn line(code: &'static str, marker: &'static str, stmts: &'static [MonitorStmt]) -> Line {
    Line {
        code,
        marker,
        stmts,
        extra: false,
    }
}

const fn extra(code: &'static str, stmts: &'static [MonitorStmt]) -> Line {
    Line {
        code,
        marker: "",
        stmts,
        extra: true,
    }
}

const PRODUCER: &[Line] = &[
    line("void *producer(void *arg) {", "", &[]),
    line("    int base = id * loops;", "", &[]),
    line("    for (i = 0; i < loops; i++) {", "p0;", &[S::LoopTop]),
    line("        Mutex_lock(&m);", "p1;", &[S::Lock]),
    line("        {kw} (num_full == max) {", "p2;", &[S::Check]),
    line(
        "            Cond_wait(&{E}, &m);",
        "p3;",
        &[S::Wait, S::WaitReturn],
    ),
    line("        }", "", &[]),
    extra("        Mutex_unlock(&m);", &[S::UnlockBeforeUse]),
    line("        do_fill(base + i);", "p4;", &[S::Use]),
    extra("        Mutex_lock(&m);", &[S::LockAfterUse]),
    line("        Cond_signal(&{F});", "p5;", &[S::Signal]),
    line("        Mutex_unlock(&m);", "p6;", &[S::Unlock]),
    line("    }", "", &[]),
    line("    return NULL;", "", &[S::Done]),
    line("}", "", &[]),
];

const CONSUMER: &[Line] = &[
    line("void *consumer(void *arg) {", "", &[]),
    line("    int tmp = 0, consumed_count = 0;", "", &[]),
    line("    while (tmp != END_OF_STREAM) {", "c0;", &[S::LoopTop]),
    line("        Mutex_lock(&m);", "c1;", &[S::Lock]),
    line("        {kw} (num_full == 0) {", "c2;", &[S::Check]),
    line(
        "            Cond_wait(&{F}, &m);",
        "c3;",
        &[S::Wait, S::WaitReturn],
    ),
    line("        }", "", &[]),
    extra("        Mutex_unlock(&m);", &[S::UnlockBeforeUse]),
    line("        tmp = do_get();", "c4;", &[S::Use]),
    extra("        Mutex_lock(&m);", &[S::LockAfterUse]),
    line("        Cond_signal(&{E});", "c5;", &[S::Signal]),
    line("        Mutex_unlock(&m);", "c6;", &[S::Unlock]),
    line("        consumed_count++;", "", &[]),
    line("    }", "", &[]),
    line("    return consumed_count - 1;", "", &[S::Done]),
    line("}", "", &[]),
];

/// `main-common.c`, from the joins on: identical in every variant (always `while`).
const MAIN: &[Line] = &[
    line("int main(int argc, char *argv[]) {", "", &[]),
    line(
        "    // parse the flags; start the producers, then the consumers",
        "",
        &[],
    ),
    line(
        "    for (i = 0; i < producers; i++) Pthread_join(pid[i], NULL);",
        "",
        &[S::JoinProducers],
    ),
    line("    for (i = 0; i < consumers; i++) {", "", &[S::LoopTop]),
    line("        Mutex_lock(&m);", "", &[S::Lock]),
    line("        while (num_full == max)", "", &[S::Check]),
    line(
        "            Cond_wait(&{E}, &m);",
        "",
        &[S::Wait, S::WaitReturn],
    ),
    line("        do_fill(END_OF_STREAM); do_eos();", "", &[S::Use]),
    line("        Cond_signal(&{F});", "", &[S::Signal]),
    line("        Mutex_unlock(&m);", "", &[S::Unlock]),
    line("    }", "", &[]),
    line(
        "    for (i = 0; i < consumers; i++) Pthread_join(cid[i], &counts[i]);",
        "",
        &[S::JoinConsumers],
    ),
    line(
        "    // print \"Consumer consumption:\" and each count",
        "",
        &[S::Done],
    ),
    line("}", "", &[]),
];

/// Where the marker column starts, as in the OSTEP sources.
const MARKER_COLUMN: usize = 36;

fn template(role: Role) -> &'static [Line] {
    match role {
        Role::Producer(_) => PRODUCER,
        Role::Consumer(_) => CONSUMER,
        Role::Main => MAIN,
    }
}

/// The lines of `role`'s template that `shape` keeps.
fn kept(role: Role, shape: Shape) -> impl Iterator<Item = &'static Line> {
    template(role)
        .iter()
        .filter(move |l| shape.extra_unlock || !l.extra)
}

/// The 0-based listing line holding `stmt` in `role`'s code (0 if none does).
pub fn line_of(shape: Shape, role: Role, stmt: MonitorStmt) -> usize {
    kept(role, shape)
        .position(|l| l.stmts.contains(&stmt))
        .unwrap_or(0)
}

/// `role`'s listing for `scenario`'s variant, one string per line, markers aligned.
pub fn listing(scenario: &Scenario, role: Role) -> Vec<String> {
    let shape = Shape::of(scenario.variant);
    let (empty, fill) = if shape.single_cv {
        ("cv", "cv")
    } else {
        ("empty", "fill")
    };
    let kw = if shape.recheck || role == Role::Main {
        "while"
    } else {
        "if"
    };
    kept(role, shape)
        .map(|l| {
            let code = l
                .code
                .replace("{kw}", kw)
                .replace("{E}", empty)
                .replace("{F}", fill);
            if l.marker.is_empty() {
                code
            } else {
                format!("{code:<MARKER_COLUMN$}{}", l.marker)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::scenario::{Mode, Variant};

    fn scenario(variant: Variant) -> Scenario {
        Scenario {
            mode: Mode::Monitor,
            variant: Some(variant),
            ..Scenario::default()
        }
    }

    #[test]
    fn every_statement_lands_on_the_line_that_shows_it() {
        let s = scenario(Variant::TwoCvsWhileExtraUnlock);
        let shape = Shape::of(s.variant);
        let lines = listing(&s, Role::Consumer(0));
        let at = |stmt| {
            lines[line_of(shape, Role::Consumer(0), stmt)]
                .trim()
                .to_string()
        };
        assert_eq!(
            at(MonitorStmt::Use),
            format!("{:<28}c4;", "tmp = do_get();")
        );
        assert_eq!(at(MonitorStmt::UnlockBeforeUse), "Mutex_unlock(&m);");
        assert_eq!(at(MonitorStmt::LockAfterUse), "Mutex_lock(&m);");
    }

    #[test]
    fn variants_differ_only_where_the_c_code_does() {
        let one_cv = listing(&scenario(Variant::OneCvWhile), Role::Producer(0));
        assert!(one_cv[5].contains("Cond_wait(&cv, &m);"));
        let two_if = listing(&scenario(Variant::TwoCvsIf), Role::Producer(0));
        assert!(two_if[4].contains("if (num_full == max) {"));
        assert!(two_if[5].contains("Cond_wait(&empty, &m);"));
        let main_if = listing(&scenario(Variant::TwoCvsIf), Role::Main);
        assert!(main_if[5].contains("while (num_full == max)"));
    }
}
