//! Opening participles: "Citing “obligations in Tennessee,” the
//! spokeswoman told …", "Holding signs calling the mayor “a fraud,” the
//! crowd chanted …", "But while praising the ''brave'' crew, she …". A
//! participle that opens the sentence speaks for the subject after its
//! comma.

use super::*;

/// What a participle cue in the sentence's opening participle phrase
/// reports, with the subject of the clause after the phrase; None when the
/// cue stands in no such phrase or no subject follows it.
pub(super) fn opening_participle(at: &CueAt) -> Option<Found> {
    let (ctx, quotes, s0, s1, c, after) = (at.ctx, at.quotes, at.s0, at.s1, at.c, at.after);
    // "Having announced that …, Judge Berman proceeded": the cue after
    // "having" names the speech itself.
    let perfect = c > s0 && lower(ctx.word(c - 1)) == "having";
    if !at.cw.ends_with("ing") && !perfect {
        return None;
    }
    let first = opening_participle_at(ctx, s0, s1)?;
    if perfect && first + 1 != c {
        return None;
    }
    // The phrase ends at its comma, or at a quotation closing on one.
    let end = clause_end(ctx, first + 1, s1, quotes);
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
    if !perfect && !(a..b).any(|k| quotes.at(k).is_some()) {
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

/// Where the participle opening the sentence stands: "Citing …",
/// "Holding signs …", "But while denouncing …"; not a name ("Manning
/// said") or a gerund subject ("Spending rose").
fn opening_participle_at(ctx: &Context, s0: usize, s1: usize) -> Option<usize> {
    let mut k = s0;
    if matches!(lower(ctx.word(k)).as_ref(), "but" | "and" | "yet") {
        k += 1;
    }
    if matches!(
        lower(ctx.word(k)).as_ref(),
        "while" | "after" | "before" | "when" | "by" | "upon" | "despite" | "without"
    ) {
        k += 1;
    }
    let first = lower(ctx.word(k));
    let next = ctx.word(k + 1);
    (k + 2 < s1
        && first.len() > 5
        && first.ends_with("ing")
        && (!next.is_empty() || is_quote_mark(ctx.tok(k + 1)))
        && !ctx.is_cap(k + 1)
        && (!ctx.lex.is_cue(next) || first == "having")
        && !ctx.lex.is(next, WordClass::Auxiliary))
    .then_some(k)
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
    if is_subject_pronoun(ctx.word(a)) {
        return Some(a..a + 1);
    }
    if !(ctx.is_cap(a) || ctx.lex.is(&lower(ctx.word(a)), WordClass::Determiner)) {
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
                || w.ends_with("n't")
                || w.ends_with("n\u{2019}t")
                || matches!(w, "did" | "does")
                // "Judge Berman proceeded": a past form after a name.
                || is_ed_form(w) && ctx.is_cap(k - 1))
    })?;
    let words = (a..verb).all(|k| {
        ctx.tokens[k].kind == TokenKind::Word || matches!(ctx.tok(k), "’s" | "'s" | "." | "-")
    });
    words.then_some(a..verb)
}

examples!(Participle:
    (
        "Having announced that the pier would close, Mayor Ana Ruiz turned to the ferry.",
        "the pier would close",
        "Ana Ruiz",
    ),
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
    (
        "Ana Ruiz spoke first. But while praising the ''brave'' crew of the ferry to reporters, she never named its captain.",
        "the ''brave'' crew of the ferry to reporters",
        "Ana Ruiz",
    ),
);
