//! Signed: a quotation with its speaker after a bar or a dash, "“…” ―
//! Ana Ruiz"; "― Today" names nobody.

use super::*;

/// The quotation `q` signed by the name after the dash at token `last`.
pub(in crate::analysis::quotes) fn signed(ctx: &Context, q: &Span, last: usize) -> Option<Found> {
    if last < ctx.tokens.len()
        && matches!(ctx.tok(last), "\u{2015}" | "\u{2014}" | "-" | "\u{2013}")
        && ctx.is_cap(last + 1)
        && let e = noun_phrase_forward(ctx, last + 1, ctx.tokens.len().min(last + SIGNATURE))
        && let Some(speaker) = Speaker::phrase(last + 1..e)
    {
        return Some(Found {
            kind: QuoteKind::Direct,
            span: q.clone(),
            speaker: Some(speaker),
            pattern: Pattern::Signed,
            cue: Some(ctx.tokens[last].span()),
        });
    }
    None
}

examples!(Signed:
    (
        "“The sea gives and the sea takes.” ― Ana Ruiz",
        "“The sea gives and the sea takes.”",
        "Ana Ruiz",
    ),
);
