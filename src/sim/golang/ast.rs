//! The syntax tree of a parsed program. Every expression carries an id, so the checker can
//! record its type and what its names refer to in side tables the compiler reads.

use std::rc::Rc;

use super::token::Pos;

/// A written type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TypeExpr {
    /// `int`, `bool`, `string` or another plain name.
    Name(Rc<str>, Pos),
    /// `time.Duration`, `sync.WaitGroup`, `sync.Mutex`, `sync.Cond`.
    Qualified(Rc<str>, Rc<str>, Pos),
    /// `chan T` (0), `chan<- T` (1: send only), `<-chan T` (2: receive only).
    Chan(u8, Box<TypeExpr>),
    /// `*T`.
    Pointer(Box<TypeExpr>, Pos),
    /// `struct{}`.
    EmptyStruct,
    /// `func(T, U) R`, or with parameter names, `func(a T, b U) R`.
    Func(Vec<(Option<Rc<str>>, TypeExpr)>, Option<Box<TypeExpr>>),
}

/// An expression with its id and position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expr {
    /// Index into the checker's tables.
    pub id: u32,
    /// Where Go reports errors about it.
    pub pos: Pos,
    /// What it is.
    pub kind: ExprKind,
}

/// The kinds of expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExprKind {
    /// An integer or rune literal (wider than `int`: an untyped constant) and its source
    /// text, for messages.
    Int(i128, Rc<str>),
    /// A string literal and its source text, for messages.
    Str(Rc<[u8]>, Rc<str>),
    /// A name.
    Ident(Rc<str>),
    /// `x.name`: a package member or a method, with the name's position (where Go
    /// reports `undefined: fmt.Printn`).
    Selector(Box<Expr>, Rc<str>, Pos),
    /// `f(args)`.
    Call(Box<Expr>, Vec<Expr>),
    /// `-x`, `!x`, `<-x`, `&x`, `+x`.
    Unary(&'static str, Box<Expr>),
    /// `a op b`.
    Binary(&'static str, Box<Expr>, Box<Expr>),
    /// `(x)`.
    Paren(Box<Expr>),
    /// `func(params) result { body }`.
    FuncLit(Rc<FuncSig>, Rc<Block>),
    /// A type used as an operand (`make(chan int)`'s first argument).
    Type(TypeExpr),
    /// `struct{}{}`.
    EmptyStruct,
    /// `T{}` for a type written as a name or `pkg.Name`: the zero value of `T`. The
    /// checker accepts `sync.WaitGroup{}` and `sync.Mutex{}` (and `&` of them).
    ZeroLit(Box<Expr>),
}

/// A parameter list and optional result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FuncSig {
    /// Parameter names, positions and types.
    pub params: Vec<(Rc<str>, Pos, TypeExpr)>,
    /// How many parameters each written type serves, in order (`a, b int, c string`
    /// is `[2, 1]`): Go's messages print a literal's parameters as written.
    pub groups: Vec<usize>,
    /// The single result type, if any.
    pub result: Option<TypeExpr>,
}

/// `{ statements }` and the position of its closing brace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// The statements.
    pub stmts: Vec<Stmt>,
    /// Where `}` is (Go reports `missing return` there).
    pub end: Pos,
}

/// A statement with its position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stmt {
    /// Where it starts: the line a step shows.
    pub pos: Pos,
    /// What it is.
    pub kind: StmtKind,
}

/// A name being declared, and where.
pub type Name = (Rc<str>, Pos);

/// The kinds of statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StmtKind {
    /// An expression statement (a call or a receive).
    Expr(Expr),
    /// `ch <- v`.
    Send(Expr, Expr),
    /// `x++` (true) or `x--`.
    IncDec(Expr, bool),
    /// `a, b = x, y` or `a op= x` (`op` is `=`, `+=`...).
    Assign(Vec<Expr>, &'static str, Vec<Expr>),
    /// `a, b := x, y`; `at` is the position of `:=`.
    Define(Vec<Name>, Vec<Expr>, Pos),
    /// `var a, b T = x, y` (true: `const`).
    Var(Vec<Name>, Option<TypeExpr>, Vec<Expr>, bool),
    /// `go f(x)`.
    Go(Expr),
    /// `defer f(x)`.
    Defer(Expr),
    /// `return x`.
    Return(Vec<Expr>),
    /// `break`.
    Break,
    /// `continue`.
    Continue,
    /// `{ ... }`.
    Block(Block),
    /// `if init; cond { } else ...`.
    If(Option<Box<Stmt>>, Expr, Block, Option<Box<Stmt>>),
    /// `switch init; tag { cases }`.
    Switch(Option<Box<Stmt>>, Option<Expr>, Vec<Case>),
    /// `for init; cond; post { }`.
    For(Option<Box<Stmt>>, Option<Expr>, Option<Box<Stmt>>, Block),
    /// `for v := range ch { }`: the variables (none, one, or the two a channel does not
    /// allow, which the checker reports knowing the operand's type), whether `:=`, the
    /// operand.
    Range(Vec<Name>, bool, Expr, Block),
    /// `select { cases }`.
    Select(Vec<SelectCase>),
    /// An empty statement.
    Empty,
}

/// One `case a, b:` (no values: `default:`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    /// Where `case` or `default` is.
    pub pos: Pos,
    /// The values; `None` for `default`.
    pub values: Option<Vec<Expr>>,
    /// The body.
    pub body: Vec<Stmt>,
}

/// A `select` case's communication.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Comm {
    /// `case ch <- v:`.
    Send(Expr, Expr),
    /// `case <-ch:`, `case v := <-ch:`, `case v, ok = <-ch:`: names, whether `:=`, channel.
    Recv(Vec<Expr>, bool, Expr),
    /// `default:`.
    Default,
}

/// One `select` case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SelectCase {
    /// Where `case` or `default` is.
    pub pos: Pos,
    /// The communication.
    pub comm: Comm,
    /// The body.
    pub body: Vec<Stmt>,
}

/// A top-level function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FuncDecl {
    /// Its name and position.
    pub name: Name,
    /// Its signature.
    pub sig: Rc<FuncSig>,
    /// Its body.
    pub body: Rc<Block>,
}

/// A whole source file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct File {
    /// Imported paths, with positions.
    pub imports: Vec<(Rc<str>, Pos)>,
    /// Top-level `var` and `const` declarations, in order.
    pub globals: Vec<Stmt>,
    /// Top-level functions, in order.
    pub funcs: Vec<FuncDecl>,
    /// How many expression ids were handed out.
    pub expr_count: u32,
    /// Errors Go's parser reports without stopping (`expression in go must be function
    /// call`): the checker's errors join them.
    pub notices: Vec<super::error::CompileError>,
}
