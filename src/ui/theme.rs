//! The styles the reader draws with. A theme is a palette for a dark or a
//! light background, at the colour depth the terminal has (sixteen colours,
//! 256, or true colour), or no colour at all: with `NO_COLOR` set (or
//! `--no-color`) bold, italics, underlining, dimming and reverse video alone
//! keep every distinction the colours make.
//!
//! The theme in use is chosen once at start-up (`install`); each thread
//! may draw with its own (`use_for_thread`), which is how the tests draw one
//! screen in several themes side by side.

use std::cell::Cell;
use std::sync::OnceLock;

use ratatui::style::{Color, Modifier, Style};

use super::palette::{Depth, Palette, Shade, fit, palette};
use crate::analysis::{EntityKind, FigureKind, QuoteKind};

/// Every style the reader draws with.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub title: Style,
    pub meta: Style,
    pub direct: Style,
    pub indirect: Style,
    pub mixed: Style,
    /// The quotation under the cursor.
    pub current_quote: Style,
    /// A speaker's name where it introduces a quotation.
    pub speaker: Style,
    /// "― Wang Xiaohong" after the quotation under the cursor.
    pub speaker_tag: Style,
    pub search_match: Style,
    /// The span last jumped to.
    pub mark: Style,
    pub status: Style,
    pub pane_title: Style,
    pub pane_title_focused: Style,
    pub selected: Style,
    pub selected_unfocused: Style,
    pub dim: Style,
    /// A heading in a list ("People (5)").
    pub heading: Style,
    pub link: Style,
    pub person: Style,
    pub organisation: Style,
    pub place: Style,
    pub group: Style,
    pub other: Style,
    pub money: Style,
    pub percent: Style,
    pub date: Style,
    pub number: Style,
}

const fn m(modifier: Modifier) -> Style {
    Style::new().add_modifier(modifier)
}

fn fg(c: Color) -> Style {
    Style::new().fg(c)
}

impl Theme {
    /// The theme for a background shade at a colour depth; `Depth::None`
    /// gives the theme without colour whatever the shade.
    pub fn new(shade: Shade, depth: Depth) -> Theme {
        Theme::with_colours(shade, depth, &[])
    }

    /// As `new`, with some of the palette's colours replaced ("person",
    /// "quote"), each brought down to the depth.
    pub fn with_colours(shade: Shade, depth: Depth, colours: &[(String, Color)]) -> Theme {
        if depth == Depth::None {
            return Theme::plain();
        }
        let mut p = palette(shade, depth);
        for (name, colour) in colours {
            p.set(name, fit(*colour, depth));
        }
        Theme::coloured(&p)
    }

    /// Colours from a palette, the modifiers the same in every palette so
    /// that the distinctions never rest on colour alone.
    pub fn coloured(p: &Palette<Color>) -> Theme {
        let italic = Modifier::ITALIC;
        let bold = Modifier::BOLD;
        Theme {
            title: m(bold),
            meta: fg(p.dim),
            direct: fg(p.quote).add_modifier(italic),
            indirect: fg(p.quote),
            mixed: fg(p.quote).add_modifier(italic | Modifier::DIM),
            current_quote: Style::new().bg(p.current),
            speaker: m(bold | Modifier::UNDERLINED),
            speaker_tag: Style::new().fg(p.on_accent).bg(p.quote).add_modifier(bold),
            search_match: Style::new().fg(p.on_accent).bg(p.found),
            mark: m(Modifier::REVERSED),
            status: Style::new().fg(p.status_text).bg(p.status),
            pane_title: fg(p.dim),
            pane_title_focused: fg(p.accent).add_modifier(bold),
            selected: m(Modifier::REVERSED),
            selected_unfocused: m(bold),
            dim: fg(p.dim),
            heading: m(bold | Modifier::UNDERLINED),
            link: fg(p.link).add_modifier(Modifier::UNDERLINED),
            person: fg(p.person),
            organisation: fg(p.organisation),
            place: fg(p.place),
            group: fg(p.group),
            other: fg(p.other),
            money: fg(p.money).add_modifier(bold),
            percent: fg(p.percent).add_modifier(bold),
            date: fg(p.date),
            number: fg(p.number),
        }
    }

    /// Without colour: every distinction in modifiers.
    pub fn plain() -> Theme {
        let none = Style::new();
        Theme {
            title: m(Modifier::BOLD),
            meta: m(Modifier::DIM),
            direct: m(Modifier::ITALIC),
            // Reported speech is dimmed to stand apart.
            indirect: m(Modifier::DIM),
            mixed: m(Modifier::ITALIC | Modifier::DIM),
            current_quote: m(Modifier::REVERSED),
            speaker: m(Modifier::BOLD | Modifier::UNDERLINED),
            speaker_tag: m(Modifier::REVERSED | Modifier::BOLD),
            search_match: m(Modifier::REVERSED | Modifier::UNDERLINED),
            mark: m(Modifier::REVERSED),
            status: m(Modifier::REVERSED),
            pane_title: none,
            pane_title_focused: m(Modifier::BOLD),
            selected: m(Modifier::REVERSED),
            selected_unfocused: m(Modifier::BOLD),
            dim: m(Modifier::DIM),
            heading: m(Modifier::BOLD | Modifier::UNDERLINED),
            link: m(Modifier::UNDERLINED),
            person: m(Modifier::BOLD),
            organisation: m(Modifier::BOLD | Modifier::ITALIC),
            place: m(Modifier::UNDERLINED),
            group: m(Modifier::ITALIC | Modifier::UNDERLINED),
            other: none,
            money: m(Modifier::BOLD),
            percent: m(Modifier::BOLD),
            date: none,
            number: none,
        }
    }

    /// Quotations by kind, told apart by more than colour: words quoted as
    /// spoken in italics, reported speech upright, a report that quotes
    /// some of the words in italics and dim.
    pub fn quote(&self, kind: QuoteKind) -> Style {
        match kind {
            QuoteKind::Direct => self.direct,
            QuoteKind::Indirect => self.indirect,
            QuoteKind::Mixed => self.mixed,
        }
    }

    pub fn entity(&self, kind: EntityKind) -> Style {
        match kind {
            EntityKind::Person => self.person,
            EntityKind::Organization => self.organisation,
            EntityKind::Place => self.place,
            EntityKind::Group => self.group,
            EntityKind::Other => self.other,
        }
    }

    pub fn figure(&self, kind: FigureKind) -> Style {
        match kind {
            FigureKind::Money => self.money,
            FigureKind::Percent => self.percent,
            FigureKind::Date | FigureKind::Time => self.date,
            _ => self.number,
        }
    }

    /// Draws without colour.
    pub fn is_plain(&self) -> bool {
        *self == Theme::plain()
    }
}

static INSTALLED: OnceLock<&'static Theme> = OnceLock::new();

thread_local! {
    static THREAD: Cell<Option<&'static Theme>> = const { Cell::new(None) };
}

/// Sets the theme for the whole run; the first call wins.
pub fn install(theme: Theme) {
    let _ = INSTALLED.set(Box::leak(Box::new(theme)));
}

/// Sets the theme this thread draws with, whatever is installed.
pub fn use_for_thread(theme: Theme) {
    THREAD.set(Some(Box::leak(Box::new(theme))));
}

/// The theme to draw with: this thread's, else the installed one, else the
/// dark theme at the depth the environment tells.
pub fn current() -> &'static Theme {
    if let Some(t) = THREAD.get() {
        return t;
    }
    INSTALLED.get_or_init(|| Box::leak(Box::new(Theme::new(Shade::Dark, Depth::from_env()))))
}

/// Colours are off: `--no-color`, `NO_COLOR`, or the configuration.
pub fn plain() -> bool {
    current().is_plain()
}

/// The one-character tag before a figure in the list: money and percentages
/// apart from counts and dates.
pub fn figure_tag(kind: FigureKind) -> &'static str {
    match kind {
        FigureKind::Money => "$",
        FigureKind::Percent => "%",
        FigureKind::Date | FigureKind::Time => "@",
        FigureKind::Duration => "~",
        FigureKind::Ordinal => "º",
        FigureKind::Count | FigureKind::Quantity => "#",
    }
}
