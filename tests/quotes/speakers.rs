//! Who speaks: names, descriptions, pronouns and the subject of the
//! clause around the cue.

use super::*;

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
fn a_name_before_appositive_parts_that_open_in_lower_case() {
    // "now 81 and retired in Leeds" is a description, not a name, however
    // capitalised its last word: the cue's own subject speaks.
    let d =
        doc("“We waited too long,” Karl Obi, now 81 and retired in Leeds, Yorks., said this week.");
    let q = quote(&d, "waited");
    assert_eq!(q.pattern, Pattern::Postposed);
    assert_eq!(q.speaker.as_deref(), Some("Karl Obi"));
    assert_eq!(
        &d.article.text[q.speaker_mention.unwrap().span()],
        "Karl Obi"
    );
}

#[test]
fn a_party_label_then_a_comma_before_the_cue() {
    let d = doc(
        "On Tuesday in Berea, Ohio, after the vote, Gov. Karl Obi (R-OH), said, “The pier will open in June.”",
    );
    let q = quote(&d, "pier will open");
    assert_eq!(q.pattern, Pattern::Preposed);
    assert_eq!(q.speaker.as_deref(), Some("Karl Obi"));
}

#[test]
fn an_opening_time_with_no_comma_before_the_speaker() {
    let d = doc(
        "Mayor Ana Ruiz opened the pier.\n\nLast week she said the ferry would sail again in June. On Friday the council said it had found the money.",
    );
    check(
        &d,
        "ferry would sail",
        "the ferry would sail again in June",
        QuoteKind::Indirect,
        Some("Ana Ruiz"),
    );
    let q = quote(&d, "found the money");
    assert_eq!(
        &d.article.text[q.speaker_mention.unwrap().span()],
        "the council"
    );
}

#[test]
fn a_share_of_a_count_speaks() {
    let d = doc("About four in 10 said they were angry with the council over the pier.");
    let q = quote(&d, "angry");
    assert_eq!(q.speaker.as_deref(), Some("four in 10"));
}

#[test]
fn a_time_between_a_party_label_and_the_cue() {
    let d = doc("Senator Karl Obi (D-Calif.) last week said the pier was never safe.");
    check(
        &d,
        "never safe",
        "the pier was never safe",
        QuoteKind::Indirect,
        Some("Karl Obi"),
    );
}

#[test]
fn a_clause_after_the_cue_is_what_was_said_not_its_speaker() {
    let d = doc(
        "Ana Ruiz, 59, of Leeds, who watched the ferry leave from the pier, said the day brought back memories of her father.",
    );
    check(
        &d,
        "memories",
        "the day brought back memories of her father",
        QuoteKind::Indirect,
        Some("Ana Ruiz"),
    );
}

#[test]
fn a_pronoun_with_its_verb_after_the_cue_is_what_was_said() {
    let d =
        doc("Rep. Karl Obi (D-Ore.), the leader of the caucus, said he fully supports the plan.");
    check(
        &d,
        "supports",
        "he fully supports the plan",
        QuoteKind::Indirect,
        Some("Karl Obi"),
    );
}

#[test]
fn a_day_after_the_cue_ends_the_attribution() {
    let d = doc("The pier is safe again for everyone, Karl Obi said Monday.");
    check(
        &d,
        "pier is safe",
        "The pier is safe again for everyone",
        QuoteKind::Indirect,
        Some("Karl Obi"),
    );
}

#[test]
fn a_restrictive_relative_or_an_adverb_before_the_cue() {
    let d = doc(
        "The harbour officials whose budget was cut say the pier will close in May. Karl Obi backed the plan but has since said the cost is too high.",
    );
    check(
        &d,
        "pier will close",
        "the pier will close in May",
        QuoteKind::Indirect,
        Some("The harbour officials"),
    );
    check(
        &d,
        "cost is too high",
        "the cost is too high",
        QuoteKind::Indirect,
        Some("Karl Obi"),
    );
}

#[test]
fn a_cue_word_modifying_the_head_noun() {
    let d = doc("Some protest leaders said they would march to the pier anyway.");
    check(
        &d,
        "march",
        "they would march to the pier anyway",
        QuoteKind::Indirect,
        Some("Some protest leaders"),
    );
}

#[test]
fn the_head_of_two_joined_relative_clauses_speaks() {
    let d = doc(
        "A sailor who worked on the ferry and who did not want to be named said the crew had not been paid.",
    );
    check(
        &d,
        "not been paid",
        "the crew had not been paid",
        QuoteKind::Indirect,
        Some("A sailor"),
    );
}

#[test]
fn a_description_with_an_aside_between_dashes_speaks() {
    let d = doc(
        "Many sailors at the pier — including captains, cooks and deckhands — said the new timetable was unworkable.",
    );
    check(
        &d,
        "unworkable",
        "the new timetable was unworkable",
        QuoteKind::Indirect,
        Some("Many sailors at the pier"),
    );
}

#[test]
fn a_sentence_opening_on_a_comma_before_the_speaker() {
    // Found by the fuzzer: the appositive's comma was the sentence's first
    // token, and the party label before it was looked for one token early.
    let d = byline::document_from_text(", Karl Obi, said: “The pier is open.”", vec![]);
    let q = quote(&d, "pier is open");
    assert_eq!(&d.article.text[q.span.clone()], "“The pier is open.”");
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

/// After "another", "every" or "each" a cue word in its base form is a
/// noun; in the past it is a verb.
#[test]
fn a_cue_word_after_another_is_a_noun_unless_past() {
    let d = doc(
        "Another question asked voters whether the pier was “safe enough.”\n\n\
         One sign read “Save the pier.” Another advised, “Keep off the rocks.”",
    );
    not_speech(&d, "voters whether the pier");
    check(
        &d,
        "Keep off",
        "“Keep off the rocks.”",
        QuoteKind::Direct,
        Some("Another"),
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
fn an_age_before_the_noun_or_a_place_after_it_is_part_of_the_speaker() {
    let d = doc("“Who will pay for the pier?” the 43-year-old asked.\n\n\
         “The ferry is the only one strong enough,” a voice-over in the ad states.");
    check(
        &d,
        "pay for the pier",
        "“Who will pay for the pier?”",
        QuoteKind::Direct,
        Some("the 43-year-old"),
    );
    check(
        &d,
        "strong enough",
        "“The ferry is the only one strong enough,”",
        QuoteKind::Direct,
        Some("a voice-over in the ad"),
    );
}

#[test]
fn a_pronoun_after_the_person_opening_its_sentence_is_that_person() {
    let d = doc("“The pier is safe,” said Mayor Tom Reed.\n\n\
         Karl Obi may have put it best when he wrote: “Nobody trusts the pier any more.”");
    check(
        &d,
        "Nobody trusts",
        "“Nobody trusts the pier any more.”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
}

#[test]
fn the_subject_after_an_opening_time_or_with_an_adjective_speaks_in_a_participle() {
    let d = doc(
        "But a few days later, Karl Obi reversed himself again, saying the pier was “safe enough for now.”\n\n\
         Last month, Tom Reed closed the old pier, saying it was “unsafe for anyone.”\n\n\
         The retired engineer gave no details, saying only that the work was “going as planned.”",
    );
    assert_eq!(
        quote(&d, "safe enough").speaker.as_deref(),
        Some("Karl Obi")
    );
    assert_eq!(
        quote(&d, "unsafe for anyone").speaker.as_deref(),
        Some("Tom Reed")
    );
    assert_eq!(
        quote(&d, "going as planned").speaker.as_deref(),
        Some("The retired engineer")
    );
}

#[test]
fn the_head_of_a_relative_clause_before_the_cue_speaks() {
    let d = doc(
        "A harbour official who spoke on condition of anonymity said the pier would close in May.",
    );
    check(
        &d,
        "pier would close",
        "the pier would close in May",
        QuoteKind::Indirect,
        Some("A harbour official"),
    );
}

#[test]
fn a_name_with_a_cue_word_or_a_title_abbreviation_is_the_subject() {
    // "Post" is also a cue ("posted"); "Gov." carries a stop.
    let d = doc(
        "The Harbour Post intervened in April, arguing that the pier records were public.\n\n\
         Harbour Gov. Karl Obi suspended his campaign on Friday, telling supporters in Port Vale that he was proud of them.",
    );
    check(
        &d,
        "records were public",
        "the pier records were public",
        QuoteKind::Indirect,
        Some("Harbour Post"),
    );
    check(
        &d,
        "proud of them",
        "he was proud of them",
        QuoteKind::Indirect,
        Some("Karl Obi"),
    );
}

/// A middle initial "A." is part of the name, not the article that would
/// open a description.
#[test]
fn a_middle_initial_is_not_an_article() {
    let d = doc("Ana A. Ruiz, the harbour master, said that the ferry had “no faults.”");
    let q = quote(&d, "no faults");
    assert_eq!(q.speaker.as_deref(), Some("Ana A. Ruiz"));
}

/// "“…,” the harbour master, Ana Ruiz, said": the description after the
/// quotation opens the subject and the name in commas speaks, by the cue
/// itself rather than by being near; the description is not part of what
/// was said.
#[test]
fn a_description_then_a_name_after_the_quotation() {
    let d = doc("“The pier is safe again,” the harbour master, Ana Ruiz, said on Monday.");
    check(
        &d,
        "pier is safe",
        "“The pier is safe again,”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
    assert_eq!(quote(&d, "pier is safe").pattern, Pattern::Postposed);
}

/// Two people joined by "and" after a quotation speak together: the
/// statement is theirs, under both names, not the second one's alone.
#[test]
fn two_people_joined_speak_together() {
    let d = doc(
        "“The pier will not last another winter,” harbour engineers Ana Ruiz and Karl Obi wrote in their report.",
    );
    let q = quote(&d, "another winter");
    assert_eq!(q.pattern, Pattern::Postposed);
    assert_eq!(q.speaker.as_deref(), Some("Ana Ruiz and Karl Obi"));
    assert_eq!(
        &d.article.text[q.speaker_mention.unwrap().span()],
        "harbour engineers Ana Ruiz and Karl Obi"
    );
}

/// Words between a subject and its cue that do not break the pair:
/// "however", "first", and a negation ("didn't").
#[test]
fn however_first_and_a_negation_between_the_speaker_and_the_cue() {
    let d = doc(
        "Karl Obi however said the ferry would sail on Friday.\n\nAna Ruiz first said she did not recall the vote.\n\nThe captain didn't think the pier would last the winter, Ruiz said later.",
    );
    assert_eq!(
        quote(&d, "sail on Friday").speaker.as_deref(),
        Some("Karl Obi")
    );
    assert_eq!(
        quote(&d, "recall the vote").speaker.as_deref(),
        Some("Ana Ruiz")
    );
}

/// "The Harbour Board strongly denounced the plan and said …": the
/// subject ends before its adverb.
#[test]
fn an_adverb_ends_the_subject_of_two_joined_verbs() {
    let d =
        doc("The Harbour Board strongly denounced the plan and said it would “fight it in court.”");
    let q = quote(&d, "fight it in court");
    assert_eq!(
        &d.article.text[q.speaker_mention.unwrap().span()],
        "The Harbour Board"
    );
}

/// "…, the director of the port, Karl B. Obi, said that …": a clause after
/// the cue is what was said, not an inverted speaker, and the name with its
/// initial speaks.
#[test]
fn a_named_director_with_an_initial_said_that() {
    let d = doc(
        "On Wednesday, however, the director of the port, Karl B. Obi, said that the cranes were “beyond repair.”",
    );
    check(
        &d,
        "beyond repair",
        "the cranes were “beyond repair.”",
        QuoteKind::Mixed,
        Some("Karl B. Obi"),
    );
}

/// "It was a year ago that Ana Ruiz said …": the subject after "that".
#[test]
fn a_speaker_after_that_opening_a_clause() {
    let d = doc("It was only a year ago that Ana Ruiz said the pier was “perfectly safe.”");
    let q = quote(&d, "perfectly safe");
    assert_eq!(q.speaker.as_deref(), Some("Ana Ruiz"));
}

/// "one of the biggest challenges … would be “…”": a cue word after a
/// superlative is a noun, and nobody speaks.
#[test]
fn a_cue_word_after_a_superlative_is_a_noun() {
    let d = doc(
        "Karl Obi spoke at the pier.\n\nHe anticipated that one of the biggest challenges for the port would be “keeping the cranes running.”",
    );
    let q = quote(&d, "cranes running");
    assert_ne!(q.cue.map(|c| &d.article.text[c.span()]), Some("challenges"));
    // A name ending in "-est" is no superlative.
    let d = doc("Karl Earnest argued that the pier was “beyond saving.”");
    assert_eq!(
        quote(&d, "beyond saving").speaker.as_deref(),
        Some("Karl Earnest")
    );
}

/// Subjects that run past what a bare noun phrase holds: a count ("1,409
/// teachers"), a day inside ("the May 8 vote"), a participle and its object
/// ("members backing the plan"), examples set off by commas ("like …"),
/// an opening "Even", and a dash aside before the name.
#[test]
fn longer_subjects_before_the_cue() {
    let d = doc(
        "The union polled its members: 1,409 teachers said they wanted a strike.\n\nThe winner of the May 8 vote later said she was “humbled” by the result.\n\nCouncil members backing the plan have said they expect it to pass.\n\nEven the loudest critics, like Karl Obi, say the pier should stay open.\n\nAt the harbour - which was busy on Monday - Ana Ruiz said the ferry was late.",
    );
    let mention = |key: &str| {
        let q = quote(&d, key);
        d.article.text[q.speaker_mention.unwrap().span()].to_string()
    };
    assert_eq!(mention("wanted a strike"), "1,409 teachers");
    assert_eq!(mention("humbled"), "The winner of the May 8 vote");
    assert_eq!(
        mention("expect it to pass"),
        "Council members backing the plan"
    );
    assert_eq!(mention("stay open"), "the loudest critics");
    assert_eq!(
        quote(&d, "ferry was late").speaker.as_deref(),
        Some("Ana Ruiz")
    );
}

/// "As the mayor noted, …": what the clause introduces is the sentence
/// after its comma.
#[test]
fn as_the_speaker_noted() {
    let d =
        doc("Ferries are often late, and as Mayor Ana Ruiz noted, the crews are paid by the hour.");
    check(
        &d,
        "paid by the hour",
        "the crews are paid by the hour",
        QuoteKind::Indirect,
        Some("Ana Ruiz"),
    );
}

/// "House Republicans said": an organisation modifying the capitalised
/// noun after it is not the speaker; the phrase is.
#[test]
fn an_organisation_modifying_the_speaker_does_not_speak() {
    let d = doc(
        "The Harbour Board met on Monday.\n\nHarbour Board Republicans backing the plan said they would vote for it.",
    );
    let q = quote(&d, "vote for it");
    assert_ne!(q.speaker.as_deref(), Some("Harbour Board"));
}

/// Attributions with more around the cue: ", adding that …" after it, a
/// day and its part or an opening time before it, "would only say", and
/// descriptions whose person is not the name inside them.
#[test]
fn more_around_the_cue() {
    let d = doc(
        "The ferry will sail next week, Ana Ruiz said, adding that she would be on board.\n\nHarbour master Karl Obi on Thursday evening said the crane was fixed.\n\nThe council first refused, but late Saturday it announced it would pay for the repairs.\n\nAsked about the cost, the harbour master would only say that the pier was “safe enough.”\n\nPeople with direct knowledge of Karl Obi's plans said the port would be sold.",
    );
    check(
        &d,
        "sail next week",
        "The ferry will sail next week",
        QuoteKind::Indirect,
        Some("Ana Ruiz"),
    );
    assert_eq!(
        quote(&d, "crane was fixed").speaker.as_deref(),
        Some("Karl Obi")
    );
    check(
        &d,
        "pay for the repairs",
        "it would pay for the repairs",
        QuoteKind::Indirect,
        None,
    );
    assert_eq!(quote(&d, "safe enough").pattern, Pattern::Preposed);
    assert_eq!(
        quote(&d, "port would be sold").speaker.as_deref(),
        Some("People with direct knowledge of Karl Obi's plans")
    );
}

/// "who" with no comma before it speaks for the person described right
/// before it; the mention stays "who". A relative pronoun is its clause's
/// subject even after a figure ("including 18% who say …").
#[test]
fn who_speaks_for_the_description_before_it() {
    let d = doc(
        "Mayor Ana Ruiz hired a harbour engineer who said the pier was unsafe.\n\nHalf of the voters backed the plan, including 18% who say they would pay more for it.",
    );
    let q = quote(&d, "pier was unsafe");
    assert_eq!(q.speaker.as_deref(), Some("a harbour engineer"));
    assert_eq!(&d.article.text[q.speaker_mention.unwrap().span()], "who");
    check(
        &d,
        "pay more",
        "they would pay more for it",
        QuoteKind::Indirect,
        Some("18%"),
    );
}

/// Auxiliaries, modals and "long" or "both" between the speaker and the
/// cue, and a time after "earlier"; a passive cue's subject never speaks.
#[test]
fn auxiliaries_between_speaker_and_cue() {
    let d = doc(
        "Mayor Ana Ruiz has long said that the pier would close.\n\nHarbour master Karl Obi earlier Thursday said the crane was fixed.\n\nFerry captains are saying the channel is too shallow.\n\nAna Ruiz and Karl Obi have both argued that the port needs dredging.\n\nApplicants were told to bring their licences. The new timetable was announced on Friday.",
    );
    assert_eq!(
        quote(&d, "pier would close").speaker.as_deref(),
        Some("Ana Ruiz")
    );
    assert_eq!(
        quote(&d, "crane was fixed").speaker.as_deref(),
        Some("Karl Obi")
    );
    assert_eq!(
        quote(&d, "too shallow").speaker.as_deref(),
        Some("Ferry captains")
    );
    quote(&d, "needs dredging");
    not_speech(&d, "bring their licences");
    not_speech(&d, "on Friday");
}

/// A relative clause's head speaks for the cue right after the clause, not
/// for a cue inside what that cue reports.
#[test]
fn a_relative_head_speaks_only_for_its_own_cue() {
    let d = doc(
        "A fisherman who worked here said he heard Obi denounce “recklessness” at the meeting.",
    );
    check(
        &d,
        "reckless",
        "he heard Obi denounce “recklessness” at the meeting",
        QuoteKind::Mixed,
        Some("A fisherman"),
    );
}

/// "And a third, Karl Obi, said": a description and the name after it
/// speak past an opening conjunction.
#[test]
fn a_description_and_its_name_after_an_opening_conjunction() {
    let d = doc(
        "Two pilots backed the plan.\n\nAnd a third, Karl Obi, said he would wait for the survey.",
    );
    assert_eq!(
        quote(&d, "wait for the survey").speaker.as_deref(),
        Some("Karl Obi")
    );
}

/// A surname that is also a place's name speaks when it opens the
/// sentence before its description; a place inside a description does not.
#[test]
fn a_surname_that_is_a_place_speaks_before_its_description() {
    let d = doc(
        "Houston, the harbour agent, said that the pier was closed.\n\n“It failed,” Cory James, 22, of Flint, Mich., said.",
    );
    assert_eq!(
        quote(&d, "pier was closed").speaker.as_deref(),
        Some("Houston")
    );
    assert_eq!(
        quote(&d, "It failed").speaker.as_deref(),
        Some("Cory James")
    );
}

/// A subject longer than a noun phrase, with its participle, infinitive,
/// relative clause or place, speaks by its head; whoever its clause names
/// does not. A pronoun right before the cue is the subject itself.
#[test]
fn a_long_subject_speaks_by_its_head() {
    let d = doc(
        "Ferry captains trying to win back the contract from the Harbour Board in May say they have a new ally.\n\nSeveral pilots I have spoken with over the last couple of weeks said the channel was too shallow.\n\nSome 20 percent of people in a recent Harbour Board survey said they never use the ferry.\n\nA few days ago in an interview with the Northport Gazette she said the council was to blame for the delays.",
    );
    assert_eq!(
        quote(&d, "a new ally").speaker.as_deref(),
        Some("Ferry captains")
    );
    assert_eq!(
        quote(&d, "too shallow").speaker.as_deref(),
        Some("Several pilots")
    );
    assert_eq!(
        quote(&d, "never use the ferry").speaker.as_deref(),
        Some("Some 20 percent of people")
    );
    let q = quote(&d, "for the delays");
    assert_eq!(&d.article.text[q.speaker_mention.unwrap().span()], "she");
}

/// "…, a pilot who backed the plan, said the crews deserved better": a verb
/// after the phrase after the cue makes it what was said, not an inverted
/// speaker.
#[test]
fn a_clause_after_said_is_no_inverted_speaker() {
    let d = doc(
        "Karl Obi, a harbour pilot who has refused to back the plan, said the ferry crews deserved better.",
    );
    check(
        &d,
        "deserved better",
        "the ferry crews deserved better",
        QuoteKind::Indirect,
        Some("Karl Obi"),
    );
}

/// "On Friday, Obi told the paper, that “…”": an opening time is not what
/// a set-off attribution reports; the cue's own clause follows it.
#[test]
fn a_clause_after_the_listener_and_a_comma_is_what_was_told() {
    let d = doc(
        "On Friday, Karl Obi told the Harbour Herald, that “the ferry will sail whatever the council says.”",
    );
    check(
        &d,
        "whatever the council",
        "“the ferry will sail whatever the council says.”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
    not_speech(&d, "On Friday");
}

/// "But Tom Fitton, the president of …, a group that …, said", "When the
/// director, James Comey, said": past an opening conjunction or
/// subordinator, the name before its appositive speaks.
#[test]
fn a_name_and_its_appositive_after_an_opening_word() {
    let d = doc(
        "But Karl Obi, the head of the pilots' union, a group that has sued the council over the harbour's dredging plans, said that “the damage is done.”\n\n\
         When the harbour master, Ana Ruiz, said on Monday that the pier was “unsafe,” the council listened.",
    );
    check(
        &d,
        "the damage is done",
        "“the damage is done.”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
    check(
        &d,
        "unsafe",
        "the pier was “unsafe,”",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

/// "Cost estimates, he added, were “…”": the word before a set-off
/// attribution is the subject it interrupts, not a cue.
#[test]
fn a_cue_word_before_a_set_off_attribution_is_a_noun() {
    let d = doc(
        "“The pier is safe,” harbour master Karl Obi said on Tuesday. Repair estimates, he added, were “far too high.”",
    );
    check(
        &d,
        "far too high",
        "Repair estimates, he added, were “far too high.”",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
}

/// "Obi, the head of the union -- the group that … -- told me": the name
/// before the description that the aside follows speaks.
#[test]
fn a_name_before_its_description_and_an_aside_speaks() {
    let d = doc(
        "Karl Obi, the head of the pilots' union -- the group that runs the night ferries, which also carry freight -- told me, “We are ready to sail.”",
    );
    check(
        &d,
        "ready to sail",
        "“We are ready to sail.”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
}

/// "“A,” she said, but despite the tone, “B,” said Obi": the second
/// quotation is Obi's alone; the first attribution is no part of it.
#[test]
fn a_quotation_after_another_attribution_is_the_inverted_speakers() {
    let d = doc(
        "Ana Ruiz spoke first. “The pier is old,” she said, but despite the cracks, “it will hold,” said Karl Obi.",
    );
    check(
        &d,
        "it will hold",
        "“it will hold,”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
    check(
        &d,
        "pier is old",
        "“The pier is old,”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
}

/// "The harbour master declined to comment, saying …", "The retired
/// pilot addressed the crowd, remarking …": a word in -ed after the
/// subject's noun is its verb, not part of the speaker; after a
/// determiner it is an adjective.
#[test]
fn a_participles_speaker_ends_before_the_sentences_verb() {
    let d = doc(
        "The retired pilot addressed the crowd on Monday, remarking that the ferry was “in good hands.”",
    );
    assert_eq!(
        quote(&d, "good hands").speaker.as_deref(),
        Some("The retired pilot")
    );
}

/// "Obi, star of the radio show “Harbour Nights,” said …": the
/// appositive's comma closes inside the title's marks.
#[test]
fn an_appositive_closing_inside_a_titles_marks() {
    let d = doc(
        "Karl Obi, star of the radio show “Harbour Nights,” said the ferry was “a joy to ride.”",
    );
    check(
        &d,
        "a joy to ride",
        "the ferry was “a joy to ride.”",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
}

/// "Just last week, Karl Obi, …, a long appositive, wrote, “…”": past an
/// opening time, the name before its appositive speaks.
#[test]
fn a_name_and_its_long_appositive_after_an_opening_time() {
    let d = doc(
        "Just last week, Karl Obi, editor at large of the Harbour Herald, an influential weekly paper, wrote, “The pier has never looked better.”",
    );
    check(
        &d,
        "never looked better",
        "“The pier has never looked better.”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
}

/// "In his 60-page ruling, Ruiz wrote that …": a cue word after a
/// compound and a possessive is a noun, not the cue of a clause.
#[test]
fn a_cue_word_after_a_compound_is_a_noun() {
    let d =
        doc("In her 60-page ruling, Judge Ana Ruiz wrote that the pier was “unsafe for any use.”");
    check(
        &d,
        "unsafe for any use",
        "the pier was “unsafe for any use.”",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

/// "No wonder Obi said, and I quote, “…”": the writer's aside is no cue
/// of its own, and "wonder" after "No" is a noun.
#[test]
fn the_writers_and_i_quote_is_no_speaker() {
    let d = doc("No wonder Karl Obi said, and I quote, “We love the old pier.”");
    check(
        &d,
        "love the old pier",
        "“We love the old pier.”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
}
