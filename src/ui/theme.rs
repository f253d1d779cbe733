//! The styles, in the sixteen colours every terminal has.

use ratatui::style::{Color, Modifier, Style};

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
    match kind {
        QuoteKind::Direct => QUOTE,
        QuoteKind::Indirect => Style::new().fg(Color::Yellow),
        QuoteKind::Mixed => QUOTE.add_modifier(Modifier::DIM),
    }
}
pub const CURRENT_QUOTE: Style = Style::new().bg(Color::DarkGray);
pub const SPEAKER: Style = Style::new().add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED));
pub const SPEAKER_TAG: Style = Style::new()
    .fg(Color::Black)
    .bg(Color::Yellow)
    .add_modifier(Modifier::BOLD);
pub const MATCH: Style = Style::new().fg(Color::Black).bg(Color::Yellow);
pub const MARK: Style = Style::new().add_modifier(Modifier::REVERSED);
pub const STATUS: Style = Style::new().fg(Color::Black).bg(Color::Gray);
pub const PANE_TITLE: Style = Style::new().fg(Color::DarkGray);
pub const PANE_TITLE_FOCUSED: Style = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);
pub const SELECTED: Style = Style::new().add_modifier(Modifier::REVERSED);
pub const SELECTED_UNFOCUSED: Style = Style::new().add_modifier(Modifier::BOLD);
pub const DIM: Style = Style::new().fg(Color::DarkGray);
/// A link's anchor text in the links list.
pub const LINK: Style = Style::new()
    .fg(Color::Blue)
    .add_modifier(Modifier::UNDERLINED);

pub fn entity(kind: EntityKind) -> Style {
    match kind {
        EntityKind::Person => Style::new().fg(Color::Cyan),
        EntityKind::Organization => Style::new().fg(Color::Magenta),
        EntityKind::Place => Style::new().fg(Color::Green),
        EntityKind::Group => Style::new().fg(Color::Blue),
        EntityKind::Other => Style::new().fg(Color::Gray),
    }
}

pub fn figure(kind: FigureKind) -> Style {
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
