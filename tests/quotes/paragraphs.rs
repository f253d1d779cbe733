//! Statements over paragraphs: quoted paragraphs that go on with the one
//! before, and transcripts quoted paragraph by paragraph.

use super::*;

#[test]
fn a_quotation_over_several_paragraphs() {
    let d = doc(
        "Mayor Ana Ruiz said: “The first ferry leaves at dawn.\n\n“The second one follows at noon, every day of the week.”",
    );
    let q = quote(&d, "first ferry");
    assert!(d.article.text[q.span.clone()].ends_with("every day of the week.”"));
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(q.speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn quoted_paragraphs_with_no_cue_are_one_statement() {
    let d = doc(
        "Mayor Ana Ruiz answered every question at the pier.\n\n“We have to open the pier before the summer season starts.”\n\n“We have to be a lot faster. The crowds will not wait for us.”\n\n“We are not moving fast enough.”\n\nThe council meets again on Friday.",
    );
    let q = quote(&d, "open the pier");
    assert_eq!(q.kind, QuoteKind::Direct);
    let text = &d.article.text[q.span.clone()];
    assert!(text.starts_with("“We have to open"), "{text}");
    assert!(text.ends_with("not moving fast enough.”"), "{text}");
    assert_eq!(d.analysis.quotes.len(), 1, "{:?}", d.analysis.quotes);
    assert_eq!(q.speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_transcript_quoted_paragraph_by_paragraph() {
    let d = doc(
        "Host Chris Wallace spoke with Governor Mike Pence on Sunday.\n\n\"WALLACE: Will you debate him again next week?\n\n\"PENCE: Well, look, the voters think this is a “Game Show.” We will debate anywhere.\n\n\"And we will win the state in November.\n\n\"(CROSSTALK.)\n\n\"WALLACE: Thank you, Governor.\"",
    );
    check(
        &d,
        "Will you debate",
        "Will you debate him again next week?",
        QuoteKind::Direct,
        Some("Chris Wallace"),
    );
    check(
        &d,
        "voters think",
        "Well, look, the voters think this is a “Game Show.” We will debate anywhere.\n\n\"And we will win the state in November.",
        QuoteKind::Direct,
        Some("Mike Pence"),
    );
    check(
        &d,
        "Thank you",
        "Thank you, Governor.",
        QuoteKind::Direct,
        Some("Chris Wallace"),
    );
}

#[test]
fn a_quoted_paragraph_goes_on_with_the_statement_before_it() {
    let d = doc(
        "“The ferry will run all winter,” Mayor Ana Ruiz said on Monday.\n\n\
         “Nobody on the island will be cut off again.”\n\n\
         “We are ready,” Karl Obi added. He then turned to the crowd.\n\n\
         “Who will pay for it?”",
    );
    check(
        &d,
        "run all winter",
        "“The ferry will run all winter,” Mayor Ana Ruiz said on Monday.\n\n\
         “Nobody on the island will be cut off again.”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
    // The writer's sentence after the attribution ends the statement.
    check(
        &d,
        "We are ready",
        "“We are ready,”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
}

/// “A,” she said. “B.”¶“C.”: a paragraph that is one quotation goes on
/// with the statement before it, even one joined across its attribution.
#[test]
fn a_quoted_paragraph_after_a_split_statement_goes_on_with_it() {
    let d = doc(
        "“The ferry is ready,” Ana Ruiz said. “The crews trained all winter.”\n\n“And the crowds will come back.”\n\nThe council has not commented.",
    );
    check(
        &d,
        "ferry is ready",
        "“The ferry is ready,” Ana Ruiz said. “The crews trained all winter.”\n\n“And the crowds will come back.”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
}

/// "A, she said.¶“B.”": a quoted paragraph goes on with reported speech
/// its attribution closes too, and takes its speaker.
#[test]
fn a_quoted_paragraph_after_reported_speech_goes_on_with_it() {
    let d = doc(
        "The harbour needs leaders “who understand the sea,” Ana Ruiz said.\n\n“And that is why the pier must stay open.”\n\nThe council has not commented.",
    );
    check(
        &d,
        "needs leaders",
        "The harbour needs leaders “who understand the sea,” Ana Ruiz said.\n\n“And that is why the pier must stay open.”",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

/// A paragraph cut off after its comma: the next paragraph's "said …"
/// opens a sentence of its own and attributes nothing before it.
#[test]
fn a_paragraph_ending_on_a_comma_keeps_its_statement() {
    let d = doc(
        "Ana Ruiz said the vote was “a mistake” for the pier,\n\nsaid Karl Obi, the harbour master.",
    );
    check(
        &d,
        "a mistake",
        "the vote was “a mistake” for the pier",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}
