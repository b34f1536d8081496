//! The names modes, variants and policies have in URLs (and in the UI's menus).
//!
//! Each name table is written once, as a `match` in `name`; parsing searches `ALL` for the
//! name, so a name can never be added in one direction and forgotten in the other.

use crate::sim::scenario::{Mode, PolicyKind, Variant};

impl Mode {
    /// Every mode, in the order menus list them.
    pub const ALL: [Mode; 3] = [Mode::Go, Mode::Monitor, Mode::Semaphore];

    /// The URL name: `go`, `monitor` or `semaphore`.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Go => "go",
            Mode::Monitor => "monitor",
            Mode::Semaphore => "semaphore",
        }
    }

    /// The mode with this URL name.
    pub fn from_name(name: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.name() == name)
    }

    /// The variant a scenario switched to this mode starts with: the correct program.
    pub fn default_variant(self) -> Option<Variant> {
        match self {
            Mode::Go => None,
            Mode::Monitor => Some(Variant::TwoCvsWhile),
            Mode::Semaphore => Some(Variant::SemCorrect),
        }
    }

    /// Whether this mode has a main thread that ends the stream (a task after the consumers).
    pub fn has_main(self) -> bool {
        self != Mode::Go
    }
}

impl Variant {
    /// Every variant: the monitor ones, then the semaphore ones, each family's default first.
    pub const ALL: [Variant; 6] = [
        Variant::TwoCvsWhile,
        Variant::TwoCvsIf,
        Variant::OneCvWhile,
        Variant::TwoCvsWhileExtraUnlock,
        Variant::SemCorrect,
        Variant::SemMutexOutside,
    ];

    /// The URL name, e.g. `two-cvs-if` or `mutex-outside`.
    pub fn name(self) -> &'static str {
        match self {
            Variant::TwoCvsWhile => "two-cvs-while",
            Variant::TwoCvsIf => "two-cvs-if",
            Variant::OneCvWhile => "one-cv-while",
            Variant::TwoCvsWhileExtraUnlock => "two-cvs-while-extra-unlock",
            Variant::SemCorrect => "correct",
            Variant::SemMutexOutside => "mutex-outside",
        }
    }

    /// The mode this variant belongs to.
    pub fn mode(self) -> Mode {
        match self {
            Variant::SemCorrect | Variant::SemMutexOutside => Mode::Semaphore,
            _ => Mode::Monitor,
        }
    }

    /// The variant of `mode` with this URL name (names are looked up within one mode).
    pub fn from_name(mode: Mode, name: &str) -> Option<Variant> {
        let mut of_mode = Variant::ALL.into_iter().filter(|v| v.mode() == mode);
        of_mode.find(|v| v.name() == name)
    }

    /// The URL names of `mode`'s variants, comma-separated (for messages and docs).
    pub fn names_of(mode: Mode) -> String {
        let of_mode = Variant::ALL.into_iter().filter(|v| v.mode() == mode);
        of_mode.map(Variant::name).collect::<Vec<_>>().join(", ")
    }
}

/// The variant after the mode became `mode`: kept if it belongs to that mode, otherwise the
/// mode's default (and none in Go mode). Parser and serializer share this rule.
pub(super) fn variant_for_mode(variant: Option<Variant>, mode: Mode) -> Option<Variant> {
    match variant {
        Some(v) if v.mode() == mode => Some(v),
        _ => mode.default_variant(),
    }
}

impl PolicyKind {
    /// Every policy, in the order menus list them: the faithful defaults first.
    pub const ALL: [PolicyKind; 6] = [
        PolicyKind::GoRuntime,
        PolicyKind::OsThreads,
        PolicyKind::RunUntilBlock,
        PolicyKind::RoundRobin,
        PolicyKind::Random,
        PolicyKind::Manual,
    ];

    /// The order a run of `mode` follows when its link names no `policy`: the real
    /// program's. Go mode runs in Go 1.19's single-processor order (`go-runtime`); the
    /// monitor and semaphore modes as OSTEP's C programs' threads run (`os-threads`).
    pub fn default_for(mode: Mode) -> PolicyKind {
        match mode {
            Mode::Go => PolicyKind::GoRuntime,
            Mode::Monitor | Mode::Semaphore => PolicyKind::OsThreads,
        }
    }

    /// The URL name, e.g. `run-until-block`.
    pub fn name(self) -> &'static str {
        match self {
            PolicyKind::RunUntilBlock => "run-until-block",
            PolicyKind::RoundRobin => "round-robin",
            PolicyKind::Random => "random",
            PolicyKind::Manual => "manual",
            PolicyKind::GoRuntime => "go-runtime",
            PolicyKind::OsThreads => "os-threads",
        }
    }

    /// The policy with this URL name.
    pub fn from_name(name: &str) -> Option<PolicyKind> {
        PolicyKind::ALL.into_iter().find(|p| p.name() == name)
    }
}
