//! What gets a style in the article's text: mentions, figures, quotations
//! and the words naming speakers, made once per document so that drawing a
//! row only looks up the items on it.

use crate::Document;
use crate::analysis::{EntityKind, FigureKind};
use crate::text::Span;

/// What gets a style in the text, each list sorted and without overlaps so
/// that the items on a row are found by binary search.
#[derive(Debug, Default)]
pub struct Highlights {
    pub mentions: Vec<(Span, EntityKind)>,
    pub figures: Vec<(Span, FigureKind)>,
    pub quotes: Vec<(Span, usize)>,
    pub speakers: Vec<(Span, ())>,
}

fn disjoint<T>(mut v: Vec<(Span, T)>) -> Vec<(Span, T)> {
    v.sort_by_key(|(s, _)| (s.start, std::cmp::Reverse(s.end)));
    let mut end = 0;
    v.retain(|(s, _)| {
        let keep = s.start >= end && s.end > s.start;
        if keep {
            end = s.end;
        }
        keep
    });
    v
}

impl Highlights {
    pub fn new(doc: &Document) -> Highlights {
        let a = &doc.analysis;
        Highlights {
            mentions: disjoint(
                a.entities
                    .iter()
                    .filter(|e| !e.author)
                    .flat_map(|e| e.mentions.iter().map(move |m| (m.clone(), e.kind)))
                    .collect(),
            ),
            figures: disjoint(a.figures.iter().map(|f| (f.span(), f.kind)).collect()),
            quotes: disjoint(
                a.quotes
                    .iter()
                    .enumerate()
                    .map(|(i, q)| (q.span.clone(), i))
                    .collect(),
            ),
            speakers: disjoint(
                a.quotes
                    .iter()
                    .filter_map(|q| q.speaker_mention.map(|s| (s.span(), ())))
                    .collect(),
            ),
        }
    }
}
