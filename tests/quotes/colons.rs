//! A quotation brought in by a colon: the clause before the colon, and
//! whose subject speaks there.

use super::*;

/// "Obi said both plans are weak, but he gave the mayor a compliment:
/// “…”": the clause after the comma has a subject of its own, who speaks
/// the quotation; what Obi said ends before it.
#[test]
fn a_clause_of_its_own_brings_in_the_quotation() {
    let d = doc(
        "Karl Obi said both plans are far too costly, but he gave the mayor a compliment: \
         “You always know where she stands.”",
    );
    check(
        &d,
        "far too costly",
        "both plans are far too costly",
        QuoteKind::Indirect,
        Some("Karl Obi"),
    );
    let q = quote(&d, "always know");
    assert_eq!(q.speaker.as_deref(), Some("Karl Obi"));
    assert_eq!(q.pattern, Pattern::Subject);
    assert_eq!(&d.article.text[q.speaker_mention.unwrap().span()], "he");
}

/// "But he gave …: “…”": a pronoun after the sentence's conjunction is the
/// subject who speaks.
#[test]
fn a_pronoun_after_a_conjunction_speaks() {
    let d = doc(
        "Karl Obi spoke for an hour.\n\nBut he gave the mayor a compliment: “You always know where she stands.”",
    );
    let q = quote(&d, "always know");
    assert_eq!(q.speaker.as_deref(), Some("Karl Obi"));
    assert_eq!(q.pattern, Pattern::Subject);
}

/// "Said Obi: “…”": a cue opening its sentence, the name after it, then
/// the colon.
#[test]
fn a_cue_opening_the_sentence_before_its_name() {
    let d = doc(
        "Experts say the plan would make the harbour busier. Said Karl Obi: “I don’t think she cares about the pier.”",
    );
    let q = quote(&d, "cares about the pier");
    assert_eq!(q.speaker.as_deref(), Some("Karl Obi"));
    assert_eq!(q.pattern, Pattern::Inverted);
}
