//! "according to SPEAKER, CONTENT" and "CONTENT, according to SPEAKER".

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

/// What "according to" at the cue attributes, and to whom.
pub(super) fn according_to(at: &CueAt) -> Option<Found> {
    let (ctx, s0, s1, c, after) = (at.ctx, at.s0, at.s1, at.c, at.after);
    let cue = at.cue.clone();
    let np_end = (after..s1)
        .find(|&k| ctx.tok(k) == "," || is_end_punct(ctx.tok(k)))
        .unwrap_or(s1);
    if np_end <= after {
        return None;
    }
    let speaker = Speaker::phrase(according_to_whom(ctx, after, np_end));
    let (a, b, kind) = if c >= s0 + 2 && ctx.tok(c - 1) == "," {
        // "One decision, according to an aide, is to …": what was said
        // goes on past the attribution.
        (
            s0,
            set_off_end(ctx, at.quotes, s0, c - 1, np_end, s1, true).unwrap_or(c - 1),
            QuoteKind::Indirect,
        )
    } else if ctx.tok_or(np_end) == "," {
        // "According to the paper, “… . …”": the quotation whole.
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
        "Bookings, according to the harbour board, have doubled since May.",
        "Bookings, according to the harbour board, have doubled since May",
        "the harbour board",
    ),
);
