//! Figures: numbers in digits and words, money, percentages, dates, times,
//! durations and ordinals, with what each counts and how it is qualified.

use super::Context;
use crate::text::{Span, TokenKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    pub span: Span,
    pub kind: FigureKind,
    pub value: Option<f64>,
    // Boxed, not `String`: a figure-dense article holds many figures, and
    // each of these is then two words instead of three.
    pub unit: Option<Box<str>>,
    pub counts: Option<Box<str>>,
    pub qualifier: Option<Box<str>>,
}

const SMALL: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: &[&str] = &[
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const ORDINALS: &[&str] = &[
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];
const UNITS_OF_TIME: &[&str] = &[
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
];
const QUALIFIERS: &[&[&str]] = &[
    &["more", "than"],
    &["less", "than"],
    &["fewer", "than"],
    &["up", "to"],
    &["at", "least"],
    &["at", "most"],
    &["as", "many", "as"],
    &["as", "much", "as"],
    &["nearly"],
    &["almost"],
    &["about"],
    &["around"],
    &["approximately"],
    &["roughly"],
    &["some"],
    &["over"],
    &["under"],
    &["below"],
    &["above"],
    &["just"],
    &["only"],
    &["estimated"],
];
/// Words that end the noun phrase a figure counts.
const NP_STOP: &[&str] = &[
    "from",
    "in",
    "on",
    "at",
    "for",
    "to",
    "by",
    "with",
    "of",
    "that",
    "which",
    "who",
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "have",
    "has",
    "had",
    "be",
    "been",
    "and",
    "or",
    "but",
    "as",
    "than",
    "into",
    "since",
    "per",
    "this",
    "these",
    "its",
    "their",
    "the",
    "a",
    "an",
    "last",
    "next",
    "ago",
    "each",
    "a",
    "over",
    "under",
    "after",
    "before",
    "during",
    "while",
    "across",
    "through",
    "worth",
    "could",
    "can",
    "may",
    "might",
    "should",
    "said",
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "up",
    "more",
    "less",
    "fewer",
    "roughly",
    "approximately",
];

fn small_number(w: &str) -> Option<f64> {
    let l = w.to_lowercase();
    if let Some(n) = SMALL.iter().position(|s| *s == l) {
        return Some(n as f64);
    }
    if let Some(n) = TENS.iter().position(|s| !s.is_empty() && *s == l) {
        return Some(n as f64 * 10.0);
    }
    let (t, u) = l.split_once('-')?;
    let t = TENS.iter().position(|s| !s.is_empty() && *s == t)?;
    let u = SMALL
        .iter()
        .position(|s| *s == u)
        .filter(|&u| (1..10).contains(&u))?;
    Some((t * 10 + u) as f64)
}

fn scale(w: &str) -> Option<f64> {
    Some(match w.to_lowercase().as_str() {
        "hundred" => 1e2,
        "thousand" | "k" => 1e3,
        "million" | "m" | "mn" | "mln" => 1e6,
        "billion" | "bn" | "b" => 1e9,
        "trillion" | "tn" => 1e12,
        _ => return None,
    })
}

fn currency_symbol(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "CNY",
        "₹" => "INR",
        _ => return None,
    })
}

fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w.to_lowercase().as_str() {
        "dollar" | "dollars" | "usd" => "USD",
        "euro" | "euros" | "eur" => "EUR",
        "pound" | "pounds" | "gbp" => "GBP",
        "yuan" | "renminbi" | "rmb" | "cny" => "CNY",
        "yen" | "jpy" => "JPY",
        "rupee" | "rupees" | "inr" => "INR",
        "ruble" | "rubles" | "roubles" => "RUB",
        "won" => "KRW",
        "dinar" | "dinars" => "DINAR",
        _ => return None,
    })
}

/// Splits "1.2bn" into 1.2 and "bn", "3rd" into 3 and "rd".
fn split_number(s: &str) -> (Option<f64>, &str) {
    let cut = s.find(|c: char| c.is_alphabetic()).unwrap_or(s.len());
    let digits: String = s[..cut].chars().filter(|c| *c != ',').collect();
    (digits.parse().ok(), &s[cut..])
}

pub fn extract(ctx: &Context) -> Vec<Figure> {
    let mut out = Vec::new();
    for sent in &ctx.sentences {
        let mut i = sent.tokens.start;
        while i < sent.tokens.end {
            match figure_at(ctx, i, sent.tokens.end) {
                Some((fig, next)) => {
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
fn may_start_figure(ctx: &Context, w: &str) -> bool {
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

fn figure_at(ctx: &Context, i: usize, end: usize) -> Option<(Figure, usize)> {
    let lex = ctx.lex;
    let t = ctx.tokens[i];
    let w = ctx.tok(i);
    if t.kind != TokenKind::Number && !may_start_figure(ctx, w) {
        return None;
    }
    let lower = w.to_lowercase();
    let mut unit: Option<String> = None;
    let mut kind = FigureKind::Count;
    let mut first = i;
    let mut j = i + 1;
    let mut value;

    // Weekdays and "Month day": dates.
    if let Some(m) = lex.month(w) {
        if !ctx.is_cap(i) {
            return None;
        }
        let mut k = i + 1;
        if ctx.tok_or(k) == "." {
            k += 1;
        }
        let day = (ctx
            .tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Number))
        .then(|| split_number(ctx.tok(k)).0)
        .flatten()
        .filter(|d| (1.0..=31.0).contains(d));
        if m == 0 {
            return Some((fig(ctx, i..i + 1, FigureKind::Date, None, None), i + 1));
        }
        if lower == "may" || lower == "march" {
            day?;
        }
        let mut stop = if day.is_some() { k + 1 } else { i + 1 };
        if day.is_some() && ctx.tok_or(stop) == "," && ctx.tok_or(stop + 1).len() == 4 {
            stop += 2;
        } else if day.is_none()
            && ctx.tok_or(stop).len() == 4
            && ctx
                .tokens
                .get(stop)
                .is_some_and(|t| t.kind == TokenKind::Number)
        {
            stop += 1;
        }
        if day.is_none() && stop == i + 1 {
            return None;
        }
        return Some((fig(ctx, i..stop, FigureKind::Date, None, None), stop));
    }

    if t.kind == TokenKind::Number {
        let (v, suffix) = split_number(w);
        value = v;
        // 2024-09-10
        if w.len() == 4
            && ctx.tok_or(i + 1) == "-"
            && ctx.tok_or(i + 3) == "-"
            && joined(ctx, i, i + 5)
        {
            return Some((fig(ctx, i..i + 5, FigureKind::Date, None, None), i + 5));
        }
        // 9:06
        if ctx.tok_or(i + 1) == ":"
            && ctx
                .tokens
                .get(i + 2)
                .is_some_and(|t| t.kind == TokenKind::Number)
            && joined(ctx, i, i + 3)
        {
            let mut stop = i + 3;
            let next = ctx.word(stop).to_lowercase();
            if matches!(next.as_str(), "am" | "pm" | "a.m." | "p.m." | "a.m" | "p.m") {
                stop += 1;
            }
            return Some((fig(ctx, i..stop, FigureKind::Time, None, None), stop));
        }
        match suffix.to_lowercase().as_str() {
            "st" | "nd" | "rd" | "th" => kind = FigureKind::Ordinal,
            "" => {}
            s => {
                if let Some(m) = scale(s) {
                    value = value.map(|v| (v * m * 1000.0).round() / 1000.0);
                } else if s == "s" {
                    kind = FigureKind::Date; // the 1990s
                } else {
                    kind = FigureKind::Quantity;
                    unit = Some(s.to_string());
                }
            }
        }
        let plain_year = suffix.is_empty()
            && w.len() == 4
            && !w.contains([',', '.'])
            && value.is_some_and(|v| (1900.0..=2100.0).contains(&v));
        if plain_year {
            kind = FigureKind::Date;
        }
        // A range: "10-15", "2010 to 2015".
        if ctx.tok_or(j) == "-"
            && ctx
                .tokens
                .get(j + 1)
                .is_some_and(|t| t.kind == TokenKind::Number)
            && joined(ctx, i, j + 2)
        {
            j += 2;
        }
        // Currency before: "$257", "US$ 3".
        if i > 0
            && let Some(c) = currency_symbol(ctx.tok(i - 1))
        {
            first = i - 1;
            kind = FigureKind::Money;
            unit = Some(c.to_string());
        }
    } else if let Some(v) = small_number(w) {
        if lower == "one" && !next_is_noun(ctx, i + 1) {
            return None;
        }
        value = Some(v);
    } else if let Some(n) = ORDINALS.iter().position(|o| *o == lower).filter(|&n| n > 0) {
        // "Operation First Light": part of a name.
        let sentence_start = ctx.sentences[ctx.sentence_of_token(i)].tokens.start == i;
        if ctx.is_cap(i) && !sentence_start {
            return None;
        }
        return Some((
            fig_v(ctx, i..i + 1, FigureKind::Ordinal, Some(n as f64), None),
            i + 1,
        ));
    } else if let Some(u) = lower
        .strip_suffix("-long")
        .filter(|u| UNITS_OF_TIME.contains(u))
    {
        // "month-long", "year-long"
        let f = fig_v(
            ctx,
            i..i + 1,
            FigureKind::Duration,
            Some(1.0),
            Some(u.to_string()),
        );
        return Some((f, i + 1));
    } else if lower == "dozen" || lower == "dozens" {
        value = Some(12.0);
    } else {
        return None;
    }

    // Scale words after: "257 million", "three thousand".
    while j < end {
        let nw = ctx.word(j);
        if let Some(m) = scale(nw) {
            if nw.len() == 1 && kind != FigureKind::Money && !joined(ctx, j - 1, j + 1) {
                break;
            }
            value = value.map(|v| (v * m * 1000.0).round() / 1000.0);
            if kind == FigureKind::Date {
                kind = FigureKind::Count;
            }
            j += 1;
        } else if let Some(v2) =
            small_number(nw).filter(|_| t.kind != TokenKind::Number && ctx.tok_or(j - 1) != ",")
        {
            // "twenty one" written apart.
            value = value.map(|v| v + v2);
            j += 1;
        } else {
            break;
        }
    }
    // Percent and currency after.
    let next = ctx.word(j).to_lowercase();
    if ctx.tok_or(j) == "%" || next == "percent" || next == "pct" {
        kind = FigureKind::Percent;
        unit = Some("%".into());
        j += 1;
    } else if next == "per" && ctx.word(j + 1).eq_ignore_ascii_case("cent") {
        kind = FigureKind::Percent;
        unit = Some("%".into());
        j += 2;
    } else if let Some(c) = currency_word(&next) {
        kind = FigureKind::Money;
        unit = Some(c.to_string());
        j += 1;
    } else if ctx.tok_or(j) == "-" && joined(ctx, j - 1, j + 1) {
        // "month-long", "two-year"
        let u = ctx.word(j + 1).to_lowercase();
        if UNITS_OF_TIME.contains(&u.trim_end_matches("-long")) {
            kind = FigureKind::Duration;
            unit = Some(u.trim_end_matches("-long").to_string());
            j += 2;
        }
    } else if UNITS_OF_TIME.contains(&next.as_str()) && kind == FigureKind::Count {
        kind = FigureKind::Duration;
        unit = Some(next.trim_end_matches('s').to_string());
        j += 1;
    }
    let mut f = fig_v(ctx, first..j, kind, value, unit);
    f.qualifier = qualifier(ctx, first).map(String::into_boxed_str);
    f.counts = match kind {
        FigureKind::Count => counted(ctx, j, end),
        FigureKind::Money | FigureKind::Percent | FigureKind::Quantity => {
            counted_of(ctx, j, end).or_else(|| worth_of(ctx, first))
        }
        _ => None,
    }
    .map(String::into_boxed_str);
    Some((f, j))
}

/// Tokens `a..b` touch with no space between them.
fn joined(ctx: &Context, a: usize, b: usize) -> bool {
    b <= ctx.tokens.len() && (a + 1..b).all(|k| ctx.tokens[k - 1].end() == ctx.tokens[k].start())
}

fn next_is_noun(ctx: &Context, i: usize) -> bool {
    let w = ctx.word(i).to_lowercase();
    !w.is_empty()
        && !NP_STOP.contains(&w.as_str())
        && !matches!(w.as_str(), "another" | "day" | "thing")
        && !ctx.is_cap(i)
}

fn fig(
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

fn fig_v(
    ctx: &Context,
    r: std::ops::Range<usize>,
    kind: FigureKind,
    value: Option<f64>,
    unit: Option<String>,
) -> Figure {
    Figure {
        span: ctx.tokens[r.start].start()..ctx.tokens[r.end - 1].end(),
        kind,
        value,
        unit: unit.map(String::into_boxed_str),
        counts: None,
        qualifier: None,
    }
}

fn qualifier(ctx: &Context, first: usize) -> Option<String> {
    QUALIFIERS.iter().find_map(|q| {
        let n = q.len();
        (first >= n && (0..n).all(|k| ctx.word(first - n + k).eq_ignore_ascii_case(q[k])))
            .then(|| q.join(" "))
    })
}

/// The noun phrase after a count: "3,000 law enforcement officials from …" →
/// "law enforcement officials"; lists joined by commas and "and" are kept.
fn counted(ctx: &Context, j: usize, end: usize) -> Option<String> {
    let mut k = j;
    let mut last_good = j;
    while k < end {
        let w = ctx.tok(k);
        let lower = w.to_lowercase();
        let punct = ctx.tokens[k].kind == TokenKind::Punct;
        if punct {
            // "countries, regions and …": a comma continues a list of nouns.
            if w == "," && k > j && noun_word(ctx, k + 1) {
                k += 1;
                continue;
            }
            if w == "-" {
                k += 1;
                continue;
            }
            break;
        }
        if lower == "and"
            && k > j
            && noun_word(ctx, k + 1)
            && (k + 1..end)
                .take(4)
                .any(|m| ctx.tok_or(m) == "." || ctx.tok_or(m) == ",")
        {
            k += 1;
            continue;
        }
        if !noun_word(ctx, k) {
            break;
        }
        k += 1;
        last_good = k;
    }
    (last_good > j)
        .then(|| ctx.text[ctx.tokens[j].start()..ctx.tokens[last_good - 1].end()].to_string())
}

fn noun_word(ctx: &Context, k: usize) -> bool {
    let Some(t) = ctx.tokens.get(k) else {
        return false;
    };
    if t.kind != TokenKind::Word {
        return false;
    }
    let w = ctx.tok(k).to_lowercase();
    let verb_like = w.ends_with("ing") || (w.ends_with("ed") && w.len() > 4) || w.ends_with("ly");
    !(NP_STOP.contains(&w.as_str()) || verb_like || ctx.lex.is_cue(&w))
}

/// "$5 billion in aid", "5% of voters".
fn counted_of(ctx: &Context, j: usize, end: usize) -> Option<String> {
    let w = ctx.word(j).to_lowercase();
    if matches!(w.as_str(), "of" | "in" | "for") {
        counted(ctx, j + 1, end).filter(|s| !s.starts_with(char::is_uppercase))
    } else {
        None
    }
}

/// "assets worth $257 million".
fn worth_of(ctx: &Context, first: usize) -> Option<String> {
    let prev = ctx.word(first.checked_sub(1)?).to_lowercase();
    if matches!(
        prev.as_str(),
        "worth" | "valued" | "totaling" | "totalling" | "costing"
    ) {
        let k = first - 2;
        noun_word(ctx, k).then(|| ctx.tok(k).to_string())
    } else {
        None
    }
}
