//! Go's package initialisation order. Package-level `var` and `const` declarations may
//! use names declared further down (`var a = b + 1` before `var b = f()`), and Go
//! initialises them by dependency, not by position: repeatedly the earliest declaration
//! whose initialiser depends on no declaration still waiting, where a reference to a
//! function counts as references to everything its body (transitively) refers to
//! (the spec's "Package initialization"). The file's declarations are put in that order
//! before checking and compiling, so both see each name declared before its uses.
//!
//! References are found by name; a local variable that shadows a global only adds a
//! dependency that cannot change the order of a program without a cycle. A cycle (an
//! error in Go) keeps the source order.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::rc::Rc;

use super::ast::{Block, Comm, Expr, ExprKind, File, Stmt, StmtKind};

/// Puts `file.globals` in Go's initialisation order.
pub fn sort_globals(file: &mut File) {
    if file.globals.len() < 2 {
        return;
    }
    let mut owner: HashMap<Rc<str>, usize> = HashMap::default();
    for (i, g) in file.globals.iter().enumerate() {
        if let StmtKind::Var(names, ..) = &g.kind {
            for (n, _) in names {
                owner.entry(n.clone()).or_insert(i);
            }
        }
    }
    let bodies: HashMap<Rc<str>, &Block> = file
        .funcs
        .iter()
        .map(|f| (f.name.0.clone(), &*f.body))
        .collect();
    let deps: Vec<HashSet<usize>> = file
        .globals
        .iter()
        .map(|g| {
            let mut names = HashSet::default();
            if let StmtKind::Var(_, _, values, _) = &g.kind {
                values.iter().for_each(|e| expr(e, &mut names));
            }
            // Follow the functions named, through their bodies, once each.
            let mut seen: HashSet<Rc<str>> = HashSet::default();
            let mut todo: Vec<Rc<str>> = names.iter().cloned().collect();
            while let Some(n) = todo.pop() {
                if !seen.insert(n.clone()) {
                    continue;
                }
                if let Some(body) = bodies.get(&n) {
                    let mut inner = HashSet::default();
                    stmts(&body.stmts, &mut inner);
                    todo.extend(inner.iter().cloned());
                    names.extend(inner);
                }
            }
            names.iter().filter_map(|n| owner.get(n).copied()).collect()
        })
        .collect();
    let mut done = vec![false; file.globals.len()];
    let mut order = Vec::with_capacity(file.globals.len());
    while order.len() < file.globals.len() {
        let ready = (0..done.len())
            .find(|&i| !done[i] && deps[i].iter().all(|&d| d == i || done[d]))
            .or_else(|| (0..done.len()).find(|&i| !done[i]));
        let Some(i) = ready else { break };
        done[i] = true;
        order.push(i);
    }
    let mut old: Vec<Option<Stmt>> = std::mem::take(&mut file.globals)
        .into_iter()
        .map(Some)
        .collect();
    file.globals = order.into_iter().filter_map(|i| old[i].take()).collect();
}

/// The names an expression refers to.
fn expr(e: &Expr, out: &mut HashSet<Rc<str>>) {
    match &e.kind {
        ExprKind::Ident(n) => {
            out.insert(n.clone());
        }
        ExprKind::Selector(x, ..) | ExprKind::Unary(_, x) | ExprKind::Paren(x) => expr(x, out),
        ExprKind::Call(f, args) => {
            expr(f, out);
            args.iter().for_each(|a| expr(a, out));
        }
        ExprKind::Binary(_, a, b) => {
            expr(a, out);
            expr(b, out);
        }
        ExprKind::FuncLit(_, body) => stmts(&body.stmts, out),
        ExprKind::Int(..)
        | ExprKind::Str(..)
        | ExprKind::Type(_)
        | ExprKind::EmptyStruct
        | ExprKind::ZeroLit(_) => {}
    }
}

/// The names a list of statements refers to.
fn stmts(list: &[Stmt], out: &mut HashSet<Rc<str>>) {
    list.iter().for_each(|s| stmt(s, out));
}

fn stmt(s: &Stmt, out: &mut HashSet<Rc<str>>) {
    let exprs = |list: &[Expr], out: &mut HashSet<Rc<str>>| {
        list.iter().for_each(|e| expr(e, out));
    };
    match &s.kind {
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) | StmtKind::IncDec(e, _) => {
            expr(e, out)
        }
        StmtKind::Send(a, b) => {
            expr(a, out);
            expr(b, out);
        }
        StmtKind::Assign(l, _, r) => {
            exprs(l, out);
            exprs(r, out);
        }
        StmtKind::Define(_, r, _) | StmtKind::Var(_, _, r, _) | StmtKind::Return(r) => {
            exprs(r, out)
        }
        StmtKind::Block(b) => stmts(&b.stmts, out),
        StmtKind::If(init, cond, then, els) => {
            init.iter().for_each(|i| stmt(i, out));
            expr(cond, out);
            stmts(&then.stmts, out);
            els.iter().for_each(|e| stmt(e, out));
        }
        StmtKind::Switch(init, tag, cases) => {
            init.iter().for_each(|i| stmt(i, out));
            tag.iter().for_each(|t| expr(t, out));
            for c in cases {
                c.values.iter().flatten().for_each(|v| expr(v, out));
                stmts(&c.body, out);
            }
        }
        StmtKind::For(init, cond, post, body) => {
            init.iter().for_each(|i| stmt(i, out));
            cond.iter().for_each(|c| expr(c, out));
            post.iter().for_each(|p| stmt(p, out));
            stmts(&body.stmts, out);
        }
        StmtKind::Range(_, _, x, body) => {
            expr(x, out);
            stmts(&body.stmts, out);
        }
        StmtKind::Select(cases) => {
            for c in cases {
                match &c.comm {
                    Comm::Send(a, b) => {
                        expr(a, out);
                        expr(b, out);
                    }
                    Comm::Recv(l, _, ch) => {
                        exprs(l, out);
                        expr(ch, out);
                    }
                    Comm::Default => {}
                }
                stmts(&c.body, out);
            }
        }
        StmtKind::Break | StmtKind::Continue | StmtKind::Empty => {}
    }
}
