//! The article pane: the visible wrapped rows, with people, organisations,
//! places, figures, quotations, speakers, search matches and the jump target
//! styled. Only the rows on screen are built.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span as Piece};
use ratatui::widgets::Paragraph;

use super::theme;
use crate::analysis::{EntityKind, FigureKind};
use crate::app::App;
use crate::text::Span;
use crate::view::wrap::{Row, RowKind};

/// The items of a sorted, disjoint list that overlap `a..b`.
fn within<T>(items: &[(Span, T)], a: usize, b: usize) -> &[(Span, T)] {
    let lo = items.partition_point(|(s, _)| s.end <= a);
    let hi = lo + items[lo..].partition_point(|(s, _)| s.start < b);
    &items[lo..hi]
}

fn covering<T: Copy>(items: &[(Span, T)], x: usize) -> Option<T> {
    items
        .iter()
        .find(|(s, _)| s.start <= x && x < s.end)
        .map(|(_, t)| *t)
}

/// The layers that touch one row.
struct RowLayers<'a> {
    mentions: &'a [(Span, EntityKind)],
    figures: &'a [(Span, FigureKind)],
    quotes: &'a [(Span, usize)],
    speakers: &'a [(Span, ())],
    matches: &'a [Span],
}

impl RowLayers<'_> {
    fn boundaries(&self, a: usize, b: usize, out: &mut Vec<usize>) {
        out.clear();
        let mut add = |s: &Span| {
            for x in [s.start, s.end] {
                if a < x && x < b {
                    out.push(x);
                }
            }
        };
        self.mentions.iter().for_each(|(s, _)| add(s));
        self.figures.iter().for_each(|(s, _)| add(s));
        self.quotes.iter().for_each(|(s, _)| add(s));
        self.speakers.iter().for_each(|(s, _)| add(s));
        self.matches.iter().for_each(&mut add);
        out.sort_unstable();
        out.dedup();
    }
}

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let h = usize::from(area.height);
    let end = (app.top + h).min(app.wrapped.len());
    let lines: Vec<Line> = app.wrapped.rows[app.top.min(end)..end]
        .iter()
        // Text rows fit by wrapping; a row with the speaker after its
        // quotation may not, and then ends in an ellipsis.
        .map(|row| super::fit(line(app, row), usize::from(area.width)))
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

fn line<'a>(app: &'a App, row: &Row) -> Line<'a> {
    let w = &app.wrapped;
    let words = &w.words[row.words.clone()];
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return Line::default();
    };
    if row.kind == RowKind::Meta {
        let text = &app.meta[first.start..last.end];
        return Line::styled(text.to_string(), theme::current().meta);
    }
    let text = app.doc.article.text.as_str();
    let base = if row.kind == RowKind::Title {
        theme::current().title
    } else {
        Style::new()
    };
    let (a, b) = (first.start, last.end);
    let hl = &app.highlights;
    let matches = &app.search.matches;
    let lo = matches.partition_point(|m| m.end <= a);
    let hi = lo + matches[lo..].partition_point(|m| m.start < b);
    let layers = RowLayers {
        mentions: within(&hl.mentions, a, b),
        figures: within(&hl.figures, a, b),
        quotes: within(&hl.quotes, a, b),
        speakers: within(&hl.speakers, a, b),
        matches: &matches[lo..hi],
    };
    let style_at = |x: usize| {
        let mut st = base;
        if let Some(q) = covering(layers.quotes, x) {
            st = st.patch(theme::current().quote(app.doc.analysis.quotes[q].kind));
            if app.quote == Some(q) {
                st = st.patch(theme::current().current_quote);
            }
        }
        if let Some(k) = covering(layers.mentions, x) {
            st = st.patch(theme::current().entity(k));
        }
        if let Some(k) = covering(layers.figures, x) {
            st = st.patch(theme::current().figure(k));
        }
        if covering(layers.speakers, x).is_some() {
            st = st.patch(theme::current().speaker);
        }
        if layers.matches.iter().any(|m| m.start <= x && x < m.end) {
            st = st.patch(theme::current().search_match);
        }
        if app.mark.as_ref().is_some_and(|m| m.start <= x && x < m.end) {
            st = st.patch(theme::current().mark);
        }
        st
    };
    let mut cuts = Vec::new();
    let mut pieces = Vec::with_capacity(words.len() * 2);
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            pieces.push(Piece::styled(" ", style_at(words[i - 1].end)));
        }
        layers.boundaries(word.start, word.end, &mut cuts);
        let mut x = word.start;
        for &y in cuts.iter().chain(std::iter::once(&word.end)) {
            if let Some(s) = text.get(x..y) {
                pieces.push(Piece::styled(s, style_at(x)));
            }
            x = y;
        }
    }
    // The speaker beside the end of the quotation under the cursor.
    if let Some(i) = app.quote
        && let Some(q) = app.doc.analysis.quotes.get(i)
        && a < q.span.end
        && q.span.end <= b
    {
        let who = q.speaker.as_deref().unwrap_or("no speaker found");
        let star = if app.bookmarks.contains(&i) {
            " ★"
        } else {
            ""
        };
        pieces.push(Piece::styled(
            format!("  ― {who}{star}"),
            theme::current().speaker_tag,
        ));
    }
    Line::from(pieces)
}
