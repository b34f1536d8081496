//! `panels=`: what an embedded page shows beyond the stage, the controls and the
//! narration, as a comma-separated list: `code`, `console`, `queues`, `book`, `timeline`.
//!
//! A small bit set rather than a `Vec`, so [`super::ViewParams`] stays `Copy` and the
//! links write the names back in one fixed order whatever order the link had.

/// One panel an embed can add.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Panel {
    /// Each task's code, with its current line (the task cards).
    Code,
    /// What the program printed.
    Console,
    /// The wait queues (in the monitor and semaphore modes: locks and queues).
    Queues,
    /// The book's trace table beside a figure preset.
    Book,
    /// The timeline, with its cursor.
    Timeline,
}

impl Panel {
    /// Every panel, in the order links write them.
    pub const ALL: [Panel; 5] = [
        Panel::Code,
        Panel::Console,
        Panel::Queues,
        Panel::Book,
        Panel::Timeline,
    ];

    /// The name in a `panels=` list.
    pub fn name(self) -> &'static str {
        match self {
            Panel::Code => "code",
            Panel::Console => "console",
            Panel::Queues => "queues",
            Panel::Book => "book",
            Panel::Timeline => "timeline",
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of [`Panel`]s; the default is empty (the embed shows only the stage).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Panels(u8);

impl Panels {
    /// True when `panel` is in the set.
    pub fn has(self, panel: Panel) -> bool {
        self.0 & panel.bit() != 0
    }

    /// True when no panel is chosen.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The set with `panel` added.
    pub fn with(self, panel: Panel) -> Panels {
        Panels(self.0 | panel.bit())
    }

    /// Reads `code,console`: `Err` names the first unknown entry. Empty entries are
    /// skipped, so `panels=` alone (or `code,,console`) is fine.
    pub fn parse(list: &str) -> Result<Panels, String> {
        let mut set = Panels::default();
        for entry in list.split(',').map(str::trim).filter(|e| !e.is_empty()) {
            let panel = Panel::ALL.into_iter().find(|p| p.name() == entry);
            set = set.with(panel.ok_or_else(|| entry.to_string())?);
        }
        Ok(set)
    }

    /// The names, comma-separated, in [`Panel::ALL`] order: `code,timeline`.
    pub fn names(self) -> String {
        let names: Vec<&str> = Panel::ALL
            .into_iter()
            .filter(|&p| self.has(p))
            .map(Panel::name)
            .collect();
        names.join(",")
    }
}
