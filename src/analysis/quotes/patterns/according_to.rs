//! "according to SPEAKER, CONTENT" and "CONTENT, according to SPEAKER",
//! and the same with "in the words of".

use super::*;

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

/// "But the next day, according to Roffman, Trump made further demands":
/// an opening phrase with no verb before the attribution opens the clause
/// after it, and what was said runs on to that clause's end.
fn opening_set_off(
    ctx: &Context,
    s0: usize,
    open: usize,
    close: usize,
    s1: usize,
) -> Option<usize> {
    let verbless = open <= s0 + ADJUNCT
        && (s0..open).all(|k| {
            let w = lower(ctx.word(k));
            !(ctx.lex.is(&w, WordClass::Auxiliary)
                || ctx.lex.is(&w, WordClass::PastVerb)
                || is_ed_form(&w))
        });
    let first = close + 1;
    let opens = first < s1
        && ctx.tokens[first].kind == TokenKind::Word
        && !matches!(
            ctx.word(first),
            "who" | "which" | "and" | "but" | "while" | "where"
        );
    (verbless && opens && ctx.tok(close) == ",").then(|| content_end(ctx, first, s1))
}

/// What "according to" at the cue attributes, and to whom.
pub(super) fn according_to(at: &CueAt) -> Option<Found> {
    let (ctx, s0, s1, c, after) = (at.ctx, at.s0, at.s1, at.c, at.after);
    let cue = at.cue.clone();
    // "according to Rep. Trey Gowdy, …": an abbreviation's stop or an
    // initial's ends no phrase.
    let np_end = (after..s1)
        .find(|&k| {
            ctx.tok(k) == ","
                || is_dash(ctx, k)
                || is_end_punct(ctx.tok(k)) && !abbreviation_stop(ctx, k)
        })
        .unwrap_or(s1);
    if np_end <= after {
        return None;
    }
    let speaker = Speaker::phrase(according_to_whom(ctx, after, np_end));
    // "But, according to the poll, 46 percent …": only an opening word
    // stands before the attribution, and what was said follows it.
    let opening = (s0..c).all(|k| {
        let w = lower(ctx.tok(k));
        w == ","
            || is_opening_conjunction(&w)
            || ctx.lex.is(&w, WordClass::OpeningAdverb)
            || matches!(w.as_ref(), "now" | "however" | "instead")
    });
    // "Clinton leads by 271 delegates according to a count by the AP": a
    // clause with no comma before the attribution is what it reports.
    let unset = c >= s0 + 3
        && ctx.tokens[c - 1].kind == TokenKind::Word
        && !ctx.lex.is(&lower(ctx.word(c - 1)), WordClass::Subordinator)
        && !matches!(ctx.word(c - 1), "that" | "and" | "but" | "or")
        // "…,” Ware said in a statement according to The Blaze": the
        // statement the clause holds is the speaker's own.
        && (s0..c).all(|k| cue_at(ctx, k) == 0 && !is_quote_mark(ctx.tok(k)));
    // "“…,” the judge said, according to the Post.": a quotation with its
    // own attribution before the comma is the speaker's; the source only
    // reports it.
    let attributed = c >= s0 + 2
        && ctx.tok(c - 1) == ","
        && (c.saturating_sub(CUE_AFTER_QUOTE).max(s0)..c - 1).any(|k| cue_at(ctx, k) > 0)
        && (c.saturating_sub(CUE_AFTER_QUOTE).max(s0)..c - 1).any(|k| is_quote_mark(ctx.tok(k)));
    if attributed {
        return None;
    }
    // "a book which, according to its publisher, “draws …”": a quotation
    // right after the attribution is what it reports.
    let quoted_after = ctx.tok_or(np_end) == "," && at.quotes.at(np_end + 1).is_some();
    let (a, b, kind) = if unset {
        (s0, c, QuoteKind::Indirect)
    } else if c >= s0 + 2
        && (ctx.tok(c - 1) == ","
            // "… robbery — according to the FBI.": not a pair of dashes.
            || is_dash(ctx, c - 1) && np_end + 1 >= s1)
        && !opening
        && !quoted_after
    {
        // "One decision, according to an aide, is to …": what was said
        // goes on past the attribution.
        (
            s0,
            set_off_end(ctx, at.quotes, s0, c - 1, np_end, s1, true)
                .or_else(|| opening_set_off(ctx, s0, c - 1, np_end, s1))
                .unwrap_or(c - 1),
            QuoteKind::Indirect,
        )
    } else if ctx.tok_or(np_end) == "," {
        // "According to the paper, “… . …”": the quotation whole, as after
        // a set-off attribution.
        let a = np_end + 1;
        let b = through_quotation(ctx, at.quotes, a, content_end(ctx, a, s1));
        let whole = at
            .quotes
            .at(a)
            .is_some_and(|qi| ctx.token_at(at.quotes.spans[qi].end) == b);
        let kind = if whole {
            QuoteKind::Direct
        } else {
            QuoteKind::Indirect
        };
        (a, b, kind)
    } else {
        return None;
    };
    content(ctx, a, b, speaker, cue, kind, Pattern::AccordingTo)
}

examples!(AccordingTo:
    (
        "Karl Obi has met a pilot whose memoir, according to its publisher, “tells the whole story of the pier.”",
        "“tells the whole story of the pier.”",
        "its publisher",
    ),
    (
        "Most pilots - 63 percent in 2014, according to the harbour board survey - still back the plan.",
        "Most pilots - 63 percent in 2014",
        "the harbour board survey",
    ),
    (
        "The pier will close in May, according to Mayor Ana Ruiz.",
        "The pier will close in May",
        "Ana Ruiz",
    ),
    (
        "According to Karl Obi, the ferry will sail again on Friday.",
        "the ferry will sail again on Friday",
        "Karl Obi",
    ),
    (
        "According to the Harbour Board, “The pier is unsafe. It will close in May.”",
        "“The pier is unsafe. It will close in May.”",
        "Harbour Board",
    ),
    (
        "Exports fell by a third, according to figures released by the Harbour Board on Tuesday.",
        "Exports fell by a third",
        "Harbour Board",
    ),
    (
        "One of the plans, according to a harbour official, is to close the pier in May.",
        "One of the plans, according to a harbour official, is to close the pier in May",
        "a harbour official",
    ),
    (
        "According to Rep. Ana J. Ruiz, the pier will close in May.",
        "the pier will close in May",
        "Ana J. Ruiz",
    ),
    (
        "Exports fell by a third according to a count by the Harbour Board, but the port has vowed to recover.",
        "Exports fell by a third",
        "a count by the Harbour Board",
    ),
    (
        "In May, the port handled 115 ships — including ferries and tugs — according to the harbour board.",
        "In May, the port handled 115 ships — including ferries and tugs",
        "the harbour board",
    ),
    (
        "But, according to the harbour board, bookings have doubled since May.",
        "bookings have doubled since May",
        "the harbour board",
    ),
    (
        "Since last November, according to the harbour board, the ferry has sailed twice a day.",
        "Since last November, according to the harbour board, the ferry has sailed twice a day",
        "the harbour board",
    ),
    (
        "Over the long term, according to the harbour board, the pier will pay for itself.",
        "Over the long term, according to the harbour board, the pier will pay for itself",
        "the harbour board",
    ),
    (
        "Bookings, according to the harbour board, have doubled since May.",
        "Bookings, according to the harbour board, have doubled since May",
        "the harbour board",
    ),
    (
        "The pier is, according to the harbour board, the oldest in the county.",
        "The pier is, according to the harbour board, the oldest in the county",
        "the harbour board",
    ),
    (
        "In the words of Karl Obi, “The pier is ours again.”",
        "“The pier is ours again.”",
        "Karl Obi",
    ),
);
