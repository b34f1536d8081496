//! The scenario editor's form as data: one text value per URL parameter, read from a
//! [`Scenario`] and checked by the scenario's own URL parser.
//!
//! Validation is not written twice: the form becomes a query string and goes through
//! [`parse_query`], so the editor accepts exactly what a link accepts and its messages are
//! the link's messages, naming the parameter.

use crate::sim::scenario::{parse_query, Mode, ParamError, PolicyKind, Scenario};

/// One editable URL parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// `mode`: go, monitor or semaphore.
    Mode,
    /// `variant` (monitor and semaphore modes only).
    Variant,
    /// `producers`.
    Producers,
    /// `consumers`.
    Consumers,
    /// `capacity`.
    Capacity,
    /// `items`.
    Items,
    /// `produce_ms` (Go mode).
    ProduceMs,
    /// `consume_ms` (Go mode).
    ConsumeMs,
    /// `psleep` (monitor and semaphore modes).
    Psleep,
    /// `csleep` (monitor and semaphore modes).
    Csleep,
    /// `close` (Go mode).
    Close,
    /// `policy`.
    Policy,
    /// `seed`.
    Seed,
}

impl Field {
    /// Every field, in form order (also the order the parser applies them).
    pub const ALL: [Field; 13] = [
        Field::Mode,
        Field::Variant,
        Field::Producers,
        Field::Consumers,
        Field::Capacity,
        Field::Items,
        Field::ProduceMs,
        Field::ConsumeMs,
        Field::Psleep,
        Field::Csleep,
        Field::Close,
        Field::Policy,
        Field::Seed,
    ];

    /// The URL key, which is also the field's name in messages.
    pub fn key(self) -> &'static str {
        match self {
            Field::Mode => "mode",
            Field::Variant => "variant",
            Field::Producers => "producers",
            Field::Consumers => "consumers",
            Field::Capacity => "capacity",
            Field::Items => "items",
            Field::ProduceMs => "produce_ms",
            Field::ConsumeMs => "consume_ms",
            Field::Psleep => "psleep",
            Field::Csleep => "csleep",
            Field::Close => "close",
            Field::Policy => "policy",
            Field::Seed => "seed",
        }
    }

    /// Whether the field applies in `mode`: Go has no variants or sleep strings, and the
    /// OSTEP programs have no millisecond sleeps or channel to close.
    pub fn applies_in(self, mode: Mode) -> bool {
        match self {
            Field::Variant | Field::Psleep | Field::Csleep => mode != Mode::Go,
            Field::ProduceMs | Field::ConsumeMs | Field::Close => mode == Mode::Go,
            _ => true,
        }
    }
}

/// The form's values, as typed: one string per [`Field`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fields([String; 13]);

impl Fields {
    /// The values that describe `s`.
    pub fn of(s: &Scenario) -> Fields {
        let join = |list: &[u32]| {
            list.iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(",")
        };
        Fields([
            s.mode.name().to_string(),
            s.variant.map_or(String::new(), |v| v.name().to_string()),
            s.producers.to_string(),
            s.consumers.to_string(),
            s.capacity.to_string(),
            s.items.to_string(),
            join(&s.produce_ms),
            join(&s.consume_ms),
            s.psleep.to_string(),
            s.csleep.to_string(),
            u8::from(s.close).to_string(),
            s.policy.name().to_string(),
            s.seed.to_string(),
        ])
    }

    /// The value of `field`.
    pub fn get(&self, field: Field) -> &str {
        &self.0[field as usize]
    }

    /// Sets `field`. A new mode also picks that mode's default variant, as a link does,
    /// and its default policy if the policy was the old mode's default.
    pub fn set(&mut self, field: Field, value: String) {
        if field == Field::Mode {
            let new_mode = Mode::from_name(&value);
            let variant = new_mode.and_then(Mode::default_variant);
            self.0[Field::Variant as usize] = variant.map_or(String::new(), |v| v.name().into());
            let old_default = PolicyKind::default_for(self.mode()).name();
            if let Some(mode) = new_mode.filter(|_| self.get(Field::Policy) == old_default) {
                self.0[Field::Policy as usize] = PolicyKind::default_for(mode).name().into();
            }
        }
        self.0[field as usize] = value;
    }

    /// The mode the form currently names (Go while it names none).
    pub fn mode(&self) -> Mode {
        Mode::from_name(self.get(Field::Mode)).unwrap_or(Mode::Go)
    }

    /// The query string for these values on top of `preset`, leaving out the fields that
    /// do not apply in the chosen mode.
    pub fn query(&self, preset: Option<&str>) -> String {
        let mode = self.mode();
        let preset = preset.map(|p| format!("preset={}", encode(p)));
        let fields = Field::ALL
            .into_iter()
            .filter(|f| f.applies_in(mode))
            .map(|f| format!("{}={}", f.key(), encode(self.get(f).trim())));
        preset
            .into_iter()
            .chain(fields)
            .collect::<Vec<_>>()
            .join("&")
    }

    /// The scenario these values describe, or every problem with them. Problems with keys
    /// the form does not edit (a preset's schedule that no longer fits the new counts) are
    /// not the learner's to fix: that schedule is dropped, as a link would drop it.
    pub fn validate(&self, preset: Option<&'static str>) -> Result<Scenario, Vec<ParamError>> {
        let parsed = parse_query(&self.query(preset));
        let errors: Vec<ParamError> = parsed
            .errors
            .into_iter()
            .filter(|e| Field::ALL.iter().any(|f| f.key() == e.key))
            .collect();
        if errors.is_empty() {
            Ok(parsed.scenario)
        } else {
            Err(errors)
        }
    }
}

/// A parser message without its "(kept the default, ..)" tail: in the editor nothing was
/// kept, the form simply was not applied.
pub fn message(e: &ParamError) -> String {
    let text = e.to_string();
    let tail = format!(" (kept the default, {})", e.kept);
    text.strip_suffix(&tail)
        .map_or(text.clone(), str::to_string)
}

/// Percent-encodes everything but unreserved characters and the list separators `,:.*`,
/// so a typed `&` or `=` stays inside its value.
fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~,:*".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
