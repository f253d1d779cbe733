//! Load and analyse: the sample article, and a 3 MB article of distinct
//! paragraphs generated here.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

/// About 3 MB of news-like paragraphs, each different from the others.
fn big_article() -> String {
    const FIRST: &[&str] = &[
        "Maria", "John", "Ahmed", "Li", "Sarah", "Ivan", "Grace", "Tomas",
    ];
    const LAST: &[&str] = &[
        "Lopez", "Smith", "Hassan", "Wei", "Brooks", "Petrov", "Okafor", "Novak",
    ];
    const PLACES: &[&str] = &[
        "Nairobi", "Lima", "Oslo", "Hanoi", "Denver", "Porto", "Accra", "Perth",
    ];
    const ORGS: &[&str] = &[
        "Ministry of Health",
        "Central Bank",
        "Port Authority",
        "City Council",
    ];
    let mut s = String::from(
        "A generated article for measuring speed\n\nBy Test Writer | The Bench Post\n\n",
    );
    let mut i = 0usize;
    while s.len() < 3_000_000 {
        let (f, l) = (FIRST[i % 8], LAST[(i / 8) % 8]);
        let p = PLACES[(i / 3) % 8];
        let o = ORGS[(i / 5) % 4];
        s.push_str(&format!(
            "{f} {l}, a senior official of the {o} in {p}, said on Monday that {n} new projects worth ${m} million \
             would start in {y}. “We expect about {pc}% growth in case {i},” {l} said. The plan covers more than \
             {k} households, according to the {o}.\n\n",
            n = i % 97 + 3,
            m = i % 500 + 1,
            y = 2000 + i % 30,
            pc = i % 40,
            k = 1000 + i * 7,
        ));
        i += 1;
    }
    s
}

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
}

criterion_group!(benches, analysis);
criterion_main!(benches);
