//! Adjuncts: the times, places and openers around a clause ("said
//! Monday", "Last week,", "WASHINGTON —"), which are no part of what was
//! said nor of who said it.

use super::*;

pub(super) fn is_time_word(ctx: &Context, w: &str) -> bool {
    ctx.lex.is(&lower(w), WordClass::TimeWord)
}

/// "Monday" … "Sunday".
pub(super) fn is_weekday(ctx: &Context, w: &str) -> bool {
    ctx.lex.month(w) == Some(0)
}

/// The words from `a` to `s1` hold no clause of their own: no quotation,
/// cue, subject pronoun, auxiliary, past verb or "that" ("… of the
/// encounter.", "… Geert Wilders, founder of the party.").
pub(super) fn clause_free(ctx: &Context, a: usize, s1: usize) -> bool {
    (a..s1).all(|k| {
        let w = ctx.word(k);
        !is_quote_mark(ctx.tok(k))
            && cue_at(ctx, k) == 0
            && !is_subject_pronoun(w)
            && !ctx.lex.is(w, WordClass::Auxiliary)
            && !ctx.lex.is(w, WordClass::PastVerb)
            && w != "that"
    })
}

/// "on Monday", "in a statement", "last week" after a final cue.
pub(super) fn trailing_adjunct(ctx: &Context, a: usize, s1: usize) -> bool {
    let first = lower(ctx.word(a));
    let starts = matches!(
        first.as_ref(),
        "on" | "in"
            | "at"
            | "last"
            | "this"
            | "yesterday"
            | "today"
            | "earlier"
            | "later"
            | "during"
            | "to"
            | "after"
            | "before"
            | "via"
            | "over"
    ) || (first.len() > 3 && first.ends_with("ly"))
        // "said Monday", "said Tuesday night".
        || is_weekday(ctx, &first);
    if !starts {
        return false;
    }
    // Counted no further than the limit.
    let rest = (a..s1)
        .take(TRAILING_ADJUNCT + 1)
        .take_while(|&k| !is_end_punct(ctx.tok(k)))
        .count();
    // "said on Monday the ferry was late": a subject after the adjunct
    // opens what was said.
    let subject = (a + 1..a + rest).any(|k| {
        let w = ctx.word(k);
        let governed = || {
            let p = lower(ctx.word(k - 1));
            // "said in posing the question": the object of a gerund opening
            // the adjunct; not "insisted on getting all of them", the cue's
            // own object.
            ctx.lex.is(&p, WordClass::AdjunctStart)
                || ctx.lex.is(&p, WordClass::NoSpeakerOpener)
                || k == a + 2
                    && matches!(first.as_ref(), "in" | "after" | "before")
                    && is_ing_form(&p)
        };
        is_subject_pronoun(w) || ctx.lex.is(w, WordClass::Determiner) && !governed()
    });
    // "responds to Mills with, “…”": a quotation opening after a comma or
    // colon is what the cue reports (a title's closing mark follows its
    // comma with no space: "on “Fox News Sunday,” adding …").
    let introduces = (a..a + rest).any(|k| {
        matches!(ctx.tok(k), "," | ":")
            && ctx
                .tokens
                .get(k + 1)
                .is_some_and(|t| is_quote_mark(ctx.tok(k + 1)) && t.start() > ctx.tokens[k].end())
    });
    rest <= TRAILING_ADJUNCT
        && !subject
        && !introduces
        && !(a..s1).any(|k| ctx.word(k).eq_ignore_ascii_case("that"))
}

/// How many comma-set places and times can follow an opening phrase.
pub(super) const ADJUNCT_TAILS: usize = 3;

/// How many words of an opening phrase's noun may follow a comma between
/// its adjectives ("a long, tense meeting").
pub(super) const COORDINATE_TAIL: usize = 2;

/// Tokens `a..b` continue an opening phrase: a place ("Iowa") or a time
/// ("on Sunday", "last week", "Tuesday").
pub(super) fn adjunct_tail(ctx: &Context, a: usize, b: usize) -> bool {
    let first = lower(ctx.tok_or(a));
    let time = matches!(first.as_ref(), "on" | "last" | "this" | "earlier" | "late")
        && (a + 1..b).any(|k| ctx.lex.month(ctx.word(k)).is_some() || ctx.word(k) == "week")
        || b == a + 1 && ctx.lex.month(ctx.word(a)) == Some(0);
    is_place_name(ctx, a, b) || time
}

/// Tokens `a..b` name a place the lists hold: "Iowa", "New Hampshire",
/// "N. H.".
pub(super) fn is_place_name(ctx: &Context, a: usize, b: usize) -> bool {
    if a >= b || !(a..b).all(|k| ctx.is_cap(k) || ctx.tok(k) == ".") {
        return false;
    }
    let words: Vec<&str> = (a..b).map(|k| ctx.tok(k)).collect();
    ctx.lex.is_place(&words.join(" ")) || ctx.lex.is_place(&words.concat())
}

/// How many tokens an opening time ("Two hours later,") runs to before
/// its comma.
pub(super) const OPENER: usize = 5;

/// A unit of time that "last", "this" or "next" makes a time: "week",
/// "summer".
pub(super) fn is_time_unit(w: &str) -> bool {
    matches!(
        w,
        "week"
            | "month"
            | "year"
            | "night"
            | "morning"
            | "afternoon"
            | "evening"
            | "weekend"
            | "spring"
            | "summer"
            | "fall"
            | "autumn"
            | "winter"
    )
}

/// Token `end - 1` ends a time: "week", "Friday", "yesterday", "May".
pub(super) fn ends_on_time(ctx: &Context, end: usize) -> bool {
    let last = lower(ctx.word(end - 1));
    is_time_unit(&last)
        || ctx.lex.month(&last).is_some()
        || is_time_word(ctx, &last) && !matches!(last.as_ref(), "once" | "then")
}

/// Tokens `s0..end` are an opening time with no comma after it: "Last
/// week", "On Friday", "At the town hall this week", "Yesterday".
pub(super) fn opening_time(ctx: &Context, s0: usize, end: usize) -> bool {
    opens_time(ctx, s0, end) && ends_on_time(ctx, end)
}

/// Tokens `s0..end` open as a time does, whatever their last word: words
/// only, no longer than an adjunct, and one word or "on", "last", "at" …
/// first.
pub(super) fn opens_time(ctx: &Context, s0: usize, end: usize) -> bool {
    end > s0
        && end - s0 <= ADJUNCT
        && (s0..end).all(|k| ctx.tokens[k].kind != TokenKind::Punct)
        && (end == s0 + 1
            || matches!(
                lower(ctx.word(s0)).as_ref(),
                "on" | "last"
                    | "this"
                    | "next"
                    | "in"
                    | "at"
                    | "during"
                    | "earlier"
                    | "later"
                    | "late"
                    | "early"
            ))
}

/// Where the sentence goes on after an opening time: "Minutes later,",
/// "Two days ago,", "Last week,", "On Monday,".
pub(super) fn after_opening_time(ctx: &Context, s0: usize, c: usize) -> Option<usize> {
    // "But a few days later,", "Just last week,": a conjunction or an
    // adverb before the time.
    let s0 = s0 + usize::from(matches!(ctx.word(s0), "But" | "And" | "So" | "Yet"));
    let s0 = s0 + usize::from(matches!(ctx.word(s0), "Just" | "Only" | "just" | "only"));
    let comma = (s0 + 1..c.min(s0 + OPENER)).find(|&j| ctx.tok(j) == ",")?;
    let (first, last) = (lower(ctx.word(s0)), lower(ctx.word(comma - 1)));
    // "Earlier this week,", "Later that day,".
    let timely = matches!(
        last.as_ref(),
        "later" | "earlier" | "ago" | "afterward" | "afterwards"
    ) || matches!(first.as_ref(), "earlier" | "later")
        // "On Saturday,", "Sunday morning,", "In May,"; not "Cruz continued
        // on Saturday,".
        || (opens_time(ctx, s0, comma) || ctx.lex.month(ctx.word(s0)).is_some())
            && (s0..comma).any(|j| ctx.lex.month(ctx.word(j)).is_some())
        || matches!(first.as_ref(), "last" | "next" | "this" | "that") && is_time_unit(&last);
    let plain = (s0..comma).all(|j| ctx.tokens[j].kind != TokenKind::Punct);
    (timely && plain).then_some(comma + 1)
}

/// Where the search for a second verb's subject goes on when an adjunct
/// stands between "and" or "but" and the cue at `k`: the token after the
/// conjunction ("… arrived at noon and in a later interview said", "… but,
/// on Tuesday, said"). Not when the phrase ends on a name, which may be
/// the subject ("and in the end Trump said"), nor when a subject follows
/// it ("and at one point the crowd reprised", "and in their report they
/// said"): a determiner comes only after a preposition, and no pronoun or
/// relative word stands in it.
pub(super) fn adjunct_after_conjunction(ctx: &Context, s0: usize, k: usize) -> Option<usize> {
    let set_off = k > s0 && ctx.tok(k - 1) == ",";
    let end = if set_off { k - 1 } else { k };
    if end <= s0 + 2 || ctx.is_cap(end - 1) && !is_time_word(ctx, ctx.word(end - 1)) {
        return None;
    }
    let lo = end.saturating_sub(ADJUNCT).max(s0 + 2);
    let preposition = |j: usize| ctx.lex.is(&lower(ctx.word(j)), WordClass::AdjunctStart);
    let no_subject = |j: usize| {
        (j + 1..end).all(|x| {
            let w = ctx.word(x);
            !is_subject_pronoun(w)
                && !matches!(
                    w,
                    "that" | "which" | "who" | "his" | "her" | "their" | "its"
                )
                && (preposition(x - 1) || !ctx.lex.is(&lower(w), WordClass::Determiner))
        })
    };
    // The token after the conjunction, for the adjunct opening at `j`.
    let opens = |j: usize| {
        let after = if set_off && ctx.tok(j - 1) == "," {
            j - 1
        } else {
            j
        };
        (after > s0 + 1
            && end > j + 1
            && preposition(j)
            && matches!(ctx.word(after - 1), "and" | "but")
            && no_subject(j))
        .then_some(after)
    };
    (lo..end)
        .rev()
        .take_while(|&j| ctx.tokens[j].kind != TokenKind::Punct && cue_at(ctx, j) == 0)
        .find_map(opens)
}
