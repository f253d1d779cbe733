//! Where the subject before a cue ends and starts: long subjects, relative
//! clauses, and the verb that ends a subject.

use super::*;

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

/// "As the day went on, Obi offered …": the time passing is no speaker.
#[test]
fn the_time_passing_is_no_speaker() {
    let d = doc(
        "As the day went on, Karl Obi offered a stronger defence of the pier. \
         As the night went on, Ana Ruiz said the ferry would sail.",
    );
    not_speech(&d, "offered a stronger defence");
    check(
        &d,
        "ferry would sail",
        "the ferry would sail",
        QuoteKind::Indirect,
        Some("Ana Ruiz"),
    );
}
