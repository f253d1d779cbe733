//! Who speaks in a participle's own phrase: the name after "with", the
//! name a recording shows, or the attribution closing a quotation right
//! before it.

use super::*;

/// The participle at `p` (cue word `cw`) with a subject of its own:
/// "with Sen. John McCain calling …", "footage of Trump saying …". A
/// participle after a comma (`participle`) takes one only from a
/// recording.
pub(super) fn own_subject(
    ctx: &Context,
    s0: usize,
    p: usize,
    cw: &str,
    participle: bool,
) -> Option<std::ops::Range<usize>> {
    // "with Sen. John McCain calling it a “Chinese menu”": the name after
    // "with" is the participle's subject ("with softer language calling
    // for …" names no one).
    let named = |np: usize| {
        ctx.is_cap(np)
            || ctx.lex.is(&lower(ctx.word(np)), WordClass::Determiner) && ctx.is_cap(np + 1)
    };
    // "with the campaign of the former senator from Pennsylvania saying
    // …": a phrase with its modifiers, up to "with".
    let with_at = || {
        (p.saturating_sub(LONG_APPOSITIVE).max(s0 + 1)..p)
            .rev()
            .take_while(|&j| ctx.tokens[j].kind == TokenKind::Word || abbreviation_stop(ctx, j))
            .find(|&j| ctx.word(j) == "with")
            .map(|j| j + 1)
            .filter(|&np| np < p && (np..p).any(|j| ctx.is_cap(j)))
    };
    let may_have_subject = !participle && cw.ends_with("ing") && p > s0 + 1;
    // "footage of Trump saying …", "a clip of Ana Ruiz saying": the name a
    // recording shows speaks.
    let shown = || {
        let mut j = p;
        while j > s0 + 2
            && (ctx.is_cap(j - 1) || abbreviation_stop(ctx, j - 1))
            && p - j < SET_OFF_NAME
        {
            j -= 1;
        }
        (j < p
            && ctx.word(j - 1) == "of"
            && ctx.lex.is(&lower(ctx.word(j - 2)), WordClass::MessageNoun))
        .then_some(j..p)
    };
    may_have_subject
        .then(|| np_back(ctx, s0, p))
        .filter(|&np| np > s0 && np < p && ctx.word(np - 1) == "with" && named(np))
        .or_else(|| may_have_subject.then(with_at).flatten())
        .map(|np| np..p)
        .or_else(|| cw.ends_with("ing").then(shown).flatten())
}

/// The speaker of an attribution closing a quotation right before the
/// participle at `p`: "“…,” Trump said, adding …", "“…,” said Rep. Bobby
/// Scott (D-Va.) at the time, adding …". The quotation may have opened in
/// an earlier sentence, before any statement of this one was found.
pub(super) fn attribution_before(
    ctx: &Context,
    s0: usize,
    p: usize,
) -> Option<std::ops::Range<usize>> {
    let c = (p.saturating_sub(CLAUSE).max(s0 + 1)..p)
        .rev()
        .find(|&j| cue_at(ctx, j) > 0 && ctx.lex.is_inverted_cue(&lower(ctx.word(j))))?;
    let after_quote = |j: usize| {
        is_quote_mark(ctx.tok(j)) || ctx.tok(j) == "," && j > s0 && is_quote_mark(ctx.tok(j - 1))
    };
    if after_quote(c - 1) {
        // "“…,” said Rep. Bobby Scott (D-Va.)".
        let end = noun_phrase_forward(ctx, c + 1, p);
        return (end > c + 1).then_some(c + 1..end);
    }
    // "“…,” Trump said".
    let (np, start) = speaker_before(ctx, s0, c)?;
    (start > s0 && after_quote(start - 1)).then_some(np)
}
