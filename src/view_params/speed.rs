//! Playback speed: a few fixed multiples of real time, from a quarter to 64 times.
//!
//! Fixed steps rather than a free number, so `+` and `-` have somewhere to go and every
//! shared link names a speed the slider can show.

use std::fmt;

/// Playback speeds offered, as multiples of real time (see [`Speed`]).
pub const SPEEDS: [f64; 9] = [0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0];

/// The speeds in hundredths, index for index: names are matched as exact decimals, with
/// no float parsing (which would add several KB to the wasm).
const SPEED_HUNDREDTHS: [u64; 9] = [25, 50, 100, 200, 400, 800, 1600, 3200, 6400];

/// A plain decimal (`2`, `0.25`, `.5`, `2.0`, `064`) in hundredths, if it has no more than
/// two significant decimals and is not absurdly long.
fn hundredths(text: &str) -> Option<u64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !digits(whole) || !digits(fraction) {
        return None;
    }
    let whole: u64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let fraction = fraction.trim_end_matches('0');
    if fraction.len() > 2 {
        return None;
    }
    let cents: u64 = format!("{fraction:0<2}").parse().ok()?;
    whole.checked_mul(100)?.checked_add(cents)
}

/// Their URL spellings, index for index.
const SPEED_NAMES: [&str; 9] = ["0.25", "0.5", "1", "2", "4", "8", "16", "32", "64"];

/// A playback speed: one of [`SPEEDS`]. At 1× a virtual second of sleep plays in one real
/// second; the app also gives every statement a short beat that shrinks with the speed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Speed(usize);

impl Speed {
    /// The speed a page opens at without `speed=`: 2×.
    pub const DEFAULT: Speed = Speed(3);

    /// The multiple of real time, e.g. `0.25` or `64.0`.
    pub fn factor(self) -> f64 {
        SPEEDS[self.0]
    }

    /// How the URL spells it: `0.25`, `2`, `64`.
    pub fn name(self) -> &'static str {
        SPEED_NAMES[self.0]
    }

    /// Its position in [`SPEEDS`], for a slider.
    pub fn index(self) -> usize {
        self.0
    }

    /// The speed at `index` in [`SPEEDS`], clamped to the list.
    pub fn from_index(index: usize) -> Speed {
        Speed(index.min(SPEEDS.len() - 1))
    }

    /// The speed a URL value names (`2`, `2x`, `0.25`, `.5`, `2.0`), if it is offered.
    pub fn from_name(value: &str) -> Option<Speed> {
        let number = value.trim_end_matches(['x', 'X', '×']);
        let hundredths = hundredths(number)?;
        SPEED_HUNDREDTHS
            .iter()
            .position(|&s| s == hundredths)
            .map(Speed)
    }

    /// The next speed up, or this one at the top.
    pub fn faster(self) -> Speed {
        Speed::from_index(self.0 + 1)
    }

    /// The next speed down, or this one at the bottom.
    pub fn slower(self) -> Speed {
        Speed(self.0.saturating_sub(1))
    }
}

impl Default for Speed {
    fn default() -> Self {
        Speed::DEFAULT
    }
}

impl fmt::Display for Speed {
    /// The label the page shows: `0.25×`, `2×`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}×", self.name())
    }
}

/// Every speed's URL spelling, slowest first (for messages).
pub(super) fn names() -> [&'static str; 9] {
    SPEED_NAMES
}
