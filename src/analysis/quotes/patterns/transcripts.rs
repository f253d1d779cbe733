//! Transcripts: "PENCE: …" lines and question-and-answer layouts.

use super::*;

/// Paragraphs of a transcript: a speaker's name in capitals, a colon, and
/// what they said ("PENCE: Well, look, …").
pub(in crate::analysis::quotes) fn transcript_lines(ctx: &Context) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    // The mark that opened the last line, when the paragraph just before
    // was a line or its continuation: a transcript quoted paragraph by
    // paragraph goes on in paragraphs that open with the same mark.
    let mut open_mark: Option<&str> = None;
    for (span, sents) in &ctx.blocks {
        let carried = open_mark.take();
        // "BUSTED: Emails Reveal …" in the title is a headline's label.
        if sents.is_empty() || ctx.title.as_ref() == Some(span) {
            continue;
        }
        let toks = ctx.sentences[sents.start].tokens.start..ctx.sentences[sents.end - 1].tokens.end;
        let mut k = toks.start;
        // A stray opening mark before the name.
        while k < toks.end && is_quote_mark(ctx.tok(k)) {
            k += 1;
        }
        let mark = (k > toks.start).then(|| ctx.tok(toks.start));
        // A paragraph quoted whole keeps its closing mark out of the line.
        let end = match toks.end.checked_sub(1) {
            Some(last) if mark.is_some() && last > k && is_quote_mark(ctx.tok(last)) => {
                ctx.tokens[last].start()
            }
            _ => span.end,
        };
        let name = k;
        while k < toks.end
            && k < name + 3
            && ctx.tokens[k].kind == TokenKind::Word
            && ctx.word(k).chars().count() >= 2
            && ctx
                .word(k)
                .chars()
                .all(|c| c.is_uppercase() || c == '-' || c == '.')
        {
            k += 1;
        }
        let is_line = k > name
            && k + 1 < toks.end
            && ctx.tok(k) == ":"
            && !ctx
                .lex
                .is_label(&ctx.text[ctx.tokens[name].start()..ctx.tokens[k - 1].end()]);
        if !is_line {
            // "(CROSSTALK.)" ends the line; a paragraph opening with the
            // line's mark continues it.
            if let (Some(m), Some(last)) = (carried, out.last_mut())
                && mark == Some(m)
                && ctx.tok_or(name) != "("
            {
                last.span.end = end;
                open_mark = Some(m);
            }
            continue;
        }
        let words = (k + 1..toks.end)
            .filter(|&j| ctx.tokens[j].kind == TokenKind::Word)
            .count();
        if words < 3 {
            continue;
        }
        out.push(Found {
            kind: QuoteKind::Direct,
            span: ctx.tokens[k + 1].start()..end,
            speaker: Speaker::phrase(name..k),
            pattern: Pattern::Transcript,
            cue: Some(ctx.tokens[k].span()),
        });
        open_mark = mark;
    }
    out
}

examples!(Transcript:
    (
        "RUIZ: Well, look, the pier is safe and it will stay open.",
        "Well, look, the pier is safe and it will stay open.",
        "Ruiz",
    ),
);
