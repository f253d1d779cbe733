//! Load and analyse: the sample article, and a 3 MB article of distinct
//! paragraphs.

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

mod common;
use common::big_article;

fn analysis(c: &mut Criterion) {
    let sample = byline::source::SAMPLE;
    let words = sample.split_whitespace().count() as u64;
    let mut g = c.benchmark_group("analyse");
    g.throughput(Throughput::Elements(words));
    g.bench_function("sample", |b| {
        b.iter(|| byline::document_from_text(black_box(sample), vec![]))
    });
    let big = big_article();
    g.throughput(Throughput::Elements(big.split_whitespace().count() as u64));
    g.sample_size(10);
    g.bench_function("3MB", |b| {
        b.iter(|| byline::document_from_text(black_box(&big), vec![]))
    });
    g.finish();

    // What finding quotations adds: the analysis of the same article with
    // and without them, and the extraction alone.
    let article = byline::document_from_text(&big, vec![]).article;
    let mut g = c.benchmark_group("quotes-share");
    g.sample_size(10);
    g.bench_function("3MB with quotes", |b| {
        b.iter(|| byline::analysis::analyze_stages(black_box(&article), true))
    });
    g.bench_function("3MB without quotes", |b| {
        b.iter(|| byline::analysis::analyze_stages(black_box(&article), false))
    });
    // Quotation extraction alone, on a fresh context each time (the context
    // keeps the cues it has worked out).
    let entities = byline::analysis::analyze_stages(&article, false).entities;
    g.bench_function("3MB quotes alone", |b| {
        b.iter_batched(
            || byline::analysis::context(&article),
            |ctx| byline::analysis::quotes::extract(&ctx, black_box(&entities)),
            BatchSize::LargeInput,
        )
    });
    g.finish();
}

criterion_group!(benches, analysis);
criterion_main!(benches);
