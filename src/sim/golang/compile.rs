//! The compiler: the checked syntax tree to [`Program`] instructions. Variables become
//! frame slots; a variable that a closure captures lives in a cell, and a loop's
//! variables get a fresh cell each iteration (Go 1.22). Each source statement starts
//! with [`Instr::Stmt`], so that one scheduler step runs one statement.

use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;

use super::ast::{Block, File, FuncSig, StmtKind};
use super::check::{Info, VarId};
use super::code::{FuncCode, Instr, Program};
use super::types::Type;
use super::value::{PType, Value};

/// A loop, `switch` or `select` being compiled: where `break` and `continue` jump.
pub(super) struct Target {
    pub is_loop: bool,
    pub breaks: Vec<usize>,
    pub continues: Vec<usize>,
}

/// One function being compiled.
pub(super) struct FnBuilder {
    pub code: Vec<Instr>,
    pub slots: HashMap<VarId, u32>,
    pub caps: HashMap<VarId, u32>,
    pub nslots: u32,
    pub targets: Vec<Target>,
    pub name: Rc<str>,
    pub lits: u32,
    pub names: Vec<(u32, Rc<str>, PType)>,
}

impl FnBuilder {
    pub(super) fn emit(&mut self, i: Instr) -> usize {
        self.code.push(i);
        self.code.len() - 1
    }

    pub(super) fn here(&self) -> u32 {
        self.code.len() as u32
    }

    /// Points the jump at `at` to the current end.
    pub(super) fn patch(&mut self, at: usize) {
        let to = self.here();
        match &mut self.code[at] {
            Instr::Jump(t)
            | Instr::JumpIfFalse(t)
            | Instr::AndJump(t)
            | Instr::OrJump(t)
            | Instr::RangeRecv(t) => *t = to,
            _ => {}
        }
    }

    pub(super) fn temp(&mut self) -> u32 {
        self.nslots += 1;
        self.nslots - 1
    }
}

/// The compiler's state.
pub struct Compiler<'a> {
    pub(super) info: &'a Info,
    pub(super) funcs: Vec<FuncCode>,
    pub(super) globals: HashMap<VarId, u32>,
    /// True while compiling `&x` or a method's receiver: a sync value is not copied there.
    pub(super) by_ref: bool,
    /// Parts of expressions already evaluated into a temporary, by expression id, and
    /// the temporary's slot (`compile_order`).
    pub(super) hoisted: HashMap<u32, u32>,
}

/// How a value of type `t` prints.
pub fn ptype(t: &Type) -> PType {
    match t.default_type() {
        Type::Int => PType::Int,
        Type::Rune => PType::Rune,
        Type::Duration => PType::Duration,
        Type::Bool => PType::Bool,
        Type::Str => PType::Str,
        Type::EmptyStruct => PType::Unit,
        Type::Chan(..) => PType::Chan,
        Type::Ptr(_) => PType::Ptr,
        Type::Func(..) => PType::Func,
        Type::Time => PType::Time,
        Type::UntypedNil => PType::Nil,
        _ => PType::SyncValue,
    }
}

/// The zero value of `t`, or `None` for the sync types, which need a fresh object.
pub fn zero(t: &Type) -> Option<Value> {
    Some(match t {
        Type::Int
        | Type::Duration
        | Type::Rune
        | Type::Time
        | Type::UntypedInt
        | Type::UntypedRune => Value::Int(0),
        Type::Bool | Type::UntypedBool => Value::Bool(false),
        Type::Str | Type::UntypedStr => Value::Str(Rc::from(&b""[..])),
        Type::Chan(..) => Value::Chan(None),
        Type::Ptr(_) | Type::Cond => Value::Obj(None),
        Type::Func(..) => Value::Func(None),
        Type::WaitGroup | Type::Mutex => return None,
        _ => Value::Unit,
    })
}

/// Compiles a checked file.
pub fn compile(file: &File, info: &Info, source: &str) -> Program {
    let mut c = Compiler {
        info,
        funcs: Vec::new(),
        globals: HashMap::default(),
        by_ref: false,
        hoisted: HashMap::default(),
    };
    for g in &file.globals {
        if let StmtKind::Var(names, _, _, false) = &g.kind {
            for (_, pos) in names {
                if let Some(&(id, _)) = info.decls.get(pos) {
                    let n = c.globals.len() as u32;
                    c.globals.insert(id, n);
                }
            }
        }
    }
    for f in &file.funcs {
        c.funcs.push(placeholder(f.name.0.clone()));
    }
    for (i, f) in file.funcs.iter().enumerate() {
        let code = c.function(f.name.0.clone(), &f.sig, &f.body, &[], f.name.1.line);
        c.funcs[i] = code;
    }
    let mut b = c.builder(Rc::from("init"));
    for g in &file.globals {
        c.stmt(&mut b, g);
    }
    // Then every `func init`, in source order, as Go does once the variables are set.
    for (i, f) in file.funcs.iter().enumerate() {
        if &*f.name.0 == "init" {
            b.emit(Instr::Call(i as u32, 0));
        }
    }
    b.emit(Instr::Return(false));
    // Package initialisation happens before main's first statement: no steps of its own.
    for (i, instr) in b.code.iter_mut().enumerate() {
        if matches!(instr, Instr::Stmt(_)) {
            *instr = Instr::Jump(i as u32 + 1);
        }
    }
    let init = c.funcs.len();
    c.funcs.push(FuncCode {
        name: b.name,
        code: b.code,
        params: 0,
        slots: b.nslots,
        line: 1,
        names: Vec::new(),
    });
    let main = file
        .funcs
        .iter()
        .position(|f| &*f.name.0 == "main")
        .unwrap_or(0);
    let mut global_names = vec![(Rc::from("_"), PType::Unit); c.globals.len()];
    for (&id, &g) in &c.globals {
        let v = &info.vars[id];
        global_names[g as usize] = (v.name.clone(), ptype(&v.ty));
    }
    Program {
        global_names,
        globals: c.globals.len() as u32,
        funcs: c.funcs,
        main,
        init,
        source: Rc::from(source),
    }
}

fn placeholder(name: Rc<str>) -> FuncCode {
    FuncCode {
        name,
        code: Vec::new(),
        params: 0,
        slots: 0,
        line: 0,
        names: Vec::new(),
    }
}

impl Compiler<'_> {
    pub(super) fn builder(&self, name: Rc<str>) -> FnBuilder {
        FnBuilder {
            code: Vec::new(),
            slots: HashMap::default(),
            caps: HashMap::default(),
            nslots: 0,
            targets: Vec::new(),
            name,
            lits: 0,
            names: Vec::new(),
        }
    }

    /// Compiles one function whose captured variables are `caps`, in that order.
    pub(super) fn function(
        &mut self,
        name: Rc<str>,
        sig: &FuncSig,
        body: &Block,
        caps: &[VarId],
        line: u32,
    ) -> FuncCode {
        let mut b = self.builder(name);
        for (i, &v) in caps.iter().enumerate() {
            b.caps.insert(v, i as u32);
        }
        for (_, pos, _) in &sig.params {
            let slot = b.temp();
            if let Some(&(id, _)) = self.info.decls.get(pos) {
                b.slots.insert(id, slot);
                let v = &self.info.vars[id];
                b.names.push((slot, v.name.clone(), ptype(&v.ty)));
                if self.info.vars[id].captured {
                    b.emit(Instr::Load(slot));
                    b.emit(Instr::NewCell(slot));
                }
            }
        }
        for s in &body.stmts {
            self.stmt(&mut b, s);
        }
        if sig.result.is_some() {
            b.emit(Instr::Unreachable);
        } else {
            b.emit(Instr::Return(false));
        }
        FuncCode {
            name: b.name,
            code: b.code,
            params: sig.params.len() as u32,
            slots: b.nslots,
            line,
            names: b.names,
        }
    }

    /// Pushes a variable's value.
    pub(super) fn load_var(&self, b: &mut FnBuilder, id: VarId) {
        if let Some(&g) = self.globals.get(&id) {
            b.emit(Instr::LoadGlobal(g));
        } else if let Some(&s) = b.slots.get(&id) {
            b.emit(if self.info.vars[id].captured {
                Instr::LoadCell(s)
            } else {
                Instr::Load(s)
            });
        } else if let Some(&c) = b.caps.get(&id) {
            b.emit(Instr::LoadCap(c));
        } else {
            b.emit(Instr::Push(Value::Unit));
        }
    }

    /// Pops into a variable; `new` declares it (a fresh cell when captured).
    pub(super) fn store_var(&self, b: &mut FnBuilder, id: VarId, new: bool) {
        if let Some(&g) = self.globals.get(&id) {
            b.emit(Instr::StoreGlobal(g));
            return;
        }
        if new {
            let slot = match b.slots.get(&id) {
                Some(&s) => s,
                None => {
                    let s = b.temp();
                    b.slots.insert(id, s);
                    let v = &self.info.vars[id];
                    b.names.push((s, v.name.clone(), ptype(&v.ty)));
                    s
                }
            };
            b.emit(if self.info.vars[id].captured {
                Instr::NewCell(slot)
            } else {
                Instr::Store(slot)
            });
        } else if let Some(&s) = b.slots.get(&id) {
            b.emit(if self.info.vars[id].captured {
                Instr::StoreCell(s)
            } else {
                Instr::Store(s)
            });
        } else if let Some(&c) = b.caps.get(&id) {
            b.emit(Instr::StoreCap(c));
        } else {
            b.emit(Instr::Pop);
        }
    }

    /// Pushes the zero value of `t`.
    pub(super) fn push_zero(&self, b: &mut FnBuilder, t: &Type) {
        match zero(t) {
            Some(v) => b.emit(Instr::Push(v)),
            None => b.emit(Instr::NewSync(*t == Type::Mutex)),
        };
    }
}
