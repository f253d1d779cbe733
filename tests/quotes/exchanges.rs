//! Back-and-forth: in an exchange each turn goes to its own speaker.

use super::*;

/// "“Why now?” Obi then writes back, “Because.”": after a finished
/// quotation, a cue that opens the next one (past its particle) attributes
/// that one, and the turn before stays with the cue that introduced it,
/// past its listener and "with".
#[test]
fn each_turn_of_an_email_exchange_goes_to_its_writer() {
    let d = doc(
        "Ana Ruiz responds to Karl Obi with, “Why now? That was on my way to the pier?” Obi then writes back, “You look cute.”",
    );
    check(
        &d,
        "Why now",
        "“Why now? That was on my way to the pier?”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "You look cute",
        "“You look cute.”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
}

/// "She went on to say:" before a quotation in its own paragraph reports
/// nothing of its own; the quotation is hers.
#[test]
fn a_cue_ending_its_paragraph_on_a_colon_hands_on_to_the_next() {
    let d = doc(
        "“The fares will rise,” Ana Ruiz said. “Nobody wants that.” She went on to say:\n\n\
         “Nobody on the council will admit it.”",
    );
    not_speech(&d, "went on to say");
    check(
        &d,
        "Nobody on the council",
        "“Nobody on the council will admit it.”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
}
