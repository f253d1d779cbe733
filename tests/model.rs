//! The entity recogniser's model: training reaches what it is taught, the
//! file format keeps every prediction, and a damaged file is refused with
//! its name.

use byline::model::tags::{Kind, Name};
use byline::model::train::{Doc, Options, Sentence, evaluate, train};
use byline::model::{ModelError, Weights, recogniser, tag_document};

fn sentence(text: &str, spans: &[(usize, usize, Kind)]) -> Sentence {
    Sentence {
        words: text.split(' ').map(str::to_string).collect(),
        names: spans
            .iter()
            .map(|&(s, e, kind)| Name { tokens: s..e, kind })
            .collect(),
    }
}

/// A small corpus written for these tests: harbour news.
fn corpus() -> Vec<Doc> {
    vec![
        vec![
            sentence(
                "Mayor Ana Ruiz opened the ferry line in Northport on Monday .",
                &[(1, 3, Kind::Per), (7, 8, Kind::Loc)],
            ),
            sentence(
                "The Harbour Authority said the boats would sail hourly .",
                &[(1, 3, Kind::Org)],
            ),
            sentence(
                "Karl Obi of the Harbour Authority thanked the Danish crews .",
                &[(0, 2, Kind::Per), (4, 6, Kind::Org), (7, 8, Kind::Misc)],
            ),
        ],
        vec![
            sentence(
                "Lea Moss flew from Oslo to Northport for the Island Games .",
                &[
                    (0, 2, Kind::Per),
                    (4, 5, Kind::Loc),
                    (6, 7, Kind::Loc),
                    (9, 11, Kind::Misc),
                ],
            ),
            sentence(
                "Moss said the Island Games Council had chosen Northport .",
                &[(0, 1, Kind::Per), (3, 6, Kind::Org), (8, 9, Kind::Loc)],
            ),
        ],
    ]
}

fn opts() -> Options {
    Options {
        epochs: 20,
        seed: 7,
        min_count: 1,
        dropout: 0,
        bags: 1,
        prune: 0.02,
    }
}

fn predictions(w: &Weights, docs: &[Doc]) -> Vec<Vec<Name>> {
    docs.iter()
        .flat_map(|d| {
            let words: Vec<Vec<&str>> = d
                .iter()
                .map(|s| s.words.iter().map(String::as_str).collect())
                .collect();
            tag_document(w, &words)
        })
        .collect()
}

#[test]
fn training_learns_a_small_corpus_perfectly() {
    let docs = corpus();
    let w = train(&docs, &opts(), |_, _| {});
    let score = evaluate(&w, &docs);
    for kind in [Kind::Per, Kind::Org, Kind::Loc] {
        assert_eq!(score.of(kind).2, 1.0, "{kind:?} F1");
    }
    let gold: Vec<Vec<Name>> = docs.iter().flatten().map(|s| s.names.clone()).collect();
    assert_eq!(predictions(&w, &docs), gold);
}

#[test]
fn training_is_deterministic_for_a_seed() {
    let docs = corpus();
    let a = train(&docs, &opts(), |_, _| {}).to_bytes();
    let b = train(&docs, &opts(), |_, _| {}).to_bytes();
    assert_eq!(a, b);
}

#[test]
fn an_average_of_perceptrons_learns_the_corpus_the_same_every_time() {
    let docs = corpus();
    let bagged = || Options {
        bags: 3,
        dropout: 100,
        ..opts()
    };
    let w = train(&docs, &bagged(), |_, _| {});
    let gold: Vec<Vec<Name>> = docs.iter().flatten().map(|s| s.names.clone()).collect();
    assert_eq!(predictions(&w, &docs), gold);
    assert_eq!(w.to_bytes(), train(&docs, &bagged(), |_, _| {}).to_bytes());
    let one = Options {
        dropout: 100,
        ..opts()
    };
    assert_ne!(w.to_bytes(), train(&docs, &one, |_, _| {}).to_bytes());
}

#[test]
fn save_then_load_predicts_the_same() {
    let docs = corpus();
    let w = train(&docs, &opts(), |_, _| {});
    let bytes = w.to_bytes();
    let loaded = Weights::from_bytes(&bytes, "test.bin").expect("loads");
    assert_eq!(predictions(&loaded, &docs), predictions(&w, &docs));
    assert_eq!(loaded.to_bytes(), bytes);
}

#[test]
fn damaged_files_are_refused_with_their_name() {
    let bytes = train(&corpus(), &opts(), |_, _| {}).to_bytes();
    let err = |b: &[u8]| Weights::from_bytes(b, "ner.bin").err().expect("refused");

    let truncated = err(&bytes[..bytes.len() / 2]);
    assert!(matches!(truncated, ModelError::Truncated { .. }));
    assert!(truncated.to_string().starts_with("ner.bin: "));

    let mut flipped = bytes.clone();
    flipped[bytes.len() / 2] ^= 0x40;
    assert!(matches!(err(&flipped), ModelError::Corrupt { .. }));

    let mut version = bytes.clone();
    version[8] = 99;
    assert_eq!(
        err(&version),
        ModelError::Version {
            file: "ner.bin".into(),
            found: 99
        }
    );
    assert!(matches!(err(b"hello"), ModelError::NotAModel { .. }));
    assert!(matches!(err(&[]), ModelError::NotAModel { .. }));
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(matches!(err(&longer), ModelError::Corrupt { .. }));
}

#[test]
fn the_shipped_model_loads_and_stays_small() {
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/ner.bin")).unwrap();
    assert!(bytes.len() <= 8 << 20, "{} bytes", bytes.len());
    let w = recogniser().expect("the shipped model loads");
    assert!(w.len() > 10_000);
}
