//! The help overlay, made from the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::theme;
use crate::app::keymap::{BINDINGS, label};

pub fn lines() -> Vec<Line<'static>> {
    let keys: Vec<String> = BINDINGS
        .iter()
        .map(|b| b.keys.iter().map(label).collect::<Vec<_>>().join(", "))
        .collect();
    let width = keys.iter().map(|k| k.chars().count()).max().unwrap_or(0);
    BINDINGS
        .iter()
        .zip(keys)
        .map(|(b, k)| {
            Line::from(vec![
                Span::styled(format!(" {k:<width$}  "), theme::PANE_TITLE_FOCUSED),
                Span::raw(b.help),
            ])
        })
        .collect()
}

/// `scroll`: the first binding shown when the help is taller than the screen.
pub fn draw(frame: &mut Frame, area: Rect, scroll: usize) {
    let all = lines();
    let w = area.width.min(72);
    let h = area.height.min(all.len() as u16 + 2);
    let shown = usize::from(h.saturating_sub(2));
    let scroll = scroll.min(all.len().saturating_sub(shown));
    let more = scroll + shown < all.len();
    // Inside the border: a line too long for it ends in an ellipsis.
    let inner = usize::from(w.saturating_sub(2));
    let lines: Vec<Line> = all
        .into_iter()
        .skip(scroll)
        .map(|l| super::fit(l, inner))
        .collect();
    let rect = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    frame.render_widget(Clear, rect);
    let block = Block::bordered()
        .border_style(theme::DIM)
        .title(" keys · Esc or ? closes ")
        .title_bottom(if more { " j/↓ more " } else { "" });
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}
