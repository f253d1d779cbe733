//! Listeners: whom something was said to is no part of what was said.

use super::*;

/// "assured voters that …", "reassured them …": the listener of a cue
/// that takes one stands before what was said.
#[test]
fn the_listener_of_assure_is_no_part_of_what_was_said() {
    let d = doc("Karl Obi assured voters that the pier was “safe.”\n\n\
         The harbour office assured the people of Northport that all of the claims were false.\n\n\
         Ana Ruiz reassured them the ferries would “sail on time.”");
    check(
        &d,
        "was “safe.”",
        "the pier was “safe.”",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
    check(
        &d,
        "claims were false",
        "all of the claims were false",
        QuoteKind::Indirect,
        Some("The harbour office"),
    );
    check(
        &d,
        "sail on time",
        "the ferries would “sail on time.”",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

/// "warned voters that …", "promised his supporters that …": a cue that
/// may name its listener before "that"; not "said that mothers that …",
/// where the second "that" opens the mothers' own clause.
#[test]
fn a_listener_before_that_is_no_part_of_what_was_said() {
    let d = doc("Karl Obi warned voters that the pier was “unsafe.”\n\n\
         Ana Ruiz promised her supporters that the ferry would be “rebuilt.”\n\n\
         Greta Berg has said that mothers that catch the flu should stay home.");
    check(
        &d,
        "“unsafe.”",
        "the pier was “unsafe.”",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
    check(
        &d,
        "“rebuilt.”",
        "the ferry would be “rebuilt.”",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
    assert!(
        d.analysis
            .quotes
            .iter()
            .all(|q| !d.article.text[q.span.clone()].starts_with("catch the flu")),
        "{:?}",
        d.analysis.quotes
    );
}
