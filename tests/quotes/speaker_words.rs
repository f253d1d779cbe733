//! Which words of a phrase name who speaks: never the verb or the
//! participle that follows the noun.

use super::*;

/// "according to a harbour survey released on Monday": the participle
/// after the noun is no part of the speaker's name.
#[test]
fn a_participle_after_the_noun_is_no_part_of_the_speaker() {
    let d = doc(
        "Ferry fares rose by a third last year, according to a harbour survey released on Monday.\n\n\
         “The pier will close in May,” according to a council document filed on Friday.",
    );
    assert_eq!(
        quote(&d, "Ferry fares").speaker.as_deref(),
        Some("a harbour survey")
    );
    assert_eq!(
        quote(&d, "pier will close").speaker.as_deref(),
        Some("a council document")
    );
}

/// "those surveyed" and "officials involved" keep their participle: the
/// noun alone would name no one or someone else.
#[test]
fn a_participle_that_names_the_people_stays() {
    let d = doc("Most of those surveyed said the ferry was too dear.\n\n\
         Two officials involved said the pier would close.");
    assert_eq!(
        quote(&d, "too dear").speaker.as_deref(),
        Some("Most of those surveyed")
    );
    assert_eq!(
        quote(&d, "pier would close").speaker.as_deref(),
        Some("Two officials involved")
    );
}

/// "Dockers can’t just point their fingers and cry “…”": an auxiliary
/// closing the phrase is the clause's verb; a name that is also one
/// ("Ana May") keeps it.
#[test]
fn an_auxiliary_is_no_part_of_the_speaker() {
    let d = doc(
        "Dockers can’t just point their fingers and cry “but the council lied!”\n\n\
         Harbour master Ana May said the pier “will open in June.”",
    );
    assert_eq!(
        quote(&d, "council lied").speaker.as_deref(),
        Some("Dockers")
    );
    assert_eq!(
        quote(&d, "open in June").speaker.as_deref(),
        Some("Ana May")
    );
}
