//! Signed: a quotation with its speaker after a bar or a dash, "“…” ―
//! Ana Ruiz"; "― Today" names nobody.

use super::*;

/// The quotation `q` signed by the name after the dash at token `last`.
pub(in crate::analysis::quotes) fn signed(ctx: &Context, q: &Span, last: usize) -> Option<Found> {
    // The signature ends with the dash's paragraph: "― Ana Ruiz.", then
    // the writer's next paragraph.
    let stop = || {
        ctx.block_at(ctx.tokens[last].start())
            .and_then(|b| ctx.blocks[b].1.end.checked_sub(1))
            .map_or(ctx.tokens.len(), |s| ctx.sentences[s].tokens.end)
            .min(last + SIGNATURE)
    };
    // A signature follows a quotation that stands alone, opening its
    // paragraph: not "his friends jeered, ''Do svidaniya!'' - Russian for
    // …", nor one set off by dashes inside the writer's sentence.
    let opens_paragraph = ctx.block_at(q.start).is_some_and(|b| {
        let from = ctx.token_at(ctx.blocks[b].0.start);
        (from..ctx.token_at(q.start)).all(|k| ctx.tokens[k].kind == TokenKind::Punct)
    });
    if opens_paragraph
        && last < ctx.tokens.len()
        && matches!(ctx.tok(last), "\u{2015}" | "\u{2014}" | "-" | "\u{2013}")
        && last + 1 < stop()
        && ctx.is_cap(last + 1)
        && let e = noun_phrase_forward(ctx, last + 1, stop())
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
    (
        "“We never closed the pier.”\n\n- Ana Ruiz.\n\nRuiz exaggerates when she says so.",
        "“We never closed the pier.”",
        "Ana Ruiz",
    ),
);
