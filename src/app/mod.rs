//! The reader's state: the loaded article and its analysis, where the reader
//! is in it, and what is selected. Keys become `Action`s; `update` applies
//! them. Drawing only reads this state.

mod action;
mod bookmarks;
pub mod figures;
mod jumps;
pub mod keymap;
mod panes;
pub mod quotes;
mod search;
mod update;

pub use update::{action_for, update};

pub use action::Action;
pub use bookmarks::QuoteFilter;
pub use figures::FigureRow;
pub use quotes::QuoteRow;
pub use search::Search;

use quotes::{SpeakerKey, speaker_key};

use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind};

use crate::Document;
use crate::analysis::EntityKind;
use crate::text::Span;
pub use crate::view::Pane;
use crate::view::highlights::Highlights;
use crate::view::layout::Screen;
use crate::view::wrap::Wrapped;

/// A row of the names list: a heading ("People (5)") or a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameRow {
    Heading {
        kind: EntityKind,
        count: usize,
    },
    /// Index into the analysis's entities.
    Entity(usize),
}

/// A list's cursor and the first row shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListCursor {
    pub selected: usize,
    pub offset: usize,
}

/// A list pane: its rows and its own cursor.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct List<R> {
    pub rows: Vec<R>,
    pub cursor: ListCursor,
}

impl<R> List<R> {
    pub fn new(rows: Vec<R>) -> List<R> {
        List {
            rows,
            cursor: ListCursor::default(),
        }
    }

    /// The row under the cursor.
    pub fn selected(&self) -> Option<&R> {
        self.rows.get(self.cursor.selected)
    }

    /// New rows, the cursor back at the top.
    pub fn replace(&mut self, rows: Vec<R>) {
        *self = List::new(rows);
    }
}

/// The entry whose mentions `n`/`N` visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chosen {
    /// Index into the analysis's entities, and the mention last jumped to.
    Entity { entity: usize, mention: usize },
    /// A row of the figures list, and which of its occurrences was last
    /// jumped to.
    Figure { row: usize, member: usize },
}

/// What keys do now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Reading,
    /// Typing a search: every printable key goes to the query.
    Searching,
    /// The help over the screen, from its `scroll`th line.
    Help { scroll: usize },
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
    /// The names list: entities in list order (people, organisations,
    /// places, groups) under their headings.
    pub names: List<NameRow>,
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
    /// The list in the upper slot of a wide screen: the names or the
    /// quotes, whichever was shown last.
    pub upper: Pane,
    /// The quotes view: statements grouped by speaker.
    pub quotes: List<QuoteRow>,
    /// The figures list: repeated figures grouped.
    pub figures: List<FigureRow>,
    /// The links list: its rows are the article's links.
    pub links: ListCursor,
    pub chosen: Option<Chosen>,
    /// Index of the quotation under the cursor.
    pub quote: Option<usize>,
    /// The span jumped to, marked on screen.
    pub mark: Option<Span>,
    pub last: Focus,
    pub search: Search,
    /// What keys do now: read, type a search, or scroll the help.
    pub mode: Mode,
    /// A one-off note for the status bar ("no more quotations").
    pub message: Option<String>,
    pub quit: bool,
    pub interrupted: bool,
    /// Which of the open articles this is, from 1, and how many there are.
    pub article: (usize, usize),
    /// Set when the reader asks for another article; the session loads it.
    pub request: Option<Request>,
    /// A page a link was opened from is kept to go back to.
    pub can_go_back: bool,
    /// The article has the whole screen.
    pub zoom: bool,
    /// Which statements the quotes view shows.
    pub quote_filter: QuoteFilter,
    /// Bookmarked statements, as indexes into the analysis's quotes.
    pub bookmarks: std::collections::BTreeSet<usize>,
    /// The keys in use.
    pub keymap: keymap::Keymap,
}

/// What the reader asks the session for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// The next or previous of the open articles.
    Article(Step),
    /// The page a link points to.
    Open(String),
    /// The page the current one was opened from.
    Back,
    /// Text for the terminal's clipboard (OSC 52).
    Copy(String),
    /// A table of the article written beside it.
    Export(crate::tables::Table),
}

/// A move through the open articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Next,
    Prev,
}

impl App {
    pub fn new(doc: Document, width: u16, height: u16) -> App {
        let mut meta = doc.article.meta_line();
        // On screen the date and its time stay on one line.
        if let Some(p) = &doc.article.published {
            meta = meta.replace(p.as_str(), &p.replace(' ', "\u{a0}"));
        }
        let a = &doc.analysis;
        let mut quoted = vec![0; a.entities.len()];
        for q in &a.quotes {
            if let Some(e) = q.speaker_entity() {
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
        let mut listed: Vec<usize> = (0..a.entities.len())
            .filter(|&i| !a.entities[i].author && !a.entities[i].mentions.is_empty())
            .collect();
        listed.sort_by_key(|&i| {
            let e = &a.entities[i];
            (
                rank(e.kind),
                std::cmp::Reverse(e.mentions.len()),
                e.mentions[0].start,
            )
        });
        // A heading with its count before each kind's names.
        let mut name_rows = Vec::with_capacity(listed.len() + 5);
        for (n, &i) in listed.iter().enumerate() {
            let kind = a.entities[i].kind;
            if n == 0 || a.entities[listed[n - 1]].kind != kind {
                let count = listed[n..]
                    .iter()
                    .take_while(|&&j| a.entities[j].kind == kind)
                    .count();
                name_rows.push(NameRow::Heading { kind, count });
            }
            name_rows.push(NameRow::Entity(i));
        }
        let highlights = Highlights::new(&doc);
        let quote_rows = quotes::rows(&doc.analysis);
        let figure_rows = figures::rows(&doc);
        let mut app = App {
            highlights,
            doc,
            meta,
            names: List::new(name_rows),
            quoted,
            width: 0,
            height: 0,
            wrapped: Wrapped::default(),
            top: 0,
            focus: Pane::Article,
            list: Pane::Entities,
            upper: Pane::Entities,
            quotes: List::new(quote_rows),
            figures: List::new(figure_rows),
            links: ListCursor::default(),
            chosen: None,
            quote: None,
            mark: None,
            last: Focus::None,
            search: Search::default(),
            mode: Mode::Reading,
            message: None,
            quit: false,
            interrupted: false,
            article: (1, 1),
            request: None,
            can_go_back: false,
            zoom: false,
            quote_filter: QuoteFilter::Everyone,
            bookmarks: std::collections::BTreeSet::new(),
            keymap: keymap::Keymap::default(),
        };
        app.resize(width, height);
        app
    }

    /// The text position at the top of the screen, to come back to.
    pub fn position(&self) -> usize {
        self.wrapped.pos_of(self.top)
    }

    /// Scrolls so that text position `pos` is at the top of the screen.
    pub fn scroll_to(&mut self, pos: usize) {
        self.top = self.wrapped.row_of(pos).min(self.max_top());
    }

    /// The entity on row `row` of the names list, if the row is a name.
    pub fn entity_at(&self, row: usize) -> Option<usize> {
        match self.names.rows.get(row) {
            Some(NameRow::Entity(e)) => Some(*e),
            _ => None,
        }
    }

    /// Shows `pane`'s list: the one list of a narrow screen, and on a wide
    /// one the names or quotes in the upper slot.
    pub fn show_list(&mut self, pane: Pane) {
        self.list = pane;
        if matches!(pane, Pane::Entities | Pane::Quotes) {
            self.upper = pane;
        }
    }

    pub fn screen(&self) -> Screen {
        if self.zoom {
            return Screen::zoomed(self.width, self.height);
        }
        Screen::new(self.width, self.height, self.list, self.upper)
    }

    /// Rows of article text on screen.
    pub fn page(&self) -> usize {
        usize::from(self.screen().text().height).max(1)
    }

    pub(super) fn max_top(&self) -> usize {
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
        self.keep_visible(Pane::Links);
    }

    /// Scrolls so `span` sits a few rows from the top, and marks it.
    pub fn jump_to(&mut self, span: Span) {
        let row = self.wrapped.row_of(span.start);
        self.top = row.saturating_sub(JUMP_MARGIN).min(self.max_top());
        self.mark = Some(span);
    }

    /// The text position at the top of the article pane.
    pub(super) fn view_pos(&self) -> usize {
        self.wrapped.pos_of(self.top)
    }

    pub(super) fn search_changed(&mut self) {
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
}

#[cfg(test)]
mod tests;
