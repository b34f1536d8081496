//! `fmt.Println`, `fmt.Print` and `fmt.Printf`, byte for byte as Go prints them: `%v`
//! of each type (a `time.Duration` prints as `1.5s`, with integer arithmetic as Go's own
//! `Duration.String` does), the verbs `%d %s %v %t %q %c %x`, flags and widths, and Go's
//! complaints (`%!d(string=hi)`, `%!d(MISSING)`, `%!(EXTRA int=1)`).

use super::value::{PType, Value};

/// `strconv.Quote`: a double-quoted Go string literal.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\x0b' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

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
        (Value::Str(s), _) => s.to_string(),
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

/// `fmt.Println`: operands separated by spaces, then a newline.
pub fn println(args: &[(Value, PType)]) -> String {
    let mut out = String::new();
    for (i, (v, t)) in args.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&value(v, *t));
    }
    out.push('\n');
    out
}

/// `fmt.Print`: a space between operands when neither is a string.
pub fn print(args: &[(Value, PType)]) -> String {
    let mut out = String::new();
    for (i, (v, t)) in args.iter().enumerate() {
        if i > 0 && *t != PType::Str && args[i - 1].1 != PType::Str {
            out.push(' ');
        }
        out.push_str(&value(v, *t));
    }
    out
}

/// `fmt.Printf`.
pub fn printf(format: &str, args: &[(Value, PType)]) -> String {
    let mut out = String::new();
    let mut next = 0;
    let mut chars = format.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let (mut minus, mut plus, mut zero, mut space, mut sharp) =
            (false, false, false, false, false);
        while let Some(&(_, f)) = chars.peek() {
            match f {
                '-' => minus = true,
                '+' => plus = true,
                '0' => zero = true,
                ' ' => space = true,
                '#' => sharp = true,
                _ => break,
            }
            chars.next();
        }
        let mut width: Option<usize> = None;
        while let Some(&(_, d)) = chars.peek() {
            let Some(d) = d.to_digit(10) else { break };
            width = Some(
                width
                    .unwrap_or(0)
                    .saturating_mul(10)
                    .saturating_add(d as usize)
                    .min(10_000),
            );
            chars.next();
        }
        let mut prec: Option<usize> = None;
        if chars.peek().map(|p| p.1) == Some('.') {
            chars.next();
            prec = Some(0);
            while let Some(&(_, d)) = chars.peek() {
                let Some(d) = d.to_digit(10) else { break };
                prec = Some(
                    prec.unwrap_or(0)
                        .saturating_mul(10)
                        .saturating_add(d as usize)
                        .min(10_000),
                );
                chars.next();
            }
        }
        let Some((_, verb)) = chars.next() else {
            out.push_str("%!(NOVERB)");
            break;
        };
        if verb == '%' {
            out.push('%');
            continue;
        }
        let Some((v, t)) = args.get(next) else {
            out.push_str(&format!("%!{verb}(MISSING)"));
            continue;
        };
        next += 1;
        let _ = space;
        let body = verb_body(verb, v, *t, plus, sharp, prec);
        let Some(body) = body else {
            out.push_str(&format!("%!{verb}({}={})", t.name(), value(v, *t)));
            continue;
        };
        let numeric = matches!(verb, 'd' | 'x' | 'X') || (verb == 'v' && matches!(t, PType::Int));
        pad(&mut out, &body, width, minus, zero && !minus && numeric);
    }
    if next < args.len() {
        out.push_str("%!(EXTRA ");
        let extra: Vec<String> = args[next..]
            .iter()
            .map(|(v, t)| format!("{}={}", t.name(), value(v, *t)))
            .collect();
        out.push_str(&extra.join(", "));
        out.push(')');
    }
    out
}

fn verb_body(
    verb: char,
    v: &Value,
    t: PType,
    plus: bool,
    sharp: bool,
    prec: Option<usize>,
) -> Option<String> {
    let int = matches!(t, PType::Int | PType::Duration) && matches!(v, Value::Int(_));
    Some(match verb {
        'v' if plus && int && t == PType::Int && v.int() >= 0 => format!("+{}", v.int()),
        'v' => value(v, t),
        'd' if int => {
            if plus && v.int() >= 0 {
                format!("+{}", v.int())
            } else {
                v.int().to_string()
            }
        }
        'x' if int => hex(v.int(), false, sharp),
        'X' if int => hex(v.int(), true, sharp),
        'x' if t == PType::Str => value(v, t).bytes().map(|b| format!("{b:02x}")).collect(),
        'c' if int => char::from_u32(v.int() as u32)
            .unwrap_or('\u{fffd}')
            .to_string(),
        'q' if int => format!("'{}'", char::from_u32(v.int() as u32).unwrap_or('\u{fffd}')),
        's' | 'q' if t == PType::Str || t == PType::Duration => {
            let mut s = value(v, t);
            if let Some(p) = prec {
                s = s.chars().take(p).collect();
            }
            if verb == 'q' {
                quote(&s)
            } else {
                s
            }
        }
        't' if t == PType::Bool => value(v, t),
        _ => return None,
    })
}

fn hex(n: i64, upper: bool, sharp: bool) -> String {
    let digits = if upper {
        format!("{:X}", n.unsigned_abs())
    } else {
        format!("{:x}", n.unsigned_abs())
    };
    let prefix = if sharp {
        if upper {
            "0X"
        } else {
            "0x"
        }
    } else {
        ""
    };
    format!("{}{prefix}{digits}", if n < 0 { "-" } else { "" })
}

fn pad(out: &mut String, body: &str, width: Option<usize>, minus: bool, zero: bool) {
    let len = body.chars().count();
    let fill = width.unwrap_or(0).saturating_sub(len);
    if minus {
        out.push_str(body);
        out.extend(std::iter::repeat_n(' ', fill));
    } else if zero {
        let (sign, digits) = match body.strip_prefix(['-', '+']) {
            Some(rest) => (&body[..1], rest),
            None => ("", body),
        };
        out.push_str(sign);
        out.extend(std::iter::repeat_n('0', fill));
        out.push_str(digits);
    } else {
        out.extend(std::iter::repeat_n(' ', fill));
        out.push_str(body);
    }
}
