//! Post-posed: "CONTENT, SPEAKER said." and "“…” SPEAKER said during …".

use super::*;

/// What a cue with its speaker `np` before it reports when the content
/// comes first: None when the clause goes on after the cue as what was
/// said (a pre-posed cue).
pub(super) fn postposed(
    at: &CueAt,
    np: &std::ops::Range<usize>,
    np_start: usize,
) -> Option<Option<Found>> {
    let (ctx, quotes, s0, s1, after) = (at.ctx, at.quotes, at.s0, at.s1, at.after);
    // "…, the president told her.": past the listener.
    let after = if matches!(at.cw.as_ref(), "told" | "tells" | "tell") {
        noun_phrase_forward(ctx, after, s1).max(after)
    } else {
        after
    };
    // "“If there had been no strikes” in the north, she said at a rally on
    // Monday, “we would see …”": the attribution's own adjunct stands
    // before the comma that sets it off.
    let close = set_off_adjunct_end(ctx, quotes, after, s1).unwrap_or(after);
    // "…, he said, wiping sweat off his face", "…, they said, as they
    // bristled at …": the writer's participle or clause.
    let writer_tail = ctx.tok_or(close) == ","
        && (participle_at(ctx, close + 1, s1) || matches!(ctx.word(close + 1), "as" | "while"));
    let tail_empty = after >= s1
        || is_end_punct(ctx.tok(after))
        || trailing_adjunct(ctx, after, s1)
        || writer_tail;
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
    // "He’s leaning toward Kasich, he said, because he prizes …"; not "On
    // Friday, Gingrich told Bill O’Reilly, that …", the cue's own clause.
    if !(tail_empty || after_quote)
        && np_start > s0
        && ctx.word(close + 1) != "that"
        && let Some(b) = set_off_end(ctx, quotes, s0, np_start - 1, close, s1, false)
    {
        return Some(content(
            ctx,
            s0,
            b,
            Speaker::phrase(np.clone()),
            at.cue.clone(),
            QuoteKind::Indirect,
            Pattern::Postposed,
        ));
    }
    if !(tail_empty || after_quote) {
        return None;
    }
    // The content ends at the comma or quote before the speaker.
    if np_start <= s0 + 1 {
        return Some(None);
    }
    // "“…,” nuclear experts David Albright and … of Washington's Institute
    // for Science and International Security wrote": the subject runs back
    // to the quotation, past what the phrase nearest the cue left out.
    let (np, np_start) = if separates(ctx, np_start - 1) {
        (np.clone(), np_start)
    } else {
        // The words from the quotation to the phrase hold no comma.
        match quote_closed_before(ctx, s0, np_start, LONG_SUBJECT, false)
            .map(|close| close + 1)
            .filter(|&a| a < np_start)
        {
            Some(a) => (a..np.end, a),
            None => return Some(None),
        }
    };
    let sep = np_start - 1;
    let b = sep + usize::from(is_quote_mark(ctx.tok(sep)));
    let (a, kind) = quote_before(ctx, s0, b, quotes);
    Some(content(
        ctx,
        a,
        b,
        Speaker::phrase(np),
        at.cue.clone(),
        kind,
        Pattern::Postposed,
    ))
}

/// A comma, a quotation mark or a dash at `sep` sets what was said off
/// from its speaker.
fn separates(ctx: &Context, sep: usize) -> bool {
    ctx.tok(sep) == "," || is_quote_mark(ctx.tok(sep)) || ctx.tok(sep) == "\u{2014}"
}

/// "Nothing the president said “will assuage people's fears,” the senator
/// said.": a quotation opening right after a cue at `k`, closed on a comma
/// and followed by a post-posed attribution that ends the sentence, is
/// that attribution's; the cue before it stands in the subject.
pub(super) fn postposed_after(ctx: &Context, quotes: &Quotations, k: usize, s1: usize) -> bool {
    let Some(span) = quotes.at(k).map(|qi| &quotes.spans[qi]) else {
        return false;
    };
    let end = ctx.token_at(span.end);
    let mark = closing_mark(ctx, end);
    if ctx.token_at(span.start) != k || end >= s1 || mark == 0 || ctx.tok(mark - 1) != "," {
        return false;
    }
    let Some(c) = (end + 1..s1.min(end + NAMED_WORDS)).find(|&c| cue_at(ctx, c) > 0) else {
        return false;
    };
    let after = c + cue_at(ctx, c);
    speaker_before(ctx, end, c).is_some_and(|(_, start)| start == end)
        && (after >= s1 || is_end_punct(ctx.tok(after)) || trailing_adjunct(ctx, after, s1))
}

/// The comma closing an adjunct right after the cue ("said at a rally on
/// Monday,"): words only, no quotation and no cue of their own.
fn set_off_adjunct_end(
    ctx: &Context,
    quotes: &Quotations,
    after: usize,
    s1: usize,
) -> Option<usize> {
    // A time or a place: "said to" and "said of" take the cue's object.
    let w = lower(ctx.word(after));
    let opens = matches!(
        w.as_ref(),
        "on" | "in" | "at" | "during" | "after" | "before" | "via" | "earlier" | "later"
    ) || is_weekday(ctx, &w);
    if after >= s1 || !opens {
        return None;
    }
    let comma = (after + 1..s1.min(after + ADJUNCT)).find(|&k| ctx.tok(k) == ",")?;
    // Not "said Sunday that judges might be biased,": what was said.
    (after..comma)
        .all(|k| {
            let w = ctx.word(k);
            ctx.tokens[k].kind != TokenKind::Punct
                && quotes.at(k).is_none()
                && cue_at(ctx, k) == 0
                && w != "that"
                && !is_subject_pronoun(w)
        })
        .then_some(comma)
}

examples!(Postposed:
    (
        "“The pier is closed,” Fight for $15 organizing director Karl Obi told Fox News 6 in Milwaukee. “The ferries will wait.”",
        "“The pier is closed,” Fight for $15 organizing director Karl Obi told Fox News 6 in Milwaukee. “The ferries will wait.”",
        "Karl Obi",
    ),
    (
        "“Every time you say that,” Karl Obi said, pointing at the chart, “you give the harbour away.”",
        "“Every time you say that,” Karl Obi said, pointing at the chart, “you give the harbour away.”",
        "Karl Obi",
    ),
    (
        "“The pier is not safe for the ferries,” harbour experts Karl Obi and Ana Ruiz of the Institute for Ports and Harbour Safety wrote in May. “Nobody should sail.”",
        "“The pier is not safe for the ferries,” harbour experts Karl Obi and Ana Ruiz of the Institute for Ports and Harbour Safety wrote in May. “Nobody should sail.”",
        "Karl Obi",
    ),
    (
        "“The pier is safe,” Mayor Ana Ruiz said.",
        "“The pier is safe,”",
        "Ana Ruiz",
    ),
    (
        "The ferry will sail again on Friday, Karl Obi said during a meeting.",
        "The ferry will sail again on Friday",
        "Karl Obi",
    ),
    (
        "“It was never close,” Karl Obi, the port director, said dryly.",
        "“It was never close,”",
        "Karl Obi",
    ),
    (
        "The ferry would sail again on Friday, Ana Ruiz told them.",
        "The ferry would sail again on Friday",
        "Ana Ruiz",
    ),
    (
        "The ferry is late, Karl Obi said, because the crew is on strike.",
        "The ferry is late, Karl Obi said, because the crew is on strike",
        "Karl Obi",
    ),
    (
        "“The pier is open,” Karl Obi said quietly into the phone.",
        "“The pier is open,”",
        "Karl Obi",
    ),
    (
        "Now, Karl Obi says, at least seven captains have signed on.",
        "Now, Karl Obi says, at least seven captains have signed on",
        "Karl Obi",
    ),
    (
        "Sales were great, Karl Obi said, wiping the sweat off his face.",
        "Sales were great",
        "Karl Obi",
    ),
    (
        "The pier would not only bring trade, Karl Obi said, but also tourists.",
        "The pier would not only bring trade, Karl Obi said, but also tourists",
        "Karl Obi",
    ),
    (
        "If the storm comes early, Ana Ruiz said, Northport will close the pier.",
        "If the storm comes early, Ana Ruiz said, Northport will close the pier",
        "Ana Ruiz",
    ),
    (
        "The ferry had no faults, the harbour board added, and had passed every check.",
        "The ferry had no faults, the harbour board added, and had passed every check",
        "the harbour board",
    ),
    (
        "The pier is unsafe, Karl Obi said in answering the question from the council.",
        "The pier is unsafe",
        "Karl Obi",
    ),
    (
        "After the storm passed, Ana Ruiz said, Northport opened the pier again.",
        "After the storm passed, Ana Ruiz said, Northport opened the pier again",
        "Ana Ruiz",
    ),
    (
        "Sooner or later, Ana Ruiz told reporters, “the pier will pay for itself.”",
        "Sooner or later, Ana Ruiz told reporters, “the pier will pay for itself.”",
        "Ana Ruiz",
    ),
    (
        "“If the storm had come” on Monday, Karl Obi said, “the pier would be gone.”",
        "“If the storm had come” on Monday, Karl Obi said, “the pier would be gone.”",
        "Karl Obi",
    ),
    (
        "“If the storm had come” on Monday, Karl Obi said at a meeting on Friday, “the pier would be gone.”",
        "“If the storm had come” on Monday, Karl Obi said at a meeting on Friday, “the pier would be gone.”",
        "Karl Obi",
    ),
    (
        "If anything, Ana Ruiz argued in her letter, the pier should never have closed.",
        "If anything, Ana Ruiz argued in her letter, the pier should never have closed",
        "Ana Ruiz",
    ),
    (
        "The pier is “unsafe,” Karl Obi said on Friday at the harbour, pointing at the cracks in the deck.",
        "The pier is “unsafe,”",
        "Karl Obi",
    ),
    (
        "“A wave” broke over the pier, Karl Obi said, and “everyone ran.”",
        "“A wave” broke over the pier, Karl Obi said, and “everyone ran.”",
        "Karl Obi",
    ),
    (
        "The pier is unsafe, the harbour board said, as inspectors arrived at the gate.",
        "The pier is unsafe",
        "the harbour board",
    ),
    (
        "“Bring the boat round,” another harbour pilot, Ana Ruiz, recalled him saying.",
        "“Bring the boat round,”",
        "Ana Ruiz",
    ),
    (
        "The pier is “unsafe” and “a disgrace,” Karl Obi, the former harbour master of Northport, proclaimed.",
        "The pier is “unsafe” and “a disgrace,”",
        "Karl Obi",
    ),
    (
        "“The pier is closed,” a council member, who was not authorized to speak on the record, told the paper.",
        "“The pier is closed,”",
        "a council member",
    ),
    (
        "Nothing the mayor said “will calm the fishermen,” the harbour master said.",
        "Nothing the mayor said “will calm the fishermen,”",
        "the harbour master",
    ),
    (
        "Pilots who think “the pier is safe are wrong,” Karl Obi said.",
        "Pilots who think “the pier is safe are wrong,”",
        "Karl Obi",
    ),
    (
        "“The pier is finished.” Karl Obi said of the vote.",
        "“The pier is finished.”",
        "Karl Obi",
    ),
);
