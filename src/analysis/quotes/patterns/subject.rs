//! Subject: words quoted inside a clause whose subject is a name or a
//! pronoun are what the subject said, in part in their own words.

use super::*;

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
pub(in crate::analysis::quotes) fn quoted_in_clause(
    ctx: &Context,
    sentence: std::ops::Range<usize>,
    first: usize,
) -> Option<Found> {
    let np = subject_of(ctx, sentence.start, first)?;
    // A name or a person's pronoun, not a description or a thing:
    // "Lewandowski", "she", never "It".
    let name =
        (np.start..np.end).all(|k| ctx.is_cap(k) || abbreviation_stop(ctx, k)) && np.len() <= 4;
    let person = np.len() == 1 && matches!(lower(ctx.word(np.start)).as_ref(), "he" | "she");
    if !(name && !names_no_one(ctx, np.start) || person) || np.end >= first {
        return None;
    }
    let mut a = np.end;
    while a < first
        && (matches!(
            ctx.word(a),
            "has" | "have" | "had" | "also" | "then" | "later" | "again" | "once"
        ) || is_ly_adverb(ctx.word(a)))
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

examples!(Subject:
    (
        "Mrs. Ana Ruiz introduced him as “a friend of the harbour” and a passionate sailor.",
        "him as “a friend of the harbour” and a passionate sailor",
        "Ana Ruiz",
    ),
    (
        "Karl Obi later defended his comments as being “a joke.”",
        "his comments as being “a joke.”",
        "Karl Obi",
    ),
    (
        "Karl Obi identified the captain as “Spanish.”",
        "the captain as “Spanish.”",
        "Karl Obi",
    ),
    (
        "Karl Obi ripped the council for acting as “the judge and the jury” in the pier dispute.",
        "the council for acting as “the judge and the jury” in the pier dispute",
        "Karl Obi",
    ),
    (
        "Mayor Ana Ruiz delivered a blunt message to Karl Obi: “Fix the pier before May.”",
        "“Fix the pier before May.”",
        "Ana Ruiz",
    ),
);
