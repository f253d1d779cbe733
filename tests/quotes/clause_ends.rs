//! Where what was said ends and the writer's words take over, and where a
//! statement interrupted by its attribution goes on.

use super::*;

/// "“…,” but also …" goes on; "“…” as he faces …" and "“…,” though
/// voters are …" are the writer's.
#[test]
fn but_also_goes_on_and_the_writers_as_or_though_ends() {
    let d = doc(
        "Mayor Ana Ruiz says fishers are “right to be angry,” but also hungry for “real solutions.”\n\n\
         Karl Obi says he’s “ready for the vote” as he faces a hard winter at the pier.\n\n\
         Most fishers say the plan is “about right,” though fishers are more likely to say the fees are too high.",
    );
    check(
        &d,
        "right to be angry",
        "fishers are “right to be angry,” but also hungry for “real solutions.”",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "ready for the vote",
        "he’s “ready for the vote”",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
    check(
        &d,
        "about right",
        "the plan is “about right,”",
        QuoteKind::Mixed,
        Some("Most fishers"),
    );
}

/// "The club's investment, Ms. Ruiz said, ''is a perfect example'' of
/// …": a subject, the attribution set off by commas, and the quoted verb
/// that goes on with the subject, whatever marks the quotation.
#[test]
fn a_set_off_attribution_before_a_quoted_verb_in_doubled_apostrophes() {
    let d = doc(
        "Mayor Ana Ruiz toured the pier. The club's heavy investment in its boats, Ms. Ruiz said, ''is a perfect example of adapting'' to the changing harbour.",
    );
    check(
        &d,
        "perfect example",
        "The club's heavy investment in its boats, Ms. Ruiz said, ''is a perfect example of adapting'' to the changing harbour",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

/// "At least half of voters" is a count that speaks, not a place.
#[test]
fn at_least_opens_a_speaker() {
    let d = doc("At least half of the fishers say the fees are “too high.”");
    check(
        &d,
        "too high",
        "the fees are “too high.”",
        QuoteKind::Mixed,
        Some("At least half of the fishers"),
    );
}

/// ", but wants “…”" goes on with the speaker's quoted words; ", but
/// offered no proof" is the writer's.
#[test]
fn but_with_quoted_words_goes_on() {
    let d = doc(
        "Karl Obi said the pier “really is” safe, but wants “tougher and smarter” checks.\n\n\
         Ana Ruiz said the ferry was “sabotaged,” but offered no proof of it.",
    );
    check(
        &d,
        "really is",
        "the pier “really is” safe, but wants “tougher and smarter” checks",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
    check(
        &d,
        "sabotaged",
        "the ferry was “sabotaged,”",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

/// Another speaker's clause ends what was said: "… and Karl Obi said,
/// “…”", "… and Councillors accused …", "…, while Councillor Ana Ruiz and
/// Mayor Karl Obi suggested …". A name joined to the
/// subject ("both he and Obi promised"), a bracketed contrast and a
/// writer's aside between dashes do not.
#[test]
fn a_named_speakers_clause_ends_what_was_said() {
    let d = doc(
        "At one point, a fisher asked for a photo and Karl Obi said, “as long as the pier stays open.”\n\n\
         The harbour office said it would “support the plan” this year, while Councillor Ana Ruiz and Mayor Karl Obi suggested a second vote.\n\n\
         Fishers said they were convinced the office mishandled the count and Councillors accused the mayor of hiding it.\n\n\
         Mayor Ana Ruiz said both she and Obi promised to rebuild the pier before the winter storms.\n\n\
         The council said Ruiz and Obi promised to dredge the harbour by spring.\n\n\
         Supporters of Obi would argue — and Obi presumably believes — that his pitch better fits the mood of the harbour.\n\n\
         Other differences, according to the survey, include age (Obi leads by 29 points among “young” crews, while Ruiz leads by 21 points among those who are “nearly retired”) and the size of their boats.",
    );
    check(
        &d,
        "as long as the pier",
        "“as long as the pier stays open.”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
    check(
        &d,
        "support the plan",
        "it would “support the plan” this year",
        QuoteKind::Mixed,
        Some("The harbour office"),
    );
    check(
        &d,
        "mishandled",
        "they were convinced the office mishandled the count",
        QuoteKind::Indirect,
        Some("Fishers"),
    );
    check(
        &d,
        "rebuild the pier",
        "both she and Obi promised to rebuild the pier before the winter storms",
        QuoteKind::Indirect,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "dredge",
        "Ruiz and Obi promised to dredge the harbour by spring",
        QuoteKind::Indirect,
        Some("The council"),
    );
    check(
        &d,
        "his pitch",
        "— and Obi presumably believes — that his pitch better fits the mood of the harbour",
        QuoteKind::Indirect,
        Some("Supporters of Obi"),
    );
    let q = quote(&d, "Other differences");
    assert!(d.article.text[q.span.clone()].ends_with("the size of their boats"));
}

/// A quotation of several sentences that the writer's words go on after,
/// then the attribution: the statement opens at the quotation's mark, not
/// inside it at its last sentence.
#[test]
fn a_statement_opens_at_a_quotation_of_several_sentences() {
    let d = doc(
        "\u{201c}The ferries are full. We have no choice\u{201d} but to build a second pier, Mayor Ana Ruiz said.",
    );
    check(
        &d,
        "ferries are full",
        "\u{201c}The ferries are full. We have no choice\u{201d} but to build a second pier",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

/// A cue's complement set off by a comma before "but" or "and" ends the
/// statement: the clause after the conjunction is the writer's.
#[test]
fn a_conjunction_after_the_cues_complement_opens_the_writers_clause() {
    let d = doc(
        "The harbour board issued a statement warning of storms ahead, but the ferries sailed on Monday all the same.",
    );
    assert!(
        d.analysis
            .quotes
            .iter()
            .all(|q| !d.article.text[q.span.clone()].contains("ferries sailed")),
        "{:?}",
        d.analysis.quotes
    );
}
