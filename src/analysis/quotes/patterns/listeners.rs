//! Listeners: "told reporters that …", "asked him whether …"; where what
//! was said starts past the one it was said to.

use super::*;

/// A cue whose object is its listener: "told reporters that …", "asking
/// the court to …".
pub(super) fn tells_someone(cw: &str) -> bool {
    matches!(
        cw,
        "told"
            | "tell"
            | "tells"
            | "telling"
            | "asked"
            | "asking"
            | "urged"
            | "urges"
            | "urging"
            | "informed"
            | "informing"
    ) || ["assur", "reassur", "remind", "convinc"]
        .iter()
        .any(|stem| cw.starts_with(stem))
}

/// A cue that may name whom it was said to before "that": "warned",
/// "promised", "cautioned" (not "denounced supporters that …").
pub(super) fn may_name_listener(cw: &str) -> bool {
    [
        "warn", "promis", "caution", "advis", "notif", "persuad", "teach", "taught",
    ]
    .iter()
    .any(|stem| cw.starts_with(stem))
}

/// Where what was said starts past the listener after `a`: "told
/// reporters (that)", "told the forum he …", "told CNN the pier …",
/// "told “Morning Joe” on Friday that …"; None when only a listener
/// follows ("told The Huffington Post on Thursday."), or when the cue
/// `attributes_before` a quotation and nothing ends the listener: "“…?”
/// Trump asked reporters rhetorically during a news conference.".
pub(super) fn past_listener(
    ctx: &Context,
    quotes: &Quotations,
    a: usize,
    s1: usize,
    attributes_before: bool,
) -> Option<usize> {
    let window = a..s1.min(a + LISTENER);
    let question = |k: usize| matches!(ctx.word(k), "whether" | "how" | "why" | "what" | "if");
    // "asked whether …": no listener.
    if question(a) {
        return Some(a);
    }
    // "that" opening a clause, not "to accomplish that." at its end.
    let stop = window
        .clone()
        .find(|&k| {
            ctx.tok(k) == "that"
                && quotes.at(k).is_none()
                && ctx
                    .tokens
                    .get(k + 1)
                    .is_some_and(|t| t.kind != TokenKind::Punct || is_quote_mark(t.text(ctx.text)))
        })
        .or_else(|| {
            (a + 1..window.end).find(|&k| {
                matches!(ctx.tok(k), "," | ":" | "to")
                    || quotes.at(k).is_some()
                    || matches!(
                        ctx.word(k),
                        "he" | "she" | "they" | "it" | "we" | "I" | "there"
                    )
                    // "asked him whether …": the question.
                    || question(k)
                    // "told reporters the pier is …": a subject of its
                    // own, not a listener's phrase ("told members of the
                    // council").
                    || ctx.lex.is(ctx.word(k), WordClass::Determiner)
                        && !ctx.lex.is(&lower(ctx.word(k - 1)), WordClass::AdjunctStart)
            })
        });
    if stop.is_none() && (s1 - a <= 7 || attributes_before && quotes.at(a).is_none()) {
        return None;
    }
    // "asked for a photo and Clinton said, “…”": another speaker's clause
    // before what follows; the cue reports none of it.
    if let Some(stop) = stop
        && (a + 1..stop).any(|k| ctx.word(k) == "and" && speaker_clause(ctx, k, s1))
    {
        return None;
    }
    Some(stop.unwrap_or(a))
}
