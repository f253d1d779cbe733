//! Participles: ", saying (that) …", ", adding that …", "began by saying
//! …" keep the speaker of the clause they hang on.

use super::participle_subject::{attribution_before, own_subject};
use super::*;

/// What a participle cue reports, with the speaker of its clause or of the
/// statement found before it in the sentence; None when the cue is no
/// participle, Some(None) when it is one that reports nothing.
pub(super) fn participle(at: &CueAt, found: &[Found]) -> Option<Option<Found>> {
    let (ctx, quotes, si, s0, s1, c, after) =
        (at.ctx, at.quotes, at.si, at.s0, at.s1, at.c, at.after);
    let cw: &str = &at.cw;
    let cue = at.cue.clone();
    // ", only saying …", "— again saying …": an adverb may come between.
    let mut p = c;
    while p > s0 + 1
        && (matches!(ctx.word(p - 1), "only" | "also" | "again" | "just" | "even")
            || is_ly_adverb(ctx.word(p - 1)))
    {
        p -= 1;
    }
    // "with Trump tweeting that … and asking, “…”": a second participle
    // joined to the first.
    let joined = at
        .joined_to(found)
        .is_some_and(|f| f.pattern == Pattern::Participle);
    // "… was “corrupt,” noting that …": the comma closed inside the mark.
    let comma_closed = p >= s0 + 2 && is_quote_mark(ctx.tok(p - 1)) && ctx.tok(p - 2) == ",";
    let participle = cw.ends_with("ing")
        && c > s0
        && (matches!(ctx.tok(p - 1), "," | "\u{2014}" | "\u{2013}" | "-")
            || comma_closed
            || matches!(
                ctx.word(c - 1),
                "by" | "after" | "before" | "while" | "when"
            )
            // "issued a statement calling the test …", "sent a message
            // to supporters saying …".
            // Not "holding signs and chanting": a verb of its own.
            || (c.saturating_sub(MESSAGE_TO).max(s0)..c).any(|j| {
                ctx.lex.is(&lower(ctx.word(j)), WordClass::MessageNoun)
                    && (j + 1..c).all(|k| !matches!(ctx.tok(k), "and" | "or" | ","))
            })
            || joined);
    let with_subject = own_subject(ctx, s0, p, cw, participle);
    if !participle && with_subject.is_none() {
        return None;
    }
    // ", telling supporters in Columbus that …": past the listener.
    let from = if tells_someone(cw) {
        match past_listener(ctx, quotes, after, s1, false) {
            Some(k) => k,
            None => return Some(None),
        }
    } else if ctx.lex.cue_word(cw).as_quoted {
        // "referring to the pier as “…”": past "to".
        after + 1
    } else if is_object_pronoun(ctx.word(after)) && ctx.tok_or(after + 1) == "," {
        // "chiding him, “…”": past the one spoken to.
        after + 2
    } else {
        after
    };
    let mut a = skip_that(ctx, from, s1);
    // "saying during the debate, “…”": the adjunct is no part of what was
    // said.
    if a == after
        && ctx.word(a) != "to"
        && ctx.lex.is(&lower(ctx.word(a)), WordClass::AdjunctStart)
        && let Some(e) = adjunct_end(ctx, a, s1, quotes)
    {
        a = skip_that(ctx, e, s1);
    }
    let had_that = (after..a).any(|k| ctx.word(k).eq_ignore_ascii_case("that"));
    if (!ctx.lex.is_bare_cue(cw) || with_subject.is_some())
        && !had_that
        && quote_soon(quotes, after, s1).is_none()
    {
        return Some(None);
    }
    // “A,” she said, pointing at the crowd, “B.”: the participle only
    // interrupts a statement split by its attribution; "calling the
    // council “reckless.”" names its own words. A title before it is no
    // statement ("in an interview with “The View,” remarking …").
    if !had_that
        && !joined
        && !ctx.lex.is_bare_cue(cw)
        && !ctx.lex.is(cw, WordClass::NamingVerb)
        && (s0..c).any(|k| {
            quotes
                .at(k)
                .is_some_and(|qi| !is_title(ctx, &quotes.spans[qi]))
        })
    {
        return Some(None);
    }
    let speaker = with_subject
        .and_then(Speaker::phrase)
        .or_else(|| attribution_before(ctx, s0, p).and_then(Speaker::phrase))
        .or_else(|| {
            found
                .iter()
                .rev()
                .take(RECENT_FINDINGS)
                .find(|f| {
                    f.span.start >= ctx.tokens[s0].start()
                        || ctx.sentence_of_token(ctx.token_at(f.span.start)) == si
                })
                .and_then(|f| f.speaker.clone())
                .or_else(|| hanging_subject(ctx, s0, p).and_then(Speaker::phrase))
                .or_else(|| subject_of(ctx, s0, c).and_then(Speaker::phrase))
        });
    // "…, saying, “A. B.”": the quotation whole, over its sentences,
    // unless the clause goes on after it ("saying that “race still
    // determines too much” in America").
    if let Some(qi) = quotes.at(a)
        && ctx.token_at(quotes.spans[qi].start) == a
        && !(had_that && quote_goes_on(ctx, &quotes.spans[qi], s1))
    {
        return Some(Some(Found {
            kind: QuoteKind::Direct,
            span: quotes.spans[qi].clone(),
            speaker,
            pattern: Pattern::Participle,
            cue: Some(cue),
        }));
    }
    // "When he defended his remarks calling the regime “strong,” Kasich
    // …": what a participle in an opening subordinate clause reports ends
    // with the clause.
    let subordinate = ctx.lex.is(&lower(ctx.word(s0)), WordClass::Subordinator)
        && !(s0..c).any(|k| ctx.tok(k) == ",");
    // "Mr. Biden, recalling weekly breakfasts with her, described …": a
    // participle set off right after the subject ends at its comma.
    let parenthetical = ctx.tok(p - 1) == ","
        && (s0..p - 1).all(|k| {
            (ctx.tokens[k].kind == TokenKind::Word || abbreviation_stop(ctx, k))
                && cue_at(ctx, k) == 0
        });
    let s1 = if subordinate || parenthetical {
        clause_end(ctx, a, s1, quotes)
    } else {
        s1
    };
    let mut b = content_end(ctx, a, s1);
    if !had_that {
        b = named_end(at, a, b);
    }
    let b = through_quotation(ctx, quotes, a, b);
    Some(content(
        ctx,
        a,
        b,
        speaker,
        cue,
        QuoteKind::Indirect,
        Pattern::Participle,
    ))
}

examples!(Participle:
    (
        "The ferry captain spoke in an interview with “Harbour Talk,” remarking he did not think “the pier is safe.”",
        "he did not think “the pier is safe.”",
        "The ferry captain",
    ),
    (
        "Hundreds of ferry workers marched through the harbour on Monday, chanting “Save Our Pier,” as the council met.",
        "“Save Our Pier,”",
        "Hundreds of ferry workers",
    ),
    (
        "Karl Obi tried to laugh it off by interjecting, “Only the Mayor.” But Ana Ruiz went on.",
        "“Only the Mayor.”",
        "Karl Obi",
    ),
    (
        "Like Ana Ruiz, Karl Obi also rejected the plan, arguing that there is “room for the ferries” in the harbour.",
        "there is “room for the ferries” in the harbour",
        "Karl Obi",
    ),
    (
        "The mayor spoke near the pier, where about 50 fishers had gathered on Monday, chanting “no fees, no fish” as the vote began.",
        "“no fees, no fish”",
        "50 fishers",
    ),
    (
        "The pilot whose report first revealed that Ana Ruiz used a private boat while she was harbour master pleaded guilty on Wednesday, admitting that he had lied to the council.",
        "he had lied to the council",
        "The pilot",
    ),
    (
        "The council was quick to respond, with Karl Obi tweeting that the pier was “a ruin” and asking, “Who will pay for it?”",
        "“Who will pay for it?”",
        "Karl Obi",
    ),
    (
        "On Tuesday, even as shares of the ferry line were falling, Karl Obi wrote to investors, telling them the line was ''worth far more than its price.''",
        "the line was ''worth far more than its price.''",
        "Karl Obi",
    ),
    (
        "76-year-old Karl Obi, founder of the Harbour Trust and a member of the council since 1990, endorsed Ruiz last week, saying she “has always served the harbour.”",
        "she “has always served the harbour.”",
        "Karl Obi",
    ),
    (
        "Karl Obi left the meeting early, calling the plan “a disgrace” (a word he used twice).",
        "the plan “a disgrace”",
        "Karl Obi",
    ),
    (
        "Ana Ruiz spoke last, referring to the pier as “the town's heart.”",
        "the pier as “the town's heart.”",
        "Ana Ruiz",
    ),
    (
        "“The pier is old. It is a total disaster,” Karl Obi said, adding that “nobody cares.”",
        "“nobody cares.”",
        "Karl Obi",
    ),
    (
        "“It is not new here,” said Rep. Ana Ruiz (D-Ore.) at the time, adding that “the pier is old.”",
        "“the pier is old.”",
        "Ana Ruiz",
    ),
    (
        "Karl Obi spoke first. Obi continued on Saturday, saying that the pier was “unsafe.”",
        "the pier was “unsafe.”",
        "Karl Obi",
    ),
    (
        "Shortly after the storm ended, the harbour board sent out a statement saying the pier was “safe again.”",
        "the pier was “safe again.”",
        "the harbour board",
    ),
    (
        "Earlier this week, Karl Obi met the council, insisting that the pier was “unsafe.”",
        "the pier was “unsafe.”",
        "Karl Obi",
    ),
    (
        "Northport (AFP) – Mayor Ana Ruiz closed the pier, saying it was “unsafe.”",
        "it was “unsafe.”",
        "Ana Ruiz",
    ),
    (
        "And although she thanked the crews, Ana Ruiz closed the pier, saying it was “unsafe.”",
        "it was “unsafe.”",
        "Ana Ruiz",
    ),
    (
        "The council meeting ran late, when Ana Ruiz interrupted the mayor, shouting “Close the pier!”",
        "“Close the pier!”",
        "Ana Ruiz",
    ),
    (
        "Karl Obi went after Ana Ruiz on Friday, calling her plan “a disaster.”",
        "her plan “a disaster.”",
        "Karl Obi",
    ),
    (
        "When Karl Obi defended his remarks calling the pier “a ruin” after the storm, Ana Ruiz walked out.",
        "the pier “a ruin” after the storm",
        "Karl Obi",
    ),
    (
        "Karl Obi responded to the letter by saying the pier would close in May.",
        "the pier would close in May",
        "Karl Obi",
    ),
    (
        "Mayor Ana Ruiz closed the pier, saying it was no longer safe for anyone.",
        "it was no longer safe for anyone",
        "Ana Ruiz",
    ),
    (
        "Karl Obi spoke last, adding that the ferry would sail at dawn.",
        "the ferry would sail at dawn",
        "Karl Obi",
    ),
    (
        "Mayor Ana Ruiz closed the pier, saying during the meeting, “It is no longer safe.”",
        "“It is no longer safe.”",
        "Ana Ruiz",
    ),
    (
        "Karl Obi began by saying, “The pier is ours again.”",
        "“The pier is ours again.”",
        "Karl Obi",
    ),
    (
        "“The pier is closed,” Mayor Ana Ruiz said, calling the council “reckless.”",
        "the council “reckless.”",
        "Ana Ruiz",
    ),
    (
        "The council was split, with Karl Obi calling the plan “a fantasy.”",
        "the plan “a fantasy.”",
        "Karl Obi",
    ),
    (
        "The ferry sailed again, with the board of the Northport harbour saying the pier was “safe enough.”",
        "the pier was “safe enough.”",
        "the board of the Northport harbour",
    ),
    (
        "Karl Obi, recalling long nights at the harbour, called the pier “our living room.”",
        "long nights at the harbour",
        "Karl Obi",
    ),
    (
        "Members who say the pier should close were unhappy with the delay, with Karl Obi calling it “a disgrace.”",
        "it “a disgrace.”",
        "Karl Obi",
    ),
    (
        "Karl Obi said the pier was “rotten,” noting that it was “a danger to every ferry.”",
        "it was “a danger to every ferry.”",
        "Karl Obi",
    ),
    (
        "Ana Ruiz clashed with Karl Obi at the hearing, chiding him, “Where were you in May?”",
        "“Where were you in May?”",
        "Ana Ruiz",
    ),
    (
        "The harbour board sent a message to members saying “the pier will reopen in May.”",
        "“the pier will reopen in May.”",
        "The harbour board",
    ),
);
