//! The status bar: where the reader is, the focused pane, what is selected,
//! and any load warning.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme;
use crate::app::{Action, App, Chosen, Focus, Mode};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let left = if app.mode == Mode::Searching {
        let n = app.search.matches.len();
        let count = match (app.search.query.is_empty(), n) {
            (true, _) => String::new(),
            (false, 0) => "  no match".to_string(),
            (false, 1) => "  1 match".to_string(),
            (false, n) => format!("  {n} matches"),
        };
        format!(" /{}▏{count}", app.search.query)
    } else {
        let pct = format!(" {:>3}%", percent(app));
        let what = app.message.clone().or_else(|| selection(app));
        let full = match &what {
            Some(w) => format!("{pct} · {} · {w}", app.focus.name()),
            None => format!("{pct} · {}", app.focus.name()),
        };
        // On a narrow terminal the selection matters more than the pane name.
        match what {
            Some(w) if text_width(&full) > usize::from(area.width) => format!("{pct} · {w}"),
            _ => full,
        }
    };
    let (at, of) = app.article;
    let articles = if of > 1 {
        format!("article {at}/{of} · ")
    } else {
        String::new()
    };
    let right = match app.doc.warnings.first() {
        Some(w) => format!("{articles}⚠ {w} "),
        None => match app.keymap.key_for(Action::Help) {
            Some(k) => format!("{articles}{k} help "),
            None => articles,
        },
    };
    let width = usize::from(area.width);
    let (lw, rw) = (text_width(&left), text_width(&right));
    // Which article and a load warning stay on the right, a long message
    // on the left cut to make room, unless too little would be left; the
    // help key alone gives way.
    let keep_right = of > 1 || !app.doc.warnings.is_empty();
    let line = if lw + rw < width {
        Line::from(vec![
            Span::raw(left),
            Span::raw(" ".repeat(width - lw - rw)),
            Span::raw(right),
        ])
    } else if keep_right && width >= rw + MIN_LEFT {
        let mut l = super::fit(Line::raw(left), width - rw - 1);
        l.spans.push(Span::raw(" "));
        l.spans.push(Span::raw(right));
        l
    } else {
        super::fit(Line::raw(left), width)
    };
    frame.render_widget(Paragraph::new(line).style(theme::current().status), area);
}

/// The least room a message keeps before the right side gives way.
const MIN_LEFT: usize = 24;

fn text_width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

/// How far through the article the view is.
pub fn percent(app: &App) -> usize {
    let rows = app.wrapped.len();
    let page = app.page();
    if rows <= page {
        return 100;
    }
    (app.top * 100 / (rows - page)).min(100)
}

fn selection(app: &App) -> Option<String> {
    let a = &app.doc.analysis;
    match (app.last, app.chosen) {
        (Focus::Match, _) => {
            let i = app.search.current? + 1;
            Some(format!(
                "match {i}/{} · '{}'",
                app.search.matches.len(),
                app.search.query
            ))
        }
        (Focus::Quote, _) => {
            let i = app.quote?;
            let who = a.quotes[i].speaker.as_deref().unwrap_or("unattributed");
            let star = if app.bookmarks.contains(&i) {
                " · ★"
            } else {
                ""
            };
            Some(format!("quote {}/{} · {who}{star}", i + 1, a.quotes.len()))
        }
        (Focus::Mention, Some(Chosen::Entity { entity, mention })) => {
            let e = &a.entities[entity];
            let mut s = format!("mention {}/{} · {}", mention + 1, e.mentions.len(), e.name);
            let quoted = app.quoted[entity];
            if quoted > e.mentions.len() {
                s.push_str(&format!(
                    " · quoted {quoted} times, some as “he” or “she” or in a continued statement"
                ));
            }
            Some(s)
        }
        (Focus::Figure, Some(Chosen::Figure { row, member })) => {
            let r = &app.figures.rows[row];
            let f = &a.figures[r.figures[member]];
            let text = &app.doc.article.text[f.span()];
            let n = r.figures.len();
            Some(if n > 1 {
                format!(
                    "figure {}/{} · {text} · {} of {n}",
                    row + 1,
                    app.figures.rows.len(),
                    member + 1
                )
            } else {
                format!("figure {}/{} · {text}", row + 1, app.figures.rows.len())
            })
        }
        _ => None,
    }
}
