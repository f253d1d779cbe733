//! Continuation: “A,” she said. “B.” — the second part of a statement
//! split by its attribution, whatever its length, spoken by the first
//! part's speaker.

use super::*;

/// The quotation `q` in paragraph `block` as the second part of `p`, the
/// finding just before it.
pub(in crate::analysis::quotes) fn continuation(
    ctx: &Context,
    q: &Span,
    p: &Found,
    block: usize,
) -> Option<Found> {
    let first = ctx.token_at(q.start);
    let bspan = &ctx.blocks[block].0;
    if !(ends_quoted(ctx, p)
        && ctx.block_at(p.span.end.saturating_sub(1)) == Some(block)
        && p.cue
            .as_ref()
            .is_some_and(|c| c.start >= p.span.end && next_to_attribution(ctx, c, q))
        && ctx.token_at(q.start) - ctx.token_at(p.span.end) <= BETWEEN_PARTS)
    {
        return None;
    }
    // A quotation the writer's sentence goes on after is a statement of its
    // own: “…” to drive up the stock price.
    let after_quote = ctx.token_at(q.end);
    let block_end = ctx.token_at(bspan.end);
    let own_end = ctx.sentences[ctx.sentence_of_token(after_quote.saturating_sub(1))]
        .tokens
        .end;
    let end = own_end.min(block_end);
    // “A,” he tweeted, “B,” after …: a comma closed inside the mark ends
    // the statement; the writer's adjunct follows.
    let comma_closed = after_quote >= 2 && ctx.tok(after_quote - 2) == ",";
    if after_quote < end
        && !comma_closed
        && ctx.tokens[after_quote].kind == TokenKind::Word
        && cue_at(ctx, after_quote) == 0
        && !speaker_clause(ctx, after_quote, end)
    {
        let end = content_end(ctx, first, end);
        return Some(Found {
            kind: QuoteKind::Indirect,
            span: span_of(ctx, first, end),
            speaker: Some(Speaker::Inherit),
            pattern: Pattern::Continuation,
            cue: None,
        });
    }
    Some(Found {
        kind: QuoteKind::Direct,
        span: q.clone(),
        speaker: Some(Speaker::Inherit),
        pattern: Pattern::Continuation,
        cue: None,
    })
}

// A first part that opened a paragraph before still has its second.
examples!(Continuation:
    (
        "“The pier is safe. We checked every plank of it twice.\n\n\
         “We will check it again,” said Mayor Ana Ruiz. “In May, as every year.”",
        "“In May, as every year.”",
        "Ana Ruiz",
    ),
);
