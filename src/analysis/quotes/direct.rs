//! Direct quotations: the attribution before, after or inside a quotation
//! in marks, and statements embedded in a sentence.

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

    // "― Name" after the quote; "― Today" names nobody.
    if last < ctx.tokens.len()
        && matches!(ctx.tok(last), "\u{2015}" | "\u{2014}" | "-" | "\u{2013}")
        && ctx.is_cap(last + 1)
        && let e = noun_phrase_forward(ctx, last + 1, ctx.tokens.len().min(last + SIGNATURE))
        && let Some(speaker) = Speaker::phrase(last + 1..e)
    {
        return Some(Found {
            kind: QuoteKind::Direct,
            span: q,
            speaker: Some(speaker),
            pattern: Pattern::Signed,
            cue: Some(ctx.tokens[last].span()),
        });
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
        if let Some(c) = (s0..first - 1).rev().find(|&k| cue_at(ctx, k) > 0)
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
        let start = np_back(ctx, s0, first - 1);
        if start < first - 1 && (start..first - 1).all(|k| ctx.is_cap(k)) {
            return Some(Found {
                kind: QuoteKind::Direct,
                span: q,
                speaker: Speaker::phrase(start..first - 1),
                pattern: Pattern::Labelled,
                cue: None,
            });
        }
        // "Karl Obi, the port director, was blunt: “…”": the subject speaks.
        if let Some(np) = subject_of(ctx, s0, first - 1)
            && ctx.is_cap(np.start)
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
        && ends_quoted(ctx, p)
        && ctx.block_at(p.span.start) == Some(block)
        && p.cue
            .as_ref()
            .is_some_and(|c| c.start >= p.span.end && next_to_attribution(ctx, c, &q))
        && ctx.token_at(q.start) - ctx.token_at(p.span.end) <= 24
    {
        // A quotation the writer's sentence goes on after is a statement of
        // its own: “…” to drive up the stock price.
        let after_quote = ctx.token_at(q.end);
        let block_end = ctx.token_at(bspan.end);
        let own_end = ctx.sentences[ctx.sentence_of_token(after_quote.saturating_sub(1))]
            .tokens
            .end;
        let end = own_end.min(block_end);
        if after_quote < end
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
        return Some(Found {
            kind: QuoteKind::Direct,
            span: q,
            speaker: Some(Speaker::Inherit),
            pattern: Pattern::Continuation,
            cue: None,
        });
    }
    // Scare quotes and titles of works are not speech, nor is a phrase quoted
    // in the middle of the writer's own sentence.
    let title_case = (first..last)
        .filter(|&k| ctx.tokens[k].kind == TokenKind::Word)
        .all(|k| ctx.is_cap(k) || ctx.word(k).len() <= 3);
    let sentence = &ctx.sentences[ctx.sentence_of_token(first)];
    let opens_sentence =
        (sentence.tokens.start..first).all(|k| ctx.tokens[k].kind == TokenKind::Punct);
    if !opens_sentence
        && !title_case
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

/// "This is “roughly the same advantage,” reported Reuters", "The
/// rejection signals “the beginning of the end” for the EU, said Geert
/// Wilders": a quotation inside the writer's clause, and a cue with its
/// speaker after the clause's comma. The clause is what was said.
pub(super) fn embedded_statement(
    ctx: &Context,
    first: usize,
    last: usize,
    quotes: &Quotations,
) -> Option<Found> {
    let sentence = ctx.sentences[ctx.sentence_of_token(first)].tokens.clone();
    let s_end = sentence.end;
    let c = (last..s_end.min(last + 10))
        .find(|&k| cue_after_quote(ctx, k) > 0 && quotes.at(k).is_none())?;
    let comma = (last.saturating_sub(2)..c)
        .rev()
        .find(|&k| ctx.tok(k) == ",")?;
    if (last..comma).any(|k| quotes.at(k).is_some() || is_end_punct(ctx.tok(k))) {
        return None;
    }
    // The comma closing the clause may stand inside the quotation (“…,”).
    let (end, from) = if comma < last {
        (last, last)
    } else {
        (comma, comma + 1)
    };
    let speaker = if from == c {
        // ", said Geert Wilders": an inverted cue, not a participle.
        if ctx.word(c).ends_with("ing") {
            return None;
        }
        let e = noun_phrase_forward(ctx, c + 1, s_end);
        (e > c + 1
            && (ctx.is_cap(c + 1) || ctx.lex.is(&lower(ctx.word(c + 1)), WordClass::Determiner)))
        .then_some(c + 1..e)?
    } else {
        match speaker_before(ctx, from, c) {
            Some((np, start)) if start == from => np,
            _ => return None,
        }
    };
    // The cue closes the sentence ("…, Reuters reported on Friday."); one
    // that goes on ("In an interview with “Fox and Friends,” Trump said
    // that …") reports something else.
    let after = if from == c { speaker.end } else { c + 1 };
    let after = party_label_end(ctx, after, s_end);
    if after < s_end
        && !matches!(ctx.tok(after), "," | "\u{2014}")
        && !is_end_punct(ctx.tok(after))
        && !trailing_adjunct(ctx, after, s_end)
    {
        return None;
    }
    let start = (sentence.start..first)
        .find(|&k| ctx.tokens[k].kind != TokenKind::Punct)
        .unwrap_or(first);
    // "In particular, Bill Clinton has been “very worked up,” said …": an
    // opening adjunct is said with the clause after its comma, but is no
    // clause of its own ("When Trump said he would “protect …,”").
    let clause_after_comma = || {
        (start..first)
            .find(|&k| ctx.tok(k) == "," && quotes.at(k).is_none())
            .is_some_and(|comma| comma + 1 < first && !opens_with_adjunct(ctx, comma + 1))
    };
    if opens_with_adjunct(ctx, start) && !clause_after_comma() {
        return None;
    }
    Some(Found {
        kind: QuoteKind::Indirect,
        span: span_of(ctx, start, end),
        speaker: Speaker::phrase(speaker),
        pattern: Pattern::Embedded,
        cue: Some(ctx.tokens[c].span()),
    })
}

/// A sentence opening at `a` with an adjunct ("In an interview with “Fox
/// and Friends,”", "When Trump said …", "Acknowledging that …"): up to its
/// comma it is the speaker's circumstance, not what was said.
pub(super) fn opens_with_adjunct(ctx: &Context, a: usize) -> bool {
    let w = lower(ctx.word(a));
    let opener = |w: &str| ctx.lex.is(w, WordClass::AdjunctOpener);
    opener(&w)
        || (w.len() > 4 && w.ends_with("ing"))
        // "Wednesday on Fox News' “Hannity,” Gingrich said": a day before
        // the adjunct.
        || is_time_word(ctx, &w) && opener(&lower(ctx.word(a + 1)))
}

/// "It", "They", "This": a capitalised word that names no one.
fn names_no_one(ctx: &Context, k: usize) -> bool {
    matches!(
        lower(ctx.word(k)).as_ref(),
        "it" | "they" | "this" | "that" | "these" | "those" | "there" | "we" | "i"
    )
}

/// "Lewandowski ripped Comey for acting as “the judge and the jury” in …":
/// words quoted inside a clause whose subject is a name or a pronoun; the
/// clause after the subject's verb is what the subject said, in part in
/// their own words.
fn quoted_in_clause(
    ctx: &Context,
    sentence: std::ops::Range<usize>,
    first: usize,
) -> Option<Found> {
    let np = subject_of(ctx, sentence.start, first)?;
    // A name or a person's pronoun, not a description or a thing:
    // "Lewandowski", "she", never "It".
    let name = (np.start..np.end).all(|k| ctx.is_cap(k)) && np.len() <= 4;
    let person = np.len() == 1 && matches!(lower(ctx.word(np.start)).as_ref(), "he" | "she");
    if !(name && !names_no_one(ctx, np.start) || person) || np.end >= first {
        return None;
    }
    let mut a = np.end;
    while a < first
        && matches!(
            ctx.word(a),
            "has" | "have" | "had" | "also" | "then" | "repeatedly" | "once"
        )
    {
        a += 1;
    }
    // A verb of its own, in the past or the present: "ripped", "calls".
    let verb = ctx.word(a);
    let finite = verb.len() > 3
        && (verb.ends_with("ed") || verb.ends_with('s'))
        && !matches!(
            verb,
            "was" | "has" | "is" | "does" | "seems" | "appears" | "remains"
        );
    if a >= first || ctx.tokens[a].kind != TokenKind::Word || ctx.is_cap(a) || !finite {
        return None;
    }
    a = skip_that(ctx, a + 1, first);
    if (np.end..first).any(|k| matches!(ctx.tok(k), "," | ";" | ":")) {
        return None;
    }
    let b = content_end(ctx, a, sentence.end);
    (b > first).then(|| Found {
        kind: QuoteKind::Indirect,
        span: span_of(ctx, a, b),
        speaker: Speaker::phrase(np),
        pattern: Pattern::Subject,
        cue: None,
    })
}
