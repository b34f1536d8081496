//! What the real `fmt`, `time` and `sync` packages of Go 1.19 export, and the methods of
//! the subset's types (from Go's own `api/go1*.txt` lists). The checker needs both halves
//! of the answer: a name Go has but the subset lacks (`fmt.Errorf`, `mu.TryLock`) gets the
//! subset's clear error, while a name Go does not have at all (`fmt.Printn`, `wg.Foo`)
//! gets Go's own `undefined` message, as `go build` would print it.

use super::types::Type;

/// Go's predeclared types that the subset lacks: a program may use them in Go, so the
/// lab names them as unsupported rather than as undefined.
const OTHER_TYPES: &[&str] = &[
    "any",
    "byte",
    "comparable",
    "complex128",
    "complex64",
    "error",
    "float32",
    "float64",
    "int16",
    "int32",
    "int64",
    "int8",
    "uint",
    "uint16",
    "uint32",
    "uint64",
    "uint8",
    "uintptr",
];

/// The subset's types, for the message about one of [`OTHER_TYPES`].
pub(super) const SUBSET_TYPES: &str =
    "int, bool, string, rune, time.Duration, channels, sync.WaitGroup, sync.Mutex, *sync.Cond";

/// True for a predeclared Go type outside the subset (`int64`, `float64`, `byte`).
pub(super) fn other_predeclared_type(name: &str) -> bool {
    OTHER_TYPES.contains(&name)
}

const FMT: &[&str] = &[
    "Append",
    "Appendf",
    "Appendln",
    "Errorf",
    "Formatter",
    "Fprint",
    "Fprintf",
    "Fprintln",
    "Fscan",
    "Fscanf",
    "Fscanln",
    "GoStringer",
    "Print",
    "Printf",
    "Println",
    "Scan",
    "ScanState",
    "Scanf",
    "Scanln",
    "Scanner",
    "Sprint",
    "Sprintf",
    "Sprintln",
    "Sscan",
    "Sscanf",
    "Sscanln",
    "State",
    "Stringer",
];

const TIME: &[&str] = &[
    "ANSIC",
    "After",
    "AfterFunc",
    "April",
    "August",
    "Date",
    "December",
    "Duration",
    "February",
    "FixedZone",
    "Friday",
    "Hour",
    "January",
    "July",
    "June",
    "Kitchen",
    "Layout",
    "LoadLocation",
    "LoadLocationFromTZData",
    "Local",
    "Location",
    "March",
    "May",
    "Microsecond",
    "Millisecond",
    "Minute",
    "Monday",
    "Month",
    "Nanosecond",
    "NewTicker",
    "NewTimer",
    "November",
    "Now",
    "October",
    "Parse",
    "ParseDuration",
    "ParseError",
    "ParseInLocation",
    "RFC1123",
    "RFC1123Z",
    "RFC3339",
    "RFC3339Nano",
    "RFC822",
    "RFC822Z",
    "RFC850",
    "RubyDate",
    "Saturday",
    "Second",
    "September",
    "Since",
    "Sleep",
    "Stamp",
    "StampMicro",
    "StampMilli",
    "StampNano",
    "Sunday",
    "Thursday",
    "Tick",
    "Ticker",
    "Time",
    "Timer",
    "Tuesday",
    "UTC",
    "Unix",
    "UnixDate",
    "UnixMicro",
    "UnixMilli",
    "Until",
    "Wednesday",
    "Weekday",
];

const SYNC: &[&str] = &[
    "Cond",
    "Locker",
    "Map",
    "Mutex",
    "NewCond",
    "Once",
    "Pool",
    "RWMutex",
    "WaitGroup",
];

const DURATION: &[&str] = &[
    "Abs",
    "Hours",
    "Microseconds",
    "Milliseconds",
    "Minutes",
    "Nanoseconds",
    "Round",
    "Seconds",
    "String",
    "Truncate",
];

const TIME_METHODS: &[&str] = &[
    "Add",
    "AddDate",
    "After",
    "AppendFormat",
    "Before",
    "Clock",
    "Date",
    "Day",
    "Equal",
    "Format",
    "GoString",
    "GobDecode",
    "GobEncode",
    "Hour",
    "ISOWeek",
    "In",
    "IsDST",
    "IsZero",
    "Local",
    "Location",
    "MarshalBinary",
    "MarshalJSON",
    "MarshalText",
    "Minute",
    "Month",
    "Nanosecond",
    "Round",
    "Second",
    "String",
    "Sub",
    "Truncate",
    "UTC",
    "Unix",
    "UnixMicro",
    "UnixMilli",
    "UnixNano",
    "UnmarshalBinary",
    "UnmarshalJSON",
    "UnmarshalText",
    "Weekday",
    "Year",
    "YearDay",
    "Zone",
    "ZoneBounds",
];

/// True when Go's package `pkg` exports `name`.
pub fn package_has(pkg: &str, name: &str) -> bool {
    let list = match pkg {
        "fmt" => FMT,
        "time" => TIME,
        "sync" => SYNC,
        _ => return false,
    };
    list.contains(&name)
}

/// The fields and methods Go gives a value of type `t` (through a pointer as well).
pub fn members(t: &Type) -> &'static [&'static str] {
    match t {
        Type::Ptr(inner) => members(inner),
        Type::WaitGroup => &["Add", "Done", "Wait"],
        Type::Mutex => &["Lock", "TryLock", "Unlock"],
        Type::Cond => &["Broadcast", "L", "Signal", "Wait"],
        Type::Duration => DURATION,
        Type::Time => TIME_METHODS,
        _ => &[],
    }
}

/// Go's `x.f undefined (...)` reason for a selector `name` that type `t` lacks, with its
/// hint when only the first letter's case differs (`but does have Lock`).
pub fn undefined_reason(t: &Type, name: &str) -> String {
    let mut why = format!("type {t} has no field or method {name}");
    let mut chars = name.chars();
    // Every member name is ASCII, so only an ASCII first letter can flip into one; the
    // ASCII case functions also keep Unicode's case tables (about 25 KB) out of the wasm.
    if let Some(first) = chars.next().filter(char::is_ascii_alphabetic) {
        let flipped: String = if first.is_ascii_uppercase() {
            std::iter::once(first.to_ascii_lowercase())
                .chain(chars)
                .collect()
        } else {
            std::iter::once(first.to_ascii_uppercase())
                .chain(chars)
                .collect()
        };
        if members(t).contains(&flipped.as_str()) {
            why.push_str(", but does have ");
            why.push_str(&flipped);
        }
    }
    why
}
