//! What the checker learns and hands to the compiler ([`Info`]): each expression's type and
//! constant value, what each name refers to ([`Ent`]), what each call calls ([`CallKind`]),
//! and every variable ([`VarInfo`]) with whether a closure captures it.

use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;

use super::token::Pos;
use super::types::Type;

/// A variable's index in [`Info::vars`].
pub type VarId = usize;

/// A constant's value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Const {
    /// An integer (also a `time.Duration` in ns). Untyped constants may exceed `int`, as
    /// in Go (where they are exact); a typed one always fits in 64 bits (the checker
    /// reports Go's `overflows` error otherwise).
    Int(i128),
    /// A boolean.
    Bool(bool),
    /// A string's bytes.
    Str(Rc<[u8]>),
}

/// What a name refers to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ent {
    /// A variable (local or global).
    Var(VarId),
    /// A top-level function.
    Func(usize),
    /// A constant.
    Const(Const, Type),
    /// A type name (`int`, `time.Duration`...).
    TypeName(Type),
    /// A built-in function (`make`, `len`, `cap`, `close`, `panic`).
    Builtin(&'static str),
    /// An imported package.
    Package(&'static str),
    /// `nil`.
    Nil,
}

/// What a call does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CallKind {
    /// A top-level function, by index.
    Func(usize),
    /// A function value (a closure in a variable).
    Value,
    /// A built-in or package function: `make`, `len`, `fmt.Println`, `time.Sleep`...
    Builtin(&'static str),
    /// A conversion to this type.
    Conv(Type),
    /// A method of a sync value: `Add`, `Done`, `Wait`, `Lock`, `Unlock`, `CondWait`,
    /// `Signal`, `Broadcast`.
    Method(&'static str),
}

/// A declared variable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VarInfo {
    /// Its name.
    pub name: Rc<str>,
    /// Its type.
    pub ty: Type,
    /// The function that declares it (`usize::MAX` for globals).
    pub func: usize,
    /// True when a function literal uses it: it then lives in a shared cell.
    pub captured: bool,
    /// True once read.
    pub used: bool,
    /// Where it is declared.
    pub pos: Pos,
}

/// What the checker learnt, for the compiler.
#[derive(Clone, Debug, Default)]
pub struct Info {
    /// Each expression's type, by expression id.
    pub types: Vec<Type>,
    /// Each constant expression's value, by expression id.
    pub consts: Vec<Option<Const>>,
    /// What each identifier expression refers to.
    pub res: HashMap<u32, Ent>,
    /// The variable each declared name introduces, by the name's position.
    pub decls: HashMap<Pos, (VarId, bool)>,
    /// Every variable.
    pub vars: Vec<VarInfo>,
    /// The variables each function literal captures, by its expression id.
    pub captures: HashMap<u32, Vec<VarId>>,
    /// What each call expression calls.
    pub calls: HashMap<u32, CallKind>,
    /// Top-level functions' names and types.
    pub funcs: Vec<(Rc<str>, Type)>,
}
