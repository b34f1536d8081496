//! Standard output as the program wrote it: every [`Write`] in order, kept in chunks of
//! [`WRITES_PER_CHUNK`] so that appending never moves what is already there.
//!
//! One `Vec` of writes doubles as it grows, and each doubling copies everything written
//! so far in one go: an endless print loop's ten million writes made one step of the page
//! copy 200 MB and block it for 110 ms. With chunks, the most a push ever copies is one
//! chunk growing, a few tens of kilobytes.

use super::machine::Write;

/// Writes per chunk: a chunk of full writes is about 100 KB on wasm, small enough to grow
/// within a step, large enough that the list of chunks stays short.
pub const WRITES_PER_CHUNK: usize = 4096;

/// The writes of a run, in order, in fixed-size chunks.
#[derive(Clone, Debug, Default)]
pub struct WriteLog {
    /// Full chunks, then the last one, which may be partly full; never an empty chunk.
    chunks: Vec<Vec<Write>>,
    /// Writes in all the chunks.
    len: usize,
}

impl WriteLog {
    /// Appends `write` at the end.
    pub fn push(&mut self, write: Write) {
        match self.chunks.last_mut() {
            Some(chunk) if chunk.len() < WRITES_PER_CHUNK => chunk.push(write),
            _ => self.chunks.push(vec![write]),
        }
        self.len += 1;
    }

    /// How many writes there are.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True before the first write.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The newest write.
    pub fn last(&self) -> Option<&Write> {
        self.chunks.last().and_then(|chunk| chunk.last())
    }

    /// The write at `index`, counting from the first.
    pub fn get(&self, index: usize) -> Option<&Write> {
        self.chunks
            .get(index / WRITES_PER_CHUNK)?
            .get(index % WRITES_PER_CHUNK)
    }

    /// Every write, oldest first.
    pub fn iter(&self) -> impl Iterator<Item = &Write> {
        self.iter_from(0)
    }

    /// The writes from `from` on (none when `from` is past the end), oldest first.
    pub fn iter_from(&self, from: usize) -> impl Iterator<Item = &Write> {
        let from = from.min(self.len);
        let (first, offset) = (from / WRITES_PER_CHUNK, from % WRITES_PER_CHUNK);
        self.chunks
            .get(first..)
            .unwrap_or_default()
            .iter()
            .enumerate()
            .flat_map(move |(i, chunk)| chunk.get(if i == 0 { offset } else { 0 }..))
            .flatten()
    }

    /// Keeps the first `len` writes (all of them when there are fewer).
    pub fn truncate(&mut self, len: usize) {
        if len >= self.len {
            return;
        }
        let (full, rest) = (len / WRITES_PER_CHUNK, len % WRITES_PER_CHUNK);
        self.chunks.truncate(full + usize::from(rest > 0));
        if let Some(chunk) = self.chunks.get_mut(full) {
            chunk.truncate(rest);
        }
        self.len = len;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(i: usize) -> Write {
        Write {
            t_ns: i as u64,
            task: i % 3,
            text: i.to_string(),
        }
    }

    fn log_of(n: usize) -> WriteLog {
        let mut log = WriteLog::default();
        (0..n).for_each(|i| log.push(write(i)));
        log
    }

    fn stamps<'a>(writes: impl Iterator<Item = &'a Write>) -> Vec<u64> {
        writes.map(|w| w.t_ns).collect()
    }

    #[test]
    fn a_log_reads_back_every_write_in_order_across_chunk_boundaries() {
        let n = 2 * WRITES_PER_CHUNK + 5;
        let log = log_of(n);
        assert_eq!(log.len(), n);
        assert_eq!(stamps(log.iter()), (0..n as u64).collect::<Vec<_>>());
        assert_eq!(log.last().map(|w| w.t_ns), Some(n as u64 - 1));
        for i in [0, WRITES_PER_CHUNK - 1, WRITES_PER_CHUNK, n - 1] {
            assert_eq!(log.get(i).map(|w| w.t_ns), Some(i as u64));
        }
        assert!(log.get(n).is_none());
    }

    #[test]
    fn iter_from_starts_at_its_index_and_is_empty_past_the_end() {
        let n = WRITES_PER_CHUNK * 2;
        let log = log_of(n);
        for from in [
            0,
            1,
            WRITES_PER_CHUNK - 1,
            WRITES_PER_CHUNK,
            n - 1,
            n,
            n + 7,
        ] {
            let expected: Vec<u64> = (from.min(n) as u64..n as u64).collect();
            assert_eq!(stamps(log.iter_from(from)), expected, "from {from}");
        }
    }

    #[test]
    fn truncate_keeps_exactly_the_first_writes_and_pushing_continues_after_them() {
        for keep in [
            0,
            1,
            WRITES_PER_CHUNK - 1,
            WRITES_PER_CHUNK,
            WRITES_PER_CHUNK + 1,
        ] {
            let mut log = log_of(WRITES_PER_CHUNK * 2 + 3);
            log.truncate(keep);
            assert_eq!(log.len(), keep);
            assert_eq!(stamps(log.iter()), (0..keep as u64).collect::<Vec<_>>());
            log.push(write(keep));
            assert_eq!(log.len(), keep + 1);
            assert_eq!(log.last().map(|w| w.t_ns), Some(keep as u64));
            assert_eq!(stamps(log.iter()), (0..=keep as u64).collect::<Vec<_>>());
        }
    }

    #[test]
    fn truncating_to_more_than_the_log_holds_changes_nothing() {
        let mut log = log_of(10);
        log.truncate(11);
        assert_eq!(log.len(), 10);
        assert!(WriteLog::default().is_empty());
    }
}
