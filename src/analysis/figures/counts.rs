//! What a figure counts and how it is qualified: "more than 3,000 law
//! enforcement officials".

use super::*;

pub(super) const QUALIFIERS: &[&[&str]] = &[
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
pub(super) const NP_STOP: &[&str] = &[
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

pub(super) fn qualifier(ctx: &Context, first: usize) -> Option<String> {
    QUALIFIERS.iter().find_map(|q| {
        let n = q.len();
        (first >= n && (0..n).all(|k| ctx.word(first - n + k).eq_ignore_ascii_case(q[k])))
            .then(|| q.join(" "))
    })
}

/// The noun phrase after a count: "3,000 law enforcement officials from …" →
/// "law enforcement officials"; lists joined by commas and "and" are kept.
pub(super) fn counted(ctx: &Context, j: usize, end: usize) -> Option<String> {
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

pub(super) fn noun_word(ctx: &Context, k: usize) -> bool {
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
pub(super) fn counted_of(ctx: &Context, j: usize, end: usize) -> Option<String> {
    let w = ctx.word(j).to_lowercase();
    if matches!(w.as_str(), "of" | "in" | "for") {
        counted(ctx, j + 1, end).filter(|s| !s.starts_with(char::is_uppercase))
    } else {
        None
    }
}

/// "assets worth $257 million".
pub(super) fn worth_of(ctx: &Context, first: usize) -> Option<String> {
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
