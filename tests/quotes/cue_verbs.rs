//! Cue words whose reading turns on what follows them: "referred to …
//! as", "went on to", "states", a message posted, an aside's "as", and a
//! naming participle after a noun.

use super::*;

/// "refer" reports words only when it names its object with them: "referred
/// to the mayor as “…”", not "referred to the vote".
#[test]
fn refer_is_a_cue_only_before_quoted_words_naming_its_object() {
    let d = doc(
        "Councillor Karl Obi referred to the vote on Monday. “We will win,” Obi said, referring to the count.\n\n\
         Ana Ruiz, his rival, referred to him as a “showman.”",
    );
    not_speech(&d, "the vote on Monday");
    not_speech(&d, "the count");
    check(
        &d,
        "showman",
        "him as a “showman.”",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

/// "— as many believe, and others allege, —": an aside's "as" clause
/// introduces nothing said.
#[test]
fn an_as_clause_in_an_aside_introduces_nothing() {
    let d = doc(
        "If the storm is behind the damage — as many engineers believe, and the council is alleging — “why would you rebuild?” asked Karl Obi, a harbour pilot.",
    );
    not_speech(&d, "the council is alleging");
    check(
        &d,
        "why would you",
        "“why would you rebuild?”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
}

#[test]
fn as_a_speaker_put_it() {
    let d = doc("As the mayor put it, “The pier is ours again.”\n\n\
         The town owed its revival to, as a visiting diplomat put it, an “extreme makeover” of the quay.\n\n\
         She put it on the table and left.");
    check(
        &d,
        "ours again",
        "“The pier is ours again.”",
        QuoteKind::Direct,
        Some("the mayor"),
    );
    let q = quote(&d, "extreme makeover");
    assert_eq!(q.speaker.as_deref(), Some("a visiting diplomat"));
    not_speech(&d, "on the table");
    // The speaker's appositive between "as" and "put it".
    let d = doc(
        "As Karl Obi, a harbour pilot and member of the port board, recently put it, “Nobody reads the tide tables.”",
    );
    check(
        &d,
        "tide tables",
        "“Nobody reads the tide tables.”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
    // An adjunct after "put it".
    let d = doc(
        "The pier has been seen, as the Harbour Gazette put it in a long report, “the weak link.”",
    );
    assert_eq!(
        quote(&d, "the weak link").speaker.as_deref(),
        Some("Harbour Gazette")
    );
}

/// "states" is a noun in most news: a cue only before "that" or a
/// quotation, after a subject pronoun, or right after a quotation.
#[test]
fn states_is_a_cue_only_where_it_introduces_or_follows_what_was_said() {
    let d = doc(
        "Voters in the two states going to the polls Tuesday want a new port. \
         Governors in five states balked at the plan.\n\n\
         The harbour report states that the pier is unsafe. “Repairs cannot wait,” the report states.",
    );
    not_speech(&d, "going to the polls");
    not_speech(&d, "balked at the plan");
    assert_eq!(quote(&d, "the pier is unsafe").kind, QuoteKind::Indirect);
    assert_eq!(quote(&d, "Repairs cannot wait").kind, QuoteKind::Direct);
}

#[test]
fn a_message_posted_is_no_speaker() {
    let d = doc(
        "In a Facebook message posted Friday, Karl Obi said he had “serious doubts” about the pier but would not oppose it.",
    );
    check(
        &d,
        "serious doubts",
        "he had “serious doubts” about the pier",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
}

/// "went on" reports only what follows it as speech: "who went on to work
/// alongside …" is no cue, "went on to say" is.
#[test]
fn went_on_to_a_verb_of_no_speech_is_no_cue() {
    let d = doc(
        "Karl Obi, a pilot on the ferry, \"The Gull,\" who went on to work alongside Ana Ruiz, said his boss was \"always kind and patient.\" But, said Obi, \"I don't want to stir up a fight. I'd rather stay neutral.\"",
    );
    not_speech(&d, "to work alongside");
    assert_eq!(
        quote(&d, "always kind").speaker.as_deref(),
        Some("Karl Obi")
    );
}

/// "the plan sometimes called the pier tax": a naming participle after a
/// noun and a frequency adverb names the noun, and what was said goes on
/// through it; "Obi often called the plan …" is a cue.
#[test]
fn a_naming_participle_after_a_noun_is_no_cue() {
    let d = doc(
        "The ad said that Karl Obi backs “harbour fees” and the plan sometimes called the pier tax.\n\n\
         Ana Ruiz often called the plan “a tax on fish.”",
    );
    check(
        &d,
        "harbour fees",
        "Karl Obi backs “harbour fees” and the plan sometimes called the pier tax",
        QuoteKind::Mixed,
        Some("The ad"),
    );
    check(
        &d,
        "tax on fish",
        "the plan “a tax on fish.”",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

/// "“…,” Hannity started.": "started" and "began" attribute a quotation
/// right before them; elsewhere they report nothing ("started the
/// campaign").
#[test]
fn started_and_began_attribute_only_a_quotation_before_them() {
    let d = doc("Karl Obi started the campaign in May.\n\n\
         “The council is claiming the pier is safe,” Ana Ruiz began.");
    check(
        &d,
        "pier is safe",
        "“The council is claiming the pier is safe,”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
    let q = quote(&d, "pier is safe");
    assert_eq!(&d.article.text[q.cue.unwrap().span()], "began");
    assert!(
        d.analysis
            .quotes
            .iter()
            .all(|q| !d.article.text[q.span.clone()].contains("campaign in May")),
        "{:?}",
        d.analysis.quotes
    );
}
