//! The subject past what opens its sentence: a time, a dateline, a
//! participle phrase, a subordinating word, an adverb.

use super::*;

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
fn a_sentence_opening_on_a_comma_before_the_speaker() {
    // Found by the fuzzer: the appositive's comma was the sentence's first
    // token, and the party label before it was looked for one token early.
    let d = byline::document_from_text(", Karl Obi, said: “The pier is open.”", vec![]);
    let q = quote(&d, "pier is open");
    assert_eq!(&d.article.text[q.span.clone()], "“The pier is open.”");
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
fn a_dateline_or_an_opening_time_is_not_the_subject_that_speaks() {
    let d = doc(
        "NORTHPORT (AP) — Mayor Ana Ruiz defended the budget on Monday, saying the harbour \
         needed every cent of it.\n\n\
         Karl Obi left the meeting early. Minutes later, he sent an email saying the port \
         would close for a week.\n\n\
         SALTPORT, Aug. 31 (Reuters) - Tom Reed backed the plan on Wednesday, saying the pier \
         would bring jobs.",
    );
    check(
        &d,
        "bring jobs",
        "the pier would bring jobs",
        QuoteKind::Indirect,
        Some("Tom Reed"),
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
fn the_subject_after_an_opening_time_or_with_an_adjective_speaks_in_a_participle() {
    let d = doc(
        "But a few days later, Karl Obi reversed himself again, saying the pier was “safe enough for now.”\n\n\
         Last month, Tom Reed closed the old pier, saying it was “unsafe for anyone.”\n\n\
         The retired engineer gave no details, saying only that the work was “going as planned.”\n\n\
         On Sunday morning Mayor Ana Ruiz made a last attempt, writing that the pier was “worth saving.”\n\n\
         In her first reply, during a radio interview, Greta Berg closed the debate, saying it was “over.”\n\n\
         Outside the hall, about 200 fishers congregated in three groups, holding signs and chanting “Save the pier.”",
    );
    assert_eq!(
        quote(&d, "worth saving").speaker.as_deref(),
        Some("Ana Ruiz")
    );
    assert_eq!(quote(&d, "“over.”").speaker.as_deref(), Some("Greta Berg"));
    assert_eq!(
        quote(&d, "Save the pier").speaker.as_deref(),
        Some("200 fishers")
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

/// "It was a year ago that Ana Ruiz said …": the subject after "that".
#[test]
fn a_speaker_after_that_opening_a_clause() {
    let d = doc("It was only a year ago that Ana Ruiz said the pier was “perfectly safe.”");
    let q = quote(&d, "perfectly safe");
    assert_eq!(q.speaker.as_deref(), Some("Ana Ruiz"));
}

/// "Here in Northport, Ruiz …", "Back at the pier, …", "Again, …": an
/// opening adverb's phrase is no speaker.
#[test]
fn an_opening_adverbs_phrase_is_no_speaker() {
    let d = doc(
        "Here in Northport, Mayor Ana Ruiz stepped up her attacks, saying that the pier would close.\n\n\
         Back at the quay, Karl Obi thanked the crew, saying that the ferry would sail.\n\n\
         Again, Ruiz turned on the council, saying that its plan was late.",
    );
    for (words, speaker) in [
        ("pier would close", "Ana Ruiz"),
        ("ferry would sail", "Karl Obi"),
        ("plan was late", "Ana Ruiz"),
    ] {
        assert_eq!(
            quote(&d, words).speaker.as_deref(),
            Some(speaker),
            "{words}"
        );
    }
}

/// "cannot" between the speaker and the cue is no part of the speaker.
#[test]
fn cannot_is_no_part_of_the_speaker() {
    let d = doc("Karl Obi cannot say that the ferry will sail on Friday.");
    assert_eq!(
        quote(&d, "sail on Friday").speaker.as_deref(),
        Some("Karl Obi")
    );
}

/// "At a rally in Aspen, Colo., the senator …": a state as news
/// abbreviates it goes on with the opening phrase's town.
#[test]
fn an_abbreviated_state_after_a_town_opens_no_speaker() {
    let d = doc(
        "At a rally that month in Aspen, Colo., the harbour master ended her speech by saying that \"the pier will stand.\"",
    );
    assert_eq!(
        quote(&d, "pier will stand").speaker.as_deref(),
        Some("the harbour master")
    );
}

#[test]
fn a_name_set_off_after_its_description_is_the_subject() {
    let d = doc(
        "The port's leader, Karl Obi, backed the plan on Wednesday, saying the pier would bring “jobs and peace.”\n\n\
         The council, Northport's oldest body, backed it too, saying the pier was “long overdue.”",
    );
    assert_eq!(
        quote(&d, "jobs and peace").speaker.as_deref(),
        Some("Karl Obi")
    );
    assert_eq!(
        quote(&d, "long overdue").speaker.as_deref(),
        Some("The council")
    );
}

#[test]
fn a_name_after_an_opening_phrase_with_no_comma() {
    let d = doc(
        "In a Harbour Radio interview Karl Obi declared “The pier is finished. Nobody will ever fix it.”\n\nAt one point, Ana Ruiz said Northport crews were calling “every 15 minutes.”",
    );
    check(
        &d,
        "pier is finished",
        "“The pier is finished. Nobody will ever fix it.”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
    // Past a cue, a name opens what was said, not the sentence's subject.
    check(
        &d,
        "every 15",
        "Northport crews were calling “every 15 minutes.”",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

#[test]
fn a_cue_in_an_opening_clause_does_not_introduce_the_quotation() {
    let d = doc(
        "With harbour leaders increasingly worried about a lack of passion for the ferry among young voters, Mayor Ana Ruiz is rolling out a new and more personal message: “It is about me.”",
    );
    check(
        &d,
        "about me",
        "“It is about me.”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
}
