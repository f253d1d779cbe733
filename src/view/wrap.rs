//! The article wrapped to a width: rows of words, each word a byte range into
//! the article text (or into the composed metadata line). Computed once per
//! width and kept in the app state, so scrolling and jumps never re-wrap, and
//! a span maps to its row exactly.

use textwrap::core::{Fragment, display_width};
use textwrap::wrap_algorithms::wrap_first_fit;

use crate::Article;
use crate::text::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Title,
    /// Words index the metadata line, not the article text.
    Meta,
    Body,
    Blank,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub kind: RowKind,
    /// Indexes into `Wrapped::words`.
    pub words: std::ops::Range<usize>,
}

#[derive(Debug, Clone, Default)]
pub struct Wrapped {
    pub width: usize,
    /// Byte ranges of words (or pieces of words too long for a line).
    pub words: Vec<Span>,
    pub rows: Vec<Row>,
    /// For each row, the text position it stands for; never decreasing, so a
    /// position finds its row by binary search.
    pos: Vec<usize>,
}

/// A word for the wrapping algorithm: its display width, followed by one space.
#[derive(Debug)]
struct Piece(f64);

impl Fragment for Piece {
    fn width(&self) -> f64 {
        self.0
    }
    fn whitespace_width(&self) -> f64 {
        1.0
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

impl Wrapped {
    /// Wraps the title, the metadata line and the body paragraphs to `width`
    /// columns (at least one).
    pub fn new(article: &Article, meta: &str, width: usize) -> Wrapped {
        let width = width.max(1);
        let mut w = Wrapped {
            width,
            ..Wrapped::default()
        };
        let text = article.text.as_str();
        if let Some(t) = &article.title {
            w.paragraph(text, t.clone(), RowKind::Title);
        }
        let after_title = article.title.as_ref().map_or(0, |t| t.end);
        if !meta.is_empty() {
            let first = w.rows.len();
            w.paragraph(meta, 0..meta.len(), RowKind::Meta);
            // Metadata rows stand for the end of the title in the text.
            for p in &mut w.pos[first..] {
                *p = after_title;
            }
        }
        for p in &article.paragraphs {
            if !w.rows.is_empty() {
                let at = w.pos.last().copied().unwrap_or(0);
                w.blank(at);
            }
            w.paragraph(text, p.clone(), RowKind::Body);
        }
        w
    }

    fn blank(&mut self, pos: usize) {
        let n = self.words.len();
        self.rows.push(Row {
            kind: RowKind::Blank,
            words: n..n,
        });
        self.pos.push(pos);
    }

    fn paragraph(&mut self, text: &str, span: Span, kind: RowKind) {
        let first = self.words.len();
        let mut widths = Vec::new();
        let s = &text[span.clone()];
        let mut start = None;
        // The metadata line keeps what it joins with a no-break space (a
        // date and its time) on one row; in the body any space may break.
        let breaks = |c: char| c.is_whitespace() && !(kind == RowKind::Meta && c == '\u{a0}');
        for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
            match (breaks(c), start) {
                (true, Some(a)) => {
                    self.push_word(text, span.start + a..span.start + i, &mut widths);
                    start = None;
                }
                (false, None) => start = Some(i),
                _ => {}
            }
        }
        if self.words.len() == first {
            return;
        }
        let pieces: Vec<Piece> = widths.into_iter().map(|w| Piece(w as f64)).collect();
        let mut at = first;
        for line in wrap_first_fit(&pieces, &[self.width as f64]) {
            let end = at + line.len();
            self.rows.push(Row {
                kind,
                words: at..end,
            });
            self.pos.push(self.words[at].start);
            at = end;
        }
    }

    /// Adds a word, cut into line-long pieces when it is longer than a line.
    fn push_word(&mut self, text: &str, span: Span, widths: &mut Vec<usize>) {
        let w = display_width(&text[span.clone()]);
        if w <= self.width {
            self.words.push(span);
            widths.push(w);
            return;
        }
        let (mut a, mut cur) = (span.start, 0);
        for (i, c) in text[span.clone()].char_indices() {
            let cw = display_width(c.encode_utf8(&mut [0; 4]));
            if cur + cw > self.width && cur > 0 {
                self.words.push(a..span.start + i);
                widths.push(cur);
                a = span.start + i;
                cur = 0;
            }
            cur += cw;
        }
        self.words.push(a..span.end);
        widths.push(cur);
    }

    /// The row holding the text position `pos` (the nearest before it when
    /// `pos` falls between words).
    pub fn row_of(&self, pos: usize) -> usize {
        self.pos.partition_point(|&p| p <= pos).saturating_sub(1)
    }

    /// The text position a row stands for.
    pub fn pos_of(&self, row: usize) -> usize {
        self.pos.get(row).copied().unwrap_or(0)
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(body: &str) -> Article {
        crate::article::parse(format!("A title for wrapping\n\n{body}"))
    }

    fn lines(a: &Article, w: &Wrapped) -> Vec<String> {
        w.rows
            .iter()
            .map(|r| {
                w.words[r.words.clone()]
                    .iter()
                    .map(|s| &a.text[s.clone()])
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    #[test]
    fn rows_fit_the_width_and_keep_every_word() {
        let a = article("The quick brown fox jumps over the lazy dog near the river bank.");
        for width in [1, 5, 12, 40] {
            let w = Wrapped::new(&a, "", width);
            for (r, l) in w.rows.iter().zip(lines(&a, &w)) {
                if r.kind != RowKind::Blank {
                    assert!(display_width(&l) <= width, "{l:?} wider than {width}");
                }
            }
            let words: String = lines(&a, &w).join(" ").split_whitespace().collect();
            assert!(words.contains("Thequickbrownfoxjumps"));
        }
    }

    #[test]
    fn wide_characters_count_two_columns() {
        let a = article("中国外交部发言人表示欢迎各方参与 and 🎉🎉🎉 done");
        let w = Wrapped::new(&a, "", 10);
        for l in lines(&a, &w) {
            assert!(display_width(&l) <= 10, "{l:?}");
        }
    }

    #[test]
    fn a_mention_maps_to_its_row_at_several_widths() {
        let a = article(
            "First paragraph with several words in it.\n\nSecond paragraph where Interpol appears at last.",
        );
        let at = a.text.find("Interpol").unwrap();
        for width in [8, 20, 33, 80] {
            let w = Wrapped::new(&a, "Source · today", width);
            let row = w.row_of(at);
            let r = &w.rows[row];
            assert!(
                w.words[r.words.clone()].iter().any(|s| s.start == at),
                "width {width}: row {row} does not hold the mention"
            );
        }
    }

    #[test]
    fn hard_wrapped_source_lines_reflow() {
        let a = article(
            "The council approved the harbour plan after a long debate that ran\nlate into the night and ended with a narrow vote.",
        );
        let w = Wrapped::new(&a, "", 200);
        assert!(lines(&a, &w).iter().any(|l| l.contains("ran late into")));
    }
}
