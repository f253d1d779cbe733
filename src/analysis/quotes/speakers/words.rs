//! Which of a phrase's words name the speaker: not an opening adverb, a
//! participle with its object or a demonstrative alone; not the clause or
//! the verb after the head.

use super::super::Context;
use super::super::phrases::is_person_noun;
use crate::lexicon::WordClass;
use crate::text::{Run, TokenKind, lower};

/// The phrase as a speaker: without an opening adverb, "he" of "he’s";
/// none when it opens on a preposition or a participle ("featuring
/// Hispanics", "… and carrying signs", not "protesting workers") or is a
/// demonstrative alone ("This was the Trump who … claims that …").
pub(super) fn plausible(ctx: &Context, mut np: Run) -> Option<Run> {
    while np.len() > 1
        && ctx
            .lex
            .is(&lower(ctx.word(np.start())), WordClass::OpeningAdverb)
    {
        np = np.drop_first()?;
    }
    // "the authors of the “…”", "a host of states that …": a phrase cut
    // short before its noun ends on no determiner, preposition or
    // conjunction.
    // "Democrats can’t": nor on an auxiliary, the clause's verb.
    while np.len() > 1 && {
        let w = lower(ctx.tok(np.last()));
        ctx.lex.is(&w, WordClass::Determiner)
            || ctx.lex.is(&w, WordClass::AdjunctStart)
            || !ctx.is_cap(np.last()) && ctx.lex.is(&w, WordClass::Auxiliary)
            || matches!(
                w.as_ref(),
                "and" | "or" | "that" | "do" | "does" | "did" | "’t" | "'t" | "n’t" | "n't"
            )
            || w.ends_with("n’t")
            || w.ends_with("n't")
    } {
        np = np.drop_last()?;
    }
    // "a New York Times/CBS News survey released", "The Vermont senator
    // declined": a past form closing the phrase after its noun is the
    // noun's verb or participle, no part of who speaks. "those surveyed"
    // and "officials involved" keep theirs.
    while np.len() > 1 && {
        let (k, before) = (np.last(), lower(ctx.word(np.last() - 1)));
        !ctx.is_cap(k)
            && past_form(ctx, ctx.word(k))
            && !ctx.lex.is(ctx.word(k), WordClass::Postmodifier)
            && ctx.tokens[k - 1].kind == TokenKind::Word
            && !before.ends_with("ly")
            && !matches!(before.as_ref(), "those" | "the" | "a" | "an")
            // "the document he released" is his.
            && !super::super::is_subject_pronoun(&before)
    } {
        np = np.drop_last()?;
    }
    if np.len() == 2
        && super::super::phrases::is_possessive_mark(ctx.tok(np.last()))
        && matches!(
            ctx.word(np.start()),
            "he" | "she" | "it" | "He" | "She" | "It"
        )
    {
        np = np.drop_last()?;
    }
    // "featuring Hispanics", "hearing him": a participle with its object
    // (not "restructuring experts"; a capitalised -ing word may be a name).
    let first = ctx.word(np.start());
    let object_follows = match np.drop_first() {
        None => true,
        Some(rest) => {
            let k = rest.start();
            // "calling for his firing and carrying signs": a participle
            // joined to one before it takes an object.
            let joined = np.start() > 0 && matches!(ctx.tok(np.start() - 1), "and" | "or" | ",");
            ctx.is_cap(k)
                || joined && rest.len() == 1 && !is_person_noun(ctx, &lower(ctx.word(k)))
                || ctx.tokens[k].kind == TokenKind::Number
                || super::super::phrases::is_number_word(ctx.word(k))
                || matches!(
                    ctx.word(k),
                    "him" | "her" | "them" | "it" | "the" | "a" | "an" | "his" | "their" | "its"
                )
        }
    };
    let demonstrative = np.len() == 1
        && matches!(
            lower(first).as_ref(),
            "this" | "that" | "these" | "there" | "here"
        );
    // "At least half of voters": a count, not a place.
    let at_least =
        first.eq_ignore_ascii_case("at") && matches!(ctx.word(np.start() + 1), "least" | "most");
    // "followed up with a frontal attack", "passed the bill": a verb in the
    // past before a particle, a preposition or its object's determiner is a
    // predicate ("elected officials", "retired Army Lt. Gen. …" modify a
    // noun).
    let past_predicate = !ctx.is_cap(np.start()) && past_form(ctx, first) && np.len() > 1 && {
        let next = ctx.word(np.start() + 1);
        matches!(next, "up" | "him" | "her" | "them" | "it")
            || ctx.lex.is(next, WordClass::NpBreak)
            || ctx.lex.is(next, WordClass::Determiner)
    };
    // "I'm old enough", "They’re less hostile": "be" with its complement
    // makes a clause ("I've" before a cue is its subject).
    let contraction = (np.start()..np.last()).any(|k| {
        let t = ctx.tok(k);
        ["’m", "'m", "’re", "'re"].iter().any(|c| t.ends_with(c))
    });
    // "I want to take this time to tell …", "he keeps talking about …": a
    // pronoun with words after it opens a clause, and speaks alone ("he and
    // his wife" are two speakers); "It's worth noting", "There’s no way to
    // know" name no one.
    let clause_opening = np.len() > 1
        && (super::super::is_subject_pronoun(&lower(first)) || first.eq_ignore_ascii_case("there"))
        && !matches!(ctx.tok(np.start() + 1), "and" | ",");
    let names_no_one = clause_opening && matches!(lower(first).as_ref(), "it" | "there");
    if clause_opening && !names_no_one {
        return Run::new(np.start()..np.start() + 1);
    }
    let bad = demonstrative
        || past_predicate
        || contraction
        || names_no_one
        || ctx.lex.is(&lower(first), WordClass::NoSpeakerOpener) && !at_least
        || !ctx.is_cap(np.start()) && super::super::phrases::is_ing_form(first) && object_follows;
    (!bad).then_some(np)
}

/// The head of a subject longer than a noun phrase, with a clause or a
/// place after it: "Democrats" of "Democrats trying to regain control of
/// the Senate", "Several people" of "Several people I have spoken with
/// since", "officials" of "officials in the Obama administration".
/// Whoever the clause names does not speak.
pub(super) fn head_of(ctx: &Context, np: Run) -> Run {
    // A noun phrase alone keeps its words: "a Washington Post database
    // tracking such deaths" is the database's, named by the paper.
    if np.len() <= super::super::NOUN_PHRASE {
        return np;
    }
    let clause = (np.start() + 1..np.end()).find(|&k| {
        let w = ctx.word(k);
        !ctx.is_cap(k)
            && (super::super::phrases::is_ing_form(w)
                || matches!(w, "who" | "whom" | "whose" | "that" | "which" | "in")
                || w == "to"
                    && !ctx.is_cap(k + 1)
                    && ctx.tokens[k + 1].kind == TokenKind::Word
                    && !ctx.lex.is(&lower(ctx.word(k - 1)), WordClass::Postmodifier))
            || super::super::is_subject_pronoun(w)
    });
    clause.and_then(|k| Run::new(np.start()..k)).unwrap_or(np)
}

/// The subject of a phrase that runs on into its verb: "Cook" of "Cook
/// declined to", "Officials" of "Officials searched their records for",
/// "he" of "he offered". A verb is a past form right after a name or a
/// pronoun (`named` tells a name's words), or one with an object, "to" or
/// a particle after it; "People briefed on the situation" and "those
/// surveyed" describe. A verb in a relative clause ends the phrase where
/// the clause begins ("Republicans" of "Republicans who critiqued the
/// speech"), or is the author's of the noun before it ("Mrs. Clinton" of
/// "a speech Mrs. Clinton delivered").
pub(super) fn subject_of(ctx: &Context, np: Run, named: impl Fn(usize) -> bool) -> Run {
    let subject = |k: usize| {
        let w = ctx.word(k);
        named(k) || super::super::is_subject_pronoun(&lower(w)) || w == "I"
    };
    let verb = (np.start() + 1..np.end()).find(|&k| {
        let w = ctx.word(k);
        if ctx.is_cap(k) || !(past_form(ctx, w) || w == "used") {
            return false;
        }
        if subject(k - 1) {
            return true;
        }
        if k + 1 == np.end() {
            return false;
        }
        let next = lower(ctx.word(k + 1));
        ctx.lex.is(&next, WordClass::Determiner) && !matches!(next.as_ref(), "most" | "all" | "no")
            || matches!(next.as_ref(), "up" | "out")
            || next == "to"
                && (k + 2 == np.end()
                    || !ctx.is_cap(k + 2)
                        && ctx.tokens[k + 2].kind == TokenKind::Word
                        && !ctx.lex.is(&lower(ctx.word(k + 2)), WordClass::Determiner))
    });
    let Some(k) = verb else {
        return np;
    };
    // Where the verb's own subject begins: its name or pronoun, and the
    // title, determiner and capitalised words before them ("his brother
    // Alastair Osman").
    let mut first = k;
    while first > np.start() && subject(first - 1) {
        first -= 1;
    }
    if first < k {
        while first > np.start() && {
            let w = lower(ctx.word(first - 1));
            ctx.is_cap(first - 1)
                || ctx.tok(first - 1) == "."
                || ctx.lex.is(&w, WordClass::Determiner)
                || is_person_noun(ctx, &w)
        } {
            first -= 1;
        }
    }
    let relative = (np.start() + 1..k).find(|&j| {
        matches!(
            ctx.word(j),
            "who" | "whom" | "whose" | "which" | "that" | "how" | "what" | "why" | "where" | "when"
        )
    });
    // "a speech Mrs. Clinton delivered", "an interview his brother gave":
    // a noun before the verb's subject, whose words they are.
    let reduced = first > np.start()
        && first < k
        && ctx.tokens[first - 1].kind == TokenKind::Word
        && !ctx.is_cap(first - 1);
    if reduced && relative.is_none() {
        return Run::new(first..k).unwrap_or(np);
    }
    let mut end = relative.unwrap_or(k);
    while end > np.start() + 1 && matches!(ctx.tok(end - 1), "and" | "or" | "," | "but") {
        end -= 1;
    }
    Run::new(np.start()..end).unwrap_or(np)
}

/// A verb's past form: "-ed" or a common irregular past ("sent", "held").
fn past_form(ctx: &Context, w: &str) -> bool {
    super::super::phrases::is_ed_form(w) || ctx.lex.is(w, WordClass::PastVerb)
}
