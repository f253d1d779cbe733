//! The entity recogniser: loading its weights, tagging words on one core,
//! and the whole `byline --json` process on a 3 MB article, model loading
//! included.

use byline::model::features::DocStats;
use byline::model::{Scratch, Weights, tag_sentence};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

mod common;
use common::big_article;

fn recogniser(c: &mut Criterion) {
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/ner.bin")).unwrap();
    let mut g = c.benchmark_group("recogniser");
    g.sample_size(20);
    g.bench_function("load weights", |b| {
        b.iter(|| Weights::from_bytes(black_box(&bytes), "ner.bin").unwrap())
    });

    let weights = Weights::from_bytes(&bytes, "ner.bin").unwrap();
    let big = big_article();
    let article = byline::document_from_text(&big, vec![]).article;
    let ctx = byline::analysis::context(&article);
    let sentences: Vec<Vec<&str>> = ctx
        .sentences
        .iter()
        .map(|s| s.tokens.clone().map(|k| ctx.tok(k)).collect())
        .collect();
    let tokens: usize = sentences.iter().map(Vec::len).sum();
    g.throughput(Throughput::Elements(tokens as u64));
    g.sample_size(10);
    g.bench_function("tag 3MB", |b| {
        b.iter(|| {
            let stats = DocStats::new(&sentences);
            let (mut scratch, mut tags) = (Scratch::default(), Vec::new());
            let mut names = 0;
            for s in &sentences {
                tag_sentence(&weights, s, &stats, &mut scratch, &mut tags);
                names += tags.iter().filter(|t| t.split().is_some()).count();
            }
            names
        })
    });
    g.finish();

    // The whole process, as a user runs it.
    let path = std::env::temp_dir().join("byline-bench-3mb.txt");
    std::fs::write(&path, &big).unwrap();
    let mut g = c.benchmark_group("process");
    g.throughput(Throughput::Elements(big.split_whitespace().count() as u64));
    g.sample_size(10);
    g.bench_function("byline --json 3MB", |b| {
        b.iter(|| {
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_byline"))
                .arg("--json")
                .arg(&path)
                .stdout(std::process::Stdio::null())
                .status()
                .unwrap();
            assert!(out.success());
        })
    });
    g.finish();
}

criterion_group!(benches, recogniser);
criterion_main!(benches);
