//! Who speaks: names, descriptions and the subject of the clause around
//! the cue.

use super::*;

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
fn a_party_label_then_a_comma_before_the_cue() {
    let d = doc(
        "On Tuesday in Berea, Ohio, after the vote, Gov. Karl Obi (R-OH), said, “The pier will open in June.”",
    );
    let q = quote(&d, "pier will open");
    assert_eq!(q.pattern, Pattern::Preposed);
    assert_eq!(q.speaker.as_deref(), Some("Karl Obi"));
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
fn a_correction_label_is_not_a_speaker() {
    let d = doc(
        "Mayor Ana Ruiz opened the pier.\n\nCORRECTION: An earlier version of this story gave the wrong date for the opening.",
    );
    assert!(d.analysis.quotes.is_empty(), "{:?}", d.analysis.quotes);
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

/// A middle initial "A." is part of the name, not the article that would
/// open a description.
#[test]
fn a_middle_initial_is_not_an_article() {
    let d = doc("Ana A. Ruiz, the harbour master, said that the ferry had “no faults.”");
    let q = quote(&d, "no faults");
    assert_eq!(q.speaker.as_deref(), Some("Ana A. Ruiz"));
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

/// Auxiliaries, modals and "long" or "both" between the speaker and the
/// cue, and a time after "earlier"; a passive cue's subject never speaks,
/// with an adverb after "was" too.
#[test]
fn auxiliaries_between_speaker_and_cue() {
    let d = doc(
        "Mayor Ana Ruiz has long said that the pier would close.\n\nHarbour master Karl Obi earlier Thursday said the crane was fixed.\n\nFerry captains are saying the channel is too shallow.\n\nAna Ruiz and Karl Obi have both argued that the port needs dredging.\n\nApplicants were told to bring their licences. The new timetable was announced on Friday.\n\nKarl Obi was once asked how the strike would end.",
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
    not_speech(&d, "strike would end");
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
