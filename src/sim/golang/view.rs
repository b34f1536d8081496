//! What the page shows of a running Go program, as plain data: each goroutine's call
//! stack with its current line and local variables (as Python Tutor shows frames), each
//! channel with its variable name, buffer and wait queues, and each mutex, `WaitGroup`
//! and `Cond` with its owner, counter and waiters.

use std::rc::Rc;

use super::code::Instr;
use super::format;
use super::goroutine::Goroutine;
use super::run::GoRun;
use super::sync::SyncObj;
use super::value::{PType, Value};
use crate::sim::task::TaskId;

pub use super::view_objects::{ChanView, SyncView};

/// One call on a goroutine's stack.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrameView {
    /// The function (`main`, `worker`, `main.func1`).
    pub func: Rc<str>,
    /// The source line it is on (the call's line for outer frames).
    pub line: u32,
    /// Its named variables and their current values, as `%v` prints them.
    pub locals: Vec<(Rc<str>, String)>,
}

/// `%v` of a value, through a captured variable's cell.
pub(super) fn show(v: &Value, t: PType) -> String {
    match v {
        Value::Cell(c) => format::value(&c.borrow(), t),
        v => format::value(v, t),
    }
}

impl GoRun {
    /// The line a frame of `func` is on when its next instruction is `pc`.
    fn line_at(&self, func: u32, pc: u32) -> u32 {
        let f = &self.machine.prog.funcs[func as usize];
        let upto = (pc as usize).min(f.code.len());
        f.code[..upto]
            .iter()
            .rev()
            .find_map(|i| match i {
                Instr::Stmt(line) => Some(*line),
                _ => None,
            })
            .unwrap_or(f.line)
    }

    /// The index of `g`'s innermost frame that the page shows. Package initialisation
    /// runs inside main's first step but has no lines of its own to show, so under it
    /// (before that step) this is main's frame, about to run its first statement.
    fn innermost_shown(&self, g: &Goroutine) -> Option<usize> {
        let init = self.machine.prog.init;
        g.frames.iter().rposition(|f| f.func as usize != init)
    }

    /// The source line `task` runs next: the statement its innermost frame stopped in
    /// front of, or, while blocked or sleeping part-way through one, that statement's.
    pub fn next_line(&self, task: TaskId) -> u32 {
        let Some(g) = self.machine.gs.get(task) else {
            return 0;
        };
        let prog = &self.machine.prog;
        let Some(f) = self.innermost_shown(g).and_then(|i| g.frames.get(i)) else {
            return g.line;
        };
        match prog.funcs[f.func as usize].code.get(f.pc as usize) {
            Some(Instr::Stmt(line)) => *line,
            // Part-way through a statement (blocked, or back from a call made inside an
            // expression): the statement this frame is in, found in its code.
            _ => self.line_at(f.func, f.pc + 1),
        }
    }

    /// The source line of the statement `task` ran last (or is blocked in).
    pub fn ran_line(&self, task: TaskId) -> u32 {
        self.machine.gs.get(task).map_or(0, |g| g.line)
    }

    /// Goroutine `task`'s call stack, outermost first; the innermost frame is on the
    /// line it runs next.
    pub fn frames(&self, task: TaskId) -> Vec<FrameView> {
        self.innermost_frames(task, usize::MAX).0
    }

    /// The innermost `most` frames of `task`'s call stack (outermost of them first), and
    /// how many frames the stack has in all: a card under runaway recursion shows a few
    /// and counts the rest without building views of them all.
    pub fn innermost_frames(&self, task: TaskId, most: usize) -> (Vec<FrameView>, usize) {
        let Some(g) = self.machine.gs.get(task) else {
            return (Vec::new(), 0);
        };
        let prog = &self.machine.prog;
        let n = g.frames.len();
        let shown = g
            .frames
            .iter()
            .filter(|f| f.func as usize != prog.init)
            .count();
        let innermost = self.innermost_shown(g);
        let views = g
            .frames
            .iter()
            .enumerate()
            .skip(n.saturating_sub(most))
            .filter(|(_, f)| f.func as usize != prog.init)
            .map(|(i, f)| {
                let code = &prog.funcs[f.func as usize];
                let line = if Some(i) == innermost {
                    self.next_line(task)
                } else {
                    self.line_at(f.func, f.pc)
                };
                let locals = code
                    .names
                    .iter()
                    .filter(|(_, name, _)| &**name != "_")
                    .filter_map(|(slot, name, t)| {
                        let v = f.locals.get(*slot as usize)?;
                        // A slot still holding `Unit` for a typed variable has not been
                        // declared yet: a declaration stores the type's zero value.
                        let undeclared = matches!(v, Value::Unit) && *t != PType::Unit;
                        (!undeclared).then(|| (name.clone(), self.local_text(v, *t)))
                    })
                    .collect();
                FrameView {
                    func: code.name.clone(),
                    line,
                    locals,
                }
            })
            .collect();
        (views, shown)
    }

    /// The name of the first variable for which `holds` is true: globals, then main's
    /// frames, then the other goroutines'.
    pub(super) fn holder_name(&self, holds: impl Fn(&Value) -> bool) -> Option<String> {
        let holds = |v: &Value| match v {
            Value::Cell(cell) => holds(&cell.borrow()),
            v => holds(v),
        };
        let prog = &self.machine.prog;
        if let Some(i) = self.machine.globals.iter().position(holds) {
            return Some(prog.global_names[i].0.to_string());
        }
        for g in &self.machine.gs {
            for f in &g.frames {
                let names = &prog.funcs[f.func as usize].names;
                if let Some((_, name, _)) = names
                    .iter()
                    .find(|(slot, _, _)| f.locals.get(*slot as usize).is_some_and(holds))
                {
                    return Some(name.to_string());
                }
            }
        }
        None
    }

    /// A local's value as a card shows it: numbers, strings and booleans as `%v` prints
    /// them, but a channel or sync object by what it is (`chan #1 (cap 2)`, `Mutex #1`)
    /// rather than by the address Go would print.
    fn local_text(&self, v: &Value, t: PType) -> String {
        let inner = match v {
            Value::Cell(c) => c.borrow().clone(),
            v => v.clone(),
        };
        match inner {
            Value::Chan(Some(id)) => {
                let cap = self.machine.chans.get(id as usize).map_or(0, |c| c.cap);
                format!("chan #{} (cap {cap})", id + 1)
            }
            Value::Chan(None) | Value::Obj(None) | Value::Func(None) => "nil".to_string(),
            Value::Obj(Some(id)) => {
                let kind = match self.machine.objs.get(id as usize) {
                    Some(SyncObj::Mutex { .. }) => "Mutex",
                    Some(SyncObj::WaitGroup { .. }) => "WaitGroup",
                    _ => "Cond",
                };
                format!("{kind} #{}", id + 1)
            }
            Value::Func(Some(c)) => {
                let name = self
                    .machine
                    .prog
                    .funcs
                    .get(c.func as usize)
                    .map(|f| f.name.clone());
                format!("func {}", name.as_deref().unwrap_or("literal"))
            }
            other => show(&other, t),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{build, GoRun};
    use crate::sim::scenario::PolicyKind;

    #[test]
    fn after_a_step_the_ran_line_is_the_statement_run_and_the_next_line_the_one_after() {
        let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\ty := x + 1\n\tfmt.Println(y)\n}\n";
        let Ok(prog) = build(src) else {
            panic!("builds")
        };
        let mut run = GoRun::new(prog, PolicyKind::GoRuntime, 1);
        assert!(run.step(None));
        assert_eq!((run.ran_line(0), run.next_line(0)), (6, 7));
        assert_eq!(run.frames(0)[0].line, 7);
    }

    #[test]
    fn before_the_first_step_main_is_on_its_first_statement_not_the_package_line() {
        let src = "package main\n\nimport \"fmt\"\n\nvar greeting = \"hi\"\n\nfunc main() {\n\tfmt.Println(greeting)\n}\n";
        let Ok(prog) = build(src) else {
            panic!("builds")
        };
        let run = GoRun::new(prog, PolicyKind::GoRuntime, 1);
        assert_eq!(run.next_line(0), 8);
        let frames = run.frames(0);
        assert_eq!(
            frames.len(),
            1,
            "package initialisation is not a frame to show"
        );
        assert_eq!((&*frames[0].func, frames[0].line), ("main", 8));
    }

    #[test]
    fn a_select_blocked_after_a_call_in_its_case_is_on_the_select_line() {
        let src = "package main\n\nfunc mk() chan int {\n\tc := make(chan int)\n\treturn c\n}\n\nfunc main() {\n\tselect {\n\tcase <-mk():\n\t}\n}\n";
        let Ok(prog) = build(src) else {
            panic!("builds")
        };
        let mut run = GoRun::new(prog, PolicyKind::GoRuntime, 1);
        while run.waiting_on(0).is_none() && run.step(None) {}
        assert_eq!(run.ran_line(0), 5, "the last statement run was mk's return");
        assert_eq!(run.next_line(0), 9, "but main is blocked in its select");
        assert_eq!(run.frames(0)[0].line, 9);
    }

    #[test]
    fn a_blocked_receiver_shows_its_frame_locals_and_the_channel_by_name() {
        let src = "package main\n\nimport \"fmt\"\n\nfunc get(jobs chan int) int {\n\tv := <-jobs\n\treturn v\n}\n\nfunc main() {\n\tjobs := make(chan int, 2)\n\tn := 7\n\tfmt.Println(get(jobs) + n)\n}\n";
        let Ok(prog) = build(src) else {
            panic!("builds")
        };
        let mut run = GoRun::new(prog, PolicyKind::GoRuntime, 1);
        run.run_to_end();
        let frames = run.frames(0);
        let names: Vec<&str> = frames.iter().map(|f| &*f.func).collect();
        assert_eq!(names, vec!["main", "get"]);
        assert_eq!((frames[0].line, frames[1].line), (13, 6));
        assert!(frames[0].locals.contains(&("n".into(), "7".to_string())));
        let chans = run.channels();
        assert_eq!(
            (
                chans[0].name.as_str(),
                chans[0].cap,
                chans[0].receivers.clone()
            ),
            ("jobs", 2, vec![0])
        );
    }
}
