//! The compiler's statements: each begins with [`Instr::Stmt`]; loops re-enter their
//! header line each iteration (one step per condition check, as the seed's trace counts).

use super::ast::{Expr, ExprKind, Stmt, StmtKind};
use super::code::{BinOp, Instr};
use super::compile::{Compiler, FnBuilder};
use super::types::Type;
use super::value::Value;

impl Compiler<'_> {
    pub(super) fn var_of(&self, pos: super::token::Pos) -> Option<(usize, bool)> {
        self.info.decls.get(&pos).copied()
    }

    /// Compiles one statement.
    pub(super) fn stmt(&mut self, b: &mut FnBuilder, s: &Stmt) {
        self.stmt_marked(b, s, true);
    }

    pub(super) fn stmt_marked(&mut self, b: &mut FnBuilder, s: &Stmt, marker: bool) {
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
                self.order_operands(b, e);
                self.expr(b, e);
                if self.info.types[e.id as usize] != Type::Invalid {
                    b.emit(Instr::Pop);
                }
            }
            StmtKind::Send(ch, v) => {
                self.order_list(b, std::slice::from_ref(ch));
                self.order_list(b, std::slice::from_ref(v));
                self.expr(b, ch);
                self.expr(b, v);
                b.emit(Instr::Op(super::code::Op::Send));
            }
            StmtKind::IncDec(x, inc) => {
                self.expr(b, x);
                b.emit(Instr::Push(Value::Int(1)));
                b.emit(Instr::Bin(if *inc { BinOp::Add } else { BinOp::Sub }));
                if self.info.types[x.id as usize] == Type::Rune {
                    b.emit(Instr::Wrap32);
                }
                self.store_expr(b, x);
            }
            StmtKind::Assign(lhs, op, rhs) => {
                if *op != "=" {
                    self.order_list(b, &rhs[..1]);
                    self.expr(b, &lhs[0]);
                    self.expr(b, &rhs[0]);
                    let is_str = self.info.types[lhs[0].id as usize] == Type::Str;
                    b.emit(Instr::Bin(match *op {
                        "+=" if is_str => BinOp::Concat,
                        "+=" => BinOp::Add,
                        "-=" => BinOp::Sub,
                        "*=" => BinOp::Mul,
                        "/=" => BinOp::Div,
                        "&=" => BinOp::And,
                        "|=" => BinOp::Or,
                        "^=" => BinOp::Xor,
                        "&^=" => BinOp::AndNot,
                        "<<=" => BinOp::Shl,
                        ">>=" => BinOp::Shr,
                        _ => BinOp::Rem,
                    }));
                    if self.info.types[lhs[0].id as usize] == Type::Rune {
                        b.emit(Instr::Wrap32);
                    }
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
                self.order_list(b, values);
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
                self.order_operands(b, cond);
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
                self.range(b, line, var.first().map(|v| v.1), ch, &body.stmts)
            }
            StmtKind::Select(cases) => self.select(b, cases),
            StmtKind::Block(_) | StmtKind::Empty | StmtKind::Var(..) => {}
        }
    }

    /// A header's simple statement, inside the header's step (no `Stmt` of its own).
    pub(super) fn stmt_inline(&mut self, b: &mut FnBuilder, s: &Stmt) {
        self.stmt_marked(b, s, false);
    }

    /// Pushes `n` values for `n` targets (a comma-ok receive pushes value and `ok`).
    pub(super) fn rhs(&mut self, b: &mut FnBuilder, n: usize, rhs: &[Expr]) {
        if n == 2 && rhs.len() == 1 {
            self.order_operands(b, &rhs[0]);
            if let ExprKind::Unary("<-", ch) = &rhs[0].kind {
                self.expr(b, ch);
                b.emit(Instr::Op(super::code::Op::Recv(true)));
                return;
            }
        }
        self.order_list(b, rhs);
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
}
