//! Direct quotations that no cue before them reports: which pattern
//! attributes each (`patterns/`), else the sentence before it or the last
//! speaker.

use super::*;

/// A quotation with no cue in its sentence: attributed by "― Name", by a
/// speaker and cue right after it, by "NAME: “…”", or by the speaker of the
/// quotation it continues.
pub(super) fn attribute_direct(
    ctx: &Context,
    qi: usize,
    quotes: &Quotations,
    prev: Option<&Found>,
) -> Option<Found> {
    let q = quotes.spans[qi].clone();
    let first = ctx.token_at(q.start);
    let mut last = ctx.token_at(q.end);
    let words = (first..last)
        .filter(|&k| ctx.tokens[k].kind != TokenKind::Punct)
        .count();
    let block = ctx.block_at(q.start)?;
    let (bspan, _) = &ctx.blocks[block];
    let sent_end = ctx.sentences
        [ctx.sentence_of_token(last.min(ctx.tokens.len().saturating_sub(1)))]
    .tokens
    .end;

    if let Some(f) = signed(ctx, &q, last) {
        return Some(f);
    }
    // ", he said" right after, in the same sentence or the next few tokens.
    // A quotation that the writer's clause runs into ("to be Iowa’s “silver
    // standard,” says …", "said on CBS's “Face the Nation.”") is neither
    // what a cue after it reports nor the second part of a statement; one
    // joined by a conjunction ("she said, and “…”") may be.
    let sentence_start = ctx.sentences[ctx.sentence_of_token(first)].tokens.start;
    let embedded = first > sentence_start
        && matches!(
            ctx.tokens[first - 1].kind,
            TokenKind::Word | TokenKind::Number
        )
        && !matches!(ctx.word(first - 1), "and" | "but" | "or");
    if embedded && let Some(f) = embedded_statement(ctx, first, last, quotes) {
        return Some(f);
    }
    while last < ctx.tokens.len() && ctx.tok(last) == "," {
        last += 1;
    }
    if !embedded
        && last < sent_end.max(last + 1)
        && last < ctx.tokens.len()
        && ctx.tokens[last].start() < bspan.end
    {
        let s_end = ctx.sentences[ctx.sentence_of_token(last)].tokens.end;
        if let Some(c) = (last..s_end.min(last + CUE_AFTER_QUOTE))
            .find(|&k| cue_after_quote(ctx, k) > 0 && quotes.at(k).is_none())
        {
            let s0 = last;
            // “…,” said Ana Ruiz / according to the report; not “…,”
            // promising a return, a participle with its object.
            if c == last {
                let according =
                    ctx.word(c).eq_ignore_ascii_case("according") && ctx.word(c + 1) == "to";
                let after = c + 1 + usize::from(according);
                let e = noun_phrase_forward(ctx, after, s_end);
                if e > after && (according || !ctx.word(c).ends_with("ing")) {
                    return Some(Found {
                        kind: QuoteKind::Direct,
                        span: q,
                        speaker: Speaker::phrase(after..e),
                        pattern: if according {
                            Pattern::AccordingTo
                        } else {
                            Pattern::Inverted
                        },
                        cue: Some(span_of(ctx, c, after)),
                    });
                }
            } else if let Some((np, start)) = speaker_before(ctx, s0, c)
                && start == s0
                && !introduces_next(ctx, &q, c)
                && !reports_own_clause(ctx, &q, c, s_end)
            {
                return Some(Found {
                    kind: QuoteKind::Direct,
                    span: q,
                    speaker: Speaker::phrase(np),
                    pattern: Pattern::Postposed,
                    cue: Some(ctx.tokens[c].span()),
                });
            }
        }
    }
    // "PENCE: “…”" or "Smith said: “…”" before it.
    if first >= 2 && ctx.tok(first - 1) == ":" {
        let s0 = ctx.sentences[ctx.sentence_of_token(first - 1)].tokens.start;
        // Not a cue in an opening clause set off by its comma ("With
        // leaders worried about …, Obama is rolling out a message: “…”").
        // Nor one before a clause with a pronoun of its own ("Reid said
        // both are weak, but he gave the Texan a compliment: “…”"), whose
        // subject speaks.
        let person = |k: usize| ctx.is_cap(k) || is_subject_pronoun(ctx.word(k));
        let clause_after = |c: usize| {
            (c.max(first.saturating_sub(CLAUSE))..first - 1)
                .rev()
                .find(|&k| ctx.tok(k) == ",")
                .and_then(|comma| subject_of(ctx, comma + 1, first - 1))
                .filter(|np| person(np.start))
        };
        let cue = (s0..first - 1).rev().find(|&k| cue_at(ctx, k) > 0);
        if let Some(c) = cue
            && clause_after(c).is_none()
            && let Some((np, _)) = speaker_before(ctx, s0, c)
        {
            return Some(Found {
                kind: QuoteKind::Direct,
                span: q,
                speaker: Speaker::phrase(np),
                pattern: Pattern::Preposed,
                cue: Some(ctx.tokens[c].span()),
            });
        }
        // "Said Ellis: “…”": a cue opening its sentence, the speaker's name
        // after it.
        if cue == Some(s0)
            && first >= s0 + 3
            && (s0 + 1..first - 1).all(|k| ctx.is_cap(k) || abbreviation_stop(ctx, k))
        {
            return Some(Found {
                kind: QuoteKind::Direct,
                span: q,
                speaker: Speaker::phrase(s0 + 1..first - 1),
                pattern: Pattern::Inverted,
                cue: Some(ctx.tokens[s0].span()),
            });
        }
        // A label opens its sentence; a name ending a clause ("delivered a
        // message to Trump:") is its object.
        let start = np_back(ctx, s0, first - 1);
        if start == s0 && start < first - 1 && (start..first - 1).all(|k| ctx.is_cap(k)) {
            return Some(Found {
                kind: QuoteKind::Direct,
                span: q,
                speaker: Speaker::phrase(start..first - 1),
                pattern: Pattern::Labelled,
                cue: None,
            });
        }
        // "Karl Obi, the port director, was blunt: “…”": the subject speaks.
        // So does a pronoun after a conjunction ("But he gave the Texan a
        // compliment: “…”").
        let own = cue.and_then(clause_after);
        if let Some(np) = own.or_else(|| subject_of(ctx, s0, first - 1))
            && person(np.start)
        {
            return Some(Found {
                kind: QuoteKind::Direct,
                span: q,
                speaker: Speaker::subject(np),
                pattern: Pattern::Subject,
                cue: Some(ctx.tokens[first - 1].span()),
            });
        }
    }
    // “A,” she said. “B.”: the second part of a statement split by its
    // attribution, whatever its length.
    if let Some(p) = prev
        && !embedded
        && let Some(f) = continuation(ctx, &q, p, block)
    {
        return Some(f);
    }
    // Scare quotes and titles of works are not speech, nor is a phrase quoted
    // in the middle of the writer's own sentence.
    let title_case = (first..last)
        .filter(|&k| ctx.tokens[k].kind == TokenKind::Word)
        .all(|k| ctx.is_cap(k) || ctx.word(k).len() <= 3);
    let sentence = &ctx.sentences[ctx.sentence_of_token(first)];
    let opens_sentence =
        (sentence.tokens.start..first).all(|k| ctx.tokens[k].kind == TokenKind::Punct);
    // "identified the judge as “Spanish,”": a capitalised word after
    // "as" is what the subject called it.
    let named_as = first >= 1 && ctx.word(first - 1) == "as";
    if !opens_sentence
        && (!title_case || named_as)
        && let Some(f) = quoted_in_clause(ctx, sentence.tokens.clone(), first)
    {
        return Some(f);
    }
    if words <= 3 || title_case || (!opens_sentence && words < 6) {
        return None;
    }
    // After a sentence about a person in the same paragraph, the quotation
    // is theirs ("Sanders named bigotry as a reason. “The younger people …”");
    // otherwise it continues the last speaker nearby.
    let si = ctx.sentence_of_token(first);
    let prev_sentence = si
        .checked_sub(1)
        .map(|p| ctx.sentences[p].tokens.clone())
        .filter(|p| {
            p.start < p.end && ctx.block_at(ctx.tokens[p.start].start()) == Some(block) && {
                // Each quotation in it once: only titles are allowed.
                let mut seen = None;
                (p.start..p.end).all(|k| match quotes.at(k) {
                    Some(q) if seen != Some(q) => {
                        seen = Some(q);
                        is_title(ctx, &quotes.spans[q])
                    }
                    _ => true,
                })
            }
        });
    // A quotation inside a sentence of the writer's is its subject's
    // ("He offered “my thoughts and prayers …”"); one that opens its sentence
    // follows the sentence before.
    let own = (!opens_sentence)
        .then(|| subject_of(ctx, sentence.tokens.start, first))
        .flatten()
        .filter(|np| ctx.is_cap(np.start) || is_subject_pronoun(ctx.word(np.start)));
    let subject = own.or_else(|| prev_sentence.and_then(|p| subject_of(ctx, p.start, p.end)));
    let prev_nearby = prev.is_some_and(|f| {
        let fb = ctx.block_at(f.span.start);
        fb.is_some_and(|fb| fb + 1 >= block) && f.speaker.is_some()
    });
    let speaker = subject
        .and_then(Speaker::subject)
        .or_else(|| prev_nearby.then_some(Speaker::Inherit));
    Some(Found {
        kind: QuoteKind::Direct,
        span: q,
        speaker,
        pattern: Pattern::Context,
        cue: None,
    })
}

/// “… in a campaign.” Kasich said he would not comment: after a quotation
/// finished with a full stop, a cue that goes on to report a clause of its
/// own opens a sentence of its own; "Kasich said.", "Kasich said on
/// Monday." or "Estrada said of the encounter." still attribute it.
fn reports_own_clause(ctx: &Context, q: &Span, c: usize, s_end: usize) -> bool {
    let after = c + cue_at(ctx, c).max(1);
    // "Estrada said of the encounter.": whom or what it was said of.
    let said_of = after < s_end
        && ctx.word(after) == "of"
        && s_end - after <= ADJUNCT
        && clause_free(ctx, after, s_end);
    finished_with(ctx, q, &['.'])
        && after < s_end
        && !matches!(ctx.tok(after), "," | "." | ";")
        && !trailing_adjunct(ctx, after, s_end)
        && !said_of
}

/// The quotation's words end on one of `ends`, inside its closing mark.
fn finished_with(ctx: &Context, q: &Span, ends: &[char]) -> bool {
    ctx.text[q.clone()]
        .trim_end_matches(|ch: char| is_quote_mark(ch.encode_utf8(&mut [0; 4])))
        .ends_with(ends)
}

/// “B.” Mr. Zahed said: “C.”: a cue after a finished quotation that opens
/// the next one with a colon, or a comma and a mark, attributes that one.
fn introduces_next(ctx: &Context, q: &Span, c: usize) -> bool {
    let finished = finished_with(ctx, q, &['.', '?', '!']);
    let opens =
        ctx.tok_or(c + 1) == ":" || ctx.tok_or(c + 1) == "," && is_quote_mark(ctx.tok_or(c + 2));
    finished && opens
}
