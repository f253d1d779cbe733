//! The figures list: a figure the article repeats with the same meaning
//! ("Monday" twice, both 2024-09-09) is one row with a count, and `n`/`N`
//! visit its occurrences before going on to the next row.

use std::collections::HashMap;

use crate::Document;
use crate::analysis::{Figure, FigureKind};

/// One row of the figures list: the figures that mean the same, as indexes
/// into the analysis, in text order. Never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureRow {
    pub figures: Vec<usize>,
}

impl FigureRow {
    /// The first occurrence: the one the row shows.
    pub fn first(&self) -> usize {
        self.figures[0]
    }
}

/// What makes two figures the same: kind, words (case and spacing aside),
/// unit, what they count, qualifier, and for a date the day it resolves to.
#[derive(Hash, PartialEq, Eq)]
struct Meaning {
    kind: FigureKind,
    words: String,
    unit: Option<String>,
    counts: Option<String>,
    qualifier: Option<String>,
    day: Option<String>,
}

fn meaning(doc: &Document, f: &Figure) -> Meaning {
    let words = doc.article.text[f.span()]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    Meaning {
        kind: f.kind,
        words,
        unit: f.unit().map(str::to_string),
        counts: f.counts().map(str::to_lowercase),
        qualifier: f.qualifier().map(str::to_lowercase),
        day: f.day(&doc.article),
    }
}

/// The rows, in the order of each figure's first occurrence.
pub fn rows(doc: &Document) -> Vec<FigureRow> {
    let mut rows: Vec<FigureRow> = Vec::new();
    let mut row_of: HashMap<Meaning, usize> = HashMap::new();
    for (i, f) in doc.analysis.figures.iter().enumerate() {
        let row = *row_of.entry(meaning(doc, f)).or_insert_with(|| {
            rows.push(FigureRow {
                figures: Vec::new(),
            });
            rows.len() - 1
        });
        rows[row].figures.push(i);
    }
    rows
}

/// The occurrence after (or before) `member` of row `row`, going on to the
/// next (or previous) row past either end, round the list.
pub fn step(rows: &[FigureRow], row: usize, member: usize, forward: bool) -> (usize, usize) {
    let n = rows.len();
    if forward {
        if member + 1 < rows[row].figures.len() {
            (row, member + 1)
        } else {
            ((row + 1) % n, 0)
        }
    } else if member > 0 {
        (row, member - 1)
    } else {
        let prev = (row + n - 1) % n;
        (prev, rows[prev].figures.len() - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        crate::document_from_text(text, Vec::new())
    }

    #[test]
    fn a_figure_repeated_with_one_meaning_is_one_row() {
        let d = doc(
            "Budget news\n\nThe council spent $5 million on roads. Critics said the $5 million \
             was too little, and 12 schools closed. Later, 12 buses were sold.",
        );
        let rows = rows(&d);
        let text = |i: usize| &d.article.text[d.analysis.figures[i].span()];
        let money: Vec<&FigureRow> = rows
            .iter()
            .filter(|r| text(r.first()) == "$5 million")
            .collect();
        assert_eq!(money.len(), 1, "{rows:?}");
        assert_eq!(money[0].figures.len(), 2);
        // Twelve schools and twelve buses count different things.
        let twelves = rows.iter().filter(|r| text(r.first()) == "12").count();
        assert_eq!(twelves, 2, "{rows:?}");
    }

    #[test]
    fn stepping_visits_every_occurrence_then_the_next_row() {
        let rows = vec![
            FigureRow {
                figures: vec![0, 2],
            },
            FigureRow { figures: vec![1] },
        ];
        assert_eq!(step(&rows, 0, 0, true), (0, 1));
        assert_eq!(step(&rows, 0, 1, true), (1, 0));
        assert_eq!(step(&rows, 1, 0, true), (0, 0));
        assert_eq!(step(&rows, 0, 0, false), (1, 0));
        assert_eq!(step(&rows, 1, 0, false), (0, 1));
    }
}
