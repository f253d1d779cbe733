//! Finding statements: reported speech cue by cue, transcript lines, then
//! the direct quotations no statement holds; split statements joined,
//! titles and overlaps dropped.

use super::*;

/// Every statement in the article, in text order, before speakers are
/// resolved.
pub(super) fn find_statements(ctx: &Context, quotes: &Quotations) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    // Quotations that open a transcript line: the line stands for them.
    let mut direct_skip: Vec<bool> = Vec::new();

    // Reported speech, sentence by sentence.
    for (si, sent) in ctx.sentences.iter().enumerate() {
        let mut c = sent.tokens.start;
        while c < sent.tokens.end {
            // "her claim that she “never sent” …": a statement its
            // speaker's noun names, before a quotation.
            if ctx.tok(c) == "that"
                && quotes.at(c).is_none()
                && quote_soon(quotes, c + 1, sent.tokens.end).is_some()
                && let Some(f) = possessed(ctx, quotes, sent.tokens.start, sent.tokens.end, c)
            {
                found.push(f);
                c += 1;
                continue;
            }
            // Cues are words, outside quotations; most words are refused by
            // the lexicon before anything is remembered of them.
            if ctx.tokens[c].kind != TokenKind::Word
                || quotes.at(c).is_some()
                || !ctx.lex.cue_word(ctx.tok(c)).may_cue()
            {
                c += 1;
                continue;
            }
            let cue_len = cue_at(ctx, c);
            if cue_len == 0 {
                c += 1;
                continue;
            }
            // A cue that needs "that" or a quoted object ("described it as
            // “…”") is skipped early when neither follows.
            let needs_object = cue_len == 1 && !ctx.lex.is_bare_cue(&lower(ctx.word(c)));
            let end = sent.tokens.end;
            if needs_object
                && quote_soon(quotes, c + 1, end).is_none()
                && !(c + 1..end.min(c + NAMED_WORDS)).any(|k| ctx.word(k) == "that")
                && !speaks_after_quote(ctx, sent.tokens.start, c, &found)
            {
                c += 1;
                continue;
            }
            if let Some(f) = reported(ctx, si, c, cue_len, quotes, &found) {
                found.push(f);
            }
            c += cue_len;
        }
    }

    // Transcript lines: "PENCE: Well, look, …". What a line reports of
    // others is the line's own speech, and so is a quotation opening it.
    let lines = transcript_lines(ctx);
    if !lines.is_empty() {
        let in_line = |span: &Span| {
            let i = lines.partition_point(|l| l.span.end <= span.start);
            lines.get(i).is_some_and(|l| l.span.start < span.end)
        };
        found.retain(|f| !in_line(&f.span));
        direct_skip = quotes
            .spans
            .iter()
            .map(|q| {
                let b = ctx.block_at(q.start);
                b.is_some_and(|b| ctx.blocks[b].0.start == q.start) && in_line(q)
            })
            .collect();
    }
    found.extend(lines);
    // Direct quotations not already inside reported speech.
    sort_in_text_order(&mut found);
    let mut attributed: Vec<Found> = Vec::new();
    // Both lists are in text order: one cursor walks the findings.
    let mut at = 0;
    for (qi, q) in quotes.spans.iter().enumerate() {
        if direct_skip.get(qi).copied().unwrap_or(false) {
            continue;
        }
        while at < found.len() && found[at].span.start <= q.start {
            at += 1;
        }
        if found[at.saturating_sub(RECENT_FINDINGS)..at]
            .iter()
            .any(|f| q.end <= f.span.end + 1)
        {
            continue;
        }
        // The finding just before this quotation, reported or direct.
        let prev = [found[..at].last(), attributed.last()]
            .into_iter()
            .flatten()
            .filter(|f| f.span.end <= q.start)
            .max_by_key(|f| f.span.end);
        if let Some(f) = attribute_direct(ctx, qi, quotes, prev) {
            attributed.push(f);
        }
    }
    found.append(&mut attributed);
    sort_in_text_order(&mut found);
    merge_split_quotes(ctx, quotes, &mut found);
    drop_titles(ctx, &mut found);
    drop_overlaps(ctx.text, &mut found);
    page_structure(ctx, &mut found);

    found
}

/// "“…,” Ana Ruiz, the former mayor, proclaimed": a cue whose subject
/// follows a quotation closing on a comma reports the quotation before it,
/// unless a cue before reports that already ("… and said he would “…,” the
/// crowd roared"). The subject opens with a name, a pronoun or a
/// determiner, not a verb ("“…,” features five people speaking").
fn speaks_after_quote(ctx: &Context, s0: usize, c: usize, found: &[Found]) -> bool {
    speaker_before(ctx, s0, c).is_some_and(|(_, start)| {
        let w = ctx.word(start);
        start >= s0 + 2
            && (ctx.is_cap(start) || is_subject_pronoun(w) || ctx.lex.is(w, WordClass::Determiner))
            && found
                .last()
                .is_none_or(|f| f.span.end < ctx.tokens[start - 1].end())
            && matches!(
                (ctx.tok(start - 2), ctx.tok(start - 1)),
                ("," | "?" | "!", q) if is_quote_mark(q)
            )
    })
}
