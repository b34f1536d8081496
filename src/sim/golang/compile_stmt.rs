//! The compiler's statements: each begins with [`Instr::Stmt`]; loops re-enter their
//! header line each iteration (one step per condition check, as the seed's trace counts).

use super::ast::{Comm, Expr, ExprKind, Stmt, StmtKind};
use super::code::{BinOp, Instr, SelCase};
use super::compile::{Compiler, FnBuilder, Target};
use super::types::Type;
use super::value::Value;

impl Compiler<'_> {
    fn var_of(&self, pos: super::token::Pos) -> Option<(usize, bool)> {
        self.info.decls.get(&pos).copied()
    }

    /// Compiles one statement.
    pub(super) fn stmt(&mut self, b: &mut FnBuilder, s: &Stmt) {
        self.stmt_marked(b, s, true);
    }

    fn stmt_marked(&mut self, b: &mut FnBuilder, s: &Stmt, marker: bool) {
        let line = s.pos.line;
        match &s.kind {
            StmtKind::Block(blk) => {
                for s in &blk.stmts {
                    self.stmt(b, s);
                }
                return;
            }
            StmtKind::Empty => return,
            StmtKind::Var(_, _, _, true) => return,
            StmtKind::For(..) | StmtKind::Range(..) => {}
            _ if marker => {
                b.emit(Instr::Stmt(line));
            }
            _ => {}
        }
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(b, e);
                if self.info.types[e.id as usize] != Type::Invalid {
                    b.emit(Instr::Pop);
                }
            }
            StmtKind::Send(ch, v) => {
                self.expr(b, ch);
                self.expr(b, v);
                b.emit(Instr::Op(super::code::Op::Send));
            }
            StmtKind::IncDec(x, inc) => {
                self.expr(b, x);
                b.emit(Instr::Push(Value::Int(1)));
                b.emit(Instr::Bin(if *inc { BinOp::Add } else { BinOp::Sub }));
                self.store_expr(b, x);
            }
            StmtKind::Assign(lhs, op, rhs) => {
                if *op != "=" {
                    self.expr(b, &lhs[0]);
                    self.expr(b, &rhs[0]);
                    let is_str = self.info.types[lhs[0].id as usize] == Type::Str;
                    b.emit(Instr::Bin(match *op {
                        "+=" if is_str => BinOp::Concat,
                        "+=" => BinOp::Add,
                        "-=" => BinOp::Sub,
                        "*=" => BinOp::Mul,
                        "/=" => BinOp::Div,
                        _ => BinOp::Rem,
                    }));
                    self.store_expr(b, &lhs[0]);
                    return;
                }
                self.rhs(b, lhs.len(), rhs);
                for l in lhs.iter().rev() {
                    self.store_expr(b, l);
                }
            }
            StmtKind::Define(names, rhs, _) => {
                self.rhs(b, names.len(), rhs);
                for (_, pos) in names.iter().rev() {
                    match self.var_of(*pos) {
                        Some((id, new)) if &*self.info.vars[id].name != "_" => {
                            self.store_var(b, id, new)
                        }
                        _ => {
                            b.emit(Instr::Pop);
                        }
                    }
                }
            }
            StmtKind::Var(names, _, values, false) => {
                if values.is_empty() {
                    for (_, pos) in names {
                        if let Some((id, _)) = self.var_of(*pos) {
                            let t = self.info.vars[id].ty.clone();
                            self.push_zero(b, &t);
                        }
                    }
                } else {
                    self.rhs(b, names.len(), values);
                }
                for (_, pos) in names.iter().rev() {
                    match self.var_of(*pos) {
                        Some((id, _)) if &*self.info.vars[id].name != "_" => {
                            self.store_var(b, id, true)
                        }
                        _ => {
                            b.emit(Instr::Pop);
                        }
                    }
                }
            }
            StmtKind::Go(call) | StmtKind::Defer(call) => {
                let argc = self.callee_and_args(b, call);
                b.emit(if matches!(s.kind, StmtKind::Go(_)) {
                    Instr::Go(argc)
                } else {
                    Instr::Defer(argc)
                });
            }
            StmtKind::Return(values) => {
                for v in values {
                    self.expr(b, v);
                }
                b.emit(Instr::Return(!values.is_empty()));
            }
            StmtKind::Break => {
                let j = b.emit(Instr::Jump(0));
                if let Some(t) = b.targets.last_mut() {
                    t.breaks.push(j);
                }
            }
            StmtKind::Continue => {
                let j = b.emit(Instr::Jump(0));
                if let Some(t) = b.targets.iter_mut().rev().find(|t| t.is_loop) {
                    t.continues.push(j);
                }
            }
            StmtKind::If(init, cond, then, els) => {
                if let Some(i) = init {
                    self.stmt_inline(b, i);
                }
                self.expr(b, cond);
                let skip = b.emit(Instr::JumpIfFalse(0));
                for s in &then.stmts {
                    self.stmt(b, s);
                }
                if let Some(e) = els {
                    let end = b.emit(Instr::Jump(0));
                    b.patch(skip);
                    self.stmt(b, e);
                    b.patch(end);
                } else {
                    b.patch(skip);
                }
            }
            StmtKind::Switch(init, tag, cases) => {
                self.switch(b, init.as_deref(), tag.as_ref(), cases)
            }
            StmtKind::For(init, cond, post, body) => self.for_loop(
                b,
                line,
                init.as_deref(),
                cond.as_ref(),
                post.as_deref(),
                &body.stmts,
            ),
            StmtKind::Range(var, _, ch, body) => {
                self.range(b, line, var.as_ref().map(|v| v.1), ch, &body.stmts)
            }
            StmtKind::Select(cases) => self.select(b, cases),
            StmtKind::Block(_) | StmtKind::Empty | StmtKind::Var(..) => {}
        }
    }

    /// A header's simple statement, inside the header's step (no `Stmt` of its own).
    fn stmt_inline(&mut self, b: &mut FnBuilder, s: &Stmt) {
        self.stmt_marked(b, s, false);
    }

    /// Pushes `n` values for `n` targets (a comma-ok receive pushes value and `ok`).
    fn rhs(&mut self, b: &mut FnBuilder, n: usize, rhs: &[Expr]) {
        if n == 2 && rhs.len() == 1 {
            if let ExprKind::Unary("<-", ch) = &rhs[0].kind {
                self.expr(b, ch);
                b.emit(Instr::Op(super::code::Op::Recv(true)));
                return;
            }
        }
        for r in rhs {
            self.expr(b, r);
        }
    }

    /// Pops into the variable named by `e` (or drops for `_`).
    pub(super) fn store_expr(&mut self, b: &mut FnBuilder, e: &Expr) {
        if let Some(super::check::Ent::Var(id)) = self.info.res.get(&e.id) {
            let id = *id;
            self.store_var(b, id, false);
        } else {
            b.emit(Instr::Pop);
        }
    }

    fn push_target(b: &mut FnBuilder, is_loop: bool) {
        b.targets.push(Target {
            is_loop,
            breaks: Vec::new(),
            continues: Vec::new(),
        });
    }

    fn pop_target(b: &mut FnBuilder, continue_to: u32) {
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
    fn loop_cells(&self, init: Option<&Stmt>) -> Vec<usize> {
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

    fn for_loop(
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

    fn range(
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

    fn switch(
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
            self.expr(b, t);
            b.emit(Instr::Store(h));
        }
        let mut to_body = Vec::new();
        for (ci, case) in cases.iter().enumerate() {
            for v in case.values.iter().flatten() {
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

    fn select(&mut self, b: &mut FnBuilder, cases: &[super::ast::SelectCase]) {
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
