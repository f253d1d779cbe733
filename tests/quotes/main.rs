//! One short article per quotation pattern byline reads, each asserting the
//! span, the kind and the speaker.

mod appositives;
mod clause_ends;
mod colons;
mod cue_verbs;
mod cue_words;
mod descriptions;
mod exchanges;
mod layouts;
mod listeners;
mod marks;
mod messages;
mod nesting;
mod opening_clauses;
mod openings;
mod paragraphs;
mod participles;
mod patterns;
mod pronouns;
mod second_parts;
mod speaker_words;
mod speakers;
mod statements;
mod subjects;
mod verbs_in_subjects;

use byline::Document;
use byline::analysis::{Pattern, Quote, QuoteKind};

fn doc(body: &str) -> Document {
    byline::document_from_text(&format!("Harbour news of the week\n\n{body}"), vec![])
}

/// The quotation holding `containing`.
fn quote<'a>(d: &'a Document, containing: &str) -> &'a Quote {
    d.analysis
        .quotes
        .iter()
        .find(|q| d.article.text[q.span.clone()].contains(containing))
        .unwrap_or_else(|| panic!("no quote with {containing:?} in {:?}", d.analysis.quotes))
}

/// Asserts that no quotation holds `words`.
fn not_speech(d: &Document, words: &str) {
    assert!(
        d.analysis
            .quotes
            .iter()
            .all(|q| !d.article.text[q.span.clone()].contains(words)),
        "{words:?} taken for speech in {:?}",
        d.analysis.quotes
    );
}

/// Asserts the quotation's exact words, kind and speaker.
fn check(d: &Document, containing: &str, text: &str, kind: QuoteKind, speaker: Option<&str>) {
    let q = quote(d, containing);
    assert_eq!(&d.article.text[q.span.clone()], text);
    assert_eq!(q.kind, kind, "kind of {text:?}");
    assert_eq!(q.speaker.as_deref(), speaker, "speaker of {text:?}");
}
