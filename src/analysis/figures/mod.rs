//! Figures: numbers in digits and words, money, percentages, dates, times,
//! durations and ordinals, with what each counts and how it is qualified.

mod counts;
mod read;
mod words;

use super::Context;
use super::shared::Shared;
use crate::text::{Offsets, Span, TokenKind};
use counts::*;
use read::figure_at;
use std::sync::Arc;
use words::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FigureKind {
    Count,
    Money,
    Percent,
    Date,
    Time,
    Duration,
    Ordinal,
    Quantity,
}

impl FigureKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Count => "count",
            FigureKind::Money => "money",
            FigureKind::Percent => "percent",
            FigureKind::Date => "date",
            FigureKind::Time => "time",
            FigureKind::Duration => "duration",
            FigureKind::Ordinal => "ordinal",
            FigureKind::Quantity => "quantity",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    // Offsets, and the number apart from whether there is one, so that a
    // figure takes 32 bytes: a figure-dense article holds tens of thousands.
    at: Offsets,
    number: f64,
    has_number: bool,
    pub kind: FigureKind,
    // Shared: a figure-dense article repeats the same few labels ("million",
    // "households") thousands of times, and a figure is then five words.
    labels: Option<Arc<Labels>>,
}

const _: () = assert!(std::mem::size_of::<Figure>() == 32);

/// What a figure is in, what it counts and how it is qualified: "$5
/// million" is in dollars, "40 new projects" counts "new projects", "more
/// than 1,000" is qualified by "more than".
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub(super) struct Labels {
    unit: Option<Box<str>>,
    counts: Option<Box<str>>,
    qualifier: Option<Box<str>>,
}

impl Labels {
    fn new(unit: Option<String>, counts: Option<String>, qualifier: Option<String>) -> Labels {
        Labels {
            unit: unit.map(String::into_boxed_str),
            counts: counts.map(String::into_boxed_str),
            qualifier: qualifier.map(String::into_boxed_str),
        }
    }
}

impl Figure {
    /// A figure with no labels.
    pub fn new(span: Span, kind: FigureKind, value: Option<f64>) -> Figure {
        Figure {
            at: Offsets::from(span),
            number: value.unwrap_or_default(),
            has_number: value.is_some(),
            kind,
            labels: None,
        }
    }

    /// Where the figure stands in the text.
    pub fn span(&self) -> Span {
        self.at.span()
    }

    /// Its value: 5000000 for "$5 million"; none for "Monday".
    pub fn value(&self) -> Option<f64> {
        self.has_number.then_some(self.number)
    }

    /// The figure with its unit, what it counts and its qualifier.
    pub fn labelled(
        self,
        unit: Option<&str>,
        counts: Option<&str>,
        qualifier: Option<&str>,
    ) -> Figure {
        let own = |s: Option<&str>| s.map(str::to_string);
        self.with_labels(Labels::new(own(unit), own(counts), own(qualifier)))
    }

    /// The unit or currency: "%", "$", "kilometre".
    pub fn unit(&self) -> Option<&str> {
        self.labels.as_ref()?.unit.as_deref()
    }

    /// What it counts: "new projects".
    pub fn counts(&self) -> Option<&str> {
        self.labels.as_ref()?.counts.as_deref()
    }

    /// How it is qualified: "more than", "about".
    pub fn qualifier(&self) -> Option<&str> {
        self.labels.as_ref()?.qualifier.as_deref()
    }

    /// The figure with these labels; none kept when all are empty.
    pub(super) fn with_labels(mut self, labels: Labels) -> Figure {
        self.labels = (labels != Labels::default()).then(|| Arc::new(labels));
        self
    }

    /// For a date in a dated article, the calendar day it means
    /// (`YYYY-MM-DD`), read against the publication date.
    pub fn day(&self, article: &crate::Article) -> Option<String> {
        if self.kind != FigureKind::Date {
            return None;
        }
        let published = article.published.as_deref()?;
        let lex = crate::lexicon::lexicon();
        crate::text::dates::resolve(&article.text[self.span()], published, lex)
    }
}

/// The highest number a game's score runs to in "6-2, 7-6".
const MAX_SCORE: f64 = 30.0;

/// A unit or a currency follows at `j` ("10-15 percent", "3-2 million").
fn is_unit_after(ctx: &Context, j: usize) -> bool {
    let w = ctx.word(j).to_lowercase();
    ctx.tok_or(j) == "%"
        || matches!(w.as_str(), "percent" | "pct" | "per")
        || scale(&w).is_some()
        || currency_word(&w).is_some()
        || UNITS_OF_TIME.contains(&w.as_str())
}

pub fn extract(ctx: &Context) -> Vec<Figure> {
    let mut out = Vec::new();
    // Each distinct set of labels is kept once.
    let mut shared: Shared<Labels> = Shared::default();
    for sent in &ctx.sentences {
        let mut i = sent.tokens.start;
        while i < sent.tokens.end {
            match figure_at(ctx, i, sent.tokens.end) {
                Some((mut fig, next)) => {
                    fig.labels = fig.labels.take().map(|l| shared.get(l));
                    out.push(fig);
                    i = next;
                }
                None => i += 1,
            }
        }
    }
    out.shrink_to_fit();
    out
}

/// The figure starting at token `i`, and the token after it.
/// A word that can begin a figure: a number word, an ordinal, a month or
/// weekday, "dozen", or a hyphenated form ("twenty-one", "month-long").
/// Every other word is passed over at once.
pub(super) fn may_start_figure(ctx: &Context, w: &str) -> bool {
    static WORDS: std::sync::OnceLock<crate::lexicon::WordSet> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        SMALL
            .iter()
            .chain(TENS)
            .chain(ORDINALS)
            .chain(&["dozen", "dozens"])
            .copied()
            .filter(|w| !w.is_empty())
            .collect()
    });
    let lower = crate::text::lower(w);
    lower.contains('-') || words.contains(lower.as_ref()) || ctx.lex.month(&lower).is_some()
}

/// Tokens `a..b` touch with no space between them.
pub(super) fn joined(ctx: &Context, a: usize, b: usize) -> bool {
    b <= ctx.tokens.len() && (a + 1..b).all(|k| ctx.tokens[k - 1].end() == ctx.tokens[k].start())
}

pub(super) fn next_is_noun(ctx: &Context, i: usize) -> bool {
    let w = ctx.word(i).to_lowercase();
    !w.is_empty()
        && !NP_STOP.contains(&w.as_str())
        && !matches!(w.as_str(), "another" | "day" | "thing")
        && !ctx.is_cap(i)
}

pub(super) fn fig(
    ctx: &Context,
    r: std::ops::Range<usize>,
    kind: FigureKind,
    value: Option<f64>,
    unit: Option<String>,
) -> Figure {
    let value = value.or_else(|| {
        (kind == FigureKind::Date && r.len() == 1)
            .then(|| split_number(ctx.tok(r.start)).0)
            .flatten()
    });
    fig_v(ctx, r, kind, value, unit)
}

pub(super) fn fig_v(
    ctx: &Context,
    r: std::ops::Range<usize>,
    kind: FigureKind,
    value: Option<f64>,
    unit: Option<String>,
) -> Figure {
    Figure::new(
        ctx.tokens[r.start].start()..ctx.tokens[r.end - 1].end(),
        kind,
        value,
    )
    .with_labels(Labels::new(unit, None, None))
}
