//! A corpus at once: 10,000 articles, made from articles written for the
//! tests with their people, places and figures varied, analysed as
//! `byline --json` does (one JSON line each), on one core and on two, side
//! by side in one run.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::path::PathBuf;

const ARTICLES: &[&str] = &[
    include_str!("../tests/fixtures/articles/council.txt"),
    include_str!("../tests/fixtures/articles/match.txt"),
    include_str!("../tests/fixtures/articles/markets.txt"),
    include_str!("../tests/fixtures/articles/interview.txt"),
];

const COUNT: usize = 10_000;

/// Writes the corpus once into a folder of its own.
fn corpus() -> Vec<byline::Input> {
    let dir = std::env::temp_dir().join(format!("byline-bench-batch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a folder for the corpus");
    let swaps = [
        (
            "Ann Lee",
            ["Rosa Diaz", "Omar Haddad", "Mei Lin", "Ann Lee"],
        ),
        ("Ortiz", ["Novak", "Mensah", "Ortiz", "Tanaka"]),
        ("Hale", ["Brennan", "Hale", "Quist", "Adebayo"]),
        ("Hartfield", ["Dunmore", "Hartfield", "Kelso", "Ashby"]),
        ("14,000", ["9,500", "14,000", "22,300", "3,100"]),
    ];
    (0..COUNT)
        .map(|i| {
            let mut text = ARTICLES[i % ARTICLES.len()].to_string();
            for (from, to) in &swaps {
                text = text.replace(from, to[(i / 4) % to.len()]);
            }
            text.push_str(&format!("\nStory number {i}.\n"));
            let path: PathBuf = dir.join(format!("{i:05}.txt"));
            std::fs::write(&path, text).expect("the corpus is written");
            byline::Input::File(path)
        })
        .collect()
}

fn batch(c: &mut Criterion) {
    let inputs = corpus();
    let mut g = c.benchmark_group("batch 10k articles");
    g.sample_size(10);
    g.throughput(Throughput::Elements(COUNT as u64));
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("a thread pool");
        g.bench_function(
            format!("{threads} core{}", if threads > 1 { "s" } else { "" }),
            |b| {
                b.iter(|| {
                    pool.install(|| byline::batch::json(&inputs, &mut std::io::sink(), &|| {}))
                        .expect("the batch runs")
                })
            },
        );
    }
    g.finish();
}

criterion_group!(benches, batch);
criterion_main!(benches);
