//! Web pages: finding the article in a page and analysing it, and the
//! reader's first frame on it, for a generated 1.6 MB news page and, when
//! the shared test pages are beside the project, the largest of them.

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;

use byline::app::App;

/// A 1.6 MB news page: scripts, navigation, an article of three hundred
/// paragraphs (about 100 KB of text) with quotations and links, related
/// stories, and a long thread of comments.
fn big_page() -> String {
    let mut s = String::from(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Harbour plan | The Courier</title>\
         <meta property=\"og:site_name\" content=\"The Courier\"><meta name=\"author\" content=\"Lena Park\">",
    );
    for i in 0..400 {
        s.push_str(&format!(
            "<script>window.ads{i} = {{slot: {i}, sizes: [[300, 250], [728, 90]], targeting: \"news\"}};</script>"
        ));
    }
    s.push_str("</head><body><header><nav>");
    for i in 0..300 {
        s.push_str(&format!("<a href=\"/section/{i}\">Section {i}</a> "));
    }
    s.push_str(
        "</nav></header><main><article><h1>Harbour plan</h1><p class=\"byline\">By Lena Park</p>",
    );
    let names = ["Ana Ruiz", "Karl Obi", "Sam Ortiz", "Grace Okafor"];
    let mut i = 0;
    while i < 300 {
        let n = names[i % 4];
        s.push_str(&format!(
            "<p>“We expect the quay to reopen in {m} weeks,” said {n}, who leads the \
             <a href=\"/topics/{i}\">harbour works</a>. The plan, which costs ${c} million, \
             was approved by the council on Monday after {d} days of debate.</p>",
            m = i % 12 + 2,
            c = i % 90 + 10,
            d = i % 30 + 1
        ));
        i += 1;
    }
    s.push_str("</article></main><aside><h3>Related</h3><ul>");
    for i in 0..200 {
        s.push_str(&format!(
            "<li><a href=\"/story/{i}\">Another story number {i}</a></li>"
        ));
    }
    s.push_str("</ul></aside><section class=\"comments\">");
    while s.len() < 1_600_000 {
        s.push_str("<div class=\"comment\"><p>I have lived here forty years and never seen the like.</p></div>");
    }
    s.push_str("</section><footer>© The Courier</footer></body></html>");
    s
}

fn document(bytes: &[u8]) -> byline::Document {
    let Ok(byline::source::Content::Page {
        page,
        url,
        warnings,
    }) = byline::source::page(bytes, None, None, "bench")
    else {
        panic!("the page reads");
    };
    byline::document_from_article(byline::article::from_page(page, url), warnings)
}

/// The largest of the shared test pages, when they are beside the project.
fn largest_shared_page() -> Option<(String, Vec<u8>)> {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/html/readability");
    std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| {
            let p = e.ok()?.path().join("source.html");
            let len = std::fs::metadata(&p).ok()?.len();
            Some((len, p))
        })
        .max()
        .and_then(|(_, p)| Some((p.display().to_string(), std::fs::read(&p).ok()?)))
}

fn pages(c: &mut Criterion) {
    let mut g = c.benchmark_group("page");
    let big = big_page();
    g.bench_function("extract+analyse 1.6MB generated", |b| {
        b.iter(|| document(black_box(big.as_bytes())))
    });
    g.bench_function("first frame 1.6MB generated", |b| {
        b.iter(|| {
            let app = App::new(document(big.as_bytes()), 120, 40);
            let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
            term.draw(|f| byline::ui::draw(&app, f)).unwrap();
        })
    });
    if let Some((name, bytes)) = largest_shared_page() {
        eprintln!("largest shared page: {name}, {} bytes", bytes.len());
        g.bench_function("extract+analyse largest shared page", |b| {
            b.iter(|| document(black_box(&bytes)))
        });
    }
    g.finish();
}

criterion_group!(benches, pages);
criterion_main!(benches);
