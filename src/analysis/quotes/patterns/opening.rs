//! Opening participles: "Citing “obligations in Tennessee,” the
//! spokeswoman told …", "Holding signs calling the mayor “a fraud,” the
//! crowd chanted …". A participle that opens the sentence speaks for the
//! subject after its comma.

use super::*;

/// What a participle cue in the sentence's opening participle phrase
/// reports, with the subject of the clause after the phrase; None when the
/// cue stands in no such phrase or no subject follows it.
pub(super) fn opening_participle(at: &CueAt) -> Option<Found> {
    let (ctx, quotes, s0, s1, c, after) = (at.ctx, at.quotes, at.s0, at.s1, at.c, at.after);
    if !at.cw.ends_with("ing") || !opens_on_participle(ctx, s0, s1) {
        return None;
    }
    // The phrase ends at its comma, or at a quotation closing on one.
    let end = clause_end(ctx, s0 + 1, s1, quotes);
    if c >= end || end >= s1 || c > s0 + CLAUSE {
        return None;
    }
    let speaker = subject_after(ctx, end, s1)?;
    let a = if ctx.lex.cue_word(&at.cw).as_quoted {
        // "Referring to the pier as “…”": past "to".
        after + 1
    } else {
        after
    };
    let a = skip_that(ctx, a, end);
    let b = content_end(ctx, a, end);
    let b = through_quotation(ctx, quotes, a, b);
    // "Citing “obligations in Tennessee,” …": the quotation alone.
    if let Some(qi) = quotes.at(a)
        && ctx.token_at(quotes.spans[qi].start) == a
        && ctx.token_at(quotes.spans[qi].end) >= b
    {
        return Some(Found {
            kind: QuoteKind::Direct,
            span: quotes.spans[qi].clone(),
            speaker: Speaker::phrase(speaker),
            pattern: Pattern::Participle,
            cue: Some(at.cue.clone()),
        });
    }
    // Only quoted words are taken for the speaker's in a phrase whose verb
    // names no speech of its own ("Holding signs calling …").
    if !(a..b).any(|k| quotes.at(k).is_some()) {
        return None;
    }
    content(
        ctx,
        a,
        b,
        Speaker::phrase(speaker),
        at.cue.clone(),
        QuoteKind::Indirect,
        Pattern::Participle,
    )
}

/// The sentence opens on a participle with its object: "Citing …",
/// "Holding signs …", not a name ("Manning said") or a gerund subject
/// ("Spending rose").
fn opens_on_participle(ctx: &Context, s0: usize, s1: usize) -> bool {
    let first = lower(ctx.word(s0));
    let next = ctx.word(s0 + 1);
    s0 + 2 < s1
        && first.len() > 5
        && first.ends_with("ing")
        && (!next.is_empty() || is_quote_mark(ctx.tok(s0 + 1)))
        && !ctx.is_cap(s0 + 1)
        && !ctx.lex.is_cue(next)
        && !ctx.lex.is(next, WordClass::Auxiliary)
}

/// The subject of the clause after the opening phrase ending at `end`:
/// "…,” the protesters chanted", "…, though, Allen did suggest". A name,
/// a pronoun or a phrase with its determiner, followed by its verb.
fn subject_after(ctx: &Context, end: usize, s1: usize) -> Option<std::ops::Range<usize>> {
    let mut a = if ctx.tok(end) == "," { end + 1 } else { end };
    // "…,” though, Allen did": an adverb set off after the phrase.
    if ctx.tok_or(a + 1) == ","
        && (matches!(ctx.word(a), "though" | "however")
            || ctx.lex.is(&lower(ctx.word(a)), WordClass::OpeningAdverb))
    {
        a += 2;
    }
    let opens = ctx.is_cap(a)
        || is_subject_pronoun(ctx.word(a))
        || ctx.lex.is(&lower(ctx.word(a)), WordClass::Determiner);
    if !opens {
        return None;
    }
    // The verb: a cue, an auxiliary or a past form, after the phrase's
    // words ("the mayor’s spokeswoman told").
    let verb = (a + 1..s1.min(a + NOUN_PHRASE)).find(|&k| {
        let w = ctx.word(k);
        !ctx.is_cap(k)
            && (cue_at(ctx, k) > 0
                || ctx.lex.is(w, WordClass::Auxiliary)
                || ctx.lex.is(w, WordClass::PastVerb)
                || matches!(w, "did" | "does"))
    })?;
    let words = (a..verb).all(|k| {
        ctx.tokens[k].kind == TokenKind::Word || matches!(ctx.tok(k), "’s" | "'s" | "." | "-")
    });
    words.then_some(a..verb)
}

examples!(Participle:
    (
        "Citing “obligations at home,” the mayor’s spokeswoman told the paper that Ana Ruiz would not attend.",
        "“obligations at home,”",
        "the mayor’s spokeswoman",
    ),
    (
        "Holding signs calling Karl Obi “the harbour’s worst enemy,” the protesters chanted outside the hall.",
        "Karl Obi “the harbour’s worst enemy,”",
        "the protesters",
    ),
    (
        "Acknowledging that the pier “needs a lot of work,” though, Ana Ruiz did say that it would open.",
        "the pier “needs a lot of work,”",
        "Ana Ruiz",
    ),
);
