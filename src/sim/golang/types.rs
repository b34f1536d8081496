//! The subset's types, printed as Go prints them, and Go's assignability rules for them.

use std::fmt;
use std::rc::Rc;

/// A type of the subset. Untyped constants keep their own kinds until they meet a type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Type {
    /// An earlier error: suppresses follow-on errors.
    Invalid,
    /// `int`.
    Int,
    /// `bool`.
    Bool,
    /// `string`.
    Str,
    /// `time.Duration`.
    Duration,
    /// `rune`, Go's alias of `int32`: 32-bit arithmetic that wraps.
    Rune,
    /// `time.Time` (what `time.After`'s channel carries).
    Time,
    /// An untyped integer constant.
    UntypedInt,
    /// An untyped rune constant (`'a'`): an integer whose default type is `rune`.
    UntypedRune,
    /// An untyped boolean (constants and comparisons).
    UntypedBool,
    /// An untyped string constant.
    UntypedStr,
    /// `nil`.
    UntypedNil,
    /// `struct{}`.
    EmptyStruct,
    /// A channel: direction (0 both, 1 send-only, 2 receive-only) and element.
    Chan(u8, Rc<Type>),
    /// `sync.WaitGroup`.
    WaitGroup,
    /// `sync.Mutex`.
    Mutex,
    /// `sync.Cond` (used through `*sync.Cond`).
    Cond,
    /// `*T` for the sync types.
    Ptr(Rc<Type>),
    /// A function: parameters, optional result, and the parameters' names.
    Func(Rc<Vec<Type>>, Option<Rc<Type>>, ParamNames),
}

/// The parameter names of a function type, kept only to print it as types2 does
/// (`func(a int, b int)`); empty for a type written without them (`func(int)`). Go's
/// type identity ignores them, so any two lists compare equal.
#[derive(Clone, Debug, Default)]
pub struct ParamNames(pub Rc<[Rc<str>]>);

impl PartialEq for ParamNames {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for ParamNames {}

impl Type {
    /// True for untyped constant kinds (and `nil`).
    pub fn is_untyped(&self) -> bool {
        matches!(
            self,
            Type::UntypedInt
                | Type::UntypedRune
                | Type::UntypedBool
                | Type::UntypedStr
                | Type::UntypedNil
        )
    }

    /// The type an untyped constant gets when nothing else decides (`x := 1` is an int).
    pub fn default_type(&self) -> Type {
        match self {
            Type::UntypedInt => Type::Int,
            Type::UntypedRune => Type::Rune,
            Type::UntypedBool => Type::Bool,
            Type::UntypedStr => Type::Str,
            t => t.clone(),
        }
    }

    /// True for `int`, `time.Duration`, `rune` and untyped integers and runes.
    pub fn is_integer(&self) -> bool {
        matches!(
            self,
            Type::Int | Type::Duration | Type::Rune | Type::UntypedInt | Type::UntypedRune
        )
    }

    /// True for the untyped numeric constants (`1`, `'a'`).
    pub fn is_untyped_number(&self) -> bool {
        matches!(self, Type::UntypedInt | Type::UntypedRune)
    }

    /// The range of a typed integer: `rune` is 32 bits, the others 64.
    pub fn int_range(&self) -> (i128, i128) {
        if *self == Type::Rune {
            (i32::MIN.into(), i32::MAX.into())
        } else {
            (i64::MIN.into(), i64::MAX.into())
        }
    }

    /// True when `==` is defined.
    pub fn is_comparable(&self) -> bool {
        !matches!(self, Type::Func(..) | Type::Invalid)
    }

    /// True when `<` is defined.
    pub fn is_ordered(&self) -> bool {
        self.is_integer() || matches!(self, Type::Str | Type::UntypedStr)
    }

    /// True when a value of type `self` may be assigned to a variable of type `to`.
    pub fn assignable_to(&self, to: &Type) -> bool {
        if self == to || *self == Type::Invalid || *to == Type::Invalid {
            return true;
        }
        match (self, to) {
            (Type::UntypedInt | Type::UntypedRune, Type::Int | Type::Duration | Type::Rune) => true,
            (Type::UntypedBool, Type::Bool) => true,
            (Type::UntypedStr, Type::Str) => true,
            (Type::UntypedNil, Type::Chan(..) | Type::Ptr(_) | Type::Func(..)) => true,
            (Type::Chan(0, a), Type::Chan(_, b)) => a == b,
            _ => false,
        }
    }

    /// The element type of a channel.
    pub fn elem(&self) -> Option<&Type> {
        match self {
            Type::Chan(_, e) => Some(e),
            _ => None,
        }
    }
}

impl Type {
    /// The name `reflect` gives the type at run time (`%T`): as the compiler spells it,
    /// except that an empty struct is `struct {}` and an untyped nil is `<nil>`.
    pub fn reflect_name(&self) -> String {
        match self {
            Type::EmptyStruct => "struct {}".to_string(),
            // `rune` is an alias: reflect knows only `int32`.
            Type::Rune | Type::UntypedRune => "int32".to_string(),
            Type::UntypedNil => "<nil>".to_string(),
            Type::Chan(0, e) => format!("chan {}", e.reflect_name()),
            Type::Chan(1, e) => format!("chan<- {}", e.reflect_name()),
            Type::Chan(_, e) => format!("<-chan {}", e.reflect_name()),
            Type::Ptr(e) => format!("*{}", e.reflect_name()),
            // `reflect` knows no parameter names: `func(int, int)`.
            Type::Func(params, result, _) => {
                let params: Vec<String> = params.iter().map(Type::reflect_name).collect();
                let result = result
                    .as_ref()
                    .map(|r| format!(" {}", r.reflect_name()))
                    .unwrap_or_default();
                format!("func({}){result}", params.join(", "))
            }
            t => t.default_type().to_string(),
        }
    }
}

impl fmt::Display for Type {
    /// Go's spelling: `int`, `untyped int`, `<-chan int`, `*sync.Mutex`, `func(int) string`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Invalid => f.write_str("invalid type"),
            Type::Int => f.write_str("int"),
            Type::Bool => f.write_str("bool"),
            Type::Str => f.write_str("string"),
            Type::Duration => f.write_str("time.Duration"),
            Type::Rune => f.write_str("rune"),
            Type::Time => f.write_str("time.Time"),
            Type::UntypedInt => f.write_str("untyped int"),
            Type::UntypedRune => f.write_str("untyped rune"),
            Type::UntypedBool => f.write_str("untyped bool"),
            Type::UntypedStr => f.write_str("untyped string"),
            Type::UntypedNil => f.write_str("untyped nil"),
            Type::EmptyStruct => f.write_str("struct{}"),
            Type::Chan(0, e) => write!(f, "chan {e}"),
            Type::Chan(1, e) => write!(f, "chan<- {e}"),
            Type::Chan(_, e) => write!(f, "<-chan {e}"),
            Type::WaitGroup => f.write_str("sync.WaitGroup"),
            Type::Mutex => f.write_str("sync.Mutex"),
            Type::Cond => f.write_str("sync.Cond"),
            Type::Ptr(e) => write!(f, "*{e}"),
            Type::Func(params, result, names) => {
                f.write_str("func(")?;
                for (i, p) in params.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    if let Some(name) = names.0.get(i) {
                        write!(f, "{name} ")?;
                    }
                    write!(f, "{p}")?;
                }
                f.write_str(")")?;
                match result {
                    Some(r) => write!(f, " {r}"),
                    None => Ok(()),
                }
            }
        }
    }
}
