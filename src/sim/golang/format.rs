//! `fmt.Println` and `fmt.Print`, byte for byte as Go prints them, and `%v` of each
//! type (a `time.Duration` prints as `1.5s`, with integer arithmetic as Go's own
//! `Duration.String` does). `fmt.Printf` is `format_printf`; quoting is `format_quote`.

use std::rc::Rc;

use super::value::{PType, Value};

/// `strconv.Quote`: a double-quoted Go string literal of a string's bytes.
pub fn quote(s: &[u8]) -> String {
    super::format_quote::quote_bytes(s, false)
}

/// One operand of a print call: its value, how it prints, and its Go type's name as
/// `reflect` spells it (`%T`, and `%!d(chan int=0xc000010060)`).
#[derive(Clone, Debug)]
pub struct Arg {
    /// The value.
    pub value: Value,
    /// How it prints.
    pub kind: PType,
    /// `int`, `chan int`, `struct {}`, `*sync.Mutex`...
    pub type_name: Rc<str>,
}

/// Output bytes: Go writes a string's bytes as they are, UTF-8 or not.
#[derive(Default)]
pub struct Out(pub Vec<u8>);

impl Out {
    /// Appends text.
    pub fn push_str(&mut self, s: &str) {
        self.0.extend_from_slice(s.as_bytes());
    }

    /// Appends one character's UTF-8.
    pub fn push(&mut self, c: char) {
        self.push_str(c.encode_utf8(&mut [0; 4]));
    }

    /// Appends bytes as they are.
    pub fn push_bytes(&mut self, b: &[u8]) {
        self.0.extend_from_slice(b);
    }
}

pub use super::format_printf::printf;

/// Go's `Duration.String`: `1.5s`, `100ms`, `1m30s`, `0s`.
pub fn duration(d: i64) -> String {
    let neg = d < 0;
    let mut u = d.unsigned_abs();
    let mut out = String::new();
    if u < 1_000_000_000 {
        let (prec, unit) = match u {
            0 => return "0s".to_string(),
            1..=999 => (0, "ns"),
            1_000..=999_999 => (3, "µs"),
            _ => (6, "ms"),
        };
        let (frac, int) = frac(u, prec);
        out.push_str(&int.to_string());
        out.push_str(&frac);
        out.push_str(unit);
    } else {
        let (frac, secs) = frac(u, 9);
        u = secs;
        let s = format!("{}{frac}s", u % 60);
        u /= 60;
        if u > 0 {
            let m = u % 60;
            u /= 60;
            if u > 0 {
                out.push_str(&format!("{u}h"));
            }
            out.push_str(&format!("{m}m"));
        }
        out.push_str(&s);
    }
    if neg {
        out.insert(0, '-');
    }
    out
}

/// `fmtFrac`: the fraction of `v / 10^prec` without trailing zeros, and the integer part.
fn frac(mut v: u64, prec: u32) -> (String, u64) {
    let mut digits = Vec::new();
    let mut printed = false;
    for _ in 0..prec {
        let digit = v % 10;
        printed |= digit != 0;
        if printed {
            digits.push(b'0' + digit as u8);
        }
        v /= 10;
    }
    if printed {
        digits.push(b'.');
    }
    digits.reverse();
    (String::from_utf8(digits).unwrap_or_default(), v)
}

/// `%v` of one value.
pub fn value(v: &Value, t: PType) -> String {
    match (v, t) {
        (_, PType::Nil) => "<nil>".to_string(),
        (Value::Int(n), PType::Duration) => duration(*n),
        (Value::Int(n), PType::Time) => time(*n),
        (Value::Int(n), _) => n.to_string(),
        (Value::Bool(b), _) => b.to_string(),
        (Value::Str(s), _) => super::value::lossy(s).into_owned(),
        (Value::Unit, _) => "{}".to_string(),
        (Value::Chan(None) | Value::Obj(None) | Value::Func(None), _) => "<nil>".to_string(),
        (Value::Chan(Some(id)) | Value::Obj(Some(id)), _) => {
            format!("0xc{:09x}", 0x10000 + u64::from(*id) * 0x60)
        }
        (Value::Func(Some(_)), _) => "0x47b0e0".to_string(),
        (Value::Cell(c), t) => value(&c.borrow(), t),
    }
}

/// A `time.Time` from the fake clock, as `Time.String` prints it (UTC, monotonic part).
fn time(ns: i64) -> String {
    let total = 1_257_894_000_000_000_000i64 + ns;
    let secs = total.div_euclid(1_000_000_000);
    let sub = total.rem_euclid(1_000_000_000) as u64;
    let day_secs = secs.rem_euclid(86_400);
    let (year, month, day) = civil(secs.div_euclid(86_400));
    let (h, m, s) = (day_secs / 3600, day_secs / 60 % 60, day_secs % 60);
    let (frac_s, _) = frac(sub, 9);
    // The monotonic reading counts from the time package's start, one ns before the epoch.
    let mono = ns.saturating_add(1);
    format!(
        "{year}-{month:02}-{day:02} {h:02}:{m:02}:{s:02}{frac_s} +0000 UTC m=+{}.{:09}",
        mono / 1_000_000_000,
        mono % 1_000_000_000
    )
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (Hinnant's algorithm).
fn civil(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// `%v` of one value into `out`: a string's bytes as they are, UTF-8 or not.
fn write_value(out: &mut Out, a: &Arg) {
    match &a.value {
        Value::Str(s) if a.kind != PType::Nil => out.push_bytes(s),
        v => out.push_str(&value(v, a.kind)),
    }
}

/// `fmt.Println`: operands separated by spaces, then a newline.
pub fn println(args: &[Arg]) -> Vec<u8> {
    let mut out = Out::default();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        write_value(&mut out, a);
    }
    out.push('\n');
    out.0
}

/// `fmt.Print`: a space between operands when neither is a string.
pub fn print(args: &[Arg]) -> Vec<u8> {
    let mut out = Out::default();
    for (i, a) in args.iter().enumerate() {
        if i > 0 && a.kind != PType::Str && args[i - 1].kind != PType::Str {
            out.push(' ');
        }
        write_value(&mut out, a);
    }
    out.0
}
