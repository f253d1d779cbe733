//! The styles, in the sixteen colours every terminal has; with `NO_COLOR`
//! set (or `--no-color`), in bold, italics, underlining, dimming and reverse
//! video alone, which keep every distinction the colours make.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::style::{Color, Modifier, Style};

static NO_COLOR_FLAG: AtomicBool = AtomicBool::new(false);

/// Draws without colour from now on (`--no-color`).
pub fn set_no_color() {
    NO_COLOR_FLAG.store(true, Ordering::Relaxed);
}

/// Colours are off: `--no-color`, or `NO_COLOR` set to anything
/// (no-color.org).
pub fn plain() -> bool {
    static ENV: OnceLock<bool> = OnceLock::new();
    NO_COLOR_FLAG.load(Ordering::Relaxed)
        || *ENV.get_or_init(|| std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()))
}

/// `colour` with colours on, `mono` without.
fn pick(colour: Style, mono: Style) -> Style {
    if plain() { mono } else { colour }
}

const fn m(modifier: Modifier) -> Style {
    Style::new().add_modifier(modifier)
}

use crate::analysis::{EntityKind, FigureKind, QuoteKind};

pub const TITLE: Style = Style::new().add_modifier(Modifier::BOLD);
pub const META: Style = Style::new().fg(Color::DarkGray);
pub const QUOTE: Style = Style::new()
    .fg(Color::Yellow)
    .add_modifier(Modifier::ITALIC);

/// Quotations by kind, told apart by more than colour: words quoted as
/// spoken in italics, reported speech upright, a report that quotes some
/// of the words in italics and dim.
pub fn quote(kind: QuoteKind) -> Style {
    match (kind, plain()) {
        (QuoteKind::Direct, false) => QUOTE,
        (QuoteKind::Indirect, false) => Style::new().fg(Color::Yellow),
        (QuoteKind::Mixed, false) => QUOTE.add_modifier(Modifier::DIM),
        // Without colour, reported speech is dimmed to stand apart.
        (QuoteKind::Direct, true) => m(Modifier::ITALIC),
        (QuoteKind::Indirect, true) => m(Modifier::DIM),
        (QuoteKind::Mixed, true) => m(Modifier::ITALIC.union(Modifier::DIM)),
    }
}
pub fn current_quote() -> Style {
    pick(Style::new().bg(Color::DarkGray), m(Modifier::REVERSED))
}
pub const SPEAKER: Style = Style::new().add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED));
pub fn speaker_tag() -> Style {
    pick(
        Style::new()
            .fg(Color::Black)
            .bg(Color::Yellow)
            .add_modifier(Modifier::BOLD),
        m(Modifier::REVERSED.union(Modifier::BOLD)),
    )
}
pub fn search_match() -> Style {
    pick(
        Style::new().fg(Color::Black).bg(Color::Yellow),
        m(Modifier::REVERSED.union(Modifier::UNDERLINED)),
    )
}
pub const MARK: Style = Style::new().add_modifier(Modifier::REVERSED);
pub fn status() -> Style {
    pick(
        Style::new().fg(Color::Black).bg(Color::Gray),
        m(Modifier::REVERSED),
    )
}
pub const PANE_TITLE: Style = Style::new().fg(Color::DarkGray);
pub const PANE_TITLE_FOCUSED: Style = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);
pub const SELECTED: Style = Style::new().add_modifier(Modifier::REVERSED);
pub const SELECTED_UNFOCUSED: Style = Style::new().add_modifier(Modifier::BOLD);
pub const DIM: Style = Style::new().fg(Color::DarkGray);
/// A heading in a list ("People (5)").
pub const HEADING: Style = Style::new().add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED));
/// A link's anchor text in the links list.
pub const LINK: Style = Style::new()
    .fg(Color::Blue)
    .add_modifier(Modifier::UNDERLINED);

pub fn entity(kind: EntityKind) -> Style {
    if plain() {
        return match kind {
            EntityKind::Person => m(Modifier::BOLD),
            EntityKind::Organization => m(Modifier::BOLD.union(Modifier::ITALIC)),
            EntityKind::Place => m(Modifier::UNDERLINED),
            EntityKind::Group => m(Modifier::ITALIC.union(Modifier::UNDERLINED)),
            EntityKind::Other => Style::new(),
        };
    }
    match kind {
        EntityKind::Person => Style::new().fg(Color::Cyan),
        EntityKind::Organization => Style::new().fg(Color::Magenta),
        EntityKind::Place => Style::new().fg(Color::Green),
        EntityKind::Group => Style::new().fg(Color::Blue),
        EntityKind::Other => Style::new().fg(Color::Gray),
    }
}

pub fn figure(kind: FigureKind) -> Style {
    if plain() {
        return match kind {
            FigureKind::Money | FigureKind::Percent => m(Modifier::BOLD),
            _ => Style::new(),
        };
    }
    match kind {
        FigureKind::Money => Style::new()
            .fg(Color::LightGreen)
            .add_modifier(Modifier::BOLD),
        FigureKind::Percent => Style::new()
            .fg(Color::LightRed)
            .add_modifier(Modifier::BOLD),
        FigureKind::Date | FigureKind::Time => Style::new().fg(Color::Gray),
        _ => Style::new().fg(Color::LightBlue),
    }
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
