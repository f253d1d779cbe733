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
        "Mayor Ana Ruiz has closed what she called a “rotten pier.”",
        "what she called a “rotten pier.”",
        "Ana Ruiz",
    ),
);
