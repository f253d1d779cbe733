//! The reader's state: the loaded article and its analysis, where the reader
//! is in it, and what is selected. Keys become `Action`s; `update` applies
//! them. Drawing only reads this state.

mod action;
pub mod keymap;
pub mod quotes;
mod search;

pub use action::Action;
pub use quotes::QuoteRow;
pub use search::Search;

use quotes::{SpeakerKey, speaker_key};

use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind};

use crate::Document;
use crate::analysis::EntityKind;
use crate::text::Span;
use crate::ui::article::Highlights;
use crate::ui::layout::Screen;
use crate::ui::wrap::Wrapped;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Article,
    Entities,
    Quotes,
    Figures,
}

impl Pane {
    pub fn name(self) -> &'static str {
        match self {
            Pane::Article => "article",
            Pane::Entities => "names",
            Pane::Quotes => "quotes",
            Pane::Figures => "figures",
        }
    }
}

/// A list's cursor and the first row shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListCursor {
    pub selected: usize,
    pub offset: usize,
}

/// The entry whose mentions `n`/`N` visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chosen {
    /// Index into the analysis's entities, and the mention last jumped to.
    Entity { entity: usize, mention: usize },
    /// Index into the analysis's figures.
    Figure(usize),
}

/// What the status bar reports: the last thing jumped to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    None,
    Mention,
    Figure,
    Quote,
    Match,
}

/// Rows kept above a jump target.
const JUMP_MARGIN: usize = 3;

pub struct App {
    pub doc: Document,
    /// "Source · by Authors · Dateline · Date", shown under the title.
    pub meta: String,
    /// Entities in list order (people, organisations, places, groups),
    /// as indexes into the analysis.
    pub entity_rows: Vec<usize>,
    /// Per entity, how many quotations it speaks.
    pub quoted: Vec<usize>,
    pub width: u16,
    pub height: u16,
    pub wrapped: Wrapped,
    pub highlights: Highlights,
    /// First article row on screen.
    pub top: usize,
    pub focus: Pane,
    /// The list shown when only one fits.
    pub list: Pane,
    pub entities: ListCursor,
    /// The quotes view: statements grouped by speaker.
    pub quote_rows: Vec<QuoteRow>,
    pub quotes: ListCursor,
    pub figures: ListCursor,
    pub chosen: Option<Chosen>,
    /// Index of the quotation under the cursor.
    pub quote: Option<usize>,
    /// The span jumped to, marked on screen.
    pub mark: Option<Span>,
    pub last: Focus,
    pub search: Search,
    pub help: bool,
    /// First help line shown, when the help is taller than the screen.
    pub help_scroll: usize,
    /// A one-off note for the status bar ("no more quotations").
    pub message: Option<String>,
    pub quit: bool,
    pub interrupted: bool,
    /// Which of the open articles this is, from 1, and how many there are.
    pub article: (usize, usize),
    /// Set when the reader asks for another article; the session loads it.
    pub switch: Option<Step>,
}

/// A move through the open articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Next,
    Prev,
}

impl App {
    pub fn new(doc: Document, width: u16, height: u16) -> App {
        let meta = doc.article.meta_line();
        let a = &doc.analysis;
        let mut quoted = vec![0; a.entities.len()];
        for q in &a.quotes {
            if let Some(e) = q.speaker_id {
                quoted[e] += 1;
            }
        }
        let rank = |k: EntityKind| match k {
            EntityKind::Person => 0,
            EntityKind::Organization => 1,
            EntityKind::Place => 2,
            EntityKind::Group => 3,
            EntityKind::Other => 4,
        };
        let mut entity_rows: Vec<usize> = (0..a.entities.len())
            .filter(|&i| !a.entities[i].author && !a.entities[i].mentions.is_empty())
            .collect();
        entity_rows.sort_by_key(|&i| {
            let e = &a.entities[i];
            (
                rank(e.kind),
                std::cmp::Reverse(e.mentions.len()),
                e.mentions[0].start,
            )
        });
        let highlights = Highlights::new(&doc);
        let quote_rows = quotes::rows(&doc.analysis);
        let mut app = App {
            highlights,
            doc,
            meta,
            entity_rows,
            quoted,
            width: 0,
            height: 0,
            wrapped: Wrapped::default(),
            top: 0,
            focus: Pane::Article,
            list: Pane::Entities,
            entities: ListCursor::default(),
            quote_rows,
            quotes: ListCursor::default(),
            figures: ListCursor::default(),
            chosen: None,
            quote: None,
            mark: None,
            last: Focus::None,
            search: Search::default(),
            help: false,
            help_scroll: 0,
            message: None,
            quit: false,
            interrupted: false,
            article: (1, 1),
            switch: None,
        };
        app.resize(width, height);
        app
    }

    pub fn screen(&self) -> Screen {
        Screen::new(self.width, self.height, self.list)
    }

    /// Rows of article text on screen.
    pub fn page(&self) -> usize {
        usize::from(self.screen().text().height).max(1)
    }

    fn max_top(&self) -> usize {
        self.wrapped.len().saturating_sub(self.page())
    }

    /// Re-wraps for a new width (only when the width changed) and keeps the
    /// first visible paragraph in view.
    pub fn resize(&mut self, width: u16, height: u16) {
        let anchor = self.wrapped.pos_of(self.top);
        self.width = width;
        self.height = height;
        let text_width = usize::from(self.screen().text().width);
        if self.wrapped.width != text_width || self.wrapped.is_empty() {
            self.wrapped = Wrapped::new(&self.doc.article, &self.meta, text_width);
            self.top = if self.top == 0 {
                0
            } else {
                self.wrapped.row_of(anchor)
            };
        }
        self.top = self.top.min(self.max_top());
        self.keep_visible(Pane::Entities);
        self.keep_visible(Pane::Quotes);
        self.keep_visible(Pane::Figures);
    }

    pub fn list_len(&self, pane: Pane) -> usize {
        match pane {
            Pane::Entities => self.entity_rows.len(),
            Pane::Quotes => self.quote_rows.len(),
            Pane::Figures => self.doc.analysis.figures.len(),
            Pane::Article => self.wrapped.len(),
        }
    }

    fn cursor_mut(&mut self, pane: Pane) -> &mut ListCursor {
        match pane {
            Pane::Figures => &mut self.figures,
            Pane::Quotes => &mut self.quotes,
            _ => &mut self.entities,
        }
    }

    /// Rows a list shows at once.
    pub fn list_height(&self, pane: Pane) -> usize {
        let s = self.screen();
        let rect = match pane {
            Pane::Figures => s.figures,
            Pane::Quotes => s.quotes,
            _ => s.entities,
        };
        // A list not on screen will show in the slot of another.
        let rect = rect.or(s.entities).or(s.quotes).or(s.figures);
        rect.map_or(1, |r| {
            usize::from(Screen::list_inner(r, s.wide()).height).max(1)
        })
    }

    fn keep_visible(&mut self, pane: Pane) {
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
    fn move_by(&mut self, pane: Pane, delta: isize) {
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

    fn page_of(&self, pane: Pane) -> isize {
        let rows = match pane {
            Pane::Article => self.page(),
            _ => self.list_height(pane),
        };
        rows as isize
    }

    /// Scrolls so `span` sits a few rows from the top, and marks it.
    pub fn jump_to(&mut self, span: Span) {
        let row = self.wrapped.row_of(span.start);
        self.top = row.saturating_sub(JUMP_MARGIN).min(self.max_top());
        self.mark = Some(span);
    }

    /// The text position at the top of the article pane.
    fn view_pos(&self) -> usize {
        self.wrapped.pos_of(self.top)
    }

    fn select(&mut self, pane: Pane) {
        match pane {
            Pane::Entities => {
                let Some(&e) = self.entity_rows.get(self.entities.selected) else {
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
                let i = self.figures.selected;
                let Some(f) = self.doc.analysis.figures.get(i) else {
                    return;
                };
                let span = f.span.clone();
                self.chosen = Some(Chosen::Figure(i));
                self.jump_to(span);
                self.last = Focus::Figure;
            }
            Pane::Quotes => {
                let i = match self.quote_rows.get(self.quotes.selected) {
                    Some(QuoteRow::Statement(i)) => *i,
                    // A speaker's row: their first statement.
                    Some(QuoteRow::Speaker { .. }) => {
                        match self.quote_rows.get(self.quotes.selected + 1) {
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

    /// Jumps to a quotation and makes it the one under the cursor.
    fn show_quote(&mut self, i: usize) {
        self.quote = Some(i);
        if let Some(row) = self
            .quote_rows
            .iter()
            .position(|r| *r == QuoteRow::Statement(i))
        {
            self.quotes.selected = row;
            self.keep_visible(Pane::Quotes);
        }
        let span = self.doc.analysis.quotes[i].span.clone();
        self.jump_to(span);
        // The quotation under the cursor has its own style.
        self.mark = None;
        self.last = Focus::Quote;
    }

    /// `n`/`N`: the next or previous mention of the chosen entry.
    fn step_mention(&mut self, forward: bool) {
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
            Chosen::Figure(i) => {
                let n = self.doc.analysis.figures.len();
                let next = if forward {
                    (i + 1) % n
                } else {
                    (i + n - 1) % n
                };
                self.figures.selected = next;
                self.keep_visible(Pane::Figures);
                self.select(Pane::Figures);
            }
        }
    }

    /// `]`/`[` and `}`/`{`: the next or previous quotation, by anyone or by
    /// the current speaker.
    fn step_quote(&mut self, forward: bool, same_speaker: bool) {
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
        let found = match (self.quote, forward) {
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

    fn step_match(&mut self, forward: bool) {
        if let Some(span) = self.search.step(forward) {
            self.jump_to(span);
            self.last = Focus::Match;
        }
    }

    fn search_changed(&mut self) {
        let at = self.view_pos();
        self.search.run(&self.doc.article.text, at);
        match self.search.current_span() {
            Some(span) => {
                self.jump_to(span);
                self.last = Focus::Match;
            }
            None => self.mark = None,
        }
    }

    /// Which pane holds a screen cell.
    fn pane_at(&self, col: u16, row: u16) -> Option<(Pane, ratatui::layout::Rect)> {
        let s = self.screen();
        let pos = ratatui::layout::Position::new(col, row);
        [
            (Pane::Article, Some(s.article)),
            (Pane::Entities, s.entities),
            (Pane::Quotes, s.quotes),
            (Pane::Figures, s.figures),
        ]
        .into_iter()
        .find_map(|(p, r)| r.filter(|r| r.contains(pos)).map(|r| (p, r)))
    }
}

/// Applies one action to the state.
pub fn update(app: &mut App, action: Action) {
    app.message = None;
    if let Action::Resize(w, h) = action {
        app.resize(w, h);
        return;
    }
    if matches!(action, Action::Interrupt) {
        app.quit = true;
        app.interrupted = true;
        return;
    }
    if app.help {
        let max = crate::app::keymap::BINDINGS.len().saturating_sub(1);
        match action {
            Action::Quit => app.quit = true,
            Action::Down | Action::HalfPageDown | Action::PageDown => {
                app.help_scroll = (app.help_scroll + 1).min(max);
            }
            Action::Scroll { lines, .. } => {
                app.help_scroll = app.help_scroll.saturating_add_signed(lines.into()).min(max);
            }
            Action::Up | Action::HalfPageUp | Action::PageUp => {
                app.help_scroll = app.help_scroll.saturating_sub(1);
            }
            _ => app.help = false,
        }
        return;
    }
    let pane = app.focus;
    match action {
        Action::Quit => app.quit = true,
        Action::NextArticle | Action::PrevArticle => {
            let (at, of) = app.article;
            let step = if action == Action::NextArticle {
                Step::Next
            } else {
                Step::Prev
            };
            app.switch = match step {
                _ if of < 2 => {
                    app.message = Some("only one article is open".to_string());
                    None
                }
                Step::Next if at == of => {
                    app.message = Some("this is the last article".to_string());
                    None
                }
                Step::Prev if at == 1 => {
                    app.message = Some("this is the first article".to_string());
                    None
                }
                _ => Some(step),
            };
        }
        Action::FocusNext | Action::FocusPrev => {
            let order = [Pane::Article, Pane::Entities, Pane::Quotes, Pane::Figures];
            let at = order.iter().position(|&p| p == app.focus).unwrap_or(0);
            let step = if action == Action::FocusNext { 1 } else { 3 };
            app.focus = order[(at + step) % 4];
            if app.focus != Pane::Article {
                app.list = app.focus;
                app.keep_visible(app.focus);
            }
        }
        Action::Down => app.move_by(pane, 1),
        Action::Up => app.move_by(pane, -1),
        Action::HalfPageDown => app.move_by(pane, (app.page_of(pane) / 2).max(1)),
        Action::HalfPageUp => app.move_by(pane, -(app.page_of(pane) / 2).max(1)),
        Action::PageDown => app.move_by(pane, app.page_of(pane)),
        Action::PageUp => app.move_by(pane, -app.page_of(pane)),
        Action::Top => app.move_by(pane, isize::MIN / 2),
        Action::Bottom => app.move_by(pane, isize::MAX / 2),
        Action::Select => app.select(pane),
        Action::NextMention | Action::PrevMention => {
            let forward = action == Action::NextMention;
            if app.search.active() {
                app.step_match(forward);
            } else {
                app.step_mention(forward);
            }
        }
        Action::NextQuote => app.step_quote(true, false),
        Action::PrevQuote => app.step_quote(false, false),
        Action::NextSameSpeaker => app.step_quote(true, true),
        Action::PrevSameSpeaker => app.step_quote(false, true),
        Action::Search => app.search.start(),
        Action::SearchChar(c) => {
            app.search.query.push(c);
            app.search_changed();
        }
        Action::SearchBackspace => {
            app.search.query.pop();
            app.search_changed();
        }
        Action::SearchSubmit => {
            app.search.editing = false;
            if app.search.query.is_empty() {
                app.search.clear();
            } else if app.search.matches.is_empty() {
                app.message = Some(format!("not found: {}", app.search.query));
            }
        }
        Action::Cancel => {
            if app.search.editing || !app.search.query.is_empty() {
                app.search.clear();
                if app.last == Focus::Match {
                    app.last = Focus::None;
                }
            } else {
                app.chosen = None;
                app.quote = None;
                app.last = Focus::None;
            }
            app.mark = None;
        }
        Action::Help => {
            app.help = true;
            app.help_scroll = 0;
        }
        Action::Scroll { col, row, lines } => {
            if let Some((p, _)) = app.pane_at(col, row) {
                app.move_by(p, isize::from(lines));
            }
        }
        Action::Click { col, row } => {
            if let Some((p, rect)) = app.pane_at(col, row) {
                app.focus = p;
                if p != Pane::Article {
                    app.list = p;
                    let inner = Screen::list_inner(rect, app.screen().wide());
                    if row >= inner.y {
                        let i = app.cursor_mut(p).offset + usize::from(row - inner.y);
                        if i < app.list_len(p) {
                            app.cursor_mut(p).selected = i;
                            app.select(p);
                        }
                    }
                }
            }
        }
        Action::Interrupt | Action::Resize(..) => {}
    }
}

/// The action for a terminal event, given the state (typing a search takes
/// every printable key).
pub fn action_for(app: &App, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            if key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL) {
                return Some(Action::Interrupt);
            }
            if app.search.editing {
                return match key.code {
                    KeyCode::Esc => Some(Action::Cancel),
                    KeyCode::Enter => Some(Action::SearchSubmit),
                    KeyCode::Backspace => Some(Action::SearchBackspace),
                    KeyCode::Char(c)
                        if !key
                            .modifiers
                            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
                    {
                        Some(Action::SearchChar(c))
                    }
                    _ => None,
                };
            }
            keymap::lookup(key)
        }
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollDown => Some(Action::Scroll {
                col: m.column,
                row: m.row,
                lines: 3,
            }),
            MouseEventKind::ScrollUp => Some(Action::Scroll {
                col: m.column,
                row: m.row,
                lines: -3,
            }),
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
                col: m.column,
                row: m.row,
            }),
            _ => None,
        },
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
