//! A statement named by its speaker's word for it: "her claim that she
//! “never sent” classified mail", "Trump's warning that Britain would go
//! to the “back of the queue”".

use super::*;

/// How many words may stand between the possessor and its noun ("her
/// March comment", "his previous anti-Muslim comments").
const MODIFIERS: usize = 2;

/// What "that" at `that` introduces after a possessed noun for speech,
/// when it holds a quotation; the possessor speaks.
pub(in crate::analysis::quotes) fn possessed(
    ctx: &Context,
    quotes: &Quotations,
    s0: usize,
    s1: usize,
    that: usize,
) -> Option<Found> {
    // "his statement on Wednesday that …": the noun, past a short adjunct.
    let noun = (that.saturating_sub(NOUN_PHRASE).max(s0 + 1)..that)
        .rev()
        .take_while(|&k| ctx.tokens[k].kind == TokenKind::Word || abbreviation_stop(ctx, k))
        // Not the last word of a title before a name ("secretary of state
        // Hillary Clinton").
        .find(|&k| speech_noun(ctx, k) && !(ctx.word(k - 1) == "of" && ctx.is_cap(k + 1)))?;
    if noun + 1 < that
        && !ctx
            .lex
            .is(&lower(ctx.word(noun + 1)), WordClass::AdjunctStart)
    {
        return None;
    }
    let speaker = possessor(ctx, s0, noun).or_else(|| named_after(ctx, noun, that))?;
    let a = that + 1 + usize::from(ctx.tok_or(that + 1) == ",");
    // The noun's clause ends at its comma: "his statement that ''Islam
    // hates us,'' but he kept his temper".
    let b = through_quotation(ctx, quotes, a, content_end(ctx, a, s1))
        .min(clause_end(ctx, a, s1, quotes));
    (a < b && (a..b).any(|k| quotes.at(k).is_some())).then(|| Found {
        kind: QuoteKind::Indirect,
        span: span_of(ctx, a, b),
        speaker: Speaker::phrase(speaker),
        pattern: Pattern::Possessed,
        cue: Some(span_of(ctx, noun, noun + 1)),
    })
}

/// A noun for something said: "claim", "warning", "remarks", "statement",
/// "assertion".
fn speech_noun(ctx: &Context, k: usize) -> bool {
    let w = lower(ctx.word(k));
    !ctx.is_cap(k)
        && (ctx.lex.is(&w, WordClass::MessageNoun)
            || ctx.lex.is(&w, WordClass::SpeechNoun)
            || ctx.lex.cue_word(&w).begins() && !w.ends_with("ed"))
}

/// Who owns the noun at `noun`: "his", "her", "their" or a name before
/// "’s", past at most `MODIFIERS` words.
fn possessor(ctx: &Context, s0: usize, noun: usize) -> Option<std::ops::Range<usize>> {
    let lo = noun.saturating_sub(MODIFIERS + 1).max(s0);
    let mark = (lo..noun).rev().find(|&k| {
        matches!(
            ctx.word(k),
            "his" | "her" | "their" | "His" | "Her" | "Their"
        ) || is_possessive_mark(ctx.tok(k))
    })?;
    // The words between are modifiers, not a phrase of their own.
    if (mark + 1..noun).any(|k| {
        ctx.tokens[k].kind != TokenKind::Word || ctx.lex.is(&lower(ctx.word(k)), WordClass::NpBreak)
    }) {
        return None;
    }
    if !is_possessive_mark(ctx.tok(mark)) {
        return Some(mark..mark + 1);
    }
    // "Karl Obi’s", "Sen. Ted Cruz’s": the name, its capitalised words.
    let mut start = mark;
    while start > s0 && (ctx.is_cap(start - 1) || abbreviation_stop(ctx, start - 1)) {
        start -= 1;
    }
    (start < mark).then_some(start..mark)
}

/// "the contention of former secretary of state Hillary Clinton that …":
/// the name after the noun's "of", right before "that".
fn named_after(ctx: &Context, noun: usize, that: usize) -> Option<std::ops::Range<usize>> {
    (noun + 2 < that
        && ctx.word(noun + 1) == "of"
        && ctx.is_cap(that - 1)
        && (noun + 2..that)
            .all(|k| ctx.tokens[k].kind == TokenKind::Word || abbreviation_stop(ctx, k)))
    .then_some(noun + 2..that)
}

examples!(Possessed:
    (
        "The report backs the claim of former harbour master Karl Obi that the pier was “never safe.”",
        "the pier was “never safe.”",
        "Karl Obi",
    ),
    (
        "Karl Obi was asked about his statement on Friday that ''the pier is a ruin,'' but he kept calm.",
        "''the pier is a ruin,''",
        "Karl Obi",
    ),
    (
        "Ana Ruiz spoke first. The council met to discuss her claim that the pier was “perfectly safe” for boats.",
        "the pier was “perfectly safe” for boats",
        "Ana Ruiz",
    ),
    (
        "The port studied Karl Obi’s warning that ferries would face “years of delay.”",
        "ferries would face “years of delay.”",
        "Karl Obi",
    ),
    (
        "The council studied Karl Obi’s assertion during the meeting that the pier was “beyond repair.”",
        "the pier was “beyond repair.”",
        "Karl Obi",
    ),
    (
        "Ana Ruiz spoke last. The comments came in the form of a long answer to a question about her claim that the pier was “perfectly safe.”",
        "the pier was “perfectly safe.”",
        "Ana Ruiz",
    ),
);
