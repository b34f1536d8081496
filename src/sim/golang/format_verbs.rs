//! The verbs of `fmt.Printf` for one operand, ported from Go 1.19's `fmt/print.go`
//! (`printArg`, `fmtInteger`, `fmtString`, `badVerb`) and `fmt/format.go` (`pad`,
//! `fmtInteger`, `fmtSbx`, `fmtQ`, `fmtUnicode`) for the subset's values: every verb Go
//! gives an integer, a string or a bool, with its flags, width and precision.

use super::format::{value, Arg, Out};
use super::format_quote::{can_backquote, go_runes, is_print, quote_bytes, quote_rune};
use super::value::{PType, Value};

#[derive(Clone, Copy, Default)]
pub(super) struct Flags {
    pub(super) sharp: bool,
    pub(super) zero: bool,
    pub(super) plus: bool,
    pub(super) minus: bool,
    pub(super) space: bool,
    /// `%#v` (Go syntax): `#` taken by `v` for itself.
    pub(super) sharp_v: bool,
    /// `%+v` (field names): `+` taken by `v` for itself.
    pub(super) plus_v: bool,
    pub(super) wid: Option<usize>,
    pub(super) prec: Option<usize>,
}

/// One `Printf` call's output and state (Go's `pp`).
pub(super) struct Printer {
    pub(super) out: Out,
    pub(super) f: Flags,
    /// Inside `badVerb`: methods (`Duration.String`) are not called there.
    pub(super) erroring: bool,
}

impl Printer {
    /// `writePadding`: `n` spaces, or zeros with the `0` flag.
    fn padding(&mut self, n: usize) {
        let c = if self.f.zero { '0' } else { ' ' };
        for _ in 0..n {
            self.out.push(c);
        }
    }

    /// `pad`: `s` padded to the width, on the left unless `-`.
    fn pad(&mut self, s: &str) {
        self.pad_bytes(s.as_bytes());
    }

    /// `pad` of a string's bytes: the width counts runes, and each byte that is not
    /// UTF-8 counts as one (`utf8.RuneCount`).
    fn pad_bytes(&mut self, s: &[u8]) {
        let Some(wid) = self.f.wid else {
            self.out.push_bytes(s);
            return;
        };
        let fill = wid.saturating_sub(go_runes(s).len());
        if self.f.minus {
            self.out.push_bytes(s);
            self.padding(fill);
        } else {
            self.padding(fill);
            self.out.push_bytes(s);
        }
    }

    /// `fmtInteger`: `u` in `base`, with precision or zero padding, prefix and sign.
    fn integer(&mut self, v: i64, signed: bool, base: u32, upper: bool, verb: char) {
        let negative = signed && v < 0;
        let mut u = if negative { v.unsigned_abs() } else { v as u64 };
        let mut prec = 0;
        if let Some(p) = self.f.prec {
            prec = p;
            if p == 0 && u == 0 {
                let zero = std::mem::replace(&mut self.f.zero, false);
                self.padding(self.f.wid.unwrap_or(0));
                self.f.zero = zero;
                return;
            }
        } else if let (true, Some(w)) = (self.f.zero, self.f.wid) {
            prec = w;
            if negative || self.f.plus || self.f.space {
                prec = prec.saturating_sub(1);
            }
        }
        let digits: &[u8] = if upper {
            b"0123456789ABCDEFX"
        } else {
            b"0123456789abcdefx"
        };
        let mut buf: Vec<u8> = Vec::new();
        loop {
            buf.push(digits[(u % u64::from(base)) as usize]);
            u /= u64::from(base);
            if u == 0 {
                break;
            }
        }
        while buf.len() < prec {
            buf.push(b'0');
        }
        if self.f.sharp {
            match base {
                2 => buf.extend_from_slice(b"b0"),
                8 if buf.last() != Some(&b'0') => buf.push(b'0'),
                16 => buf.extend_from_slice(&[digits[16], b'0']),
                _ => {}
            }
        }
        if verb == 'O' {
            buf.extend_from_slice(b"o0");
        }
        if negative {
            buf.push(b'-');
        } else if self.f.plus {
            buf.push(b'+');
        } else if self.f.space {
            buf.push(b' ');
        }
        buf.reverse();
        let s = String::from_utf8(buf).unwrap_or_default();
        let zero = std::mem::replace(&mut self.f.zero, false);
        self.pad(&s);
        self.f.zero = zero;
    }

    /// `fmtUnicode`: `U+0041`, with `#` also `'A'`.
    fn unicode(&mut self, v: i64) {
        let u = v as u64;
        let prec = self.f.prec.filter(|&p| p > 4).unwrap_or(4);
        let mut s = format!("U+{u:0prec$X}");
        if self.f.sharp {
            if let Some(c) = u32::try_from(u).ok().and_then(char::from_u32) {
                if is_print(c) {
                    s.push_str(&format!(" '{c}'"));
                }
            }
        }
        let zero = std::mem::replace(&mut self.f.zero, false);
        self.pad(&s);
        self.f.zero = zero;
    }

    /// `fmtInteger`'s verbs for an integer `v`.
    pub(super) fn fmt_int(&mut self, v: i64, signed: bool, verb: char, arg: &Arg) {
        match verb {
            'v' | 'd' => self.integer(v, signed, 10, false, verb),
            'b' => self.integer(v, signed, 2, false, verb),
            'o' | 'O' => self.integer(v, signed, 8, false, verb),
            'x' => self.integer(v, signed, 16, false, verb),
            'X' => self.integer(v, signed, 16, true, verb),
            'c' => {
                let c = u32::try_from(v)
                    .ok()
                    .and_then(char::from_u32)
                    .unwrap_or('\u{fffd}');
                self.pad(&c.to_string());
            }
            'q' => self.pad(&quote_rune(v, self.f.plus)),
            'U' => self.unicode(v),
            _ => self.bad_verb(verb, arg),
        }
    }

    /// `fmtString`'s verbs for a string `s`.
    fn fmt_str(&mut self, s: &[u8], verb: char, arg: &Arg) {
        // A precision counts runes, each byte that is not UTF-8 as one (`truncate`).
        let truncated: &[u8] = match self.f.prec {
            Some(p) => {
                let end: usize = go_runes(s).iter().take(p).map(|(_, b)| b.len()).sum();
                &s[..end]
            }
            None => s,
        };
        match verb {
            'v' if self.f.sharp_v => self.pad(&quote_bytes(truncated, false)),
            'v' | 's' => self.pad_bytes(truncated),
            'x' | 'X' => self.hex_string(s, verb == 'X'),
            'q' if self.f.sharp && can_backquote(truncated) => {
                let mut raw = b"`".to_vec();
                raw.extend_from_slice(truncated);
                raw.push(b'`');
                self.pad_bytes(&raw);
            }
            'q' => self.pad(&quote_bytes(truncated, self.f.plus)),
            _ => self.bad_verb(verb, arg),
        }
    }

    /// `fmtSbx`: each byte as two hex digits, `% x` spaced, `%#x` prefixed.
    fn hex_string(&mut self, bytes: &[u8], upper: bool) {
        let n = self.f.prec.map_or(bytes.len(), |p| p.min(bytes.len()));
        if n == 0 {
            self.padding(self.f.wid.unwrap_or(0));
            return;
        }
        let (space, sharp) = (self.f.space, self.f.sharp);
        let mut width = 2 * n;
        if space {
            if sharp {
                width *= 2;
            }
            width += n - 1;
        } else if sharp {
            width += 2;
        }
        let fill = self.f.wid.unwrap_or(0).saturating_sub(width);
        if !self.f.minus {
            self.padding(fill);
        }
        let prefix = if upper { "0X" } else { "0x" };
        if sharp {
            self.out.push_str(prefix);
        }
        for (i, b) in bytes[..n].iter().enumerate() {
            if space && i > 0 {
                self.out.push(' ');
                if sharp {
                    self.out.push_str(prefix);
                }
            }
            if upper {
                self.out.push_str(&format!("{b:02X}"));
            } else {
                self.out.push_str(&format!("{b:02x}"));
            }
        }
        if self.f.minus {
            self.padding(fill);
        }
    }

    /// `badVerb`: `%!d(string=hi)`, the value printed with `%v` under the same flags.
    fn bad_verb(&mut self, verb: char, arg: &Arg) {
        self.erroring = true;
        self.out.push_str(&format!("%!{verb}("));
        if arg.kind == PType::Nil {
            self.out.push_str("<nil>");
        } else {
            self.out.push_str(&arg.type_name);
            self.out.push('=');
            self.print_arg(arg, 'v');
        }
        self.out.push(')');
        self.erroring = false;
    }

    /// `printArg`: one operand under one verb.
    pub(super) fn print_arg(&mut self, arg: &Arg, verb: char) {
        let sharp_v = self.f.sharp_v;
        let v = match &arg.value {
            Value::Cell(c) => c.borrow().clone(),
            v => v.clone(),
        };
        match (arg.kind, &v) {
            (PType::Nil, _) => match verb {
                'T' | 'v' => self.pad("<nil>"),
                _ => self.bad_verb(verb, arg),
            },
            (_, _) if verb == 'T' => {
                let name = arg.type_name.clone();
                self.fmt_str(name.as_bytes(), 's', arg);
            }
            (PType::Chan | PType::Func, _) if verb == 'p' => self.pad(&value(&v, arg.kind)),
            (_, _) if verb == 'p' => self.bad_verb(verb, arg),
            (PType::Bool, Value::Bool(b)) => match verb {
                't' | 'v' => self.pad(if *b { "true" } else { "false" }),
                _ => self.bad_verb(verb, arg),
            },
            (PType::Int | PType::Rune, Value::Int(n)) => self.fmt_int(*n, true, verb, arg),
            (PType::Str, Value::Str(s)) => self.fmt_str(s, verb, arg),
            // A Stringer (`Duration`, `Time`) prints its `String()` for the verbs that
            // take a string, except inside a complaint; otherwise it is its number.
            (PType::Duration | PType::Time, Value::Int(n)) => {
                if !self.erroring && !sharp_v && matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
                    let s = value(&v, arg.kind);
                    self.fmt_str(s.as_bytes(), verb, arg);
                } else if arg.kind == PType::Duration {
                    self.fmt_int(*n, true, verb, arg);
                } else {
                    self.pad(&value(&v, arg.kind));
                }
            }
            // A struct is written field by field, unpadded: `{}` for `struct{}{}`.
            (PType::Unit, _) if sharp_v => self.out.push_str("struct {}{}"),
            (PType::Unit, _) => self.out.push_str("{}"),
            (PType::Chan | PType::Func, _) => match verb {
                'v' => self.pad(&value(&v, arg.kind)),
                // `fmtPointer` prints the address as an unsigned integer: a nil channel's
                // `%d` is `0`, `%#x` is `0x0`.
                'b' | 'o' | 'd' | 'x' | 'X' => {
                    let text = value(&v, arg.kind);
                    let address = text
                        .strip_prefix("0x")
                        .and_then(|h| i64::from_str_radix(h, 16).ok())
                        .unwrap_or(0);
                    self.fmt_int(address, false, verb, arg);
                }
                _ => self.bad_verb(verb, arg),
            },
            // A sync struct prints field by field, each under the verb and its width;
            // `%+v` names the fields, as Go 1.19 declares them.
            (PType::SyncValue | PType::Ptr, Value::Str(s)) if matches!(verb, 'v' | 'd') => {
                match super::format_sync::sync_fields(&super::value::lossy(s)) {
                    Some((amp, fields)) => self.sync_struct(amp, &fields, verb, arg),
                    None => self.pad(&value(&v, arg.kind)),
                }
            }
            _ => self.pad(&value(&v, arg.kind)),
        }
    }
}
