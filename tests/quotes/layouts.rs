//! Quotations laid out rather than written into sentences: signed after a
//! dash, or a transcript's "NAME: …" lines; and the labels and headlines
//! that look like them.

use super::*;

#[test]
fn a_signature_ends_with_its_paragraph() {
    let d = doc(
        "“We never closed the pier.”\n\n- Ruiz.\n\nThis is a complex issue, and the records are thin.",
    );
    let q = quote(&d, "never closed");
    let mention = q.speaker_mention.expect("a signature");
    assert_eq!(&d.article.text[mention.span()], "Ruiz");
}

#[test]
fn a_headline_label_is_no_transcript_line() {
    let d = byline::document_from_text(
        "BUSTED: Harbour Emails Reveal A Secret Deal With The Shipyard\n\n\
         The port agreed to the sale in March, the emails show.",
        vec![],
    );
    not_speech(&d, "Harbour Emails");
}

#[test]
fn a_contact_label_is_no_transcript_line() {
    let d = doc("The pier reopens on Monday.\n\nEMAIL: desk at harbour news dot org, any time.");
    not_speech(&d, "desk at harbour");
}

/// A dash after a quotation inside the writer's sentence signs nothing:
/// "his friends jeered, ''Ahoy!'' - Dutch for …", "- “…?” - Democrats".
#[test]
fn a_dash_after_a_quotation_in_a_sentence_is_no_signature() {
    let d = doc(
        "Karl Obi circled the trawler as his friends jeered, ''Ahoy there!'' - Dutch for ''hello.''\n\n\
         And although Ana Ruiz lamented the delays - “does the council have to keep us waiting so long?” - Fishers in Northport said they were unfazed.",
    );
    assert!(
        d.analysis
            .quotes
            .iter()
            .all(|q| q.pattern != Pattern::Signed),
        "{:?}",
        d.analysis.quotes
    );
}
