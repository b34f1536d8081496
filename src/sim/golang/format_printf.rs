//! `fmt.Printf`'s format string, ported from Go 1.19's `doPrintf`: flags `#0+- `,
//! widths and precisions (also `*`), argument indexes (`%[2]d`), and Go's complaints
//! (`%!d(MISSING)`, `%!(EXTRA int=1)`, `%!(NOVERB)`, `%!d(BADINDEX)`, `%!(BADWIDTH)`).
//! Each verb's operand goes to `format_verbs`.

use super::format::{Arg, Out};
use super::format_verbs::{Flags, Printer};
use super::value::{PType, Value};

/// `parsenum`: a decimal number at `s[i..]`, as Go caps it (more than a million is none).
fn number(s: &[char], mut i: usize) -> (Option<usize>, usize) {
    let mut n: Option<usize> = None;
    while i < s.len() && s[i].is_ascii_digit() {
        let v = n.unwrap_or(0);
        if v > 1_000_000 {
            return (None, s.len());
        }
        n = Some(v * 10 + s[i] as usize - '0' as usize);
        i += 1;
    }
    (n, i)
}

/// `argNumber`: an explicit `[n]` at `s[i..]`. Returns the argument index to use, the
/// position after it, whether an index was written (`found`), and whether it is valid.
fn arg_index(s: &[char], i: usize, arg: usize, n_args: usize) -> (usize, usize, bool, bool) {
    if i >= s.len() || s[i] != '[' {
        return (arg, i, false, true);
    }
    if s.len() - i < 3 {
        return (arg, i + 1, false, false);
    }
    for j in i + 1..s.len() {
        if s[j] == ']' {
            let (num, end) = number(&s[..j], i + 1);
            return match num {
                Some(k) if end == j && k >= 1 && k <= n_args => (k - 1, j + 1, true, true),
                Some(_) if end == j => (arg, j + 1, true, false),
                _ => (arg, j + 1, false, false),
            };
        }
    }
    (arg, i + 1, false, false)
}

/// `intFromArg`: a `*` width or precision from the next argument, which must be an
/// integer of at most a million.
fn int_arg(args: &[Arg], arg: &mut usize) -> Option<i64> {
    let a = args.get(*arg)?;
    *arg += 1;
    match (a.kind, &a.value) {
        (PType::Int | PType::Rune | PType::Duration, Value::Int(n))
            if n.unsigned_abs() <= 1_000_000 =>
        {
            Some(*n)
        }
        _ => None,
    }
}

/// `fmt.Printf(format, args...)`: the text Go writes (`doPrintf`).
pub fn printf(format: &[u8], args: &[Arg]) -> Vec<u8> {
    // The format's text between verbs is copied as characters; a byte of it that is not
    // UTF-8 (rare in a format) is read as U+FFFD.
    let s: Vec<char> = super::value::lossy(format).chars().collect();
    let mut p = Printer {
        out: Out::default(),
        f: Flags::default(),
        erroring: false,
    };
    let (mut arg, mut i, mut reordered) = (0usize, 0usize, false);
    while i < s.len() {
        if s[i] != '%' {
            p.out.push(s[i]);
            i += 1;
            continue;
        }
        i += 1;
        p.f = Flags::default();
        let mut good = true;
        while i < s.len() {
            match s[i] {
                '#' => p.f.sharp = true,
                '0' => p.f.zero = !p.f.minus,
                '+' => p.f.plus = true,
                '-' => {
                    p.f.minus = true;
                    p.f.zero = false;
                }
                ' ' => p.f.space = true,
                _ => break,
            }
            i += 1;
        }
        let mut index = |s: &[char], i: &mut usize, arg: &mut usize, good: &mut bool| {
            let (a, j, found, ok) = arg_index(s, *i, *arg, args.len());
            reordered |= j > *i;
            *good &= ok;
            (*arg, *i) = (a, j);
            found
        };
        let mut after_index = index(&s, &mut i, &mut arg, &mut good);
        if i < s.len() && s[i] == '*' {
            i += 1;
            match int_arg(args, &mut arg) {
                Some(w) => {
                    p.f.wid = Some(w.unsigned_abs() as usize);
                    if w < 0 {
                        p.f.minus = true;
                        p.f.zero = false;
                    }
                }
                None => p.out.push_str("%!(BADWIDTH)"),
            }
            after_index = false;
        } else {
            let (w, j) = number(&s, i);
            (p.f.wid, i) = (w, j);
            if after_index && w.is_some() {
                good = false;
            }
        }
        if i + 1 < s.len() && s[i] == '.' {
            i += 1;
            if after_index {
                good = false;
            }
            after_index = index(&s, &mut i, &mut arg, &mut good);
            if i < s.len() && s[i] == '*' {
                i += 1;
                match int_arg(args, &mut arg) {
                    Some(pr) if pr >= 0 => p.f.prec = Some(pr as usize),
                    _ => p.out.push_str("%!(BADPREC)"),
                }
                after_index = false;
            } else {
                let (pr, j) = number(&s, i);
                (p.f.prec, i) = (Some(pr.unwrap_or(0)), j);
            }
        }
        if !after_index {
            index(&s, &mut i, &mut arg, &mut good);
        }
        if i >= s.len() {
            p.out.push_str("%!(NOVERB)");
            break;
        }
        let verb = s[i];
        i += 1;
        if verb == '%' {
            p.out.push('%');
        } else if !good {
            p.out.push_str(&format!("%!{verb}(BADINDEX)"));
        } else if arg >= args.len() {
            p.out.push_str(&format!("%!{verb}(MISSING)"));
        } else {
            if verb == 'v' {
                // `v` takes `#` (Go syntax) and `+` (field names, which only the sync
                // structs have) for itself: neither reaches the number or string.
                p.f.sharp_v = std::mem::take(&mut p.f.sharp);
                p.f.plus_v = std::mem::take(&mut p.f.plus);
            }
            p.print_arg(&args[arg], verb);
            arg += 1;
        }
    }
    if !reordered && arg < args.len() {
        p.f = Flags::default();
        p.out.push_str("%!(EXTRA ");
        for (k, a) in args[arg..].iter().enumerate() {
            if k > 0 {
                p.out.push_str(", ");
            }
            if a.kind == PType::Nil {
                p.out.push_str("<nil>");
            } else {
                p.out.push_str(&a.type_name);
                p.out.push('=');
                p.print_arg(a, 'v');
            }
        }
        p.out.push(')');
    }
    p.out.0
}
