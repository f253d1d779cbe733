//! Drawing the reader. `draw` reads the state and never changes it.

pub mod article;
mod help;
pub mod layout;
mod lists;
mod status;
mod theme;
pub mod wrap;

use ratatui::Frame;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::{App, Pane};
use layout::{MIN_HEIGHT, MIN_WIDTH};

pub use help::lines as help_lines;
pub use theme::{plain as no_color, set_no_color};

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
    if app.help {
        help::draw(frame, frame.area(), app.help_scroll);
    }
}
