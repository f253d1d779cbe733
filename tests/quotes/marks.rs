//! Quotation marks: which pairs open and close a quotation, and which
//! quoted words are titles, names or cries rather than speech.

use super::*;

#[test]
fn curly_and_straight_double_marks() {
    let d = doc(
        "“The ferry is ready,” Mayor Ana Ruiz said.\n\n\"The crowds will come,\" said Port director Karl Obi.",
    );
    check(
        &d,
        "ferry is ready",
        "“The ferry is ready,”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "crowds will come",
        "\"The crowds will come,\"",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
}

#[test]
fn single_marks_used_for_speech() {
    let d = doc("‘We will build the bridge this year,’ said Mayor Ana Ruiz.");
    check(
        &d,
        "build the bridge",
        "‘We will build the bridge this year,’",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
}

#[test]
fn guillemets() {
    let d = doc("«We will build the bridge this year», said Mayor Ana Ruiz.");
    check(
        &d,
        "build the bridge",
        "«We will build the bridge this year»",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
}

#[test]
fn doubled_apostrophes_convention() {
    let d = doc("''We will build the bridge this year,'' said Mayor Ana Ruiz.");
    check(
        &d,
        "build the bridge",
        "''We will build the bridge this year,''",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
}

#[test]
fn a_partial_quotation_in_doubled_apostrophes_split_by_its_attribution() {
    let d = doc(
        "The harbour ''was never meant for ships this size,'' said Ana Ruiz, the mayor. \
         ''We will widen it by spring.''",
    );
    check(
        &d,
        "never meant",
        "The harbour ''was never meant for ships this size,'' said Ana Ruiz, the mayor. \
         ''We will widen it by spring.''",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

#[test]
fn nested_quotes_stay_inside_the_outer_one() {
    let d = doc("“He told me, ‘Build it now,’ and I did it,” said Mayor Ana Ruiz.");
    check(
        &d,
        "Build it now",
        "“He told me, ‘Build it now,’ and I did it,”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
    assert_eq!(d.analysis.quotes.len(), 1);
}

#[test]
fn apostrophes_are_not_quotation_marks() {
    let d = doc(
        "The mayor’s band played rock ’n’ roll hits of the ’90s. “It was loud,” Karl Obi said.",
    );
    check(
        &d,
        "It was loud",
        "“It was loud,”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
    assert_eq!(d.analysis.quotes.len(), 1, "{:?}", d.analysis.quotes);
}

/// "states' budgets": a possessive's apostrophe after a cue word opens
/// no quotation.
#[test]
fn a_possessive_apostrophe_after_a_cue_word_opens_no_quotation() {
    let d = doc(
        "The port has changed in several ways since that year, and this year's vote could shake up states' ferry budgets again.",
    );
    not_speech(&d, "ferry budgets");
}

#[test]
fn titles_of_works_are_not_speech() {
    let d = doc("The choir sang “Harbour Lights” and “The Old Ferry Song” at the opening.");
    assert!(d.analysis.quotes.is_empty(), "{:?}", d.analysis.quotes);
    // A title with "with" or "from" in it, standing alone after the
    // speaker's sentence.
    let d = doc("Mayor Ana Ruiz will appear on Friday.\n\n“The Late Show with Karl Obi.”");
    assert!(d.analysis.quotes.is_empty(), "{:?}", d.analysis.quotes);
}

#[test]
fn an_unbalanced_mark_does_not_swallow_the_article() {
    let d = doc("He shouted “stop the boat and wait.\n\nThe ferry left on time, Karl Obi said.");
    check(
        &d,
        "left on time",
        "The ferry left on time",
        QuoteKind::Indirect,
        Some("Karl Obi"),
    );
}

#[test]
fn a_headline_with_its_byline_is_not_speech() {
    let d = doc(
        "More reading:\n\n“Ferry fares to rise in spring,” by the Harbour Post’s Lena Ford.\n\n“The fares are fair,” Mayor Ana Ruiz said.",
    );
    not_speech(&d, "Ferry fares");
    check(
        &d,
        "fares are fair",
        "“The fares are fair,”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
}

#[test]
fn a_scare_quote_in_the_writers_sentence_has_no_speaker() {
    let d = doc(
        "Pollster Ina Vale is proud to be the town’s “gold standard,” says she warned about surprises.\n\n\
         Fishers fought the “fraud” in the new quotas on Monday, and the board met again.",
    );
    not_speech(&d, "gold standard");
    not_speech(&d, "fraud");
}

#[test]
fn a_quoted_nickname_is_part_of_the_name() {
    let d = doc(
        "“The island needs this boat,” harbour master Thomas “Tip” Olsen said on Monday. “Every family uses it.”",
    );
    check(
        &d,
        "island needs",
        "“The island needs this boat,” harbour master Thomas “Tip” Olsen said on Monday. “Every family uses it.”",
        QuoteKind::Direct,
        Some("Thomas “Tip” Olsen"),
    );
}

#[test]
fn a_one_word_answer_is_speech() {
    let d =
        doc("Mayor Ana Ruiz was asked which harbour would open first. “Northport,” she answered.");
    check(
        &d,
        "Northport",
        "“Northport,”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
}

#[test]
fn a_closing_mark_written_as_two_apostrophes_closes_the_statement() {
    let d = doc(
        "Ana Ruiz spoke warmly of the town, describing her own christening ''at the chapel on Quay Street,'' recalling summer visits to the lake.",
    );
    let q = quote(&d, "christening");
    assert_eq!(
        &d.article.text[q.span.clone()],
        "her own christening ''at the chapel on Quay Street,''"
    );
}

#[test]
fn a_quoted_cry_leaves_the_sentence_whole() {
    // "Marco! Marco!," ends no sentence: the senator's statement after it
    // is found with its speaker.
    let d = doc("Senator Ana Ruiz toured the port on Monday.\n\n\
         Walking into the office to chants of \"Ana! Ana!,\" Ruiz said her campaign \
         was \"closing really strong.\"");
    check(
        &d,
        "closing really strong",
        "her campaign was \"closing really strong.\"",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

#[test]
fn words_shouted_in_capitals_are_speech_not_a_title() {
    let d = doc("Senator Ana Ruiz won the vote on Tuesday.\n\n\
         \"GROWING PARTY,\" Ruiz declared in a tweet after the count.\n\n\
         Her new book, \"Harbour Lights,\" sold well.");
    check(
        &d,
        "GROWING PARTY",
        "\"GROWING PARTY,\"",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
    not_speech(&d, "Harbour Lights");
}

#[test]
fn a_cry_is_speech_not_a_title() {
    let d = doc("Senator Ana Ruiz won the vote on Tuesday.\n\n\
         She declared \"What a Super Tuesday!\" and thanked her staff.\n\n\
         Later they watched \"Mamma Mia!\" with the children.");
    check(
        &d,
        "Super Tuesday",
        "\"What a Super Tuesday!\"",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
    not_speech(&d, "Mamma Mia");
}

#[test]
fn feet_and_inches_close_no_quotation() {
    let d = doc(
        "“I admit, he is taller than me; he is like 6’2”,” Ana Ruiz said on Sunday.\n\n\
         \"He is 5'10\" and fast,\" the coach said.",
    );
    check(
        &d,
        "taller than me",
        "“I admit, he is taller than me; he is like 6’2”,”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "and fast",
        "\"He is 5'10\" and fast,\"",
        QuoteKind::Direct,
        Some("the coach"),
    );
}

/// "Ruiz said “CNN” five times", "Obi said “The Ferry Men”": words in
/// title case right after "said" are what was said; after "wrote" they
/// name a work.
#[test]
fn title_case_words_right_after_said_are_speech() {
    let d = doc("In a short reply, Ana Ruiz said “CNN” five times.\n\n\
         Karl Obi said “The Ferry Men” and walked away.\n\n\
         Tom Hale wrote “The Long Harbour” in 1998.");
    check(&d, "CNN", "“CNN”", QuoteKind::Direct, Some("Ana Ruiz"));
    check(
        &d,
        "Ferry Men",
        "“The Ferry Men”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
    not_speech(&d, "Long Harbour");
}
