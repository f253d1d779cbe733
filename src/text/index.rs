//! Finding, among items in text order, the first one whose start (or end)
//! is at or after a position, without a binary search over them all: on a
//! large article such searches miss the cache at every step.

/// Bytes of text per entry.
const STEP: usize = 64;

/// For every 64 positions (bytes of text, or tokens), the first item whose
/// key, its start or its end, is at or after them.
#[derive(Debug, Clone, Default)]
pub struct StartIndex(Vec<u32>);

impl StartIndex {
    /// `starts` are the items' keys, in order, from 0 to about `text_len`.
    pub fn new(text_len: usize, starts: impl IntoIterator<Item = usize>) -> StartIndex {
        let entries = text_len / STEP + 2;
        let mut index = Vec::with_capacity(entries);
        let mut k = 0u32;
        for start in starts {
            while index.len() < entries && start >= index.len() * STEP {
                index.push(k);
            }
            k += 1;
        }
        index.resize(entries, k);
        StartIndex(index)
    }

    /// The first of `items` whose key (by `start`) is at or after `pos`;
    /// `items.len()` when there is none.
    pub fn first_at<T>(&self, items: &[T], start: impl Fn(&T) -> usize, pos: usize) -> usize {
        let n = items.len();
        let entry = |i: usize| self.0.get(i).map_or(n, |&k| (k as usize).min(n));
        let (lo, hi) = (entry(pos / STEP), entry(pos / STEP + 1));
        lo + items[lo..hi].partition_point(|t| start(t) < pos)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_a_full_search() {
        let starts: Vec<usize> = vec![0, 3, 3, 70, 71, 200, 640, 641, 1000];
        let index = StartIndex::new(1100, starts.iter().copied());
        for pos in 0..1200 {
            let want = starts.partition_point(|&s| s < pos);
            assert_eq!(index.first_at(&starts, |&s| s, pos), want, "at {pos}");
        }
    }

    #[test]
    fn empty_and_beyond_the_text() {
        let none: Vec<usize> = Vec::new();
        let index = StartIndex::new(10, none.iter().copied());
        assert_eq!(index.first_at(&none, |&s| s, 5), 0);
        let one = vec![4usize];
        let index = StartIndex::new(10, one.iter().copied());
        assert_eq!(index.first_at(&one, |&s| s, 1_000_000), 1);
    }
}
