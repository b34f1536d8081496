//! The compiler's control flow: `for` loops (a fresh cell per turn for captured loop
//! variables, Go 1.22), `range` over a channel, `switch` and `select`, and where `break`
//! and `continue` jump. A loop's header line is one step per turn.

use super::ast::{Comm, Expr, ExprKind, Stmt, StmtKind};
use super::code::{BinOp, Instr, SelCase};
use super::compile::{Compiler, FnBuilder, Target};
use super::value::Value;

impl Compiler<'_> {
    pub(super) fn push_target(b: &mut FnBuilder, is_loop: bool) {
        b.targets.push(Target {
            is_loop,
            breaks: Vec::new(),
            continues: Vec::new(),
        });
    }

    pub(super) fn pop_target(b: &mut FnBuilder, continue_to: u32) {
        let Some(t) = b.targets.pop() else { return };
        for j in t.breaks {
            b.patch(j);
        }
        for j in t.continues {
            if let Instr::Jump(to) = &mut b.code[j] {
                *to = continue_to;
            }
        }
    }

    /// Variables declared by a `for` header that closures capture: fresh cells per turn.
    pub(super) fn loop_cells(&self, init: Option<&Stmt>) -> Vec<usize> {
        match init.map(|s| &s.kind) {
            Some(StmtKind::Define(names, _, _)) => names
                .iter()
                .filter_map(|(_, p)| self.var_of(*p))
                .filter(|(id, new)| *new && self.info.vars[*id].captured)
                .map(|(id, _)| id)
                .collect(),
            _ => Vec::new(),
        }
    }

    pub(super) fn for_loop(
        &mut self,
        b: &mut FnBuilder,
        line: u32,
        init: Option<&Stmt>,
        cond: Option<&Expr>,
        post: Option<&Stmt>,
        body: &[Stmt],
    ) {
        b.emit(Instr::Stmt(line));
        if let Some(i) = init {
            self.stmt_inline(b, i);
        }
        let top = b.here();
        let exit = cond.map(|c| {
            self.order_operands(b, c);
            self.expr(b, c);
            b.emit(Instr::JumpIfFalse(0))
        });
        Self::push_target(b, true);
        for s in body {
            self.stmt(b, s);
        }
        let cont = b.here();
        for id in self.loop_cells(init) {
            self.load_var(b, id);
            self.store_var(b, id, true);
        }
        b.emit(Instr::Stmt(line));
        if let Some(p) = post {
            self.stmt_inline(b, p);
        }
        b.emit(Instr::Jump(top));
        if let Some(e) = exit {
            b.patch(e);
        }
        Self::pop_target(b, cont);
    }

    pub(super) fn range(
        &mut self,
        b: &mut FnBuilder,
        line: u32,
        var: Option<super::token::Pos>,
        ch: &Expr,
        body: &[Stmt],
    ) {
        b.emit(Instr::Stmt(line));
        self.expr(b, ch);
        let h = b.temp();
        b.emit(Instr::Store(h));
        let first = b.emit(Instr::Jump(0));
        let top = b.here();
        b.emit(Instr::Stmt(line));
        b.patch(first);
        b.emit(Instr::Load(h));
        let exit = b.emit(Instr::RangeRecv(0));
        match var.and_then(|p| self.var_of(p)) {
            Some((id, _)) if &*self.info.vars[id].name != "_" => self.store_var(b, id, true),
            _ => {
                b.emit(Instr::Pop);
            }
        }
        Self::push_target(b, true);
        for s in body {
            self.stmt(b, s);
        }
        b.emit(Instr::Jump(top));
        b.patch(exit);
        Self::pop_target(b, top);
    }

    pub(super) fn switch(
        &mut self,
        b: &mut FnBuilder,
        init: Option<&Stmt>,
        tag: Option<&Expr>,
        cases: &[super::ast::Case],
    ) {
        if let Some(i) = init {
            self.stmt_inline(b, i);
        }
        let h = b.temp();
        if let Some(t) = tag {
            self.order_operands(b, t);
            self.expr(b, t);
            b.emit(Instr::Store(h));
        }
        let mut to_body = Vec::new();
        for (ci, case) in cases.iter().enumerate() {
            for v in case.values.iter().flatten() {
                self.order_operands(b, v);
                if tag.is_some() {
                    b.emit(Instr::Load(h));
                    self.expr(b, v);
                    b.emit(Instr::Bin(BinOp::Eq));
                } else {
                    self.expr(b, v);
                }
                b.emit(Instr::Not);
                let skip = b.emit(Instr::JumpIfFalse(0));
                to_body.push((ci, skip));
            }
        }
        let to_default = b.emit(Instr::Jump(0));
        Self::push_target(b, false);
        let mut ends = Vec::new();
        let mut starts = vec![0u32; cases.len()];
        for (ci, case) in cases.iter().enumerate() {
            starts[ci] = b.here();
            for s in &case.body {
                self.stmt(b, s);
            }
            ends.push(b.emit(Instr::Jump(0)));
        }
        let end = b.here();
        for (ci, j) in to_body {
            if let Instr::JumpIfFalse(t) = &mut b.code[j] {
                *t = starts[ci];
            }
        }
        let default = cases
            .iter()
            .position(|c| c.values.is_none())
            .map_or(end, |d| starts[d]);
        if let Instr::Jump(t) = &mut b.code[to_default] {
            *t = default;
        }
        for j in ends {
            b.patch(j);
        }
        Self::pop_target(b, end);
    }

    pub(super) fn select(&mut self, b: &mut FnBuilder, cases: &[super::ast::SelectCase]) {
        let mut sel = Vec::new();
        let mut zeros = Vec::new();
        let mut has_default = false;
        for case in cases {
            match &case.comm {
                Comm::Default => has_default = true,
                Comm::Send(ch, v) => {
                    self.expr(b, ch);
                    self.expr(b, v);
                    sel.push(SelCase { send: true });
                    zeros.push(Value::Unit);
                }
                Comm::Recv(_, _, rx) => {
                    if let ExprKind::Unary(_, ch) = &rx.kind {
                        self.expr(b, ch);
                    }
                    let t = self.info.types[rx.id as usize].clone();
                    zeros.push(super::compile::zero(&t).unwrap_or(Value::Unit));
                    sel.push(SelCase { send: false });
                }
            }
        }
        b.emit(Instr::Select(sel.into(), has_default, zeros.into()));
        let (hi, hok, hv) = (b.temp(), b.temp(), b.temp());
        b.emit(Instr::Store(hi));
        b.emit(Instr::Store(hok));
        b.emit(Instr::Store(hv));
        Self::push_target(b, false);
        let mut ends = Vec::new();
        let mut index = 0i64;
        for case in cases {
            let my = if matches!(case.comm, Comm::Default) {
                -1
            } else {
                index
            };
            if my >= 0 {
                index += 1;
            }
            b.emit(Instr::Load(hi));
            b.emit(Instr::Push(Value::Int(my)));
            b.emit(Instr::Bin(BinOp::Eq));
            let skip = b.emit(Instr::JumpIfFalse(0));
            if let Comm::Recv(lhs, define, _) = &case.comm {
                for (k, l) in lhs.iter().enumerate() {
                    b.emit(Instr::Load(if k == 0 { hv } else { hok }));
                    if *define {
                        match self.var_of(l.pos) {
                            Some((id, new)) if &*self.info.vars[id].name != "_" => {
                                self.store_var(b, id, new)
                            }
                            _ => {
                                b.emit(Instr::Pop);
                            }
                        }
                    } else {
                        self.store_expr(b, l);
                    }
                }
            }
            for s in &case.body {
                self.stmt(b, s);
            }
            ends.push(b.emit(Instr::Jump(0)));
            b.patch(skip);
        }
        for j in ends {
            b.patch(j);
        }
        let end = b.here();
        Self::pop_target(b, end);
    }
}
