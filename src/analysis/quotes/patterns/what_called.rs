//! "what she called a “rant,”": the speaker's own word for something, as
//! in a relative clause naming its head ("a clip which the judge called
//! “distasteful,”", "whom he described as “peaceful”").

use super::*;

/// The quoted words a naming cue gives, from "what" or the relative
/// pronoun before its speaker `np`; None when the cue names nothing so.
pub(super) fn what_called(
    at: &CueAt,
    np: &std::ops::Range<usize>,
    np_start: usize,
) -> Option<Option<Found>> {
    let (ctx, quotes, s0, s1, after) = (at.ctx, at.quotes, at.s0, at.s1, at.after);
    let relative = |w: &str| {
        matches!(w, "which" | "whom" | "who" | "that")
            && ctx.lex.is(&at.cw, WordClass::NamingVerb)
            && (quotes.at(after).is_some()
                || ctx.word(after) == "as" && quotes.at(after + 1).is_some())
    };
    if np_start <= s0 {
        return None;
    }
    // "videos he calls “Consumer Advocate TV,”": a relative clause with no
    // pronoun of its own names its head in the quotation right after.
    let reduced = np.len() == 1
        && is_subject_pronoun(ctx.word(np_start))
        && ctx.tokens[np_start - 1].kind == TokenKind::Word
        && !ctx.is_cap(np_start - 1)
        && !ctx
            .lex
            .is(&lower(ctx.word(np_start - 1)), WordClass::NpBreak)
        && !ctx
            .lex
            .is(&lower(ctx.word(np_start - 1)), WordClass::Auxiliary)
        && ctx.lex.is(&at.cw, WordClass::NamingVerb);
    if reduced
        && let Some(qi) = quotes.at(after)
        && ctx.token_at(quotes.spans[qi].start) == after
    {
        let end = ctx.token_at(quotes.spans[qi].end);
        return Some(content(
            ctx,
            np_start,
            end,
            Speaker::phrase(np.clone()),
            at.cue.clone(),
            QuoteKind::Indirect,
            Pattern::WhatCalled,
        ));
    }
    let w = lower(ctx.word(np_start - 1));
    if !(w == "what" || relative(&w)) {
        return None;
    }
    let k = quote_soon(quotes, after, s1.min(after + NAMED_WORDS))?;
    let qi = quotes.at(k)?;
    let end = ctx.token_at(quotes.spans[qi].end);
    Some(content(
        ctx,
        np_start - 1,
        end,
        Speaker::phrase(np.clone()),
        at.cue.clone(),
        QuoteKind::Indirect,
        Pattern::WhatCalled,
    ))
}

examples!(WhatCalled:
    (
        "Karl Obi spoke first. He runs a ferry he calls “The Old Lady” from the pier.",
        "he calls “The Old Lady”",
        "Karl Obi",
    ),
    (
        "Amid what the Harbour Gazette called a “rough week” for the mayor, ferry fares rose again.",
        "what the Harbour Gazette called a “rough week”",
        "Harbour Gazette",
    ),
    (
        "Mayor Ana Ruiz has closed what she called a “rotten pier.”",
        "what she called a “rotten pier.”",
        "Ana Ruiz",
    ),
);
