//! Cloning a [`Machine`] for history checkpoints. A derived clone would share the cells
//! that closures capture (they are `Rc`s), so a checkpoint would change when the live run
//! does; this clone copies every cell and closure once, keeping the sharing between them
//! (two closures over one variable still share the copy).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::machine::{Machine, Wake};
use super::value::{Cell, Closure, Value};

/// Copies cells and closures, each once.
#[derive(Default)]
struct Copier {
    cells: HashMap<*const RefCell<Value>, Cell>,
    closures: HashMap<*const Closure, Rc<Closure>>,
}

impl Copier {
    fn cell(&mut self, c: &Cell) -> Cell {
        if let Some(done) = self.cells.get(&Rc::as_ptr(c)) {
            return done.clone();
        }
        let fresh: Cell = Rc::new(RefCell::new(Value::Unit));
        self.cells.insert(Rc::as_ptr(c), fresh.clone());
        let inner = self.value(&c.borrow());
        *fresh.borrow_mut() = inner;
        fresh
    }

    fn closure(&mut self, c: &Rc<Closure>) -> Rc<Closure> {
        if let Some(done) = self.closures.get(&Rc::as_ptr(c)) {
            return done.clone();
        }
        let caps = c.caps.iter().map(|cell| self.cell(cell)).collect();
        let fresh = Rc::new(Closure { func: c.func, caps });
        self.closures.insert(Rc::as_ptr(c), fresh.clone());
        fresh
    }

    fn value(&mut self, v: &Value) -> Value {
        match v {
            Value::Cell(c) => Value::Cell(self.cell(c)),
            Value::Func(Some(c)) => Value::Func(Some(self.closure(c))),
            v => v.clone(),
        }
    }

    fn values(&mut self, vs: &mut [Value]) {
        for v in vs {
            *v = self.value(v);
        }
    }
}

impl Machine {
    /// An independent copy: the same state, sharing no mutable cell with `self`.
    pub fn snapshot(&self) -> Machine {
        let mut m = self.clone();
        let mut c = Copier::default();
        c.values(&mut m.globals);
        for g in &mut m.gs {
            c.values(&mut g.stack);
            if let Wake::Recv(v, _) | Wake::Select(_, v, _) = &mut g.wake {
                *v = c.value(v);
            }
            for f in &mut g.frames {
                c.values(&mut f.locals);
                f.caps = f.caps.as_ref().map(|cl| c.closure(cl));
                if let Some(r) = &mut f.ret {
                    *r = c.value(r);
                }
                for (cl, args) in &mut f.defers {
                    *cl = c.closure(cl);
                    c.values(args);
                }
            }
        }
        for ch in &mut m.chans {
            for v in ch.buf.iter_mut() {
                *v = c.value(v);
            }
            for w in ch.sendq.iter_mut() {
                w.value = c.value(&w.value);
            }
        }
        m
    }
}

#[cfg(test)]
mod tests {
    use super::super::{build, GoRun};
    use crate::sim::scenario::PolicyKind;

    #[test]
    fn a_snapshot_does_not_change_when_the_run_goes_on() {
        let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 0\n\tinc := func() { x++ }\n\tinc()\n\tinc()\n\tinc()\n\tfmt.Println(x)\n}\n";
        let Ok(prog) = build(src) else {
            panic!("builds")
        };
        let mut run = GoRun::new(prog, PolicyKind::GoRuntime, 1);
        for _ in 0..4 {
            run.step(None);
        }
        let mut copy = run.clone();
        run.run_to_end();
        copy.run_to_end();
        assert_eq!(run.stdout(), copy.stdout());
        assert_eq!(run.stdout(), "3\n");
    }
}
