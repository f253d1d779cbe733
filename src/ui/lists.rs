//! The side lists: people and organisations (then places and groups), the
//! quotations by speaker, the figures in reading order, and a page's links.
//! Only the visible rows are built.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::fit;
use super::theme;
use crate::analysis::EntityKind;
use crate::app::{Action, App, NameRow, Pane, QuoteFilter, QuoteRow};
use crate::view::layout::Screen;

pub fn draw(app: &App, frame: &mut Frame, pane: Pane, area: Rect, wide: bool) {
    let focused = app.focus == pane;
    let len = app.list_len(pane);
    // Hints name the keys as configured; a hint whose action has no key
    // is left out.
    let hint = |action: Action, what: &str| {
        app.keymap
            .key_for(action)
            .map_or_else(String::new, |k| format!(" · {k}: {what}"))
    };
    let title = match pane {
        Pane::Figures => format!(" Figures ({len}) "),
        Pane::Links => format!(
            " Links ({len}){}{} ",
            hint(Action::Select, "open"),
            hint(Action::Back, "back")
        ),
        Pane::Quotes => match app.quote_filter {
            QuoteFilter::Speaker(e) => format!(
                " Quotes by {} ({}){} ",
                app.doc.analysis.entities[e].name,
                app.quoted[e],
                hint(Action::FilterSpeaker, "everyone's")
            ),
            QuoteFilter::Bookmarked => format!(
                " Bookmarks ({}){} ",
                app.bookmarks.len(),
                hint(Action::Bookmarks, "everyone's")
            ),
            QuoteFilter::Everyone => format!(
                " Quotes ({}){} ",
                app.doc.analysis.quotes.len(),
                hint(Action::FocusNext, "figures")
            ),
        },
        _ => format!(
            " Names ({}){} ",
            app.names
                .rows
                .iter()
                .filter(|r| matches!(r, NameRow::Entity(_)))
                .count(),
            hint(Action::FocusNext, "quotes")
        ),
    };
    let borders = if wide {
        Borders::TOP | Borders::LEFT
    } else {
        Borders::TOP
    };
    let title_style = if focused {
        theme::current().pane_title_focused
    } else {
        theme::current().pane_title
    };
    let block = Block::new()
        .borders(borders)
        .border_style(theme::current().dim)
        .title(fit(
            Line::from(Span::styled(title, title_style)),
            usize::from(area.width.saturating_sub(2)),
        ));
    frame.render_widget(block, area);
    let inner = Screen::list_inner(area, wide);
    let cursor = app.cursor(pane);
    let end = (cursor.offset + usize::from(inner.height)).min(len);
    let selected_style = if focused {
        theme::current().selected
    } else {
        theme::current().selected_unfocused
    };
    let width = usize::from(inner.width);
    let lines: Vec<Line> = (cursor.offset.min(end)..end)
        .map(|i| {
            let line = match pane {
                Pane::Figures => figure_row(app, i),
                Pane::Links => link_row(app, i),
                Pane::Quotes => quote_row(app, i),
                _ => entity_row(app, i, width),
            };
            let line = fit(line, width);
            if i == cursor.selected {
                line.patch_style(selected_style)
            } else {
                line
            }
        })
        .collect();
    if lines.is_empty() {
        let none = match pane {
            Pane::Figures => " no figures found",
            Pane::Links => " no links",
            Pane::Quotes => " no quotations found",
            _ => " no names found",
        };
        frame.render_widget(
            Paragraph::new(Span::styled(none, theme::current().dim)),
            inner,
        );
        return;
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// "“3  Wang Xiaohong · 5 · Minister of Public Security".
/// In a narrow pane the name is cut before its count is: the count is
/// what the row is for.
fn entity_row(app: &App, i: usize, width: usize) -> Line<'_> {
    let e = match app.names.rows[i] {
        NameRow::Entity(e) => e,
        NameRow::Heading { kind, count } => {
            let name = match kind {
                EntityKind::Person => "People",
                EntityKind::Organization => "Organisations",
                EntityKind::Place => "Places",
                EntityKind::Group => "Groups",
                EntityKind::Other => "Other names",
            };
            return Line::from(Span::styled(
                format!(" {name} ({count})"),
                theme::current().heading,
            ));
        }
    };
    let quoted = app.quoted[e];
    let e = &app.doc.analysis.entities[e];
    // "“5  ", "“12 ": the count never runs into the name.
    let marker = if quoted > 0 {
        Span::styled(
            format!("“{quoted:<3}"),
            theme::current().quote(crate::analysis::QuoteKind::Direct),
        )
    } else {
        Span::raw("    ")
    };
    // More statements than mentions: the others name their speaker with a
    // pronoun ("she said") or continue a statement, which the count says.
    let count = if quoted > e.mentions.len() {
        format!(" · {} by name", e.mentions.len())
    } else {
        format!(" · {}", e.mentions.len())
    };
    let room = width.saturating_sub(1 + 4 + count.chars().count());
    let name = fit(Line::raw(e.name.as_str()), room);
    let mut spans = vec![Span::raw(" "), marker];
    spans.extend(
        name.spans
            .into_iter()
            .map(|s| s.patch_style(theme::current().entity(e.kind))),
    );
    spans.push(Span::styled(count, theme::current().dim));
    if let Some(role) = e.roles.first() {
        spans.push(Span::raw(format!(" · {role}")));
    }
    Line::from(spans)
}

/// "audit of the marina · https://…/2021-audit.html".
fn link_row(app: &App, i: usize) -> Line<'_> {
    let art = &app.doc.article;
    let l = &art.links[i];
    Line::from(vec![
        Span::raw(" "),
        Span::styled(&art.text[l.span.clone()], theme::current().link),
        Span::styled(format!(" · {}", l.url), theme::current().dim),
    ])
}

/// "$ more than $257 million · funding", "@ Monday ×2 · 2024-09-09".
fn figure_row(app: &App, i: usize) -> Line<'_> {
    let row = &app.figures.rows[i];
    let f = &app.doc.analysis.figures[row.first()];
    let style = theme::current().figure(f.kind);
    let mut spans = vec![
        Span::raw(" "),
        Span::styled(theme::figure_tag(f.kind), style),
        Span::raw(" "),
    ];
    if let Some(q) = f.qualifier() {
        spans.push(Span::styled(format!("{q} "), theme::current().dim));
    }
    let art = &app.doc.article;
    let text = &art.text[f.span()];
    spans.push(Span::styled(text, style));
    // "@ Monday ×2": repeated with the same meaning.
    if row.figures.len() > 1 {
        spans.push(Span::styled(
            format!(" ×{}", row.figures.len()),
            theme::current().dim,
        ));
    }
    // "@ Monday · 2024-09-09": which day it is.
    if let Some(day) = f.day(art).filter(|d| d != text) {
        spans.push(Span::styled(format!(" · {day}"), theme::current().dim));
    }
    if let Some(c) = f.counts() {
        spans.push(Span::styled(" · ", theme::current().dim));
        spans.push(Span::styled(c, Style::new()));
    }
    Line::from(spans)
}

/// A speaker with their count, or one of their statements, indented, as
/// much of it as fits.
fn quote_row(app: &App, i: usize) -> Line<'_> {
    match &app.quotes.rows[i] {
        QuoteRow::Speaker { name, count } => Line::from(vec![
            Span::raw(" "),
            Span::styled(name.as_str(), theme::current().title),
            Span::styled(format!(" · {count}"), theme::current().dim),
        ]),
        QuoteRow::Statement(q) => {
            let quote = &app.doc.analysis.quotes[*q];
            // One line of the statement, its whitespace folded.
            let text: String = app.doc.article.text[quote.span.clone()]
                .split_whitespace()
                .take(40)
                .collect::<Vec<_>>()
                .join(" ");
            let style = if app.quote == Some(*q) {
                theme::current()
                    .quote(crate::analysis::QuoteKind::Direct)
                    .patch(theme::current().current_quote)
            } else {
                theme::current().quote(crate::analysis::QuoteKind::Direct)
            };
            // A bookmarked statement is starred.
            let mark = if app.bookmarks.contains(q) {
                " ★ "
            } else {
                "   "
            };
            Line::from(vec![Span::raw(mark), Span::styled(text, style)])
        }
    }
}
