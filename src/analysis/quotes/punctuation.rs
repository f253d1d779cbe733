//! Punctuation read in context: sentence stops, abbreviations' stops and
//! dashes.

use super::*;

/// The stop at `k` closes an abbreviation or an initial ("Rep.", "E. J.
/// Fleming"), not a sentence.
pub(super) fn abbreviation_stop(ctx: &Context, k: usize) -> bool {
    k >= 1
        && ctx.tok(k) == "."
        && (ctx.lex.is_abbreviation(ctx.word(k - 1))
            || ctx.word(k - 1).len() == 1 && ctx.is_cap(k - 1))
}

/// A sentence's closing stop, question or exclamation mark, or ellipsis.
pub(super) fn is_end_punct(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "\u{2026}")
}

/// Token `k` is a dash, however it is written: "—", "–", or a hyphen
/// standing apart from a word on one side at least ("Trump - who said …";
/// "--" is two of them), not the hyphen of "20-year" or "U.S.-based".
pub(super) fn is_dash(ctx: &Context, k: usize) -> bool {
    let touches = |j: usize| {
        j < ctx.tokens.len()
            && ctx.tok(j) != "-"
            && (ctx.tokens[j].end() == ctx.tokens[k].start()
                || ctx.tokens[j].start() == ctx.tokens[k].end())
    };
    match ctx.tok(k) {
        "\u{2014}" | "\u{2013}" => true,
        "-" => !(k >= 1 && touches(k - 1) && touches(k + 1)),
        _ => false,
    }
}

/// Token `k` opens a dash: "--" counts once.
pub(super) fn opens_dash(ctx: &Context, k: usize) -> bool {
    is_dash(ctx, k)
        && !(k >= 1 && ctx.tok(k - 1) == "-" && ctx.tokens[k - 1].end() == ctx.tokens[k].start())
}
