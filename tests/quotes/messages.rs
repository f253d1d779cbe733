//! Messages, ads and signs that say something: their words are those of
//! whoever sent or held them.

use super::*;

/// A participle after a message noun, singular or plural, reports the
/// message's words, spoken by the subject that put it out.
#[test]
fn ads_and_signs_speak_for_whoever_put_them_out() {
    let d = doc(
        "The harbour council placed national newspaper ads calling the fee a “$25 million mistake.”\n\n\
         That morning, an angry crowd of fishers had gathered at the pier, carrying signs saying, “No fees, no fish.”",
    );
    check(
        &d,
        "million mistake",
        "the fee a “$25 million mistake.”",
        QuoteKind::Mixed,
        Some("The harbour council"),
    );
    check(
        &d,
        "No fees",
        "“No fees, no fish.”",
        QuoteKind::Direct,
        Some("an angry crowd of fishers"),
    );
}
