//! Where a statement begins and ends: parts split by their attribution,
//! paragraphs that go on, and the writer's words around what was said.

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
fn a_second_cue_after_an_opening_time_ends_the_first_statement() {
    let d = doc(
        "Mayor Ana Ruiz has changed her mind.\n\nAlthough in May she said the pier was safe, at the meeting this week she said it was “a danger to everyone.”",
    );
    check(
        &d,
        "pier was safe",
        "the pier was safe",
        QuoteKind::Indirect,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "a danger",
        "it was “a danger to everyone.”",
        QuoteKind::Mixed,
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
fn a_cue_opening_the_next_quotation_is_not_the_last_ones() {
    let d = doc(
        "“We are refugees,” Ana Ruiz said. “We are not terrorists.” Karl Obi said: “The attack was the work of terrorists.”",
    );
    check(
        &d,
        "refugees",
        "“We are refugees,” Ana Ruiz said. “We are not terrorists.”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "attack",
        "“The attack was the work of terrorists.”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
}

#[test]
fn but_that_goes_on_with_the_reported_speech() {
    let d = doc(
        "Karl Obi, the port director, said that the ferry had drawn crowds all summer, but that “the winter will be hard for everyone.”",
    );
    check(
        &d,
        "drawn crowds",
        "the ferry had drawn crowds all summer, but that “the winter will be hard for everyone.”",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
}

#[test]
fn reported_speech_then_its_quotation_is_one_statement() {
    let d = doc(
        "The ferry is not a luxury, Karl Obi said. “It is the only way to the mainland!”\n\nThe council meets on Friday.",
    );
    check(
        &d,
        "luxury",
        "The ferry is not a luxury, Karl Obi said. “It is the only way to the mainland!”",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
}

#[test]
fn a_time_after_the_cue_is_not_what_was_said() {
    let d = doc(
        "Karl Obi said on Monday the ferry was late. Ana Ruiz said Tuesday the crew was tired. The harbour staff say this is just a bad summer.",
    );
    check(
        &d,
        "ferry was late",
        "the ferry was late",
        QuoteKind::Indirect,
        Some("Karl Obi"),
    );
    check(
        &d,
        "crew was tired",
        "the crew was tired",
        QuoteKind::Indirect,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "bad summer",
        "this is just a bad summer",
        QuoteKind::Indirect,
        Some("The harbour staff"),
    );
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

#[test]
fn the_writers_aside_or_participle_after_quoted_words_is_not_said() {
    let d = doc(
        "Karl Obi said he would gladly meet the “ferry (not) captain” — a play on the title the council gave him.\n\n\
         Ana Ruiz said the repairs “should be done by Easter,” referring to the spring sailing season.\n\n\
         Tom Reed called the plan — “a harbour for everyone” — a promise to the town.",
    );
    check(
        &d,
        "ferry (not) captain",
        "he would gladly meet the “ferry (not) captain”",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
    check(
        &d,
        "done by Easter",
        "the repairs “should be done by Easter,”",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
    // A dash that closes the aside: the clause goes on after it.
    assert!(
        d.article.text[quote(&d, "for everyone").span.clone()].ends_with("a promise to the town")
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

/// The writer's words after what was said: a concession after a comma
/// ("…, though she did not …") and a participle after "before" or "after".
#[test]
fn the_writers_concession_and_participle_after_what_was_said() {
    let d = doc(
        "Ana Ruiz said all crews sign contracts, though she did not discuss their terms.\n\nKarl Obi called the new pier a triumph before explaining why it had cost so much.",
    );
    check(
        &d,
        "crews sign",
        "all crews sign contracts",
        QuoteKind::Indirect,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "triumph",
        "the new pier a triumph",
        QuoteKind::Indirect,
        Some("Karl Obi"),
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
}

/// Another speaker's clause ends what was said: after "but" with no comma,
/// after "and" opening on a pronoun, and after "even" before the subject.
#[test]
fn another_speakers_clause_ends_what_was_said() {
    let d = doc(
        "The group claimed the attack but officials have said they doubt the claim.\n\nAna Ruiz said the ferry was safe and she accused the council of lying.\n\nThe crews want a raise, even a council member said the pay was too low.",
    );
    check(
        &d,
        "doubt the claim",
        "they doubt the claim",
        QuoteKind::Indirect,
        Some("officials"),
    );
    check(
        &d,
        "ferry was safe",
        "the ferry was safe",
        QuoteKind::Indirect,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "pay was too low",
        "the pay was too low",
        QuoteKind::Indirect,
        Some("a council member"),
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

/// "…“non-starters,” but she gave …": past quoted words, a clause with a
/// subject of its own after "but" is the writer's.
#[test]
fn a_clause_after_but_and_a_pronoun_past_quoted_words_is_not_said() {
    let d = doc(
        "Ana Ruiz said both plans were \"non-starters,\" but she paid the council a compliment: \"They tried.\"",
    );
    check(
        &d,
        "non-starters",
        "both plans were \"non-starters,\"",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "They tried",
        "\"They tried.\"",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
}

/// "Ruiz - who said she would “sink” the plan - said …": what the aside
/// reports ends with the aside, and the subject before it speaks the cue
/// after it, whether the dashes are hyphens, two hyphens or em dashes; a
/// hyphen inside a word ("20-year", "U.S.-based") is no dash.
#[test]
fn an_aside_between_dashes_ends_what_it_reports() {
    let sink = "she would “sink the whole plan” in the harbour";
    let steal = "the port's 20-year lease with a U.S.-based firm was “a steal” for the town";
    for (dash, aside, quoted) in [
        ("-", sink, "sink the whole plan"),
        ("--", sink, "sink the whole plan"),
        ("\u{2014}", sink, "sink the whole plan"),
        ("-", steal, "a steal"),
    ] {
        let d = doc(&format!(
            "Mayor Ana Ruiz {dash} who once said {aside} {dash} said on Monday that the ferry would sail."
        ));
        check(&d, quoted, aside, QuoteKind::Mixed, Some("Ana Ruiz"));
        check(
            &d,
            "ferry would sail",
            "the ferry would sail",
            QuoteKind::Indirect,
            Some("Ana Ruiz"),
        );
    }
}

/// "… “a farce” - a word the council rejected": a hyphen standing alone is
/// a dash, and the writer's aside after it is not said.
#[test]
fn the_writers_aside_after_a_lone_hyphen_is_not_said() {
    let d = doc("Karl Obi said the vote was \"a farce\" - a word the council rejected on Monday.");
    check(
        &d,
        "a farce",
        "the vote was \"a farce\"",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
}

/// "after Obi told a meeting in Salem, Oregon on Monday that …": the comma
/// between a town and its state ends no clause; a date before a comma
/// names no town.
#[test]
fn a_town_and_its_state_are_one_place_in_a_subordinate_clause() {
    let d = doc(
        "The council met after Karl Obi told a meeting in Salem, Oregon on Monday that the ferry was “safe enough.”",
    );
    check(
        &d,
        "safe enough",
        "the ferry was “safe enough.”",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
}

/// "Though Ruiz said the pier was “unsafe” — a claim … — the ferry …":
/// what a subordinate clause says ends at a dash.
#[test]
fn what_a_subordinate_clause_says_ends_at_a_dash() {
    let d = doc(
        "Though Ana Ruiz said the pier was “unsafe” in the storm — a claim the council denied — the ferry sailed.",
    );
    check(
        &d,
        "unsafe",
        "the pier was “unsafe” in the storm",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

/// "the old, insecure email pier": a cue word in its base form after an
/// adjective is a noun, and opens no other speaker's clause.
#[test]
fn a_cue_word_as_a_noun_after_a_comma_opens_no_clause() {
    let d = doc("Karl Obi said the old, unsafe email system was open to attack.");
    check(
        &d,
        "email system",
        "the old, unsafe email system was open to attack",
        QuoteKind::Indirect,
        Some("Karl Obi"),
    );
}

/// "21 percent said “not too likely” and 14 percent said “…”": content
/// opening on a quotation mark counts that mark, so another speaker's
/// clause after the quotation ends it.
#[test]
fn content_opening_on_a_quotation_ends_at_another_speakers_clause() {
    let d = doc(
        "Of the pilots polled, 21 percent said “not too likely” and 14 percent said “not at all likely.”",
    );
    check(
        &d,
        "not too likely",
        "“not too likely”",
        QuoteKind::Direct,
        Some("21 percent"),
    );
    check(
        &d,
        "not at all",
        "“not at all likely.”",
        QuoteKind::Direct,
        Some("14 percent"),
    );
}
