//! Pronouns as speakers: "he" and "she" by gender and by who opens the
//! sentences around them, "it" for an organisation.

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

/// In an opening subordinate clause "he" or "she" looks ahead to the name
/// opening the main clause: "When asked whom she supported, Ms. Ruiz
/// smiled and said, “…”" is Ruiz's, though Greta Berg spoke last.
#[test]
fn a_pronoun_in_an_opening_clause_stands_for_the_name_after_it() {
    let d = doc("“The ferry is late again,” said Greta Berg, a pilot.\n\n\
         When asked whom she supported, Ms. Ana Ruiz smiled and said, “I am waiting for the vote.”\n\n\
         After she blasted the harbour board for being too “timid,” Councillor Rosa Lind left the hall.");
    assert_eq!(
        quote(&d, "waiting for the vote").speaker.as_deref(),
        Some("Ana Ruiz")
    );
    assert_eq!(quote(&d, "timid").speaker.as_deref(), Some("Rosa Lind"));
}

/// After a quotation, "he" is not someone named in it, though named before
/// too: "“I figured out that Tom Hale would come to us …,” he said" is
/// Obi's.
#[test]
fn a_pronoun_after_a_quotation_passes_over_the_names_inside_it() {
    let d = doc("Tom Hale had bid for the ferry line in March.\n\n\
         In May, Karl Obi ended his meeting with the harbour board on a giddy note.\n\n\
         \"I figured out that Tom Hale would come to us and ask to be bought. Well, guess what. It has happened,\" he said, as recalled by a director.");
    assert_eq!(
        quote(&d, "Tom Hale would come").speaker.as_deref(),
        Some("Karl Obi")
    );
}

/// "Clinton's rival, Sen. Bernie Sanders, …. Instead he …": the person
/// opening the sentence before "he" stands for it, before the last
/// speaker, when no other person who fits is named between them.
#[test]
fn a_pronoun_after_the_person_opening_the_sentence_before_is_that_person() {
    let d = doc("“The fares will fall,” said Mayor Tom Reed.\n\n\
         The mayor's old rival, Councillor Karl Obi, stayed away from the pier. \
         Instead he gave a speech in which he pledged that, if elected, he would be “a friend to every ferry.”");
    assert_eq!(
        quote(&d, "a friend to every ferry").speaker.as_deref(),
        Some("Karl Obi")
    );
}

/// "The master noted that he had sailed, and added: “…”": the second
/// verb's subject is the first verb's, not the pronoun of what it
/// reported.
#[test]
fn a_second_verb_speaks_for_the_first_verbs_subject_not_its_report() {
    let d = doc("Harbour master Karl Obi spoke on Monday.\n\n\
         The harbour master noted that he had sailed for years, and added: “I know a little about boats.”");
    let q = quote(&d, "a little about boats");
    assert_eq!(
        &d.article.text[q.speaker_mention.unwrap().span()],
        "The harbour master"
    );
}

/// A pronoun opening the main clause after a clause whose subject is the
/// one person who fits stands for that person, not for the last speaker;
/// not when the clause has a pronoun for its subject ("When he took the
/// stage after Mr. Obi spoke"), nor for a person named in a phrase of its
/// own ("After Mr. Obi's speech").
#[test]
fn a_pronoun_after_a_clause_opening_its_sentence_is_that_clauses_subject() {
    let d = doc("“The pier is safe,” said Mayor Tom Reed.\n\n\
         In Northport, where Karl Obi began his career, he said the ferries “will sail on.”\n\n\
         “The fees stay,” said Mayor Tom Reed.\n\n\
         When he took the stage after Mr. Obi spoke, he said the fees were “too high.”\n\n\
         After Mr. Obi's speech, he said the council was “wrong.”");
    assert_eq!(quote(&d, "wrong").speaker.as_deref(), Some("Tom Reed"));
    assert_eq!(
        quote(&d, "will sail on").speaker.as_deref(),
        Some("Karl Obi")
    );
    assert_eq!(quote(&d, "too high").speaker.as_deref(), Some("Tom Reed"));
}
