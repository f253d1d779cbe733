//! Jumps through the article: to the next mention of the chosen name or
//! figure, the next quotation, the next search match.

use super::*;

impl App {
    /// Jumps to a quotation and makes it the one under the cursor.
    pub(super) fn show_quote(&mut self, i: usize) {
        self.quote = Some(i);
        if let Some(row) = self
            .quotes
            .rows
            .iter()
            .position(|r| *r == QuoteRow::Statement(i))
        {
            self.quotes.cursor.selected = row;
            self.keep_visible(Pane::Quotes);
        }
        let span = self.doc.analysis.quotes[i].span.clone();
        self.jump_to(span);
        // The quotation under the cursor has its own style.
        self.mark = None;
        self.last = Focus::Quote;
    }

    /// `n`/`N`: the next or previous mention of the chosen entry.
    pub(super) fn step_mention(&mut self, forward: bool) {
        let chosen = match self.chosen {
            Some(c) => c,
            None if matches!(self.focus, Pane::Entities | Pane::Quotes | Pane::Figures) => {
                self.select(self.focus);
                return;
            }
            None => {
                self.message = Some("select a name or figure first (Tab, then Enter)".into());
                return;
            }
        };
        match chosen {
            Chosen::Entity { entity, mention } => {
                let mentions = &self.doc.analysis.entities[entity].mentions;
                let n = mentions.len();
                let next = if forward {
                    (mention + 1) % n
                } else {
                    (mention + n - 1) % n
                };
                let span = mentions[next].clone();
                self.chosen = Some(Chosen::Entity {
                    entity,
                    mention: next,
                });
                self.jump_to(span);
                self.last = Focus::Mention;
            }
            Chosen::Figure { row, member } => {
                let (row, member) = figures::step(&self.figures.rows, row, member, forward);
                let f = self.figures.rows[row].figures[member];
                self.figures.cursor.selected = row;
                self.keep_visible(Pane::Figures);
                self.chosen = Some(Chosen::Figure { row, member });
                self.jump_to(self.doc.analysis.figures[f].span());
                self.last = Focus::Figure;
            }
        }
    }

    /// `]`/`[` and `}`/`{`: the next or previous quotation, by anyone or by
    /// the current speaker.
    pub(super) fn step_quote(&mut self, forward: bool, same_speaker: bool) {
        let quotes = &self.doc.analysis.quotes;
        if quotes.is_empty() {
            self.message = Some("no quotations in this article".into());
            return;
        }
        let speaker = if same_speaker {
            let from_quote = self.quote.map(|q| speaker_key(&quotes[q]));
            let from_entity = match self.chosen {
                Some(Chosen::Entity { entity, .. }) => Some(SpeakerKey::Entity(entity)),
                _ => None,
            };
            match from_quote.or(from_entity) {
                Some(SpeakerKey::None) | None => {
                    self.message = Some("no speaker selected: press ] first".into());
                    return;
                }
                k => k,
            }
        } else {
            None
        };
        let fits = |i: &usize| {
            speaker
                .as_ref()
                .is_none_or(|k| speaker_key(&quotes[*i]) == *k)
        };
        // After scrolling away from the quotation last shown, the next one
        // is the next from where the reader is now.
        let current = self.quote.filter(|&q| {
            let row = self.wrapped.row_of(quotes[q].span.start);
            (self.top..self.top + self.page()).contains(&row)
        });
        let found = match (current, forward) {
            (Some(q), true) => (q + 1..quotes.len()).find(fits),
            (Some(q), false) => (0..q).rev().find(fits),
            (None, true) => {
                let at = self.view_pos();
                (quotes.partition_point(|q| q.span.start < at)..quotes.len()).find(fits)
            }
            (None, false) => {
                let at = self.view_pos();
                (0..quotes.partition_point(|q| q.span.start < at))
                    .rev()
                    .find(fits)
            }
        };
        match found {
            Some(i) => self.show_quote(i),
            None => {
                let which = if forward { "last" } else { "first" };
                let whose = if same_speaker { " by this speaker" } else { "" };
                self.message = Some(format!("this is the {which} quotation{whose}"));
            }
        }
    }

    pub(super) fn step_match(&mut self, forward: bool) {
        if let Some(span) = self.search.step(forward) {
            self.jump_to(span);
            self.last = Focus::Match;
        }
    }
}
