//! Case-insensitive search in the article text.

use crate::text::Span;

#[derive(Debug, Clone, Default)]
pub struct Search {
    pub query: String,
    pub matches: Vec<Span>,
    pub current: Option<usize>,
    /// The article's first row on screen when the search began, to go back
    /// to when it is cancelled.
    pub began_at: Option<usize>,
    /// The text folded for matching, made once.
    folded: Option<Folded>,
}

/// Text lower-cased and without accents ("Zoë" → "zoe"), with where its
/// bytes stand in the text it was made from.
#[derive(Debug, Clone, Default)]
struct Folded {
    text: String,
    /// (offset in the folded text, offset in the original) from each
    /// point where a letter's length changed: between two such points the
    /// offsets move together.
    shifts: Vec<(usize, usize)>,
}

impl Folded {
    fn new(s: &str) -> Folded {
        use unicode_normalization::UnicodeNormalization;
        let mut text = String::with_capacity(s.len());
        let mut shifts = vec![(0, 0)];
        for (at, c) in s.char_indices() {
            let base = if c.is_ascii() {
                c
            } else {
                c.nfd().next().unwrap_or(c)
            };
            let before = text.len();
            text.extend(base.to_lowercase());
            if text.len() - before != c.len_utf8() {
                shifts.push((text.len(), at + c.len_utf8()));
            }
        }
        Folded { text, shifts }
    }

    /// The original offset of folded offset `f`, a letter's boundary.
    fn original(&self, f: usize) -> usize {
        let i = self.shifts.partition_point(|&(s, _)| s <= f) - 1;
        let (s, o) = self.shifts[i];
        o + (f - s)
    }
}

impl Search {
    /// Starts typing a new query.
    pub fn start(&mut self) {
        self.clear();
    }

    /// Forgets the query and its matches.
    pub fn clear(&mut self) {
        self.query.clear();
        self.matches.clear();
        self.current = None;
    }

    /// A search with matches that `n`/`N` move between.
    pub fn active(&self) -> bool {
        !self.matches.is_empty()
    }

    /// Finds the query in `text`; the current match is the first at or
    /// after `from`.
    pub fn run(&mut self, text: &str, from: usize) {
        self.matches.clear();
        self.current = None;
        let q = Folded::new(&self.query).text;
        if q.is_empty() {
            return;
        }
        let folded = self.folded.get_or_insert_with(|| Folded::new(text));
        self.matches = folded
            .text
            .match_indices(q.as_str())
            .map(|(i, m)| folded.original(i)..folded.original(i + m.len()))
            .collect();
        if !self.matches.is_empty() {
            let at = self.matches.partition_point(|m| m.start < from);
            self.current = Some(if at < self.matches.len() { at } else { 0 });
        }
    }

    pub fn current_span(&self) -> Option<Span> {
        self.current.and_then(|i| self.matches.get(i).cloned())
    }

    /// Moves to the next or previous match, wrapping around.
    pub fn step(&mut self, forward: bool) -> Option<Span> {
        let n = self.matches.len();
        if n == 0 {
            return None;
        }
        let i = self.current.unwrap_or(0);
        self.current = Some(if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        });
        self.current_span()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_ignore_case_and_keep_offsets() {
        let text = "Ärzte and INTERPOL met; interpol agreed. Straße.";
        let mut s = Search {
            query: "Interpol".into(),
            ..Search::default()
        };
        s.run(text, 0);
        assert_eq!(s.matches.len(), 2);
        for m in &s.matches {
            assert!(text[m.clone()].eq_ignore_ascii_case("interpol"));
        }
        s.query = "ärzte".into();
        s.run(text, 0);
        assert_eq!(s.matches, vec![0..6]);
    }

    #[test]
    fn current_match_starts_at_the_view_and_wraps() {
        let text = "ab ab ab";
        let mut s = Search {
            query: "AB".into(),
            ..Search::default()
        };
        s.run(text, 4);
        assert_eq!(s.current, Some(2));
        assert_eq!(s.step(true), Some(0..2));
        assert_eq!(s.step(false), Some(6..8));
    }

    #[test]
    fn accents_are_ignored_and_matches_cover_whole_letters() {
        let text = "Zoë Lefèvre met Zoe at the Café.";
        let mut s = Search {
            query: "zoe".into(),
            ..Search::default()
        };
        s.run(text, 0);
        let found: Vec<&str> = s.matches.iter().map(|m| &text[m.clone()]).collect();
        assert_eq!(found, ["Zoë", "Zoe"]);
        s.query = "lefevre".into();
        s.run(text, 0);
        assert_eq!(&text[s.matches[0].clone()], "Lefèvre");
        s.query = "café".into();
        s.run(text, 0);
        assert_eq!(&text[s.matches[0].clone()], "Café");
    }
}
