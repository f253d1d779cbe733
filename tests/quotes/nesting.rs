//! A quotation with its own speaker inside another's reported speech: the
//! inner statement stands when its cue introduces it, the outer when the
//! quoted words are only an object its clause goes on after.

use super::*;

#[test]
fn a_quoted_object_inside_reported_speech_stays_in_it() {
    let d =
        doc("Mayor Ana Ruiz said she expected that the pilots will say “no” to the new timetable.");
    check(
        &d,
        "no",
        "she expected that the pilots will say “no” to the new timetable",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

#[test]
fn a_quotation_its_cue_introduces_stands_alone() {
    let d = doc(
        "In the video, Ana Ruiz urges the captain to come off the ferry and repeatedly says, “Don't you sail,” until the horn is heard.",
    );
    check(
        &d,
        "sail",
        "“Don't you sail,”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
}

#[test]
fn reported_speech_in_an_attribution_stays_between_the_parts() {
    let d = doc(
        "“The pier is safe,” said Karl Obi, who noted that the old crane had “cracked” in the storm. “We will fix it before the spring.”",
    );
    check(
        &d,
        "fix it",
        "“The pier is safe,” said Karl Obi, who noted that the old crane had “cracked” in the storm. “We will fix it before the spring.”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
    let text = &d.article.text;
    assert!(
        d.analysis.quotes.iter().any(|q| {
            &text[q.span.clone()] == "the old crane had “cracked” in the storm"
                && q.kind == QuoteKind::Mixed
                && q.speaker.as_deref() == Some("Karl Obi")
        }),
        "what Karl Obi noted is lost: {:?}",
        d.analysis.quotes
    );
}
