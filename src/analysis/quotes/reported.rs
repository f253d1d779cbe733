//! Reported speech: "X said (that) …", "…, X said", "according to X", and
//! the quotation lists and continuations around it.

use super::*;

/// Where a list of quoted phrases starting with `q` ends: "“how the system
/// is rigged,” and “wounded American families” and “our own citizens”".
pub(super) fn quoted_list_end(ctx: &Context, quotes: &Quotations, q: &Span, s1: usize) -> usize {
    let mut end = q.end;
    loop {
        let mut j = ctx.token_at(end);
        let from = j;
        while j < s1 && matches!(ctx.tok(j), "," | "and" | "or" | "then") {
            j += 1;
        }
        match quotes.at(j) {
            Some(qi) if j > from && j < s1 && ctx.token_at(quotes.spans[qi].start) == j => {
                end = quotes.spans[qi].end;
            }
            _ => return end,
        }
    }
}

/// The writer's clause goes on after a quotation ("“a bomb” had gone off").
pub(super) fn quote_goes_on(ctx: &Context, q: &Span, s1: usize) -> bool {
    let after = ctx.token_at(q.end);
    after < s1 && ctx.tokens[after].kind == TokenKind::Word
}

/// A quotation opens within the first words after `a` in the sentence: the
/// cue's object is quoted ("called the plan “a disaster”").
pub(super) fn quote_soon(quotes: &Quotations, a: usize, s1: usize) -> Option<usize> {
    (a..s1.min(a + QUOTED_OBJECT)).find(|&k| quotes.at(k).is_some())
}

/// Who "according to" names in tokens `a..b`: the agent of "figures
/// released by the CEA", without a time after it ("on Tuesday", "last
/// week").
fn according_to_whom(ctx: &Context, a: usize, b: usize) -> std::ops::Range<usize> {
    let timed = (a + 1..b).find(|&k| {
        let w = lower(ctx.word(k));
        let next = ctx.word(k + 1);
        matches!(w.as_ref(), "on" | "last" | "this" | "earlier")
            && k + 1 < b
            && (is_time_word(ctx, &lower(next))
                || ctx.lex.month(next).is_some()
                || matches!(next, "week" | "month" | "year"))
    });
    let b = timed.unwrap_or(b);
    let agent = (a + 1..b.saturating_sub(1)).find(|&k| {
        ctx.word(k) == "by" && {
            let v = lower(ctx.word(k - 1));
            v.ends_with("ed") || matches!(v.as_ref(), "made" | "given" | "written" | "done")
        }
    });
    match agent {
        Some(k) => k + 1..b,
        None => a..b,
    }
}

/// Reported speech around the cue at `c`.
pub(super) fn reported(
    ctx: &Context,
    si: usize,
    c: usize,
    cue_len: usize,
    quotes: &Quotations,
    found: &[Found],
) -> Option<Found> {
    let sent = &ctx.sentences[si];
    let (s0, s1) = (sent.tokens.start, sent.tokens.end);
    let cw = lower(ctx.word(c));
    let cue = span_of(ctx, c, c + cue_len);
    let after = c + cue_len;
    // "the last claim was …", "what he said is true": a verb after the cue
    // makes the cue a noun or a clause of its own.
    if after < s1 && ctx.lex.is(&lower(ctx.word(after)), WordClass::Auxiliary) {
        return None;
    }

    // "according to SPEAKER, CONTENT" and "CONTENT, according to SPEAKER."
    if cw == "according" {
        let np_end = (after..s1)
            .find(|&k| ctx.tok(k) == "," || is_end_punct(ctx.tok(k)))
            .unwrap_or(s1);
        if np_end <= after {
            return None;
        }
        let speaker = Speaker::phrase(according_to_whom(ctx, after, np_end));
        let (a, b) = if c > s0 + 2 && ctx.tok(c - 1) == "," {
            (s0, c - 1)
        } else if ctx.tok_or(np_end) == "," {
            (np_end + 1, content_end(ctx, np_end + 1, s1))
        } else {
            return None;
        };
        return content(
            ctx,
            a,
            b,
            speaker,
            cue,
            QuoteKind::Indirect,
            Pattern::AccordingTo,
        );
    }

    // Participle: ", saying (that) …", ", adding that …" keeps the clause's
    // speaker, as does "began by saying …".
    // ", only saying …", "— again saying …": an adverb may come between.
    let mut p = c;
    while p > s0 + 1
        && (matches!(ctx.word(p - 1), "only" | "also" | "again" | "just" | "even")
            || is_ly_adverb(ctx.word(p - 1)))
    {
        p -= 1;
    }
    if cw.ends_with("ing")
        && c > s0
        && (matches!(ctx.tok(p - 1), "," | "\u{2014}" | "\u{2013}" | "-")
            || matches!(
                ctx.word(c - 1),
                "by" | "after" | "before" | "while" | "when"
            )
            // "issued a statement calling the test …".
            || ctx.lex.is(&lower(ctx.word(c - 1)), WordClass::MessageNoun))
    {
        let a = skip_that(ctx, after, s1);
        let had_that = (after..a).any(|k| ctx.word(k).eq_ignore_ascii_case("that"));
        if !ctx.lex.is_bare_cue(&cw) && !had_that && quote_soon(quotes, after, s1).is_none() {
            return None;
        }
        // “A,” she said, pointing at the crowd, “B.”: the participle only
        // interrupts a statement split by its attribution.
        if !had_that && !ctx.lex.is_bare_cue(&cw) && (s0..c).any(|k| quotes.at(k).is_some()) {
            return None;
        }
        let speaker = found
            .iter()
            .rev()
            .take(4)
            .find(|f| {
                f.span.start >= ctx.tokens[s0].start()
                    || ctx.sentence_of_token(ctx.token_at(f.span.start)) == si
            })
            .and_then(|f| f.speaker.clone())
            .or_else(|| subject_of(ctx, s0, c).and_then(Speaker::phrase));
        // "…, saying, “A. B.”": the quotation whole, over its sentences,
        // unless the clause goes on after it ("saying that “race still
        // determines too much” in America").
        if let Some(qi) = quotes.at(a)
            && ctx.token_at(quotes.spans[qi].start) == a
            && !(had_that && quote_goes_on(ctx, &quotes.spans[qi], s1))
        {
            return Some(Found {
                kind: QuoteKind::Direct,
                span: quotes.spans[qi].clone(),
                speaker,
                pattern: Pattern::Participle,
                cue: Some(cue),
            });
        }
        let b = through_quotation(ctx, quotes, a, content_end(ctx, a, s1));
        return content(
            ctx,
            a,
            b,
            speaker,
            cue,
            QuoteKind::Indirect,
            Pattern::Participle,
        );
    }

    // Inverted: "CONTENT, said SPEAKER(, ROLE)."
    if c > s0 + 2
        && (ctx.tok(c - 1) == "," || is_quote_mark(ctx.tok(c - 1)))
        && cue_len == 1
        && ctx.lex.is_inverted_cue(&cw)
    {
        let np_end = noun_phrase_forward(ctx, after, s1);
        if np_end > after {
            // "said Rep. Jim Clyburn (D-S.C.), the assistant leader …".
            let rest = party_label_end(ctx, np_end, s1);
            let rest_ok = rest >= s1
                || matches!(ctx.tok(rest), "," | "." | ";" | "\u{2014}")
                || is_end_punct(ctx.tok(rest));
            if rest_ok {
                let b = if ctx.tok(c - 1) == "," { c - 1 } else { c };
                let (a, kind) = quote_before(ctx, s0, b, quotes);
                return content(
                    ctx,
                    a,
                    b,
                    Speaker::phrase(after..np_end),
                    cue,
                    kind,
                    Pattern::Inverted,
                );
            }
        }
    }

    // "CONTENT, SPEAKER said." and "SPEAKER said (that) CONTENT".
    let (np, np_start) = speaker_before(ctx, s0, c)?;
    let tail_empty =
        after >= s1 || is_end_punct(ctx.tok(after)) || trailing_adjunct(ctx, after, s1);
    // "“A,” she said during a rally, …": a speaker right after a quotation
    // attributes it, whatever follows the cue.
    let after_quote = np_start > s0 && {
        let p = ctx.tok(np_start - 1);
        is_quote_mark(p) || p == "," && np_start >= s0 + 2 && is_quote_mark(ctx.tok(np_start - 2))
    };
    // "In an interview with “Fox and Friends,” Trump said he …": a quotation
    // closing an opening adjunct is not what the cue reports.
    let after_quote = after_quote
        && (tail_empty
            || !opens_with_adjunct(ctx, s0)
            || quote_before(ctx, s0, np_start, quotes).1 == QuoteKind::Direct);
    if tail_empty || after_quote {
        // Post-posed: the content ends at the comma or quote before the speaker.
        if np_start <= s0 + 1 {
            return None;
        }
        let sep = np_start - 1;
        if !(ctx.tok(sep) == "," || is_quote_mark(ctx.tok(sep)) || ctx.tok(sep) == "\u{2014}") {
            return None;
        }
        let (a, kind) = quote_before(
            ctx,
            s0,
            sep + usize::from(is_quote_mark(ctx.tok(sep))),
            quotes,
        );
        return content(
            ctx,
            a,
            sep + usize::from(is_quote_mark(ctx.tok(sep))),
            Speaker::phrase(np),
            cue,
            kind,
            Pattern::Postposed,
        );
    }
    // "what she called a “rant,”": the speaker's own word for something, as
    // in a relative clause naming its head ("a clip which the judge called
    // “distasteful,”", "whom he described as “peaceful”").
    let relative = |w: &str| {
        matches!(w, "which" | "whom" | "who" | "that")
            && ctx.lex.is(&cw, WordClass::NamingVerb)
            && (quotes.at(after).is_some()
                || ctx.word(after) == "as" && quotes.at(after + 1).is_some())
    };
    if np_start > s0
        && let w = lower(ctx.word(np_start - 1))
        && (w == "what" || relative(&w))
        && let Some(k) = quote_soon(quotes, after, s1.min(after + 8))
        && let Some(qi) = quotes.at(k)
    {
        let end = ctx.token_at(quotes.spans[qi].end);
        return content(
            ctx,
            np_start - 1,
            end,
            Speaker::phrase(np),
            cue,
            QuoteKind::Indirect,
            Pattern::WhatCalled,
        );
    }
    // Pre-posed: the speaker is the subject; what follows the cue is said.
    // "footage of Trump saying …": a participle's own subject.
    let reduced = cw.ends_with("ing") && np_start > s0 && ctx.word(np_start - 1) == "of";
    if !subject_position(ctx, s0, np_start) && !reduced {
        return None;
    }
    // "Though she called it “a gamble,” the council …": what a subordinate
    // clause says ends with the clause, as does what a relative clause says
    // ("Graham, who says allies should send troops, tweeted that …").
    let relative = np_start > s0
        && ctx.tok(np_start - 1) == ","
        && ctx.word(np_start).eq_ignore_ascii_case("who");
    let s1 = if relative
        || np_start > s0
            && ctx
                .lex
                .is(&lower(ctx.word(np_start - 1)), WordClass::Subordinator)
    {
        let end = clause_end(ctx, after, s1, quotes);
        // "Mike Lee, who declared in the spin room, “…”", "As one employee
        // told the paper, “…”": the quotation right after the clause's
        // comma is what it says.
        let says = relative || ctx.word(np_start - 1).eq_ignore_ascii_case("as");
        match quotes.at(end + 1) {
            Some(qi)
                if says
                    && ctx.tok_or(end) == ","
                    && ctx.token_at(quotes.spans[qi].start) == end + 1 =>
            {
                ctx.token_at(quotes.spans[qi].end).min(s1)
            }
            _ => end,
        }
    } else {
        s1
    };
    let mut a = after;
    if matches!(
        cw.as_ref(),
        "told" | "tell" | "tells" | "telling" | "asked" | "urged" | "urges" | "informed"
    ) {
        // Skip the listener: "told reporters (that)", "told the forum he …",
        // "told “Morning Joe” on Friday that …".
        let window = a..s1.min(a + 16);
        // "that" opening a clause, not "to accomplish that." at its end.
        let stop = window
            .clone()
            .find(|&k| {
                ctx.tok(k) == "that"
                    && quotes.at(k).is_none()
                    && ctx.tokens.get(k + 1).is_some_and(|t| {
                        t.kind != TokenKind::Punct || is_quote_mark(t.text(ctx.text))
                    })
            })
            .or_else(|| {
                (a + 1..window.end).find(|&k| {
                    matches!(ctx.tok(k), "," | ":" | "to")
                        || quotes.at(k).is_some()
                        || matches!(
                            ctx.word(k),
                            "he" | "she" | "they" | "it" | "we" | "I" | "there"
                        )
                })
            });
        // "told The Huffington Post on Thursday.": only a listener follows.
        if stop.is_none() && s1 - a <= 7 {
            return None;
        }
        a = stop.unwrap_or(a);
    }
    // "wrote back that …", "shot back: …": the verb's particle is no part
    // of what was said.
    if a == after && a + 1 < s1 && ctx.word(a) == "back" {
        a += 1;
    }
    a = skip_that(ctx, a, s1);
    if a >= s1 {
        return None;
    }
    // "said of the election that …", "said in an interview: …": an adjunct
    // between the cue and what was said. A clause opening with "but" or "and"
    // is the writer's own.
    if a == after || !ctx.word(a - 1).eq_ignore_ascii_case("that") {
        let w = lower(ctx.word(a));
        // "describing as “unhinged”": what the speaker called it.
        let as_quoted = w == "as" && quote_soon(quotes, a, s1.min(a + 4)).is_some();
        if ctx.lex.is(&w, WordClass::ClauseBreak) && !as_quoted {
            return None;
        }
        // "told the crowd to …" and "promised to release …" are what was
        // said, not an adjunct.
        let next = ctx.word(a + 1);
        let infinitive = w == "to"
            && (a > after
                || !next.is_empty()
                    && !ctx.is_cap(a + 1)
                    && !ctx.lex.is(next, WordClass::Determiner));
        if ctx.lex.is(&w, WordClass::AdjunctStart) && !infinitive {
            a = skip_that(ctx, adjunct_end(ctx, a, s1, quotes)?, s1);
            // "said on her Facebook page, in all capital letters, “…”": a
            // second adjunct, set off by commas, before a quotation.
            if a < s1
                && ctx.tok(a - 1) == ","
                && ctx.lex.is(&lower(ctx.word(a)), WordClass::AdjunctStart)
                && let Some(e) = adjunct_end(ctx, a, s1, quotes)
                && ctx.tok(e - 1) == ","
                && quotes.at(e).is_some()
            {
                a = e;
            }
            if a >= s1 {
                return None;
            }
        }
    }
    // A quotation right after the cue: the quote is what was said, unless
    // the clause goes on after it ("said “a bomb” had gone off").
    if let Some(qi) = quotes.at(a) {
        let q = quotes.spans[qi].clone();
        let had_that = (after..a).any(|k| ctx.word(k).eq_ignore_ascii_case("that"));
        // Without "that", a quoted fragment is the start of a longer
        // clause when words follow it: "claimed “Trump exaggerates” the
        // level of …", "said “budget reforms” and the collection of …".
        let fragment = || {
            let close = ctx.token_at(q.end).saturating_sub(1);
            let next = lower(ctx.word(close + 1));
            close > a
                && ctx.tokens[close - 1].kind != TokenKind::Punct
                && !is_title(ctx, &q)
                && !ctx.lex.is(&next, WordClass::AdjunctStart)
                && !ctx.lex.is(&next, WordClass::TimeWord)
        };
        let goes_on = quote_goes_on(ctx, &q, s1) && (had_that || fragment());
        if !goes_on {
            // “A,” and “B” and “C”: quoted phrases listed together.
            let end = if is_title(ctx, &q) {
                q.end
            } else {
                quoted_list_end(ctx, quotes, &q, s1)
            };
            return Some(Found {
                kind: if end > q.end {
                    QuoteKind::Indirect
                } else {
                    QuoteKind::Direct
                },
                span: q.start..end,
                speaker: Speaker::phrase(np),
                pattern: Pattern::Preposed,
                cue: Some(cue),
            });
        }
        let b = through_quotation(ctx, quotes, a, content_end(ctx, a, s1));
        return content(
            ctx,
            a,
            b,
            Speaker::phrase(np),
            cue,
            QuoteKind::Indirect,
            Pattern::Preposed,
        );
    }
    let object_cue = ctx.lex.is_object_cue(&cw) || cue_len > 1;
    let had_that = (after..a).any(|k| ctx.word(k).eq_ignore_ascii_case("that"));
    let mut b = content_end(ctx, a, s1);
    if !had_that && !object_cue && !ctx.lex.is_bare_cue(&cw) {
        // "described the law as a “crazy system”": the object with its quotation.
        quote_soon(quotes, a, b)?;
        let last = (a..b).rev().find(|&k| quotes.at(k).is_some())?;
        b = ctx.token_at(quotes.spans[quotes.at(last)?].end);
    }
    let b = through_quotation(ctx, quotes, a, b);
    // A speech act named by its object includes the act: "expressed gratitude for …".
    if (object_cue && cw != "called") && !had_that {
        a = c;
    }
    content(
        ctx,
        a,
        b,
        Speaker::phrase(np),
        cue,
        QuoteKind::Indirect,
        Pattern::Preposed,
    )
}
