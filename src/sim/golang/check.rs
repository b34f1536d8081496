//! The checker: resolves names, types every expression, folds constants and reports Go's
//! compile errors with Go's wording (`undefined: x`, `x declared but not used`,
//! `"time" imported but not used`, `missing return`...). Its [`Info`] tells the compiler
//! what each name and call means.

use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;

use super::ast::{File, FuncSig, StmtKind, TypeExpr};
use super::error::CompileError;
use super::token::Pos;
use super::types::{ParamNames, Type};

pub use super::check_info::{CallKind, Const, Ent, Info, VarId, VarInfo};

/// One function being checked.
pub(super) struct FnCtx {
    pub id: usize,
    pub result: Option<Type>,
    pub lit: Option<u32>,
    pub loops: usize,
    pub breakable: usize,
}

/// The checker's state.
pub struct Checker {
    pub(super) info: Info,
    pub(super) errors: Vec<CompileError>,
    pub(super) scopes: Vec<HashMap<Rc<str>, Ent>>,
    pub(super) fns: Vec<FnCtx>,
    next_fn: usize,
    imports: Vec<(&'static str, Pos, bool)>,
    /// Where each name of each open scope was declared, by scope depth, for Go's
    /// `other declaration of x` line. An entry is current whenever the scope at its depth
    /// holds the name, as both are written together.
    decl_at: HashMap<(usize, Rc<str>), Pos>,
}

/// Checks `file`; returns what the compiler needs, or every error sorted by position.
pub fn check(file: &File) -> Result<Info, Vec<CompileError>> {
    let mut c = Checker {
        info: Info {
            types: vec![Type::Invalid; file.expr_count as usize],
            consts: vec![None; file.expr_count as usize],
            ..Info::default()
        },
        errors: file.notices.clone(),
        scopes: vec![universe()],
        fns: Vec::new(),
        next_fn: 0,
        imports: Vec::new(),
        decl_at: HashMap::default(),
    };
    c.file(file);
    if c.errors.is_empty() {
        Ok(c.info)
    } else {
        Err(super::error::sorted(c.errors))
    }
}

fn universe() -> HashMap<Rc<str>, Ent> {
    let mut u = HashMap::default();
    for (n, t) in [
        ("int", Type::Int),
        ("bool", Type::Bool),
        ("string", Type::Str),
        ("rune", Type::Rune),
    ] {
        u.insert(Rc::from(n), Ent::TypeName(t));
    }
    u.insert(
        Rc::from("true"),
        Ent::Const(Const::Bool(true), Type::UntypedBool),
    );
    u.insert(
        Rc::from("false"),
        Ent::Const(Const::Bool(false), Type::UntypedBool),
    );
    u.insert(Rc::from("nil"), Ent::Nil);
    for b in [
        "make", "len", "cap", "close", "panic", "recover", "append", "copy", "delete", "new",
        "print", "println",
    ] {
        u.insert(Rc::from(b), Ent::Builtin(b));
    }
    u
}

impl Checker {
    pub(super) fn err(&mut self, pos: Pos, msg: impl Into<String>) {
        let msg = msg.into();
        // types2 drops an error that mentions an invalid operand or type once it has
        // reported one: `wg.Add undefined (type invalid type ...)` after `undefined: sync`.
        let follow_on = msg.find("invalid operand").is_some_and(|i| i > 0)
            || msg.find("invalid type").is_some_and(|i| i > 0);
        if follow_on && !self.errors.is_empty() {
            return;
        }
        self.errors.push(CompileError::new(pos, msg));
    }

    pub(super) fn unsupported(&mut self, pos: Pos, what: &str, supported: &str) {
        self.errors
            .push(CompileError::unsupported(pos, what, supported));
    }

    pub(super) fn lookup(&self, name: &str) -> Option<Ent> {
        self.scopes.iter().rev().find_map(|s| s.get(name).cloned())
    }

    /// Declares a variable in the innermost scope.
    pub(super) fn declare_var(&mut self, name: &Rc<str>, pos: Pos, ty: Type) -> VarId {
        let id = self.info.vars.len();
        let func = self.fns.last().map_or(usize::MAX, |f| f.id);
        self.info.vars.push(VarInfo {
            name: name.clone(),
            ty,
            func,
            captured: false,
            used: func == usize::MAX,
            pos,
        });
        self.info.decls.insert(pos, (id, true));
        if &**name != "_" && !self.declare(name, pos, Ent::Var(id)) {
            // Go never declares the second `x`, so it is never "declared but not used".
            self.info.vars[id].used = true;
        }
        id
    }

    /// Declares `name` in the innermost scope; false (with Go's error) if it already
    /// has a declaration there.
    pub(super) fn declare(&mut self, name: &Rc<str>, pos: Pos, ent: Ent) -> bool {
        let depth = self.scopes.len();
        let Some(scope) = self.scopes.last_mut() else {
            return false;
        };
        if scope.contains_key(name) {
            let other = self.decl_at.get(&(depth, name.clone())).copied();
            let msg = format!("{name} redeclared in this block");
            self.errors.push(match other {
                Some(at) => {
                    CompileError::with_note(pos, msg, at, format!("other declaration of {name}"))
                }
                None => CompileError::new(pos, msg),
            });
            return false;
        }
        scope.insert(name.clone(), ent);
        self.decl_at.insert((depth, name.clone()), pos);
        true
    }

    /// Marks a variable read from the current function, capturing it if it is outer.
    pub(super) fn use_var(&mut self, id: VarId, read: bool) {
        let var = &mut self.info.vars[id];
        var.used |= read;
        let owner = var.func;
        if owner == usize::MAX {
            return;
        }
        for f in self.fns.iter().rev() {
            if f.id == owner {
                break;
            }
            self.info.vars[id].captured = true;
            if let Some(lit) = f.lit {
                let list = self.info.captures.entry(lit).or_default();
                if !list.contains(&id) {
                    list.push(id);
                }
            }
        }
    }

    /// Resolves a written type, reporting what the subset lacks.
    pub(super) fn resolve_type(&mut self, t: &TypeExpr) -> Type {
        match t {
            TypeExpr::Name(n, pos) => match self.lookup(n) {
                Some(Ent::TypeName(t)) => t,
                Some(_) => {
                    self.err(*pos, format!("{n} is not a type"));
                    Type::Invalid
                }
                None if super::check_names::other_predeclared_type(n) => {
                    let supported = super::check_names::SUBSET_TYPES;
                    self.unsupported(*pos, &format!("the type {n}"), supported);
                    Type::Invalid
                }
                None => {
                    self.err(*pos, format!("undefined: {n}"));
                    Type::Invalid
                }
            },
            TypeExpr::Qualified(p, n, pos) => {
                if !self.use_package(p, *pos) {
                    return Type::Invalid;
                }
                match (&**p, &**n) {
                    ("time", "Duration") => Type::Duration,
                    ("time", "Time") => Type::Time,
                    ("sync", "WaitGroup") => Type::WaitGroup,
                    ("sync", "Mutex") => Type::Mutex,
                    ("sync", "Cond") => Type::Cond,
                    // A name the package does not have (`sync.mutex`, `sync.Waitgroup`)
                    // is Go's `undefined:`, at the name after the dot.
                    _ if !super::check_names::package_has(p, n) => {
                        let at = Pos {
                            line: pos.line,
                            col: pos.col + p.len() as u32 + 1,
                        };
                        self.err(at, format!("undefined: {p}.{n}"));
                        Type::Invalid
                    }
                    _ => {
                        self.unsupported(
                            *pos,
                            &format!("{p}.{n}"),
                            "time.Duration, sync.WaitGroup, sync.Mutex, *sync.Cond",
                        );
                        Type::Invalid
                    }
                }
            }
            TypeExpr::Chan(dir, e) => Type::Chan(*dir, Rc::new(self.resolve_type(e))),
            TypeExpr::Pointer(e, pos) => {
                let e = self.resolve_type(e);
                if !matches!(
                    e,
                    Type::WaitGroup | Type::Mutex | Type::Cond | Type::Invalid
                ) {
                    self.unsupported(
                        *pos,
                        &format!("pointers to {e}"),
                        "*sync.WaitGroup, *sync.Mutex, *sync.Cond",
                    );
                    return Type::Invalid;
                }
                Type::Ptr(Rc::new(e))
            }
            TypeExpr::EmptyStruct => Type::EmptyStruct,
            TypeExpr::Func(params, result) => {
                // Go's parser refuses a list with names for some parameters only.
                let names: Option<Rc<[Rc<str>]>> = params.iter().map(|(n, _)| n.clone()).collect();
                let names = names.unwrap_or_default();
                let params = params.iter().map(|(_, p)| self.resolve_type(p)).collect();
                let result = result.as_ref().map(|r| Rc::new(self.resolve_type(r)));
                Type::Func(Rc::new(params), result, ParamNames(names))
            }
        }
    }

    /// Marks package `p` used; false (with an error) when it is not imported.
    pub(super) fn use_package(&mut self, p: &str, pos: Pos) -> bool {
        if matches!(self.lookup(p), Some(Ent::Package(_))) {
            if let Some(i) = self.imports.iter_mut().find(|i| i.0 == p) {
                i.2 = true;
            }
            return true;
        }
        self.err(pos, format!("undefined: {p}"));
        false
    }

    pub(super) fn sig_type(&mut self, sig: &FuncSig) -> Type {
        let params = sig
            .params
            .iter()
            .map(|(_, _, t)| self.resolve_type(t))
            .collect();
        let result = sig.result.as_ref().map(|t| Rc::new(self.resolve_type(t)));
        let names = sig.params.iter().map(|(n, _, _)| n.clone()).collect();
        Type::Func(Rc::new(params), result, ParamNames(names))
    }

    /// Checks a function body with its parameters in scope; `lit` is a literal's id.
    pub(super) fn func_body(
        &mut self,
        sig: &FuncSig,
        ty: &Type,
        body: &super::ast::Block,
        lit: Option<u32>,
    ) {
        let Type::Func(params, result, _) = ty else {
            return;
        };
        let id = self.next_fn;
        self.next_fn += 1;
        self.fns.push(FnCtx {
            id,
            result: result.as_deref().cloned(),
            lit,
            loops: 0,
            breakable: 0,
        });
        self.scopes.push(HashMap::default());
        for ((name, pos, _), t) in sig.params.iter().zip(params.iter()) {
            let v = self.declare_var(name, *pos, t.clone());
            self.info.vars[v].used = true;
        }
        let first_var = self.info.vars.len();
        self.block_stmts(&body.stmts);
        self.scopes.pop();
        if result.is_some() && !super::check_stmt::terminates_list(&body.stmts) {
            self.err(body.end, "missing return");
        }
        self.fns.pop();
        let unused: Vec<(Pos, Rc<str>)> = self.info.vars[first_var..]
            .iter()
            .filter(|v| v.func == id && !v.used && &*v.name != "_")
            .map(|v| (v.pos, v.name.clone()))
            .collect();
        for (pos, name) in unused {
            self.err(pos, format!("{name} declared but not used"));
        }
    }

    fn file(&mut self, file: &File) {
        let mut pkg = HashMap::default();
        for (path, pos) in &file.imports {
            let name: &'static str = match &**path {
                "fmt" => "fmt",
                "time" => "time",
                "sync" => "sync",
                other => {
                    self.unsupported(
                        *pos,
                        &format!("package {other:?}"),
                        "\"fmt\", \"time\", \"sync\"",
                    );
                    continue;
                }
            };
            if let Some(first) = self.imports.iter().find(|i| i.0 == name) {
                let at = first.1;
                self.errors.push(CompileError::with_note(
                    *pos,
                    format!("{name} redeclared in this block"),
                    at,
                    format!("other declaration of {name}"),
                ));
                // Uses of the name reach the first import: Go then finds this one unused.
                self.imports.push((name, *pos, false));
                continue;
            }
            self.imports.push((name, *pos, false));
            pkg.insert(Rc::from(name), Ent::Package(name));
        }
        self.scopes.push(pkg);
        self.scopes.push(HashMap::default());
        let mut sigs = Vec::new();
        for (i, f) in file.funcs.iter().enumerate() {
            let ty = self.sig_type(&f.sig);
            let name = &*f.name.0;
            if matches!(name, "main" | "init")
                && (!f.sig.params.is_empty() || f.sig.result.is_some())
            {
                self.err(
                    f.name.1,
                    format!("func {name} must have no arguments and no return values"),
                );
            }
            self.info.funcs.push((f.name.0.clone(), ty.clone()));
            // `func init` declares no name: a file may have several, and none can be
            // called (`init()` is `undefined: init`); the package runs them before main.
            if name != "init" {
                self.declare(&f.name.0, f.name.1, Ent::Func(i));
            }
            sigs.push(ty);
        }
        for g in &file.globals {
            self.stmt(g);
        }
        if !file.funcs.iter().any(|f| &*f.name.0 == "main") {
            self.err(
                Pos { line: 1, col: 1 },
                "function main is undeclared in the main package",
            );
        }
        for (f, ty) in file.funcs.iter().zip(sigs) {
            self.func_body(&f.sig, &ty, &f.body, None);
        }
        for (name, pos, used) in self.imports.clone() {
            if !used {
                self.err(pos, format!("imported and not used: {name:?}"));
            }
        }
        debug_assert!(file
            .globals
            .iter()
            .all(|g| matches!(g.kind, StmtKind::Var(..))));
    }
}
