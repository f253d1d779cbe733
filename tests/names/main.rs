//! Names that hold together: every mention of one person, organisation or
//! place under one entity with its fullest name, on short articles written
//! for these tests.

mod organisations_and_places;
mod people;
mod surnames;

use byline::Document;
use byline::analysis::{Entity, EntityKind};

fn doc(body: &str) -> Document {
    byline::document_from_text(&format!("Harbour news of the week\n\n{body}"), vec![])
}

fn entity<'a>(d: &'a Document, name: &str) -> &'a Entity {
    d.analysis
        .entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| {
            let names: Vec<_> = d
                .analysis
                .entities
                .iter()
                .map(|e| (&e.name, e.kind))
                .collect();
            panic!("no entity {name:?} in {names:?}")
        })
}

fn mentions(d: &Document, name: &str) -> Vec<String> {
    entity(d, name)
        .mentions
        .iter()
        .map(|s| d.article.text[s.clone()].to_string())
        .collect()
}

/// Asserts that no entity's name starts with `start`.
fn not_listed(d: &Document, start: &str) {
    assert!(
        d.analysis
            .entities
            .iter()
            .all(|e| !e.name.starts_with(start)),
        "{start:?} listed in {:?}",
        d.analysis.entities
    );
}
