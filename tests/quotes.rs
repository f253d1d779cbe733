//! One short article per quotation pattern byline reads, each asserting the
//! span, the kind and the speaker.

use byline::Document;
use byline::analysis::{Pattern, Quote, QuoteKind};

fn doc(body: &str) -> Document {
    byline::document_from_text(&format!("Harbour news of the week\n\n{body}"), vec![])
}

/// The quotation holding `containing`.
fn quote<'a>(d: &'a Document, containing: &str) -> &'a Quote {
    d.analysis
        .quotes
        .iter()
        .find(|q| d.article.text[q.span.clone()].contains(containing))
        .unwrap_or_else(|| panic!("no quote with {containing:?} in {:?}", d.analysis.quotes))
}

/// Asserts that no quotation holds `words`.
fn not_speech(d: &Document, words: &str) {
    assert!(
        d.analysis
            .quotes
            .iter()
            .all(|q| !d.article.text[q.span.clone()].contains(words)),
        "{words:?} taken for speech in {:?}",
        d.analysis.quotes
    );
}

/// Asserts the quotation's exact words, kind and speaker.
fn check(d: &Document, containing: &str, text: &str, kind: QuoteKind, speaker: Option<&str>) {
    let q = quote(d, containing);
    assert_eq!(&d.article.text[q.span.clone()], text);
    assert_eq!(q.kind, kind, "kind of {text:?}");
    assert_eq!(q.speaker.as_deref(), speaker, "speaker of {text:?}");
}

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
fn partial_quote_inside_reported_speech() {
    let d = doc("Mayor Ana Ruiz said that the old ferry was “a danger to everyone” on board.");
    check(
        &d,
        "danger",
        "the old ferry was “a danger to everyone” on board",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
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

#[test]
fn titles_of_works_are_not_speech() {
    let d = doc("The choir sang “Harbour Lights” and “The Old Ferry Song” at the opening.");
    assert!(d.analysis.quotes.is_empty(), "{:?}", d.analysis.quotes);
}

#[test]
fn transcript_lines() {
    let d = doc(
        "Host Chris Wallace spoke with Governor Mike Pence on Sunday.\n\nWALLACE: Will you debate him again next week?\n\nPENCE: Yes, I will debate him anywhere and at any time.",
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
        "anywhere",
        "Yes, I will debate him anywhere and at any time.",
        QuoteKind::Direct,
        Some("Mike Pence"),
    );
}

#[test]
fn a_quote_signed_with_a_bar() {
    let d = doc("“Build the bridge before the winter comes.” ― Ana Ruiz");
    check(
        &d,
        "Build the bridge",
        "“Build the bridge before the winter comes.”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
}

/// A bar followed by a day, not a name, signs nothing; this article once
/// made the speaker an empty phrase and the analysis panic.
#[test]
fn a_bar_before_a_day_signs_nobody() {
    let d = byline::document_from_text(
        "Bridge news\n\nThe mayor spoke.\n\n“We will build the bridge this year,” ― Today\n",
        vec![],
    );
    let q = quote(&d, "build the bridge");
    assert_eq!(
        &d.article.text[q.span.clone()],
        "“We will build the bridge this year,”"
    );
    assert_ne!(q.speaker.as_deref(), Some("Today"));
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
fn speaker_cue_that_content() {
    let d = doc("Mayor Ana Ruiz said that the ferry would run every hour.");
    check(
        &d,
        "every hour",
        "the ferry would run every hour",
        QuoteKind::Indirect,
        Some("Ana Ruiz"),
    );
}

#[test]
fn content_comma_speaker_cue() {
    let d = doc("The ferry will run every hour, Mayor Ana Ruiz said.");
    check(
        &d,
        "every hour",
        "The ferry will run every hour",
        QuoteKind::Indirect,
        Some("Ana Ruiz"),
    );
}

#[test]
fn a_quotation_after_a_colon_or_a_dash_is_what_was_said() {
    let d = doc(
        "The mayor went further: “The ferry will run every hour,” Ana Ruiz said. \
         The council was unmoved - “It is too late for that,” Tom Hale said.",
    );
    check(
        &d,
        "every hour",
        "“The ferry will run every hour,”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "too late",
        "“It is too late for that,”",
        QuoteKind::Direct,
        Some("Tom Hale"),
    );
}

#[test]
fn a_day_before_an_opening_adjunct_and_a_day_before_the_cue() {
    let d = doc(
        "Wednesday on Harbour Radio’s “Morning Tide,” Ana Ruiz said the ferry would be a “floating disaster.” \
         Tom Hale, the harbour master, on Tuesday called the plan ''reckless,'' a rare rebuke.",
    );
    check(
        &d,
        "floating disaster",
        "the ferry would be a “floating disaster.”",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "reckless",
        "the plan ''reckless,''",
        QuoteKind::Mixed,
        Some("Tom Hale"),
    );
}

#[test]
fn content_comma_cue_speaker_role() {
    let d = doc("The ferry will run every hour, said Karl Obi, the port director.");
    check(
        &d,
        "every hour",
        "The ferry will run every hour",
        QuoteKind::Indirect,
        Some("Karl Obi"),
    );
}

#[test]
fn a_document_that_reads_and_words_that_are_cues_only_after_a_quotation() {
    let d = doc(
        "“The ferry will not run on Sundays,” the port's notice read. “Tickets bought \
         for Sunday will be refunded.”\n\n“Ferries for all,” read one sign at the \
         quay.\n\n“Not a chance,” Karl Obi shot back.\n\nTom Hale read the timetable \
         twice and remembered the old ferry.",
    );
    check(
        &d,
        "not run",
        "“The ferry will not run on Sundays,” the port's notice read. “Tickets bought \
         for Sunday will be refunded.”",
        QuoteKind::Direct,
        Some("the port's notice"),
    );
    check(
        &d,
        "Ferries for all",
        "“Ferries for all,”",
        QuoteKind::Direct,
        Some("one sign"),
    );
    check(
        &d,
        "Not a chance",
        "“Not a chance,”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
    not_speech(&d, "timetable");
    not_speech(&d, "old ferry");
}

#[test]
fn according_to_speaker() {
    let d = doc("According to Karl Obi, the ferry will run every hour.");
    check(
        &d,
        "every hour",
        "the ferry will run every hour",
        QuoteKind::Indirect,
        Some("Karl Obi"),
    );
}

#[test]
fn speaker_colon_quotation() {
    let d = doc("Karl Obi, the port director, was blunt: “We are not ready.”");
    check(
        &d,
        "not ready",
        "“We are not ready.”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
}

#[test]
fn a_participle_clause_keeps_the_speaker_of_its_main_clause() {
    let d = doc("Mayor Ana Ruiz said the ferry was safe, adding that tickets would stay cheap.");
    check(
        &d,
        "tickets",
        "tickets would stay cheap",
        QuoteKind::Indirect,
        Some("Ana Ruiz"),
    );
}

#[test]
fn a_clause_of_the_writer_after_the_quoted_words_is_not_said() {
    let d = doc(
        "Mayor Ana Ruiz praised the crew, calling the captain a “true sailor” and she \
         handed him a medal.\n\nKarl Obi called the timetable \"a mess,\" and he left \
         the meeting early.",
    );
    check(
        &d,
        "true sailor",
        "the captain a “true sailor”",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
    not_speech(&d, "medal");
    not_speech(&d, "left the meeting");
}

#[test]
fn pronouns_by_gender_and_the_last_speaker() {
    let d = doc(
        "Karl Obi and Mayor Ana Ruiz met at the pier on Monday.\n\n“It went well,” she said.\n\n“We agreed on the timetable,” he said.",
    );
    let q = quote(&d, "It went well");
    assert_eq!(q.speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(&d.article.text[q.speaker_mention.unwrap().span()], "she");
    assert_eq!(quote(&d, "timetable").speaker.as_deref(), Some("Karl Obi"));
}

#[test]
fn it_for_an_organisation() {
    let d = doc(
        "The Ministry of Transport opened the line on Monday. It said the trains would run hourly.",
    );
    check(
        &d,
        "trains",
        "the trains would run hourly",
        QuoteKind::Indirect,
        Some("Ministry of Transport"),
    );
}

#[test]
fn a_description_linked_to_the_person_whose_role_it_names() {
    let d = doc(
        "Finance Minister Karl Obi presented the budget.\n\nThe minister said the deficit would shrink.",
    );
    let q = quote(&d, "deficit");
    assert_eq!(q.speaker.as_deref(), Some("Karl Obi"));
    assert_eq!(
        &d.article.text[q.speaker_mention.unwrap().span()],
        "The minister"
    );
}

#[test]
fn an_unnamed_description_is_kept_whole() {
    let d = doc(
        "A spokeswoman for the Ministry of Transport said the line would open soon.\n\nA local resident said the noise was unbearable.",
    );
    let q = quote(&d, "open soon");
    assert_eq!(
        q.speaker.as_deref(),
        Some("A spokeswoman for the Ministry of Transport")
    );
    assert_eq!(q.speaker_id, None);
    let q = quote(&d, "unbearable");
    assert_eq!(q.speaker.as_deref(), Some("A local resident"));
    assert_eq!(q.speaker_id, None);
}

#[test]
fn what_the_speaker_called_something() {
    let d = doc(
        "Mayor Ana Ruiz spoke at the pier. The delays followed what she called a “shameful failure” by the contractor.",
    );
    check(
        &d,
        "shameful",
        "what she called a “shameful failure”",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

#[test]
fn a_relative_clause_naming_its_head() {
    let d = doc(
        "The ferry, which Mayor Ana Ruiz called ''a disgrace,'' sank on Monday. \
         The divers, whom Tom Hale described as \"fearless,\" reached the wreck at dawn.",
    );
    check(
        &d,
        "disgrace",
        "which Mayor Ana Ruiz called ''a disgrace,''",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "fearless",
        "whom Tom Hale described as \"fearless,\"",
        QuoteKind::Mixed,
        Some("Tom Hale"),
    );
}

#[test]
fn a_participle_after_a_long_subject_keeps_it() {
    let d = doc(
        "Hillary Clinton’s campaign manager Robby Mook said as much in an interview on Thursday, arguing that the plan “ignored the ferry workers.”",
    );
    check(
        &d,
        "ignored the ferry",
        "the plan “ignored the ferry workers.”",
        QuoteKind::Mixed,
        Some("Robby Mook"),
    );
}

#[test]
fn told_someone_to_do_something_quoted() {
    let d =
        doc("Mayor Ana Ruiz told the crowd at the pier to “go home and rest” before the storm.");
    let q = quote(&d, "go home");
    assert!(d.article.text[q.span.clone()].starts_with("to “go home and rest”"));
    assert_eq!(q.kind, QuoteKind::Mixed);
    assert_eq!(q.speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_statement_calling_something_quoted() {
    let d = doc(
        "The Harbour Council issued a statement calling the closure “a clear breach” of the port rules.",
    );
    let q = quote(&d, "clear breach");
    assert!(d.article.text[q.span.clone()].starts_with("the closure “a clear breach”"));
    assert_eq!(q.speaker.as_deref(), Some("Harbour Council"));
}

#[test]
fn quoted_phrases_listed_together_are_one_statement() {
    let d = doc(
        "Karl Obi went on about “the broken cranes,” and “the missing money” and “the empty docks” for an hour.",
    );
    let q = quote(&d, "broken cranes");
    assert_eq!(
        &d.article.text[q.span.clone()],
        "“the broken cranes,” and “the missing money” and “the empty docks”"
    );
    assert_eq!(q.kind, QuoteKind::Mixed);
    assert_eq!(q.speaker.as_deref(), Some("Karl Obi"));
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
fn an_inverted_cue_with_a_party_label() {
    let d =
        doc("“The vote was never close,” added Rep. Karl Obi (D-Ore.), the leader of the caucus.");
    check(
        &d,
        "never close",
        "“The vote was never close,”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
}

#[test]
fn an_adjunct_or_a_manner_after_the_cue_is_no_speaker() {
    // The speaker stands before "said", past an appositive or an adjunct;
    // the words after the cue say how or of whom.
    let d = doc(
        "“The pier will hold,” Obi, after a long pause, said of the storm.\n\n\
         “It was never close,” Karl Obi, the port director, said dryly.",
    );
    check(
        &d,
        "pier will hold",
        "“The pier will hold,”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
    check(
        &d,
        "never close",
        "“It was never close,”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
}

#[test]
fn what_the_speaker_described_something_as() {
    let d = doc("Mayor Ana Ruiz is describing as “reckless” the plan to close the pier.");
    check(
        &d,
        "reckless",
        "as “reckless”",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

#[test]
fn a_speaker_after_a_subordinating_word() {
    let d = doc(
        "Mayor Ana Ruiz spoke on Monday. Though she called the ferry plan “a gamble,” the council approved it.",
    );
    check(
        &d,
        "a gamble",
        "the ferry plan “a gamble,”",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

#[test]
fn a_cue_word_after_a_name_and_an_article_is_a_noun() {
    let d = doc(
        "Councillor Karl Obi was angry. A Karl Obi tweet attacking the budget was shared widely, and “the money is gone,” he said.",
    );
    assert!(
        d.analysis
            .quotes
            .iter()
            .all(|q| q.cue.is_none_or(|c| &d.article.text[c.span()] != "tweet")),
        "{:?}",
        d.analysis.quotes
    );
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
fn a_quoted_fragment_that_a_clause_goes_on_after() {
    let d = doc(
        "The council claimed “the mayor exaggerates” the cost of the ferry. The vote was delayed.",
    );
    check(
        &d,
        "exaggerates",
        "“the mayor exaggerates” the cost of the ferry",
        QuoteKind::Mixed,
        Some("The council"),
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
fn an_adjunct_between_the_cue_and_what_was_said() {
    let d = doc("Mayor Ana Ruiz said on Monday the ferry was “a disaster” for the town.");
    check(
        &d,
        "a disaster",
        "the ferry was “a disaster” for the town",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

#[test]
fn what_a_speaker_promised_to_do() {
    let d =
        doc("Mayor Ana Ruiz promised to publish the report “as soon as possible” after the vote.");
    check(
        &d,
        "as soon as possible",
        "promised to publish the report “as soon as possible” after the vote",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

#[test]
fn a_name_with_a_long_appositive_before_the_cue() {
    let d = doc(
        "Karl Obi, a ferry captain who has sailed the harbour route for thirty years and trained most of its crews, says the new timetable is “a fantasy,” but conceded that it was popular.",
    );
    check(
        &d,
        "a fantasy",
        "the new timetable is “a fantasy,”",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
}

#[test]
fn told_a_listener_then_a_clause_that_ends_on_that() {
    let d = doc("Obi told a news conference they are “planting the seeds” to achieve that.");
    check(
        &d,
        "planting the seeds",
        "they are “planting the seeds” to achieve that",
        QuoteKind::Mixed,
        Some("Obi"),
    );
}

#[test]
fn a_participle_after_a_dash_and_an_adverb() {
    let d = doc(
        "Mayor Ana Ruiz spoke on Monday. She declined to claim victory - only saying that the count was “a relief” for the town.",
    );
    check(
        &d,
        "a relief",
        "the count was “a relief” for the town",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
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
fn a_correction_label_is_not_a_speaker() {
    let d = doc(
        "Mayor Ana Ruiz opened the pier.\n\nCORRECTION: An earlier version of this story gave the wrong date for the opening.",
    );
    assert!(d.analysis.quotes.is_empty(), "{:?}", d.analysis.quotes);
}

#[test]
fn a_described_speaker_with_a_number_in_the_phrase() {
    let d = doc("“The pier was never safe,” said a 1990s harbour official.");
    check(
        &d,
        "never safe",
        "“The pier was never safe,”",
        QuoteKind::Direct,
        Some("a 1990s harbour official"),
    );
}

#[test]
fn a_quoted_phrase_inside_the_clause_a_cue_closes() {
    let d = doc(
        "The harbour fee is “a burden on every small boat,” said Lea Moss, a fisher.\n\n\
         Crossings this winter were “roughly what we saw last year,” reported the port authority.",
    );
    check(
        &d,
        "burden",
        "The harbour fee is “a burden on every small boat,”",
        QuoteKind::Mixed,
        Some("Lea Moss"),
    );
    check(
        &d,
        "roughly",
        "Crossings this winter were “roughly what we saw last year,”",
        QuoteKind::Mixed,
        Some("the port authority"),
    );
}

#[test]
fn a_quotation_closing_an_opening_adjunct_is_not_what_was_said() {
    let d = doc(
        "In an interview with “Harbour Hour,” Mayor Ana Ruiz said the ferry would run all winter.",
    );
    check(
        &d,
        "ferry would run",
        "the ferry would run all winter",
        QuoteKind::Indirect,
        Some("Ana Ruiz"),
    );
    not_speech(&d, "In an interview");
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
fn a_message_noun_as_the_speaker() {
    let d = doc(
        "The port sent out an appeal. \"We need every boat on the water,\" the email said. \"The season is short.\"",
    );
    check(
        &d,
        "every boat",
        "\"We need every boat on the water,\" the email said. \"The season is short.\"",
        QuoteKind::Direct,
        Some("the email"),
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

#[test]
fn a_comma_inside_the_closing_mark_ends_what_was_said() {
    let d = doc(
        "Mayor Ana Ruiz said last week that the ferry is \"a lifeline for the island,\" stating that \
         the council must fund it.",
    );
    check(
        &d,
        "lifeline",
        "the ferry is \"a lifeline for the island,\"",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

#[test]
fn a_speaker_with_an_appositive_between_dashes() {
    let d =
        doc("Lea Moss — a fisher from the north harbour — says she will vote for the ferry plan.");
    check(
        &d,
        "she will vote",
        "she will vote for the ferry plan",
        QuoteKind::Indirect,
        Some("Lea Moss"),
    );
}

#[test]
fn a_cue_word_used_as_a_noun() {
    let d = doc(
        "The secretary of state said the ferry would run all winter.\n\n\
         The last claim was a photo of an empty quay.",
    );
    check(
        &d,
        "ferry would run",
        "the ferry would run all winter",
        QuoteKind::Indirect,
        Some("The secretary of state"),
    );
    not_speech(&d, "photo of an empty quay");
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
fn an_opening_adjunct_before_a_clause_a_cue_closes() {
    let d = doc(
        "In particular, the harbour master — a man known for his calm — has been “very worried about the ice,” said a fisher.",
    );
    check(
        &d,
        "very worried",
        "In particular, the harbour master — a man known for his calm — has been “very worried about the ice,”",
        QuoteKind::Mixed,
        Some("a fisher"),
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
fn a_verb_in_the_past_ends_the_subject_that_speaks_next() {
    let d = doc("Olsen distanced himself from the plan by saying he would still ride the ferry.");
    check(
        &d,
        "still ride",
        "he would still ride the ferry",
        QuoteKind::Indirect,
        Some("Olsen"),
    );
}

#[test]
fn a_share_of_those_polled_as_the_speaker() {
    let d = doc(
        "About 40 percent of islanders said the ferry was \"too expensive\" for daily use.\n\n\
         In the same poll, 63 percent said they would use it more in winter.",
    );
    check(
        &d,
        "too expensive",
        "the ferry was \"too expensive\" for daily use",
        QuoteKind::Mixed,
        Some("40 percent of islanders"),
    );
    check(
        &d,
        "more in winter",
        "they would use it more in winter",
        QuoteKind::Indirect,
        Some("63 percent"),
    );
}

#[test]
fn according_to_after_a_quotation() {
    let d = doc("“The quay was never inspected,” according to the harbour report.");
    check(
        &d,
        "never inspected",
        "“The quay was never inspected,”",
        QuoteKind::Direct,
        Some("the harbour report"),
    );
}

#[test]
fn a_second_verb_after_but_keeps_the_subject() {
    let d = doc(
        "Mayor Ana Ruiz said the crews will still meet, but said, “It is time we change how we work,” promising a new plan.",
    );
    check(
        &d,
        "change how we work",
        "“It is time we change how we work,”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
}

#[test]
fn an_irregular_past_after_a_name_ends_the_subject() {
    let d = doc(
        "Lea Moss threw her support behind the ferry plan on Monday, saying it is time for “a boat that runs all year.”",
    );
    check(
        &d,
        "runs all year",
        "it is time for “a boat that runs all year.”",
        QuoteKind::Mixed,
        Some("Lea Moss"),
    );
}

#[test]
fn a_plural_description_speaks() {
    let d = doc("If anything, economists say the new fee would slow the ferry trade.");
    check(
        &d,
        "slow the ferry trade",
        "the new fee would slow the ferry trade",
        QuoteKind::Indirect,
        Some("economists"),
    );
}

#[test]
fn the_subject_after_an_opening_participle_phrase() {
    let d = doc(
        "Following a short meeting, the Harbour Council issued a statement calling the closure \"a clear mistake\" by the port.",
    );
    check(
        &d,
        "clear mistake",
        "the closure \"a clear mistake\" by the port",
        QuoteKind::Mixed,
        Some("Harbour Council"),
    );
}

#[test]
fn no_speaker_opens_on_a_preposition_or_an_adverb() {
    let d = doc(
        "Mayor Ana Ruiz spoke on Monday. He’s said the ferry would run all winter, Karl Obi recalled.\n\n\
         Yet harbour officials said the quay needs repairs.",
    );
    check(
        &d,
        "needs repairs",
        "the quay needs repairs",
        QuoteKind::Indirect,
        Some("harbour officials"),
    );
    for q in &d.analysis.quotes {
        let s = q.speaker.as_deref().unwrap_or("");
        assert!(
            !s.ends_with("’s") && !s.starts_with("Yet") && !s.starts_with("of "),
            "speaker {s:?}"
        );
    }
}

#[test]
fn a_second_cue_after_but_and_the_writers_comment_end_what_was_said() {
    let d = doc(
        "Mayor Ana Ruiz says she respects the crews’ “skill and patience” but argues that the ferry must run on time.\n\n\
         Karl Obi complained that the vote had been \"rigged\" against the port, a charge that the council denied.",
    );
    check(
        &d,
        "skill and patience",
        "she respects the crews’ “skill and patience”",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "must run on time",
        "the ferry must run on time",
        QuoteKind::Indirect,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "rigged",
        "the vote had been \"rigged\" against the port",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
}

#[test]
fn an_adverb_before_the_subject_and_a_second_participle() {
    let d = doc(
        "Mayor Ana Ruiz spoke first. Then she turned on the council, calling its plan a \"fantasy\" and accusing it of delay.",
    );
    check(
        &d,
        "fantasy",
        "its plan a \"fantasy\"",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

#[test]
fn a_number_with_a_slash_and_an_adjective_in_ing_in_speakers() {
    let d = doc("“The rules are wrong,” said 9/11 widow Terry Strada.\n\n\
         The case went to Richmond, where restructuring experts say judges move quickly.");
    check(
        &d,
        "rules are wrong",
        "“The rules are wrong,”",
        QuoteKind::Direct,
        Some("Terry Strada"),
    );
    check(
        &d,
        "judges move quickly",
        "judges move quickly",
        QuoteKind::Indirect,
        Some("restructuring experts"),
    );
}

#[test]
fn every_statement_records_the_pattern_that_found_it() {
    let table = [
        (
            "Mayor Ana Ruiz said the bridge would open in May.",
            Pattern::Preposed,
        ),
        (
            "The bridge will open in May, Mayor Ana Ruiz said.",
            Pattern::Postposed,
        ),
        (
            "“The bridge will open in May,” said Mayor Ana Ruiz.",
            Pattern::Inverted,
        ),
        (
            "The bridge will open in May, according to Mayor Ana Ruiz.",
            Pattern::AccordingTo,
        ),
        (
            "Mayor Ana Ruiz spoke on Monday, saying the bridge would open in May.",
            Pattern::Participle,
        ),
        (
            "“The bridge will open in May and the council will pay for it.” ― Ana Ruiz",
            Pattern::Signed,
        ),
        (
            "RUIZ: The bridge will open in May and we will pay for it.",
            Pattern::Transcript,
        ),
    ];
    for (sentence, pattern) in table {
        let d = doc(&format!("Mayor Ana Ruiz met the council.\n\n{sentence}"));
        let q = quote(&d, "open in May");
        assert_eq!(q.pattern, pattern, "{sentence}");
        assert_eq!(q.speaker.as_deref(), Some("Ana Ruiz"), "{sentence}");
    }
}

#[test]
fn the_subject_after_an_opening_phrase_with_a_place_and_a_time() {
    let d = doc(
        "Karl Obi runs the ferry office. At a meeting in Ames, Iowa, on Sunday, Mayor Ana Ruiz defended the plan, \
         saying that the quay would \"open on time and on budget.\"",
    );
    let q = quote(&d, "open on time");
    assert_eq!(q.pattern, Pattern::Participle);
    assert_eq!(q.speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_quotation_inside_a_sentence_is_its_subjects() {
    let d = doc(
        "Mayor Ana Ruiz opened the new quay on Monday. \"It is a fine day for the harbour,\" she said.\n\n\
         The mayor cut the ribbon at noon. Karl Obi, the port director, offered \"my warmest wishes to every crew \
         that sails from here\" in a letter to the council.",
    );
    let q = quote(&d, "warmest wishes");
    assert_eq!(q.pattern, Pattern::Context);
    assert_eq!(q.speaker.as_deref(), Some("Karl Obi"));
}

#[test]
fn an_age_and_a_home_town_stand_between_the_name_and_the_cue() {
    let d = doc("Mayor Ana Ruiz spoke first.\n\n\
         Cory James, 22, of Flint, Mich., said he had not given up hope that the ferry would return.\n\n\
         Lena Park, 61, from Oslo, said the quay was never safe.");
    check(
        &d,
        "given up hope",
        "he had not given up hope that the ferry would return",
        QuoteKind::Indirect,
        Some("Cory James"),
    );
    check(
        &d,
        "never safe",
        "the quay was never safe",
        QuoteKind::Indirect,
        Some("Lena Park"),
    );
}

#[test]
fn a_quotation_standing_alone_goes_to_who_was_last_named_speaking() {
    // The ranker weighs the names around it: the last speaker, named again
    // telling the council, against the port director named in passing.
    let d = doc(
        "“We will reopen the pier,” Mayor Ana Ruiz said on Monday. The pier has been closed \
         since the storm in March, when Karl Obi of the Port Authority ordered the gates shut.\n\n\
         “It will take a month, perhaps less,” she said.\n\n\
         The council met again on Tuesday. Ruiz told the council the money was ready.\n\n\
         “We have waited long enough for this.”",
    );
    check(
        &d,
        "waited long",
        "“We have waited long enough for this.”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
    assert_eq!(quote(&d, "waited long").pattern, Pattern::Context);
}

#[test]
fn a_dateline_or_an_opening_time_is_not_the_subject_that_speaks() {
    let d = doc(
        "NORTHPORT (AP) — Mayor Ana Ruiz defended the budget on Monday, saying the harbour \
         needed every cent of it.\n\n\
         Karl Obi left the meeting early. Minutes later, he sent an email saying the port \
         would close for a week.",
    );
    check(
        &d,
        "every cent",
        "the harbour needed every cent of it",
        QuoteKind::Indirect,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "close for a week",
        "the port would close for a week",
        QuoteKind::Indirect,
        Some("Karl Obi"),
    );
}

#[test]
fn a_group_named_by_a_plural_noun_speaks() {
    let d = doc("But opponents say the harbour plan will cost far too much.");
    check(
        &d,
        "cost far",
        "the harbour plan will cost far too much",
        QuoteKind::Indirect,
        Some("opponents"),
    );
}

#[test]
fn words_quoted_inside_a_named_subjects_clause_are_theirs_in_part() {
    let d = doc(
        "Councillor Ana Ruiz ripped the port board for acting as “the judge and the jury” in \
         the ferry dispute.\n\n\
         It turns out even “honesty” is a relative idea at the port.",
    );
    check(
        &d,
        "judge and the jury",
        "the port board for acting as “the judge and the jury” in the ferry dispute",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
    not_speech(&d, "honesty");
}

#[test]
fn according_to_figures_released_by_someone_is_according_to_them() {
    let d = doc(
        "Ferry use doubled this summer, according to figures released by the Northport \
         Harbour Board on Tuesday.",
    );
    check(
        &d,
        "Ferry use",
        "Ferry use doubled this summer",
        QuoteKind::Indirect,
        Some("Northport Harbour Board"),
    );
}

#[test]
fn reported_speech_opening_a_quotation_ends_where_it_closes() {
    let d = doc(
        "Councillor Ana Ruiz said the ferry would \u{201c}run every hour. We have the boats and the crews for it.\u{201d}\n\nThe council meets on Monday.",
    );
    check(
        &d,
        "ferry",
        "the ferry would \u{201c}run every hour. We have the boats and the crews for it.\u{201d}",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

#[test]
fn what_a_relative_clause_says_ends_with_the_clause() {
    let d = doc(
        "Karl Obi, who says the harbour needs a new pier, told reporters that the budget \u{201c}will not stretch that far.\u{201d}",
    );
    check(
        &d,
        "pier",
        "the harbour needs a new pier",
        QuoteKind::Indirect,
        Some("Karl Obi"),
    );
    check(
        &d,
        "budget",
        "the budget \u{201c}will not stretch that far.\u{201d}",
        QuoteKind::Mixed,
        Some("Karl Obi"),
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

#[test]
fn subjects_news_writes_in_many_ways_speak() {
    // (sentence, what was said, the speaker)
    let cases = [
        (
            "A delegate on the harbour board, Jim Poolman, said the pier was unsafe.",
            "the pier was unsafe",
            "Jim Poolman",
        ),
        (
            "A source familiar with the inquiry said the ferry had no licence.",
            "the ferry had no licence",
            "A source familiar with the inquiry",
        ),
        (
            "Ana Ruiz said on Harbour Radio's \u{201c}Morning Tide\u{201d} that the fares would fall.",
            "the fares would fall",
            "Ana Ruiz",
        ),
        (
            "HARTFIELD (Coast News) - Karl Obi said the port would reopen in May.",
            "the port would reopen in May",
            "Karl Obi",
        ),
        (
            "That is why critics say the council ignored the harbour.",
            "the council ignored the harbour",
            "critics",
        ),
        (
            "Ms. Ruiz wrote back that the budget was not enough for the repairs.",
            "the budget was not enough for the repairs",
            "Ruiz",
        ),
        (
            "Asked whether the ferry would run, Karl Obi said, \u{201c}Probably.\u{201d}",
            "\u{201c}Probably.\u{201d}",
            "Karl Obi",
        ),
    ];
    for (sentence, said, speaker) in cases {
        let d = doc(sentence);
        let q = quote(&d, said.trim_matches(['\u{201c}', '\u{201d}']));
        assert_eq!(&d.article.text[q.span.clone()], said, "in {sentence:?}");
        assert!(
            q.speaker.as_deref().is_some_and(|s| s.contains(speaker)),
            "speaker {:?} in {sentence:?}",
            q.speaker
        );
    }
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
fn what_was_said_ends_where_the_speaker_denies_more() {
    let d = doc(
        "Karl Obi said that he would offer \u{201c}a warm welcome\u{201d} to the new harbour master but did not say who it would be.",
    );
    check(
        &d,
        "welcome",
        "he would offer \u{201c}a warm welcome\u{201d} to the new harbour master",
        QuoteKind::Mixed,
        Some("Karl Obi"),
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

#[test]
fn another_speakers_clause_or_a_next_cue_ends_what_was_said() {
    let d = doc(
        "Karl Obi accuses the council of \"leading from behind\" and Ana Ruiz says \
         it is \"losing the harbour,\" part of a week of attacks.\n\n\
         In an interview, Obi insisted it was \"premature\" to back the plan while adding \
         on the budget, \"I do not have any doubt that the money is there.\"",
    );
    check(
        &d,
        "leading from behind",
        "the council of \"leading from behind\"",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
    check(
        &d,
        "premature",
        "it was \"premature\" to back the plan",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
}
