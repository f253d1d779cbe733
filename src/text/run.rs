//! A run of tokens that holds at least one: a phrase, a name, a speaker. An
//! empty or reversed run cannot be made, so code that reads the run's first
//! or last token never has to ask.

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Run {
    start: usize,
    end: usize,
}

impl Run {
    /// The run over `r`; none when `r` is empty or reversed.
    pub fn new(r: Range<usize>) -> Option<Run> {
        (r.start < r.end).then_some(Run {
            start: r.start,
            end: r.end,
        })
    }

    /// The run of the one token `k`.
    pub fn one(k: usize) -> Run {
        Run {
            start: k,
            end: k + 1,
        }
    }

    pub fn start(self) -> usize {
        self.start
    }

    /// One past the last token.
    pub fn end(self) -> usize {
        self.end
    }

    pub fn last(self) -> usize {
        self.end - 1
    }

    /// How many tokens: never zero, so there is no `is_empty`.
    #[allow(clippy::len_without_is_empty)]
    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Without its first token, when one is left.
    pub fn drop_first(self) -> Option<Run> {
        Run::new(self.start + 1..self.end)
    }

    /// Without its last token, when one is left.
    pub fn drop_last(self) -> Option<Run> {
        Run::new(self.start..self.end - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::Run;

    #[test]
    fn empty_and_reversed_runs_cannot_be_made() {
        assert_eq!(Run::new(3..3), None);
        #[allow(clippy::reversed_empty_ranges)]
        let reversed = Run::new(4..2);
        assert_eq!(reversed, None);
        let r = Run::new(2..4).expect("two tokens");
        assert_eq!((r.start(), r.last(), r.len()), (2, 3, 2));
    }

    #[test]
    fn shrinking_stops_at_one_token() {
        let one = Run::one(5);
        assert_eq!(one.drop_first(), None);
        assert_eq!(one.drop_last(), None);
        assert_eq!(Run::new(5..7).and_then(Run::drop_last), Some(one));
    }
}
