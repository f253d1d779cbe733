//! What a web page's own structure says: a heading is not speech, and a
//! block quotation is a quotation, its speaker the subject of the sentence
//! before it or else the last speaker.

use super::*;

/// Drops findings inside headings and adds the page's block quotations
/// that nothing found yet; `found` stays in text order.
pub(super) fn page_structure(ctx: &Context, found: &mut Vec<Found>) {
    if ctx.headings.is_empty() && ctx.block_quotes.is_empty() {
        return;
    }
    let inside = |spans: &[Span], s: &Span| {
        let i = spans.partition_point(|h| h.end <= s.start);
        spans
            .get(i)
            .is_some_and(|h| h.start <= s.start && s.end <= h.end)
    };
    found.retain(|f| !inside(&ctx.headings, &f.span));
    let mut added = Vec::new();
    for bq in &ctx.block_quotes {
        if found
            .iter()
            .any(|f| f.span.start < bq.end && bq.start < f.span.end)
        {
            continue;
        }
        // "In a statement, the council said:" before the quotation.
        let first = ctx.token_at(bq.start);
        let speaker = ctx
            .sentence_of_token(first)
            .checked_sub(1)
            .map(|p| ctx.sentences[p].tokens.clone())
            .filter(|p| p.end == first)
            .and_then(|p| subject_of(ctx, p.start, p.end))
            .and_then(Speaker::subject)
            .or(Some(Speaker::Inherit));
        added.push(Found {
            kind: QuoteKind::Direct,
            pattern: Pattern::BlockQuote,
            span: bq.clone(),
            speaker,
            cue: None,
        });
    }
    if !added.is_empty() {
        found.append(&mut added);
        sort_in_text_order(found);
    }
}
