//! Where what was said ends and the writer's words take over, and where a
//! statement interrupted by its attribution goes on.

use super::*;

/// "“…,” but also …" goes on; "“…” as he faces …" and "“…,” though
/// voters are …" are the writer's.
#[test]
fn but_also_goes_on_and_the_writers_as_or_though_ends() {
    let d = doc(
        "Mayor Ana Ruiz says fishers are “right to be angry,” but also hungry for “real solutions.”\n\n\
         Karl Obi says he’s “ready for the vote” as he faces a hard winter at the pier.\n\n\
         Most fishers say the plan is “about right,” though fishers are more likely to say the fees are too high.",
    );
    check(
        &d,
        "right to be angry",
        "fishers are “right to be angry,” but also hungry for “real solutions.”",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "ready for the vote",
        "he’s “ready for the vote”",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
    check(
        &d,
        "about right",
        "the plan is “about right,”",
        QuoteKind::Mixed,
        Some("Most fishers"),
    );
}

/// "The club's investment, Ms. Ruiz said, ''is a perfect example'' of
/// …": a subject, the attribution set off by commas, and the quoted verb
/// that goes on with the subject, whatever marks the quotation.
#[test]
fn a_set_off_attribution_before_a_quoted_verb_in_doubled_apostrophes() {
    let d = doc(
        "Mayor Ana Ruiz toured the pier. The club's heavy investment in its boats, Ms. Ruiz said, ''is a perfect example of adapting'' to the changing harbour.",
    );
    check(
        &d,
        "perfect example",
        "The club's heavy investment in its boats, Ms. Ruiz said, ''is a perfect example of adapting'' to the changing harbour",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

/// "At least half of voters" is a count that speaks, not a place.
#[test]
fn at_least_opens_a_speaker() {
    let d = doc("At least half of the fishers say the fees are “too high.”");
    check(
        &d,
        "too high",
        "the fees are “too high.”",
        QuoteKind::Mixed,
        Some("At least half of the fishers"),
    );
}

/// ", but wants “…”" goes on with the speaker's quoted words; ", but
/// offered no proof" is the writer's.
#[test]
fn but_with_quoted_words_goes_on() {
    let d = doc(
        "Karl Obi said the pier “really is” safe, but wants “tougher and smarter” checks.\n\n\
         Ana Ruiz said the ferry was “sabotaged,” but offered no proof of it.",
    );
    check(
        &d,
        "really is",
        "the pier “really is” safe, but wants “tougher and smarter” checks",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
    check(
        &d,
        "sabotaged",
        "the ferry was “sabotaged,”",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}
