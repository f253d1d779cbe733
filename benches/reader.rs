//! The reader: one full frame on the sample and on a 3 MB article, and
//! start-up (load, analyse, wrap, first frame) for the sample.

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;

use byline::app::App;

mod common;

fn frame(c: &mut Criterion) {
    let mut g = c.benchmark_group("frame");
    let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let sample = App::new(byline::load(&byline::Input::Sample).unwrap(), 120, 40);
    g.bench_function("sample", |b| {
        b.iter(|| {
            term.draw(|f| byline::ui::draw(black_box(&sample), f))
                .unwrap();
        })
    });
    let doc = byline::document_from_text(&common::big_article(), vec![]);
    let mut big = App::new(doc, 120, 40);
    // Mid-article, with a search active, so every layer is drawn.
    big.top = big.wrapped.len() / 2;
    big.search.query = "said".into();
    let at = big.wrapped.pos_of(big.top);
    big.search.run(&big.doc.article.text, at);
    g.bench_function("3MB", |b| {
        b.iter(|| {
            term.draw(|f| byline::ui::draw(black_box(&big), f)).unwrap();
        })
    });
    g.finish();
}

fn startup(c: &mut Criterion) {
    c.bench_function("startup/sample", |b| {
        b.iter(|| {
            let doc = byline::load(&byline::Input::Sample).unwrap();
            let app = App::new(doc, 120, 40);
            let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
            term.draw(|f| byline::ui::draw(&app, f)).unwrap();
        })
    });
}

criterion_group!(benches, frame, startup);
criterion_main!(benches);
