//! The compiled program: per-function instruction lists for a small stack machine. A
//! [`Instr::Stmt`] starts each source statement; a scheduler step runs one goroutine
//! from one `Stmt` to the next, or until it blocks.

use std::rc::Rc;

use super::value::{PType, Value};

/// Where a closure's captured cell comes from in the function that creates it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CapFrom {
    /// A local slot holding a cell.
    Slot(u32),
    /// One of the creating function's own captured cells.
    Cap(u32),
}

/// A `select` case, as compiled: the channel and (for sends) the value are on the stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SelCase {
    /// True for a send case.
    pub send: bool,
}

/// Binary operators on values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    /// `+` on integers.
    Add,
    /// `+` on strings.
    Concat,
    /// `-`.
    Sub,
    /// `*`.
    Mul,
    /// `/` (panics on zero).
    Div,
    /// `%` (panics on zero).
    Rem,
    /// `&`.
    And,
    /// `|`.
    Or,
    /// `^`.
    Xor,
    /// `&^` (bit clear).
    AndNot,
    /// `<<` (panics on a negative count).
    Shl,
    /// `>>` (panics on a negative count).
    Shr,
    /// `==`.
    Eq,
    /// `!=`.
    Ne,
    /// `<`.
    Lt,
    /// `<=`.
    Le,
    /// `>`.
    Gt,
    /// `>=`.
    Ge,
}

/// Synchronisation and channel operations: one instruction each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// `ch <- v` (pops value, channel).
    Send,
    /// `<-ch`: pushes the value (and `ok` when true).
    Recv(bool),
    /// `close(ch)`.
    Close,
    /// `len(ch)` or `len(s)`.
    Len,
    /// `cap(ch)`.
    Cap,
    /// `time.Sleep(d)`.
    Sleep,
    /// `time.After(d)`: pushes a channel.
    After,
    /// `sync.NewCond(&mu)`.
    NewCond,
    /// `wg.Add(n)`.
    WgAdd,
    /// `wg.Done()`.
    WgDone,
    /// `wg.Wait()`.
    WgWait,
    /// `mu.Lock()`.
    Lock,
    /// `mu.Unlock()`.
    Unlock,
    /// `c.Wait()`.
    CondWait,
    /// `c.Signal()`.
    Signal,
    /// `c.Broadcast()`.
    Broadcast,
    /// `a == b` of two `sync.Mutex` or `sync.WaitGroup` values: Go compares the
    /// structs' fields, not which object each is.
    SyncEq,
}

/// One instruction.
#[derive(Clone, Debug)]
pub enum Instr {
    /// A statement starts on this line: the step boundary.
    Stmt(u32),
    /// Pushes a constant.
    Push(Value),
    /// Pushes a local.
    Load(u32),
    /// Pops into a local.
    Store(u32),
    /// Pushes the value in a local cell.
    LoadCell(u32),
    /// Pops into a local cell.
    StoreCell(u32),
    /// Pops a value into a fresh cell in a local (a new captured variable).
    NewCell(u32),
    /// Pushes a captured variable's value.
    LoadCap(u32),
    /// Pops into a captured variable.
    StoreCap(u32),
    /// Pushes a global.
    LoadGlobal(u32),
    /// Pops into a global.
    StoreGlobal(u32),
    /// Drops the top of the stack.
    Pop,
    /// A binary operator.
    Bin(BinOp),
    /// Integer negation.
    Neg,
    /// Wraps the integer on top to 32 bits, as `rune` arithmetic and `rune(n)` do.
    Wrap32,
    /// `string(n)` of an integer: the UTF-8 of code point `n`, or of U+FFFD when `n` is
    /// none.
    RuneStr,
    /// Boolean not.
    Not,
    /// Jumps.
    Jump(u32),
    /// Pops a bool; jumps when false.
    JumpIfFalse(u32),
    /// Jumps when the top is false (keeps it), else pops it (`&&`).
    AndJump(u32),
    /// Jumps when the top is true (keeps it), else pops it (`||`).
    OrJump(u32),
    /// Calls function `0` with `1` arguments.
    Call(u32, u32),
    /// Calls the closure below `0` arguments.
    CallValue(u32),
    /// Returns (true: with the value on top).
    Return(bool),
    /// Pushes a closure over these cells.
    Closure(u32, Rc<[CapFrom]>),
    /// `go`: starts the closure below `0` arguments.
    Go(u32),
    /// `defer`: saves the closure below `0` arguments.
    Defer(u32),
    /// `make(chan T[, n])` (true: a capacity is on the stack), the element's zero.
    MakeChan(bool, Value),
    /// A channel or sync operation.
    Op(Op),
    /// One turn of `range ch`: pushes the value, or jumps when closed and drained.
    RangeRecv(u32),
    /// `select`: the cases' operands are on the stack; pushes the chosen case's index
    /// then (receives) the value and `ok`. `1` is whether there is a `default`.
    Select(Rc<[SelCase]>, bool, Rc<[Value]>),
    /// A new `sync.WaitGroup` (false) or `sync.Mutex` (true) object.
    NewSync(bool),
    /// Copies the `sync.WaitGroup` or `sync.Mutex` value on top, as Go copies the struct
    /// (passing `wg` by value): the copy has the same counts but none of the waiters.
    CopySync,
    /// `fmt.Println` (0), `fmt.Print` (1), `fmt.Printf` (2) of these argument types,
    /// each with its Go type's name (for `%T` and Go's complaints); 3, 4 and 5 are
    /// `fmt.Sprintln`, `fmt.Sprint` and `fmt.Sprintf`, which push the text instead of
    /// writing it.
    Print(u8, Rc<[(PType, Rc<str>)]>),
    /// `panic(v)` of a value of this type.
    Panic(PType),
    /// Falls off the end of a function with a result (cannot happen after checking).
    Unreachable,
}

/// One compiled function.
#[derive(Clone, Debug)]
pub struct FuncCode {
    /// Its name (`main`, `worker`, `main.func1` for literals).
    pub name: Rc<str>,
    /// Its instructions.
    pub code: Vec<Instr>,
    /// How many parameters.
    pub params: u32,
    /// How many local slots (parameters first).
    pub slots: u32,
    /// The named variables' slots, names and print types (for the task cards' locals).
    pub names: Vec<(u32, Rc<str>, PType)>,
    /// The line of its `func` keyword.
    pub line: u32,
}

/// A compiled program.
#[derive(Clone, Debug)]
pub struct Program {
    /// Every function; literals and synthesised wrappers after the top-level ones.
    pub funcs: Vec<FuncCode>,
    /// The index of `main`.
    pub main: usize,
    /// The global initialiser (a function with no parameters run before `main`).
    pub init: usize,
    /// How many globals.
    pub globals: u32,
    /// Each global's name and print type.
    pub global_names: Vec<(Rc<str>, PType)>,
    /// The source lines, for listings.
    pub source: Rc<str>,
}
