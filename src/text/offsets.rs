//! A byte range of the text in eight bytes, for what an analysis keeps by
//! the ten thousand (cues, speakers' mentions, figures). A text is at most
//! `MAX_BYTES` long, so both ends fit in 32 bits.

use super::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Offsets {
    start: u32,
    end: u32,
}

const _: () = assert!(crate::source::MAX_BYTES < u32::MAX as u64);

/// An offset into a text of at most `MAX_BYTES` bytes.
pub fn small(x: usize) -> u32 {
    u32::try_from(x).unwrap_or(u32::MAX)
}

impl Offsets {
    pub fn start(self) -> usize {
        self.start as usize
    }
    pub fn end(self) -> usize {
        self.end as usize
    }
    pub fn span(self) -> Span {
        self.start()..self.end()
    }
}

impl From<&Span> for Offsets {
    fn from(s: &Span) -> Offsets {
        Offsets {
            start: small(s.start),
            end: small(s.end),
        }
    }
}

impl From<Span> for Offsets {
    fn from(s: Span) -> Offsets {
        Offsets::from(&s)
    }
}

impl From<Offsets> for Span {
    fn from(o: Offsets) -> Span {
        o.span()
    }
}

#[cfg(test)]
mod tests {
    use super::Offsets;

    #[test]
    fn a_span_comes_back_whole() {
        let o = Offsets::from(7..4_000_000);
        assert_eq!((o.start(), o.end(), o.span()), (7, 4_000_000, 7..4_000_000));
        assert_eq!(std::mem::size_of::<Option<Offsets>>(), 12);
    }
}
