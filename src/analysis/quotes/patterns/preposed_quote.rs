//! Pre-posed with a quotation right after the cue: "said “a bomb” had
//! gone off", "demanded “a complete ban” on all ferries", "called them
//! “rapists,” “killers” and “thieves”".

use super::*;

/// What the cue reports when quotation `qi` opens at `a`, its first token
/// after the cue: the quotation alone (with quoted phrases listed after
/// it), or the clause it opens when words go on after it; `np` speaks.
pub(super) fn quotation_first(
    at: &CueAt,
    qi: usize,
    a: usize,
    np: std::ops::Range<usize>,
    s1: usize,
) -> Option<Found> {
    let (ctx, quotes, after) = (at.ctx, at.quotes, at.after);
    let cue = at.cue.clone();
    let q = quotes.spans[qi].clone();
    let had_that = (after..a).any(|k| ctx.word(k).eq_ignore_ascii_case("that"));
    // Without "that", a quoted fragment is the start of a longer
    // clause when words follow it: "claimed “Trump exaggerates” the
    // level of …", "said “budget reforms” and the collection of …".
    let fragment = || {
        let close = ctx.token_at(q.end).saturating_sub(1);
        let next = lower(ctx.word(close + 1));
        let mark = closing_mark(ctx, close + 1);
        // "“a total and complete ban” on all Muslims", "crying “fraud”
        // over delegate selection": the quoted noun's complement.
        let complement = opens_complement(&next)
            && !(close + 2..s1.min(close + 6)).any(|k| is_time_word(ctx, &lower(ctx.word(k))));
        mark > a
            && ctx.tokens[mark - 1].kind != TokenKind::Punct
            && !is_title(ctx, &q)
            && (complement || !ctx.lex.is(&next, WordClass::AdjunctStart))
            && !ctx.lex.is(&next, WordClass::TimeWord)
    };
    let goes_on = quote_goes_on(ctx, &q, s1) && (had_that || fragment());
    if !goes_on {
        // “A,” and “B” and “C”: quoted phrases listed together.
        let end = if is_title(ctx, &q) {
            q.end
        } else {
            quoted_list_end(ctx, quotes, &q, s1)
        };
        return Some(Found {
            kind: if end > q.end {
                QuoteKind::Indirect
            } else {
                QuoteKind::Direct
            },
            span: q.start..end,
            speaker: Speaker::phrase(np),
            pattern: Pattern::Preposed,
            cue: Some(cue),
        });
    }
    let b = through_quotation(ctx, quotes, a, content_end(ctx, a, s1));
    // "said “not too likely” and 14 percent said …": the quotation
    // alone after all.
    let kind = if b == ctx.token_at(q.end) {
        QuoteKind::Direct
    } else {
        QuoteKind::Indirect
    };
    content(ctx, a, b, Speaker::phrase(np), cue, kind, Pattern::Preposed)
}
