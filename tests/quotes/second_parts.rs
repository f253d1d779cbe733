//! A statement split by its attribution (“A,” she said, “B.”): when the
//! second part joins the first and when it stands apart.

use super::*;

#[test]
fn a_statement_split_by_its_attribution() {
    let d = doc("“The ferry is ready,” Mayor Ana Ruiz said. “The crowds will come.”");
    check(
        &d,
        "ferry is ready",
        "“The ferry is ready,” Mayor Ana Ruiz said. “The crowds will come.”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
}

#[test]
fn the_writers_sentence_between_two_parts_keeps_the_speaker() {
    let d = doc(
        "“Those are some very small towns,” Karl Obi said. They also lie far from any harbour. “That is a tough area.”\n\n“The ferry is late,” Ana Ruiz said. Karl Obi shook his head. “It always is late in the summer.”",
    );
    check(
        &d,
        "small towns",
        "“Those are some very small towns,” Karl Obi said. They also lie far from any harbour. “That is a tough area.”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
    // Someone else as the subject between them: two statements.
    let q = quote(&d, "always is");
    assert_eq!(
        &d.article.text[q.span.clone()],
        "“It always is late in the summer.”"
    );
}

#[test]
fn a_title_between_the_parts_of_a_statement() {
    let d =
        doc("“The harbour is safe,” Mayor Ana Ruiz told “Morning Tide.” “We checked every pier.”");
    check(
        &d,
        "harbour is safe",
        "“The harbour is safe,” Mayor Ana Ruiz told “Morning Tide.” “We checked every pier.”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
}

#[test]
fn a_long_speaker_phrase_between_the_parts() {
    let d = doc(
        "\"The ferry is late again,\" Karl Obi, 52, of Lindenport, who rides it daily, said on Monday. \"Nobody tells us why.\"",
    );
    check(
        &d,
        "ferry is late",
        "\"The ferry is late again,\" Karl Obi, 52, of Lindenport, who rides it daily, said on Monday. \"Nobody tells us why.\"",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
}

#[test]
fn reported_speech_inside_the_attribution_of_a_split_statement() {
    let d = doc(
        "\"I won't cross the mayor,\" said one harbour worker, who said she feared for her job. \"I can't afford to.\"",
    );
    check(
        &d,
        "cross the mayor",
        "\"I won't cross the mayor,\" said one harbour worker, who said she feared for her job. \"I can't afford to.\"",
        QuoteKind::Direct,
        Some("one harbour worker"),
    );
}

#[test]
fn a_second_part_the_writer_goes_on_after() {
    let d = doc(
        "\"Voters do not care about this,\" Mayor Ana Ruiz told reporters. \"They care about the ferry\" and other daily costs.",
    );
    check(
        &d,
        "Voters do not care",
        "\"Voters do not care about this,\" Mayor Ana Ruiz told reporters. \"They care about the ferry\" and other daily costs",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

#[test]
fn a_sentence_between_the_parts_ends_the_statement() {
    let d = doc(
        "“It goes in one ear and out the other,” Tom Berg said, pointing at his ears. \
         Greta Berg shook her head. “Tom is much calmer about it than I am.”",
    );
    check(
        &d,
        "one ear",
        "“It goes in one ear and out the other,”",
        QuoteKind::Direct,
        Some("Tom Berg"),
    );
    check(
        &d,
        "much calmer",
        "“Tom is much calmer about it than I am.”",
        QuoteKind::Direct,
        Some("Greta Berg"),
    );
}

#[test]
fn a_quotation_after_another_subjects_clause_is_not_joined_to_the_first() {
    let d = doc(
        "\u{201c}Tell her I promised you a picture,\u{201d} Ebeling said, and her husband cut in. \u{201c}Do not forget the boat.\u{201d}",
    );
    let first = quote(&d, "picture");
    assert!(
        !d.article.text[first.span.clone()].contains("boat"),
        "{:?}",
        d.analysis.quotes
    );
}

/// A quotation inside the writer's participle clause after the attribution
/// is not the statement's second part; one in the next sentence is.
#[test]
fn a_quotation_in_the_participle_clause_after_the_attribution_stands_apart() {
    let d = doc(
        "“The pier is safe,” the board said, reasoning that Karl Obi met the rules because he “did not have to take any steps.”\n\n“We will reopen it,” Ana Ruiz said, looking at the crowd. “Tomorrow, at dawn.”",
    );
    check(
        &d,
        "pier is safe",
        "“The pier is safe,”",
        QuoteKind::Direct,
        Some("the board"),
    );
    check(
        &d,
        "reopen",
        "“We will reopen it,” Ana Ruiz said, looking at the crowd. “Tomorrow, at dawn.”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
}

/// A quotation inside the speaker's relative clause after the cue is the
/// writer's description, not the statement's second part.
#[test]
fn a_quotation_in_the_speakers_relative_clause_stands_apart() {
    let d = doc(
        "“It was truly shameful,” said Ana Ruiz, a plaintiff who waited in an “extraordinarily long line snaking in, out and around” the hall.",
    );
    check(
        &d,
        "truly shameful",
        "“It was truly shameful,”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
    // Set off by a comma after the relative clause, it is the second part.
    let d = doc(
        "“The risk,” said Tom Lerner, an economist who is the director of the county forecast, “is that we are going to lose jobs.”",
    );
    check(
        &d,
        "The risk",
        "“The risk,” said Tom Lerner, an economist who is the director of the county forecast, “is that we are going to lose jobs.”",
        QuoteKind::Direct,
        Some("Tom Lerner"),
    );
}

/// “A,” she said, “B,” after …: the comma closed inside the second part's
/// mark ends the statement, which stays whole; the writer's adjunct after
/// it is not said.
#[test]
fn a_second_part_closing_on_a_comma_joins_the_first() {
    let d = doc(
        "“In other news,” Ana Ruiz wrote on Monday, “the pier wins praise from its own harbour master,” after Karl Obi backed the plan.",
    );
    check(
        &d,
        "In other news",
        "“In other news,” Ana Ruiz wrote on Monday, “the pier wins praise from its own harbour master,”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
}

#[test]
fn a_finished_second_part_is_not_the_next_sentences_speakers() {
    let d = doc(
        "“It is a sad day,” Karl Obi told reporters at the pier. “The ferry should never have been sold. It has no place in a harbour like ours.” Mayor Ana Ruiz said she would not comment.",
    );
    check(
        &d,
        "sad day",
        "“It is a sad day,” Karl Obi told reporters at the pier. “The ferry should never have been sold. It has no place in a harbour like ours.”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
    check(
        &d,
        "not comment",
        "she would not comment",
        QuoteKind::Indirect,
        Some("Ana Ruiz"),
    );
}

#[test]
fn a_source_after_the_attribution_keeps_the_parts_together() {
    let d = doc(
        "“The pier is closed. When will it open?,” Mayor Ana Ruiz said, according to the Harbour Gazette. “Nobody can tell me.”",
    );
    check(
        &d,
        "pier is closed",
        "“The pier is closed. When will it open?,” Mayor Ana Ruiz said, according to the Harbour Gazette. “Nobody can tell me.”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
}

/// "\"…?\" Obi asked reporters rhetorically during …": the cue attributes the
/// question before it, so its listener and the time are nothing said, and
/// the next quotation is the statement's second part.
#[test]
fn a_listener_after_an_attributed_question_is_nothing_said() {
    let d = doc(
        "\"You think I'm going to change?\" Karl Obi asked reporters rhetorically during a news conference late last month. \"I'm not changing.\"",
    );
    assert_eq!(d.analysis.quotes.len(), 1, "{:?}", d.analysis.quotes);
    check(
        &d,
        "going to change",
        "\"You think I'm going to change?\" Karl Obi asked reporters rhetorically during a news conference late last month. \"I'm not changing.\"",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
}

/// A quotation deep in a sentence of the writer's after the attribution is
/// that sentence's, not the statement's second part; one after a short
/// lead-in ("And then,") still is.
#[test]
fn a_quotation_inside_the_writers_next_sentence_is_not_a_second_part() {
    let d = doc(
        "“We check every donor,” said Karl Obi, the campaign's treasurer. \
         Donations are vetted against the federal limits, Obi said, but “we never ask what they earn.”",
    );
    let first = quote(&d, "every donor");
    assert_eq!(
        &d.article.text[first.span.clone()],
        "“We check every donor,”",
        "{:?}",
        d.analysis.quotes
    );
    check(
        &d,
        "ask what they earn",
        "“we never ask what they earn.”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
    let d = doc("“The ferry is ready,” Mayor Ana Ruiz said. And then, “The crowds will come.”");
    let first = quote(&d, "ferry is ready");
    assert!(d.article.text[first.span.clone()].ends_with("come.”"));
}

/// A second part running on over paragraphs, its mark reopened on each,
/// joins the first all the same.
#[test]
fn a_second_part_over_several_paragraphs_joins_the_first() {
    let d = doc(
        "“The pier is old,” Mayor Ana Ruiz said. “It has served us well.\n\n“But it will not last another winter.”",
    );
    check(
        &d,
        "pier is old",
        "“The pier is old,” Mayor Ana Ruiz said. “It has served us well.\n\n“But it will not last another winter.”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
}
