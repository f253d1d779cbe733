//! Inverted: "CONTENT, said SPEAKER(, ROLE)." and "“…” said SPEAKER".

use super::*;

/// What an inverted cue reports: the content before it, the speaker
/// after it. None when the cue is not inverted.
pub(super) fn inverted(at: &CueAt) -> Option<Option<Found>> {
    let (ctx, quotes, s0, s1, c, after) = (at.ctx, at.quotes, at.s0, at.s1, at.c, at.after);
    if !(c > s0 + 2
        && (ctx.tok(c - 1) == "," || is_quote_mark(ctx.tok(c - 1)))
        && at.cue_len == 1
        && ctx.lex.is_inverted_cue(&at.cw))
    {
        return None;
    }
    // "…, said he fully supports …": a pronoun with a verb after it opens
    // what was said.
    if is_subject_pronoun(&lower(ctx.word(after)))
        && ctx
            .tokens
            .get(after + 1)
            .is_some_and(|t| t.kind == TokenKind::Word)
    {
        return None;
    }
    // "…, James B. Comey, said that …": a clause, not a speaker, follows;
    // "…, Stuart Oltchick, recalled him saying": nor is an object a speaker.
    if matches!(ctx.word(after), "that" | "him" | "them" | "me" | "us") {
        return None;
    }
    let np_end = noun_phrase_forward(ctx, after, s1);
    if np_end <= after {
        return None;
    }
    // "Sen. Ted Cruz (R-Tex.), a candidate for president, tweeted a
    // warning.": a message is the cue's object, not its speaker ("said the
    // report" names its source).
    let head = lower(ctx.word(np_end - 1));
    if matches!(lower(ctx.word(after)).as_ref(), "a" | "an")
        && (ctx.lex.is(&head, WordClass::MessageNoun)
            || ctx.lex.is(&head, WordClass::SpeechNoun)
            || ctx.lex.is_cue(&head))
    {
        return None;
    }
    // "…, said the Khan family deserved better": a verb after the phrase
    // makes it a clause's subject ("the newly elected mayor" is a phrase).
    let verb = (after + 2..np_end).any(|k| {
        let w = ctx.word(k);
        let prev = lower(ctx.word(k - 1));
        !ctx.is_cap(k)
            && is_ed_form(w)
            && !ctx.lex.is(&prev, WordClass::Determiner)
            && !is_ly_adverb(&prev)
    });
    if verb {
        return None;
    }
    // "said Rep. Jim Clyburn (D-S.C.), the assistant leader …", "said one
    // former executive who requested anonymity".
    let rest = party_label_end(ctx, np_end, s1);
    let rest_ok = rest >= s1
        || matches!(ctx.tok(rest), "," | "." | ";" | "\u{2014}")
        || is_end_punct(ctx.tok(rest))
        || ctx.word(rest) == "who";
    if !rest_ok {
        return None;
    }
    // "Rather than see the tax rise, said Marcia Smith, a vice president,
    // Teck wants …": what was said goes on past the attribution.
    let b = if ctx.tok(c - 1) == "," { c - 1 } else { c };
    if let Some(end) = set_off_end(ctx, quotes, s0, b, rest, s1, true) {
        return Some(content(
            ctx,
            s0,
            end,
            Speaker::phrase(after..np_end),
            at.cue.clone(),
            QuoteKind::Indirect,
            Pattern::Inverted,
        ));
    }
    let (a, kind) = quote_before(ctx, s0, b, quotes);
    Some(content(
        ctx,
        a,
        b,
        Speaker::phrase(after..np_end),
        at.cue.clone(),
        kind,
        Pattern::Inverted,
    ))
}

/// "The vote signals “the beginning of the end” for the union, said Karl
/// Obi.": the sentence before an inverted attribution that ends it is the
/// attribution's; a cue inside it, such as "denies" in "Moscow denies —
/// “why wouldn't you?” asked Dunn.", speaks for no one. `k` is the token
/// after that cue.
pub(super) fn inverted_after(ctx: &Context, k: usize, s1: usize) -> bool {
    (k..s1.min(k + CLAUSE)).any(|j| {
        (ctx.tok(j) == ","
            || (is_quote_mark(ctx.tok(j)) && matches!(ctx.tok(j - 1), "," | "?" | "!")))
            && j + 1 < s1
            && cue_at(ctx, j + 1) > 0
            && ctx.lex.is_inverted_cue(&lower(ctx.word(j + 1)))
            && s1 - (j + 2) <= ADJUNCT
            // The speaker alone, no clause: not "Podesta, who said …,
            // said he was unaware".
            && clause_free(ctx, j + 2, s1)
    })
}

examples!(Inverted:
    (
        "“The pier is safe,” said Mayor Ana Ruiz.",
        "“The pier is safe,”",
        "Ana Ruiz",
    ),
    (
        "“The vote was never close,” added Rep. Karl Obi (D-Ore.), the leader of the caucus.",
        "“The vote was never close,”",
        "Karl Obi",
    ),
    (
        "“It was fine,” said the newly elected harbour master.",
        "“It was fine,”",
        "the newly elected harbour master",
    ),
    (
        "The crews were not known for “taking the slow road,” said one pilot who asked not to be named.",
        "The crews were not known for “taking the slow road,”",
        "one pilot",
    ),
    (
        "The ferry will sail on Friday, said Karl Obi, a harbour pilot, and the crowds will come.",
        "The ferry will sail on Friday",
        "Karl Obi",
    ),
    (
        "“The pier is open again!” beamed Karl Obi, who had fought for it.",
        "“The pier is open again!”",
        "Karl Obi",
    ),
    (
        "The vote signals “the beginning of the end” for the old pier, said Karl Obi, the harbour master.",
        "The vote signals “the beginning of the end” for the old pier",
        "Karl Obi",
    ),
    (
        "The pier is unsafe — as inspectors say, but the owners deny — “why would we hide it?” asked Karl Obi, a pilot. “It is safe.”",
        "“why would we hide it?” asked Karl Obi, a pilot. “It is safe.”",
        "Karl Obi",
    ),
);
