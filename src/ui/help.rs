//! The help overlay, made from the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::theme;
use crate::app::Action;
use crate::app::keymap::{Keymap, label};

pub fn lines(keymap: &Keymap) -> Vec<Line<'static>> {
    let bindings = keymap.bindings();
    let keys: Vec<String> = bindings
        .iter()
        .map(|b| b.keys.iter().map(label).collect::<Vec<_>>().join(", "))
        .collect();
    let width = keys.iter().map(|k| k.chars().count()).max().unwrap_or(0);
    bindings
        .iter()
        .zip(keys)
        .map(|(b, k)| {
            Line::from(vec![
                Span::styled(
                    format!(" {k:<width$}  "),
                    theme::current().pane_title_focused,
                ),
                Span::raw(b.help),
            ])
        })
        .collect()
}

/// `scroll`: the first binding shown when the help is taller than the screen.
pub fn draw(frame: &mut Frame, area: Rect, scroll: usize, keymap: &Keymap) {
    let all = lines(keymap);
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
        .border_style(theme::current().dim)
        .title(match keymap.key_for(Action::Help) {
            Some(k) => format!(" keys · Esc or {k} closes "),
            None => " keys · Esc closes ".to_string(),
        })
        .title_bottom(if more {
            format!(" {} more ", keymap.keys_for(Action::Down))
        } else {
            String::new()
        });
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}
