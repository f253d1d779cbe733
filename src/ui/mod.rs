//! Drawing the reader. `draw` reads the state and never changes it.

mod article;
mod help;
mod lists;
pub mod palette;
mod status;
pub mod theme;

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::{App, Mode, Pane};
use crate::view::layout::{MIN_HEIGHT, MIN_WIDTH};

pub use help::lines as help_lines;
pub use theme::plain as no_color;

pub fn draw(app: &App, frame: &mut Frame) {
    let s = app.screen();
    if s.too_small {
        let msg = format!("terminal too small: byline needs {MIN_WIDTH}×{MIN_HEIGHT}");
        // Wrapped, so that even a very narrow terminal shows all of it.
        let p = Paragraph::new(Line::raw(msg)).wrap(Wrap { trim: true });
        frame.render_widget(p, frame.area());
        return;
    }
    article::draw(app, frame, s.text());
    if let Some(r) = s.entities {
        lists::draw(app, frame, Pane::Entities, r, s.wide());
    }
    if let Some(r) = s.quotes {
        lists::draw(app, frame, Pane::Quotes, r, s.wide());
    }
    if let Some(r) = s.figures {
        lists::draw(app, frame, Pane::Figures, r, s.wide());
    }
    if let Some(r) = s.links {
        lists::draw(app, frame, Pane::Links, r, s.wide());
    }
    status::draw(app, frame, s.status);
    if let Mode::Help { scroll } = app.mode {
        help::draw(frame, frame.area(), scroll, &app.keymap);
    }
}

/// The line cut to `width` columns, an ellipsis marking the cut.
pub(crate) fn fit(line: Line<'_>, width: usize) -> Line<'_> {
    if line.width() <= width {
        return line;
    }
    let mut room = width.saturating_sub(1);
    let mut spans = Vec::new();
    for span in line.spans {
        if room == 0 {
            break;
        }
        let mut kept = String::new();
        for c in span.content.chars() {
            let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            if w > room {
                room = 0;
                break;
            }
            room -= w;
            kept.push(c);
        }
        spans.push(Span::styled(kept, span.style));
    }
    if width > 0 {
        spans.push(Span::styled("…", theme::current().dim));
    }
    Line::from(spans)
}
