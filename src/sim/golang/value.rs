//! Run-time values. An `int` and a `time.Duration` are both [`Value::Int`]; the compiler
//! passes the static type to whatever must tell them apart (printing).

use std::cell::RefCell;
use std::rc::Rc;

/// A shared variable: what a closure captures (by reference, as Go does).
pub type Cell = Rc<RefCell<Value>>;

/// A function value: compiled code and the cells it captured.
#[derive(Debug)]
pub struct Closure {
    /// Index of the function's code.
    pub func: u32,
    /// Captured variables, in the order the function's code expects them.
    pub caps: Vec<Cell>,
}

/// One value of the subset.
#[derive(Clone, Debug, Default)]
pub enum Value {
    /// `struct{}{}` and the zero of anything without a better one.
    #[default]
    Unit,
    /// `int` or `time.Duration` (ns) or a `time.Time` (ns since the fake epoch).
    Int(i64),
    /// `bool`.
    Bool(bool),
    /// `string`: bytes, as in Go, UTF-8 or not (`"\xff"` is one byte).
    Str(Rc<[u8]>),
    /// A channel (`None`: the nil channel).
    Chan(Option<u32>),
    /// A `sync.WaitGroup`, `sync.Mutex` or `*sync.Cond` object (`None`: a nil pointer).
    Obj(Option<u32>),
    /// A function value (`None`: nil).
    Func(Option<Rc<Closure>>),
    /// A captured variable's cell (only ever in a frame slot).
    Cell(Cell),
}

impl PartialEq for Value {
    /// Go's `==` for comparable values.
    fn eq(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Unit, Value::Unit) => true,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Str(a), Value::Str(b)) => a == b,
            (Value::Chan(a), Value::Chan(b)) => a == b,
            (Value::Obj(a), Value::Obj(b)) => a == b,
            (Value::Func(a), Value::Func(b)) => match (a, b) {
                (None, None) => true,
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                _ => false,
            },
            _ => false,
        }
    }
}

impl Value {
    /// The integer inside, or 0.
    #[inline]
    pub fn int(&self) -> i64 {
        match self {
            Value::Int(v) => *v,
            _ => 0,
        }
    }

    /// The boolean inside, or false.
    #[inline]
    pub fn bool(&self) -> bool {
        matches!(self, Value::Bool(true))
    }
}

/// How a value prints: the static type the compiler knew.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PType {
    /// `int`.
    Int,
    /// `time.Duration`.
    Duration,
    /// `rune` (`int32`).
    Rune,
    /// `bool`.
    Bool,
    /// `string`.
    Str,
    /// `struct{}`.
    Unit,
    /// A channel.
    Chan,
    /// A pointer to a sync object.
    Ptr,
    /// A function.
    Func,
    /// A `time.Time`.
    Time,
    /// A `sync.WaitGroup` or `sync.Mutex` value.
    SyncValue,
    /// An untyped `nil` passed to `...any` (`fmt.Println(nil)`): the nil interface.
    Nil,
}

impl PType {
    /// Go's `%T` name, used in `%!d(string=hi)`.
    pub fn name(self) -> &'static str {
        match self {
            PType::Int => "int",
            PType::Duration => "time.Duration",
            PType::Rune => "int32",
            PType::Bool => "bool",
            PType::Str => "string",
            PType::Unit => "struct {}",
            PType::Chan => "chan",
            PType::Ptr => "pointer",
            PType::Func => "func()",
            PType::Time => "time.Time",
            PType::SyncValue => "sync value",
            PType::Nil => "<nil>",
        }
    }
}

/// `string(n)` of an integer: the UTF-8 of the code point `n`, or of U+FFFD when `n` is
/// none (a surrogate, a negative number, one past U+10FFFF), as Go's spec says.
pub fn rune_string(n: i64) -> Rc<[u8]> {
    u32::try_from(n)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or(char::REPLACEMENT_CHARACTER)
        .to_string()
        .as_bytes()
        .into()
}

/// A Go string's bytes as text, each byte that is not UTF-8 shown as U+FFFD (how a
/// terminal, and the comparison tools, read Go's output).
pub fn lossy(s: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(s)
}
