//! Trained models, in pure Rust: the entity recogniser's features, tags,
//! weights and decoding, and the training that makes its weights.

pub mod decode;
pub mod document;
pub mod features;
pub mod gazetteer;
pub mod tags;
pub mod train;
pub mod weights;

use features::{DocStats, Features};
use std::hash::Hasher;
use std::sync::OnceLock;
use tags::{TAGS, Tag};
pub use weights::{ModelError, Weights};

/// The recogniser's weights as shipped, and the name errors give them.
const SHIPPED: &[u8] = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/ner.bin"));
pub const SHIPPED_NAME: &str = "assets/ner.bin";

/// The keys of the feature tables are hashes already: they are used as
/// they are.
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Buffers reused from one sentence to the next.
#[derive(Default)]
pub struct Scratch {
    features: Features,
    emit: Vec<f32>,
    back: Vec<u8>,
}

/// Tags one sentence of a document whose words `doc` has counted.
pub fn tag_sentence(
    weights: &Weights,
    words: &[&str],
    doc: &DocStats,
    scratch: &mut Scratch,
    out: &mut Vec<Tag>,
) {
    features::sentence(words, doc, &mut scratch.features);
    let f = &scratch.features;
    scratch.emit.clear();
    scratch.emit.resize(f.len() * TAGS, 0.0);
    for i in 0..f.len() {
        weights.score(f.of(i), &mut scratch.emit[i * TAGS..(i + 1) * TAGS]);
    }
    decode::viterbi(&scratch.emit, weights.transitions(), out, &mut scratch.back);
}

/// The names in each sentence of a document.
pub fn tag_document(weights: &Weights, sentences: &[Vec<&str>]) -> Vec<Vec<tags::Name>> {
    let stats = DocStats::new(sentences);
    let (mut scratch, mut tags) = (Scratch::default(), Vec::new());
    sentences
        .iter()
        .map(|s| {
            tag_sentence(weights, s, &stats, &mut scratch, &mut tags);
            tags::names(&tags)
        })
        .collect()
}

/// The shipped recogniser, read on first use.
pub fn recogniser() -> Result<&'static Weights, &'static ModelError> {
    static MODEL: OnceLock<Result<Weights, ModelError>> = OnceLock::new();
    MODEL
        .get_or_init(|| Weights::from_static(SHIPPED, SHIPPED_NAME))
        .as_ref()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_model_is_whole() {
        // Start-up trusts the built-in bytes; this is where they are checked.
        let verified = Weights::from_bytes(SHIPPED, SHIPPED_NAME).expect("the shipped model reads");
        let trusted = recogniser().expect("the shipped model reads");
        assert_eq!(verified.len(), trusted.len());
        assert!(!verified.is_empty());
    }
}
