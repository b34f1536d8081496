//! `%v`, `%+v` and `%d` of a `sync.WaitGroup` or `sync.Mutex` (or a pointer to one):
//! Go prints a struct field by field, each under the verb, flags and width, and `%+v`
//! names the fields as Go 1.19 declares them (`{state:1 sema:0}`,
//! `{noCopy:{} state1:8589934592 state2:0}`).

use super::format::Arg;
use super::format_verbs::Printer;

/// A field's name and value (`None`: the empty `noCopy` struct).
pub(super) type Field = (&'static str, Option<i64>);

impl Printer {
    /// A sync struct's fields, each printed with the verb and flags (`printValue`).
    pub(super) fn sync_struct(&mut self, amp: bool, fields: &[Field], verb: char, arg: &Arg) {
        if amp {
            self.out.push('&');
        }
        self.out.push('{');
        for (i, (name, v)) in fields.iter().enumerate() {
            if i > 0 {
                self.out.push(' ');
            }
            if self.f.plus_v {
                self.out.push_str(name);
                self.out.push(':');
            }
            match v {
                Some(n) => self.fmt_int(*n, false, verb, arg),
                None => self.out.push_str("{}"),
            }
        }
        self.out.push('}');
    }
}

/// The fields of a rendered sync struct: `{{} 8589934592 0}` (a `sync.WaitGroup`:
/// `noCopy`, `state1`, `state2`) or `{1 0}` (a `sync.Mutex`: `state`, `sema`), after
/// an `&` for a pointer. `None` for the empty `noCopy` field's value.
pub(super) fn sync_fields(text: &str) -> Option<(bool, Vec<Field>)> {
    let (amp, body) = match text.strip_prefix('&') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let body = body.strip_prefix('{')?.strip_suffix('}')?;
    if let Some(rest) = body.strip_prefix("{} ") {
        let (a, b) = rest.split_once(' ')?;
        let fields = vec![
            ("noCopy", None),
            ("state1", Some(a.parse().ok()?)),
            ("state2", Some(b.parse().ok()?)),
        ];
        return Some((amp, fields));
    }
    let (a, b) = body.split_once(' ')?;
    Some((
        amp,
        vec![
            ("state", Some(a.parse().ok()?)),
            ("sema", Some(b.parse().ok()?)),
        ],
    ))
}
