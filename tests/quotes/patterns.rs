//! One article per construction that attributes speech: a cue before or
//! after what was said, "according to", participles, transcripts, signatures.

use super::*;

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
fn a_quotation_after_the_comma_of_an_adjunct_or_a_clause_is_what_was_said() {
    // Two adjuncts between the cue and the quotation; an adverb before the
    // subject; a relative clause and an "as" clause closed by a comma.
    let d = doc(
        "Later Ana Ruiz announced on her page, in capital letters, “The ferry sails at dawn!”\n\n\
         The plan won support from Karl Obi, who declared in the hall, “The pier will be rebuilt by May.”\n\n\
         As one fisherman told the Harbour Gazette, “Nobody asked us about the new rules.”",
    );
    check(
        &d,
        "sails at dawn",
        "“The ferry sails at dawn!”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
    assert_eq!(quote(&d, "sails at dawn").pattern, Pattern::Preposed);
    check(
        &d,
        "rebuilt by May",
        "“The pier will be rebuilt by May.”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
    check(
        &d,
        "Nobody asked",
        "“Nobody asked us about the new rules.”",
        QuoteKind::Direct,
        Some("one fisherman"),
    );
}

#[test]
fn a_day_right_after_the_cue_is_not_what_was_said() {
    let d = doc(
        "Mayor Ana Ruiz said Wednesday that the pier would close.\n\n\
         Karl Obi said Friday, “The ferry will sail at dawn.”",
    );
    check(
        &d,
        "pier would close",
        "the pier would close",
        QuoteKind::Indirect,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "sail at dawn",
        "“The ferry will sail at dawn.”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
}

/// "reads" is a cue before the quotation it introduces as well as after
/// one, and a pronoun after an opening prepositional phrase is the cue's
/// subject.
#[test]
fn a_text_that_reads_a_quotation() {
    let d = doc(
        "Mayor Ana Ruiz put up a sign at the pier.\n\nThe sign reads: “No swimming after dark.”\n\nIn her letter she wrote that the pier “will reopen in May.”",
    );
    let q = quote(&d, "No swimming");
    assert_eq!(q.pattern, Pattern::Preposed);
    assert_eq!(
        &d.article.text[q.speaker_mention.unwrap().span()],
        "The sign"
    );
    let q = quote(&d, "reopen in May");
    assert_eq!(q.speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(q.pattern, Pattern::Preposed);
}

/// A cue inside a relative clause: what was said goes on from the verb
/// after the cue to the clause's end ("which she said represented …",
/// "that he said was drafted …", "who officials say is tied to …").
#[test]
fn a_cue_inside_a_relative_clause() {
    let d = doc(
        "The records, which Ana Ruiz said covered every sailing of the year, were released.\n\nKarl Obi signed a letter that he said was written by the council.\n\nThe buyer, a company that officials say is owned by the council, paid in cash.",
    );
    check(
        &d,
        "covered every sailing",
        "covered every sailing of the year",
        QuoteKind::Indirect,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "written by the council",
        "was written by the council",
        QuoteKind::Indirect,
        Some("Karl Obi"),
    );
    let q = quote(&d, "owned by the council");
    assert_eq!(&d.article.text[q.span.clone()], "is owned by the council");
    assert_eq!(
        &d.article.text[q.speaker_mention.unwrap().span()],
        "officials"
    );
}
