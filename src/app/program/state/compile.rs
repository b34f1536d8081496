//! "Run program": the editor's text is checked and compiled, and on success it becomes
//! the running program at step 0. On failure its errors are kept and announced with
//! their line and column, and the previous program keeps running (issue 9).

use std::cell::RefCell;
use std::rc::Rc;

use super::ProgramState;
use crate::sim::golang::{self, program_run::ProgramRun};

impl ProgramState {
    /// Compiles the editor's text: on success it becomes the running program at step 0;
    /// on failure the errors are kept and the previous program keeps running.
    pub(super) fn compile(&mut self) -> bool {
        match golang::build(&self.source) {
            Ok(prog) => {
                self.errors = Rc::default();
                self.running = self.source.clone();
                self.run = Some(Rc::new(RefCell::new(ProgramRun::new(
                    prog,
                    self.policy,
                    self.seed,
                ))));
                self.announcement = "The program compiled and is at step 0.".to_string();
                true
            }
            Err(errors) => {
                self.announcement = match errors.first() {
                    Some(e) => format!(
                        "The program does not compile: line {}, column {}: {}. {}",
                        e.pos.line,
                        e.pos.col,
                        e.msg,
                        if self.run.is_some() {
                            "The previous program still runs."
                        } else {
                            ""
                        }
                    ),
                    None => "The program does not compile.".to_string(),
                };
                self.errors = Rc::new(errors);
                false
            }
        }
    }
}
