//! Descriptions that speak: "a senior official", "a spokeswoman for the
//! ministry", and the person or organisation a description stands for.

use super::*;

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

/// "a Trump supporter", "Clinton's spokesman", "an Obi campaign aide": a
/// name before the description's noun only modifies it, and the
/// description speaks; "Port director Karl Obi" and "Obi later" name him.
#[test]
fn a_name_modifying_the_descriptions_noun_does_not_speak() {
    let d = doc(
        "Mayor Karl Obi opened the pier. \"He is the best,\" an Obi supporter said. \
         \"It is safe,\" Obi's spokesman said. \"It will last,\" Obi later said.",
    );
    check(
        &d,
        "the best",
        "\"He is the best,\"",
        QuoteKind::Direct,
        Some("an Obi supporter"),
    );
    check(
        &d,
        "It is safe",
        "\"It is safe,\"",
        QuoteKind::Direct,
        Some("Obi's spokesman"),
    );
    check(
        &d,
        "will last",
        "\"It will last,\"",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
}

/// "…, a senior official said." then the next paragraph introduces the
/// official: the news lead. Once people have been named, a description
/// goes to the next paragraph's person only if that is their role.
#[test]
fn only_the_lead_names_its_description_in_the_next_paragraph() {
    let lead = doc("The pier will close in May, a senior official said.\n\n\
         Port Director Karl Obi made the announcement on Monday.");
    assert_eq!(
        quote(&lead, "close in May").speaker.as_deref(),
        Some("Karl Obi")
    );
    let later = doc("Mayor Ana Ruiz opened the pier on Monday.\n\n\
         The ferry will sail in May, a veteran official said.\n\n\
         Port Director Karl Obi welcomed the news.");
    assert_eq!(
        quote(&later, "sail in May").speaker.as_deref(),
        Some("a veteran official")
    );
}

/// A participle with its object or a demonstrative alone names no one:
/// "… and carrying signs saying", "This was the mayor who … claims that".
/// A participle before a noun for people is a description: "striking
/// workers".
#[test]
fn a_participle_with_its_object_or_a_demonstrative_is_no_speaker() {
    let d = doc(
        "Fishers had gathered at the quay, calling for a vote and carrying signs saying, \"Save the pier today.\"\n\n\
         This was the mayor the town knew, the mayor who fights with reporters and claims that the harbour is \"a lost cause.\"\n\n\
         Striking workers said the pier was \"a disgrace.\"",
    );
    for words in ["Save the pier", "a lost cause"] {
        let s = quote(&d, words).speaker.as_deref();
        assert!(
            !s.is_some_and(|s| s.starts_with("carrying") || s == "This"),
            "{words}: {s:?}"
        );
    }
    assert_eq!(
        quote(&d, "a disgrace").speaker.as_deref(),
        Some("Striking workers")
    );
}

/// A verb in the past with its particle or object is a predicate, not a
/// speaker: "The absence of the mayor, coupled with the previously
/// announced absence of …". A past participle before a title or a noun
/// describes a person: "retired harbour master Karl Obi", "Elected
/// officials".
#[test]
fn a_past_verb_with_its_particle_is_no_speaker() {
    let d = doc(
        "The absence of the mayor, coupled with the previously announced absence of Karl Obi from the meeting, means the harbour's two best-known voices will be \"silent\" on Friday.\n\n\
         \"The pier stays,\" said retired harbour master Karl Obi.\n\n\
         Elected officials said the vote was \"a mistake.\"",
    );
    let s = quote(&d, "silent").speaker.as_deref();
    assert!(!s.is_some_and(|s| s.starts_with("coupled")), "{s:?}");
    assert_eq!(
        quote(&d, "The pier stays").speaker.as_deref(),
        Some("Karl Obi")
    );
    assert_eq!(
        quote(&d, "a mistake").speaker.as_deref(),
        Some("Elected officials")
    );
}

/// A question's "What do you (think of …)" names no speaker.
#[test]
fn a_question_word_opens_no_speaker() {
    let d =
        doc("What do you think of Karl Obi privately saying “the pier is lost” after the vote?");
    let s = quote(&d, "the pier is lost").speaker.as_deref();
    assert!(!s.is_some_and(|s| s.starts_with("What")), "{s:?}");
}

/// "be" contracted with its complement makes a clause, not a speaker:
/// "I'm old enough to remember …, declaring …".
#[test]
fn a_contracted_be_with_its_complement_is_no_speaker() {
    let d = doc(
        "I'm old enough to remember Mayor Karl Obi going on the radio in 1977, declaring a \"war on rust\" along the old pier.",
    );
    let s = quote(&d, "war on rust").speaker.as_deref();
    assert!(!s.is_some_and(|s| s.starts_with("I'm")), "{s:?}");
}

/// A description cut short before its noun ends on no determiner or
/// preposition: "The attorney general of the state …" speaks as "The
/// attorney general", not "The attorney general of the".
#[test]
fn a_description_cut_short_ends_on_its_noun() {
    let d = doc(
        "The attorney general of the state of New York is suing the ferry company, claiming the line is a fraud.",
    );
    assert_eq!(
        quote(&d, "the line is a fraud").speaker.as_deref(),
        Some("The attorney general")
    );
}

/// A pronoun with its verb after it speaks alone: "as he keeps talking
/// about …" is Obi's, not "he keeps"'s; "It's worth noting" names no one.
#[test]
fn a_pronoun_opening_a_clause_speaks_alone() {
    let d = doc(
        "Karl Obi is winning applause as he keeps talking about the “power of we.”\n\n\
         It's worth noting that the ferry line has lost money for years.",
    );
    assert_eq!(
        quote(&d, "power of we").speaker.as_deref(),
        Some("Karl Obi")
    );
    let s = quote(&d, "lost money").speaker.as_deref();
    assert!(!s.is_some_and(|s| s.starts_with("It")), "{s:?}");
}

/// "…, tweeted a warning.": a message after the cue is its object, not an
/// inverted speaker; the quotation after it is the tweeter's.
#[test]
fn a_message_after_the_cue_is_its_object() {
    let d = doc(
        "On the other side, Councillor Karl Obi, who has fought the closure for years, tweeted a warning. “Remember the pier in November.”",
    );
    assert!(
        d.analysis
            .quotes
            .iter()
            .all(|q| q.speaker.as_deref() != Some("a warning")),
        "{:?}",
        d.analysis.quotes
    );
    assert_eq!(
        quote(&d, "Remember the pier").speaker.as_deref(),
        Some("Karl Obi")
    );
}
