//! Bookmarks on statements: `m` marks or unmarks the quotation under the
//! cursor, `'` narrows the quotes view to the marked ones and back. The
//! session keeps them with the article's place, by where each statement
//! begins, so they come back when the article is opened again.

use super::*;

/// Which statements the quotes view shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QuoteFilter {
    #[default]
    Everyone,
    /// One entity's statements.
    Speaker(usize),
    Bookmarked,
}

impl App {
    /// The quotation the reader is on: the statement selected in the quotes
    /// view when it has the focus, else the last one jumped to.
    pub fn quote_under_cursor(&self) -> Option<usize> {
        if self.focus == Pane::Quotes
            && let Some(QuoteRow::Statement(q)) = self.quotes.selected()
        {
            return Some(*q);
        }
        self.quote
    }

    pub(super) fn toggle_bookmark(&mut self) {
        let Some(q) = self.quote_under_cursor() else {
            self.message = Some("no quotation under the cursor to mark: press ] first".into());
            return;
        };
        let added = self.bookmarks.insert(q);
        if !added {
            self.bookmarks.remove(&q);
        }
        let n = self.bookmarks.len();
        self.message = Some(if added {
            format!("bookmarked ({n} in all)")
        } else {
            format!("bookmark removed ({n} left)")
        });
        if self.quote_filter == QuoteFilter::Bookmarked {
            let selected = self.quotes.cursor.selected;
            self.refilter_quotes();
            self.quotes.cursor.selected = selected;
            self.keep_visible(Pane::Quotes);
        }
    }

    /// `'`: the bookmarked statements in the quotes view, or everyone's.
    pub(super) fn toggle_bookmarks_view(&mut self) {
        if self.quote_filter == QuoteFilter::Bookmarked {
            self.quote_filter = QuoteFilter::Everyone;
        } else if self.bookmarks.is_empty() {
            self.message = Some("no bookmarks yet: m marks the quotation under the cursor".into());
            return;
        } else {
            self.quote_filter = QuoteFilter::Bookmarked;
        }
        self.refilter_quotes();
    }

    /// Rebuilds the quotes view for its filter and gives it the focus.
    pub(super) fn refilter_quotes(&mut self) {
        let a = &self.doc.analysis;
        let rows = match self.quote_filter {
            QuoteFilter::Everyone => quotes::rows_of(a, |_| true),
            QuoteFilter::Speaker(e) => {
                quotes::rows_of(a, |q| a.quotes[q].speaker_entity() == Some(e))
            }
            QuoteFilter::Bookmarked => quotes::rows_of(a, |q| self.bookmarks.contains(&q)),
        };
        self.quotes.replace(rows);
        self.focus = Pane::Quotes;
        self.show_list(Pane::Quotes);
        self.keep_visible(Pane::Quotes);
    }

    /// Where each bookmarked statement begins in the text, to keep.
    pub fn bookmark_starts(&self) -> Vec<usize> {
        let quotes = &self.doc.analysis.quotes;
        self.bookmarks
            .iter()
            .map(|&q| quotes[q].span.start)
            .collect()
    }

    /// Marks the statements beginning at `starts`; a start no statement has
    /// any more (the article changed) is dropped.
    pub fn restore_bookmarks(&mut self, starts: &[usize]) {
        let quotes = &self.doc.analysis.quotes;
        for &s in starts {
            let i = quotes.partition_point(|q| q.span.start < s);
            if quotes.get(i).is_some_and(|q| q.span.start == s) {
                self.bookmarks.insert(i);
            }
        }
    }
}
