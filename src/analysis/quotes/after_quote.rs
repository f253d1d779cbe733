//! The speaker phrase after a quotation: between a quotation closing on a
//! comma and the cue that follows it.

use super::*;

/// The phrase between a quotation closing on a comma and the cue at `k`,
/// when it has commas of its own and a name: "Harry Bond, 30, of Raleigh,
/// N.C., who was among those polled,".
pub(super) fn phrase_after_quote(
    ctx: &Context,
    s0: usize,
    k: usize,
) -> Option<std::ops::Range<usize>> {
    let close = quote_closed_before(ctx, s0, k, SPEAKER_AFTER_QUOTE, true)?;
    let (mut a, mut b) = (close + 1, k);
    while a < b && ctx.tok(a) == "," {
        a += 1;
    }
    while b > a && ctx.tok(b - 1) == "," {
        b -= 1;
    }
    let has_comma = (a..b).any(|j| ctx.tok(j) == ",");
    (has_comma && ctx.is_cap(a)).then_some(a..b)
}

/// The closing mark of a quotation on a comma, "?" or "!" that the words
/// before `k` follow, at most `reach` tokens back: no other mark, sentence
/// end ("N.C." is none) or cue stands between, nor a comma unless `commas`.
pub(super) fn quote_closed_before(
    ctx: &Context,
    s0: usize,
    k: usize,
    reach: usize,
    commas: bool,
) -> Option<usize> {
    let lo = k.saturating_sub(reach).max(s0 + 2);
    let close = (lo..k)
        .rev()
        .take_while(|&j| {
            let t = ctx.tok(j);
            is_quote_mark(t)
                || (commas || t != ",") && !is_end_punct(t) && cue_at(ctx, j) == 0
                || t == "." && ctx.lex.is_abbreviation(ctx.word(j - 1))
        })
        .find(|&j| is_quote_mark(ctx.tok(j)))?;
    matches!(ctx.tok(close - 1), "," | "?" | "!").then_some(close)
}
