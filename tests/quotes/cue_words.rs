//! Cue words that are nouns, not the cue of a statement: "the rules",
//! "his 60-page ruling", "a failed promise".

use super::*;

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

/// After "another", "every", "each" or "one" a cue word in its base form
/// is a noun; in the past it is a verb.
#[test]
fn a_cue_word_after_another_is_a_noun_unless_past() {
    let d = doc(
        "Another question asked voters whether the pier was “safe enough.”\n\n\
         Boos rang out, and at one point the crowd sang “Save the pier.”\n\n\
         One sign read “Save the pier.” Another advised, “Keep off the rocks.”",
    );
    not_speech(&d, "voters whether the pier");
    not_speech(&d, "the crowd sang");
    check(
        &d,
        "Keep off",
        "“Keep off the rocks.”",
        QuoteKind::Direct,
        Some("Another"),
    );
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

/// "a failed promise to …", "his own promise that …": a verb's base form
/// after a singular noun phrase's determiner and modifiers is a noun; after
/// a plural that may be its subject it is the verb ("Sources close to her
/// campaign say", "Those who have walked the pier with the mayor say").
#[test]
fn a_base_form_after_a_singular_phrase_is_a_noun() {
    let d = doc(
        "The only regret the mayor acknowledged was a failed promise to rebuild the pier. \
         The mayor revisited his own promise that the pier would reopen. \
         Sources close to her campaign say she will run again. \
         Those who have walked the pier with the mayor say it is safe.",
    );
    not_speech(&d, "rebuild the pier");
    not_speech(&d, "would reopen");
    check(
        &d,
        "run again",
        "she will run again",
        QuoteKind::Indirect,
        Some("Sources close to her campaign"),
    );
    assert_eq!(quote(&d, "it is safe").kind, QuoteKind::Indirect);
}

/// After an article and a degree word the word is a noun, plurals before
/// it or not: "… to \"rivals\" and followed up with a more frontal attack on
/// Karl Obi, who has said …" is Obi's statement.
#[test]
fn a_degree_word_after_an_article_opens_a_noun() {
    let d = doc(
        "Ana Ruiz began her speech by mocking critics who think they can \"outsource\" the harbour to \"rivals\" and followed up with a more frontal attack on Karl Obi, who has said he wants to be a \"neutral\" broker.",
    );
    assert_eq!(quote(&d, "neutral").speaker.as_deref(), Some("Karl Obi"));
}

/// A cue word before a possessive is a noun: "the Democratic state’s
/// convention".
#[test]
fn a_cue_word_before_a_possessive_is_a_noun() {
    let d = doc(
        "Saturday at the Northport Harbour state’s party convention Mayor Ana Ruiz said the pier was a “proven failure” in winter.",
    );
    check(
        &d,
        "proven failure",
        "the pier was a “proven failure” in winter",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

/// A cue word in its base form after a determiner and modifiers, a name
/// among them, is a noun, whatever possessive comes before ("Ruiz’s
/// reaction to the EPA dredging rule “…,” said Obi"); after "no" always
/// ("makes no specific mention").
#[test]
fn a_base_form_after_a_name_modifier_or_no_is_a_noun() {
    let d = doc(
        "Ruiz’s reaction to the EPA dredging rule “could be less about the pier,” said Karl Obi, a pilot.\n\n\
         The harbour charter makes no specific mention of ferries, although the council says it allows “all boats.”",
    );
    check(
        &d,
        "less about the pier",
        "Ruiz’s reaction to the EPA dredging rule “could be less about the pier,”",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
    for q in &d.analysis.quotes {
        let s = q.speaker.as_deref().unwrap_or("");
        assert!(!s.contains("rule") && !s.contains("makes"), "speaker {s:?}");
    }
}
