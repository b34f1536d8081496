//! OSTEP's sleep strings: the `-P` and `-C` options of the `threads-cv` homework, which say
//! how long each thread sleeps after each of its marker lines p0..p6 or c0..c6.
//!
//! The syntax is OSTEP's: one piece per thread, separated by `:`; each piece holds up to
//! seven comma-separated whole seconds, one per marker; missing entries are 0. For example
//! `0,0,1:2` with two producers makes producer 0 sleep 1 s after p2 and producer 1 sleep
//! 2 s after p0. OSTEP splits with `strtok`, which skips empty fields, so `1,,2` means
//! `1,2` here too: a link then behaves exactly as the same command line would. Where OSTEP's
//! `atoi` would silently read a non-number as 0, this parser reports it instead.

use crate::sim::refill::Refill;
use std::fmt;

/// Marker lines per thread: p0..p6 or c0..c6.
const MARKERS: usize = 7;

/// The longest sleep one entry may ask for, in seconds: an hour is already more than any
/// lesson needs, and the cap keeps virtual time far from overflow.
const MAX_SECONDS: u32 = 3600;

/// Per-thread sleeps in whole seconds for markers 0..6. The default is no string at all,
/// which sleeps nowhere (OSTEP without `-P`/`-C`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct SleepString {
    pieces: Vec<[u32; MARKERS]>,
}

/// Why a sleep string was rejected. The messages follow OSTEP's own wording.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SleepStringError {
    /// The number of `:`-separated pieces is not the number of threads.
    WrongPieceCount {
        /// How many threads there are (pieces expected).
        expected: usize,
        /// `producers` or `consumers`, as OSTEP names them.
        who: &'static str,
        /// How many pieces the string has.
        got: usize,
    },
    /// A piece has more than seven comma-separated entries.
    TooManyEntries,
    /// An entry is not a whole number of seconds.
    NotANumber {
        /// The entry, shortened if long.
        entry: String,
    },
    /// An entry is more than an hour.
    TooLong {
        /// The entry, shortened if long.
        entry: String,
    },
}

impl SleepString {
    /// Parses OSTEP's syntax for `threads` threads; `who` (`producers` or `consumers`) only
    /// names them in the error, as OSTEP's message does.
    pub fn parse(text: &str, threads: usize, who: &'static str) -> Result<Self, SleepStringError> {
        let mut pieces = Vec::new();
        let mut got = 0;
        for piece in text.split(':').filter(|p| !p.is_empty()) {
            let entries = parse_piece(piece)?;
            // Count every piece for the message, but never store more than are needed.
            if got < threads {
                pieces.push(entries);
            }
            got += 1;
        }
        if got != threads {
            return Err(SleepStringError::WrongPieceCount {
                expected: threads,
                who,
                got,
            });
        }
        Ok(SleepString { pieces })
    }

    /// Seconds that thread `thread` (0-based within its role) sleeps after marker `marker`;
    /// 0 when the string does not say.
    pub fn seconds(&self, thread: usize, marker: usize) -> u32 {
        let piece = self.pieces.get(thread);
        piece.and_then(|p| p.get(marker)).copied().unwrap_or(0)
    }

    /// The pieces, one per thread; empty when there is no sleep string.
    pub fn pieces(&self) -> &[[u32; MARKERS]] {
        &self.pieces
    }

    /// Whether there is no sleep string at all (nothing sleeps).
    pub fn is_empty(&self) -> bool {
        self.pieces.is_empty()
    }
}

/// One thread's piece: up to seven comma-separated entries, the rest 0.
fn parse_piece(piece: &str) -> Result<[u32; MARKERS], SleepStringError> {
    let mut seconds = [0; MARKERS];
    for (marker, entry) in piece.split(',').filter(|e| !e.is_empty()).enumerate() {
        let slot = seconds
            .get_mut(marker)
            .ok_or(SleepStringError::TooManyEntries)?;
        *slot = parse_seconds(entry)?;
    }
    Ok(seconds)
}

/// One entry: a whole number of seconds, 0..=3600.
fn parse_seconds(entry: &str) -> Result<u32, SleepStringError> {
    let shown = || super::error::shorten(entry);
    if !entry.bytes().all(|b| b.is_ascii_digit()) {
        return Err(SleepStringError::NotANumber { entry: shown() });
    }
    match entry.parse::<u32>() {
        Ok(s) if s <= MAX_SECONDS => Ok(s),
        _ => Err(SleepStringError::TooLong { entry: shown() }),
    }
}

impl fmt::Display for SleepString {
    /// Writes OSTEP's syntax back, dropping trailing zeros; parsing the text gives `self`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, piece) in self.pieces.iter().enumerate() {
            if i > 0 {
                f.write_str(":")?;
            }
            // An all-zero piece still needs one entry: OSTEP skips an empty piece.
            let len = piece
                .iter()
                .rposition(|&s| s != 0)
                .map_or(1, |last| last + 1);
            for (j, s) in piece.iter().take(len).enumerate() {
                let sep = if j > 0 { "," } else { "" };
                write!(f, "{sep}{s}")?;
            }
        }
        Ok(())
    }
}

impl fmt::Display for SleepStringError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SleepStringError::WrongPieceCount { expected, who, got } => {
                write!(
                    f,
                    "expected {expected} {who} in sleep specification, got {got}"
                )
            }
            SleepStringError::TooManyEntries => f.write_str(
                "you specified a sleep string incorrectly... (too many comma-separated args)",
            ),
            SleepStringError::NotANumber { entry } => {
                write!(f, "{entry} is not a whole number of seconds")
            }
            SleepStringError::TooLong { entry } => {
                write!(f, "{entry} seconds is too long: allowed 0 to {MAX_SECONDS}")
            }
        }
    }
}

impl std::error::Error for SleepStringError {}

impl Refill for SleepString {
    fn refill_from(&mut self, source: &Self) {
        self.pieces.refill_from(&source.pieces);
    }
}
