//! Embedded: words quoted inside the writer's clause, and a cue with its
//! speaker after the clause's comma; the clause is what was said.

use super::*;

/// "This is “roughly the same advantage,” reported Reuters": a quotation
/// inside the writer's clause, and a cue with its speaker after the
/// clause's comma. The clause is what was said.
pub(in crate::analysis::quotes) fn embedded_statement(
    ctx: &Context,
    first: usize,
    last: usize,
    quotes: &Quotations,
) -> Option<Found> {
    let sentence = ctx.sentences[ctx.sentence_of_token(first)].tokens.clone();
    let s_end = sentence.end;
    let c = (last..s_end.min(last + CUE_AFTER_CLAUSE))
        .find(|&k| cue_after_quote(ctx, k) > 0 && quotes.at(k).is_none())?;
    let comma = (last.saturating_sub(2)..c)
        .rev()
        .find(|&k| ctx.tok(k) == ",")?;
    if (last..comma).any(|k| quotes.at(k).is_some() || is_end_punct(ctx.tok(k))) {
        return None;
    }
    // The comma closing the clause may stand inside the quotation (“…,”).
    let (end, from) = if comma < last {
        (last, last)
    } else {
        (comma, comma + 1)
    };
    let speaker = if from == c {
        // ", said Geert Wilders": an inverted cue, not a participle.
        if ctx.word(c).ends_with("ing") {
            return None;
        }
        let e = noun_phrase_forward(ctx, c + 1, s_end);
        (e > c + 1
            && (ctx.is_cap(c + 1) || ctx.lex.is(&lower(ctx.word(c + 1)), WordClass::Determiner)))
        .then_some(c + 1..e)?
    } else {
        match speaker_before(ctx, from, c) {
            Some((np, start)) if start == from => np,
            _ => return None,
        }
    };
    // The cue closes the sentence ("…, Reuters reported on Friday."); one
    // that goes on ("In an interview with “Fox and Friends,” Trump said
    // that …") reports something else.
    let after = if from == c { speaker.end } else { c + 1 };
    let after = party_label_end(ctx, after, s_end);
    if after < s_end
        && !matches!(ctx.tok(after), "," | "\u{2014}")
        && !is_end_punct(ctx.tok(after))
        && !trailing_adjunct(ctx, after, s_end)
    {
        return None;
    }
    let start = (sentence.start..first)
        .find(|&k| ctx.tokens[k].kind != TokenKind::Punct)
        .unwrap_or(first);
    // "In particular, Bill Clinton has been “very worked up,” said …": an
    // opening adjunct is said with the clause after its comma, but is no
    // clause of its own ("When Trump said he would “protect …,”").
    let clause_after_comma = || {
        (start..first)
            .find(|&k| ctx.tok(k) == "," && quotes.at(k).is_none())
            .is_some_and(|comma| comma + 1 < first && !opens_with_adjunct(ctx, comma + 1))
    };
    if opens_with_adjunct(ctx, start) && !clause_after_comma() {
        return None;
    }
    Some(Found {
        kind: QuoteKind::Indirect,
        span: span_of(ctx, start, end),
        speaker: Speaker::phrase(speaker),
        pattern: Pattern::Embedded,
        cue: Some(ctx.tokens[c].span()),
    })
}

examples!(Embedded:
    (
        "This is “roughly the same advantage,” reported the Harbour Gazette.",
        "This is “roughly the same advantage,”",
        "Harbour Gazette",
    ),
);
