//! The list panes: their lengths, cursors and heights, moving in them,
//! and choosing an entry.

use super::*;

impl App {
    pub fn list_len(&self, pane: Pane) -> usize {
        match pane {
            Pane::Entities => self.names.rows.len(),
            Pane::Quotes => self.quotes.rows.len(),
            Pane::Figures => self.figures.rows.len(),
            Pane::Links => self.doc.article.links.len(),
            Pane::Article => self.wrapped.len(),
        }
    }

    pub(super) fn cursor_mut(&mut self, pane: Pane) -> &mut ListCursor {
        match pane {
            Pane::Figures => &mut self.figures.cursor,
            Pane::Links => &mut self.links,
            Pane::Quotes => &mut self.quotes.cursor,
            _ => &mut self.names.cursor,
        }
    }

    /// A list's cursor (the names' for the article pane).
    pub fn cursor(&self, pane: Pane) -> ListCursor {
        match pane {
            Pane::Figures => self.figures.cursor,
            Pane::Links => self.links,
            Pane::Quotes => self.quotes.cursor,
            _ => self.names.cursor,
        }
    }

    /// Rows a list shows at once.
    pub fn list_height(&self, pane: Pane) -> usize {
        let s = self.screen();
        let rect = match pane {
            Pane::Figures => s.figures,
            Pane::Quotes => s.quotes,
            Pane::Links => s.links,
            _ => s.entities,
        };
        // A list not on screen will show in the slot of another.
        let rect = rect.or(s.entities).or(s.quotes).or(s.figures).or(s.links);
        rect.map_or(1, |r| {
            usize::from(Screen::list_inner(r, s.wide()).height).max(1)
        })
    }

    pub(super) fn keep_visible(&mut self, pane: Pane) {
        let h = self.list_height(pane);
        let len = self.list_len(pane);
        let c = self.cursor_mut(pane);
        c.selected = c.selected.min(len.saturating_sub(1));
        if c.selected < c.offset {
            c.offset = c.selected;
        } else if c.selected >= c.offset + h {
            c.offset = c.selected + 1 - h;
        }
    }

    /// Moves in the focused pane by `delta` rows.
    pub(super) fn move_by(&mut self, pane: Pane, delta: isize) {
        if pane == Pane::Article {
            self.top = self.top.saturating_add_signed(delta).min(self.max_top());
            return;
        }
        let len = self.list_len(pane);
        let c = self.cursor_mut(pane);
        c.selected = c
            .selected
            .saturating_add_signed(delta)
            .min(len.saturating_sub(1));
        self.keep_visible(pane);
    }

    pub(super) fn page_of(&self, pane: Pane) -> isize {
        let rows = match pane {
            Pane::Article => self.page(),
            _ => self.list_height(pane),
        };
        rows as isize
    }

    pub(super) fn select(&mut self, pane: Pane) {
        match pane {
            Pane::Entities => {
                // A heading chooses the first name under it.
                if matches!(self.names.selected(), Some(NameRow::Heading { .. }))
                    && self.entity_at(self.names.cursor.selected + 1).is_some()
                {
                    self.names.cursor.selected += 1;
                    self.keep_visible(Pane::Entities);
                }
                let Some(e) = self.entity_at(self.names.cursor.selected) else {
                    return;
                };
                self.chosen = Some(Chosen::Entity {
                    entity: e,
                    mention: 0,
                });
                let span = self.doc.analysis.entities[e].mentions[0].clone();
                self.jump_to(span);
                self.last = Focus::Mention;
            }
            Pane::Figures => {
                let row = self.figures.cursor.selected;
                let Some(r) = self.figures.rows.get(row) else {
                    return;
                };
                let span = self.doc.analysis.figures[r.first()].span();
                self.chosen = Some(Chosen::Figure { row, member: 0 });
                self.jump_to(span);
                self.last = Focus::Figure;
            }
            Pane::Links => {
                let Some(link) = self.doc.article.links.get(self.links.selected) else {
                    return;
                };
                // The article stays where the reader left it, to come back to.
                let url = link.url.clone();
                self.request = Some(Request::Open(url));
            }
            Pane::Quotes => {
                let i = match self.quotes.selected() {
                    Some(QuoteRow::Statement(i)) => *i,
                    // A speaker's row: their first statement.
                    Some(QuoteRow::Speaker { .. }) => {
                        match self.quotes.rows.get(self.quotes.cursor.selected + 1) {
                            Some(QuoteRow::Statement(i)) => *i,
                            _ => return,
                        }
                    }
                    None => return,
                };
                self.show_quote(i);
            }
            Pane::Article => {}
        }
    }

    /// Which pane holds a screen cell.
    pub(super) fn pane_at(&self, col: u16, row: u16) -> Option<(Pane, ratatui::layout::Rect)> {
        let s = self.screen();
        let pos = ratatui::layout::Position::new(col, row);
        [
            (Pane::Article, Some(s.article)),
            (Pane::Entities, s.entities),
            (Pane::Quotes, s.quotes),
            (Pane::Figures, s.figures),
            (Pane::Links, s.links),
        ]
        .into_iter()
        .find_map(|(p, r)| r.filter(|r| r.contains(pos)).map(|r| (p, r)))
    }
}
