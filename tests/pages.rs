//! Web pages: the article found in the page around it, its metadata, its
//! encoding, its links; and any bytes at all given as a page.

mod common;

use byline::Input;
use proptest::prelude::*;
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pages")).join(name)
}

/// A page written to a file of its own in a fresh folder.
fn page_file(name: &str, bytes: &[u8]) -> (tempdir::Dir, PathBuf) {
    let dir = tempdir::Dir::new();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    (dir, path)
}

mod tempdir {
    /// A folder under the system's temporary folder, removed when dropped.
    pub struct Dir(std::path::PathBuf);

    impl Dir {
        pub fn new() -> Dir {
            use std::sync::atomic::{AtomicUsize, Ordering};
            static N: AtomicUsize = AtomicUsize::new(0);
            let p = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
                "byline-pages-{}-{}",
                std::process::id(),
                N.fetch_add(1, Ordering::Relaxed)
            ));
            std::fs::create_dir_all(&p).unwrap();
            Dir(p)
        }
        pub fn path(&self) -> &std::path::Path {
            &self.0
        }
    }

    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

#[test]
fn a_news_page_gives_its_article_and_metadata_not_the_page_around_it() {
    let doc = byline::load(&Input::File(fixture("harbour.html"))).unwrap();
    let art = &doc.article;
    assert_eq!(
        art.title_text(),
        Some("Harbour council backs new ferry terminal")
    );
    let authors: Vec<&str> = art.authors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(authors, ["Lena Park"]);
    assert_eq!(
        art.source.as_ref().map(|s| s.name.as_str()),
        Some("The Coastal Courier")
    );
    assert_eq!(art.published.as_deref(), Some("2024-09-10 09:06"));
    let body: Vec<&str> = art
        .paragraphs
        .iter()
        .map(|p| &art.text[p.clone()])
        .collect();
    assert!(body[0].starts_with("The Harbour Council voted on Monday"));
    assert!(body.contains(&"Opposition remains"));
    // Navigation, advertising, sharing, related links, comments and the
    // footer are not the article.
    for furniture in [
        "Weather",
        "Buy a boat",
        "Share",
        "Related stories",
        "wasting money",
        "All rights reserved",
    ] {
        assert!(!art.text.contains(furniture), "{furniture:?} kept");
    }
    // The analysis reads it like any article.
    let q = doc
        .analysis
        .quotes
        .iter()
        .find(|q| art.text[q.span.clone()].contains("next fifty years"))
        .expect("the mayor's statement");
    assert_eq!(q.speaker.as_deref(), Some("Ana Ruiz"));
    let q = doc
        .analysis
        .quotes
        .iter()
        .find(|q| art.text[q.span.clone()].contains("double in cost"))
        .expect("the director's statement");
    assert_eq!(q.speaker.as_deref(), Some("Karl Obi"));
}

#[test]
fn links_keep_their_anchor_text_and_an_absolute_target() {
    let doc = byline::load(&Input::File(fixture("harbour.html"))).unwrap();
    let art = &doc.article;
    let links: Vec<(&str, &str)> = art
        .links
        .iter()
        .map(|l| (&art.text[l.span.clone()], l.url.as_str()))
        .collect();
    assert_eq!(links.len(), 2, "{links:?}");
    assert_eq!(links[0].0, "audit of the marina");
    // A page read from a file is its own base: a link from the root of
    // the site points at the root of the file system.
    assert_eq!(links[0].1, "file:///reports/2021-audit.html");
    assert_eq!(
        links[1],
        ("council website", "https://council.example/plans/ferry")
    );
    let json: serde_json::Value = serde_json::from_str(&byline::export::to_json(&doc)).unwrap();
    let first = &json["links"][0];
    assert_eq!(first["text"], "audit of the marina");
    let chars: Vec<char> = art.text.chars().collect();
    let (s, e) = (
        first["start"].as_u64().unwrap() as usize,
        first["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        chars[s..e].iter().collect::<String>(),
        "audit of the marina"
    );
    assert!(json["url"].as_str().unwrap().starts_with("file:///"));
}

#[test]
fn a_base_element_makes_relative_links_absolute() {
    let html = "<html><head><base href=\"https://news.example/world/\"><title>Port reopens</title></head>\
                <body><article><p>The port reopened on Monday after a week of repairs to the quay, \
                the <a href=\"../ports/authority.html\">port authority</a> said in a statement to the \
                press, adding that ferries would run to the usual timetable from Tuesday.</p></article></body></html>";
    let (_dir, path) = page_file("port.html", html.as_bytes());
    let doc = byline::load(&Input::File(path)).unwrap();
    let l = &doc.article.links[0];
    assert_eq!(l.url, "https://news.example/ports/authority.html");
    assert_eq!(&doc.article.text[l.span.clone()], "port authority");
}

#[test]
fn an_unlabelled_page_in_windows_1252_is_decoded() {
    let body = "<html><head><title>Caf\u{e9} owners protest</title></head><body><article>\
                <p>\u{201c}We will not close,\u{201d} said Ren\u{e9}e Dubois, who has run the caf\u{e9} \
                on the square for twenty years and pays \u{a3}900 a month in rent.</p></article></body></html>";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(body);
    let (_dir, path) = page_file("cafe.htm", &bytes);
    let doc = byline::load(&Input::File(path)).unwrap();
    assert_eq!(doc.article.title_text(), Some("Café owners protest"));
    assert!(doc.article.text.contains("Renée Dubois"));
    assert!(doc.article.text.contains("£900"));
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}

#[test]
fn a_page_is_known_by_its_content_and_a_text_by_its_own() {
    let html = b"\n<!-- saved from url=(0014)about:internet -->\n<!DOCTYPE html><html><body><p>The council met on Monday and voted for the new ferry terminal after a long debate about its cost.</p></body></html>";
    let (_dir, path) = page_file("saved.txt", html);
    let doc = byline::load(&Input::File(path)).unwrap();
    assert!(!doc.article.text.contains('<'), "{}", doc.article.text);
    assert!(doc.article.text.contains("ferry terminal"));
    let text =
        b"Council notes\n\nThe clerk wrote <html> on the board to explain the new web page.\n";
    let (_dir, path) = page_file("notes.txt", text);
    let doc = byline::load(&Input::File(path)).unwrap();
    assert!(doc.article.text.contains("<html>"));
}

#[test]
fn a_page_nested_deeper_than_any_real_one_is_read() {
    let mut html = String::from("<html><body>");
    for _ in 0..20_000 {
        html.push_str("<div>");
    }
    html.push_str("<p>The mayor said the ferry would run all winter, whatever the weather.</p>");
    for _ in 0..20_000 {
        html.push_str("</div>");
    }
    html.push_str("</body></html>");
    let (_dir, path) = page_file("deep.html", html.as_bytes());
    let doc = byline::load(&Input::File(path)).unwrap();
    assert!(doc.article.text.contains("ferry would run all winter"));
}

#[test]
fn the_binary_reads_a_page_from_standard_input() {
    let html = std::fs::read(fixture("harbour.html")).unwrap();
    let out = common::run(&["--json", "-"], &html);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["title"], "Harbour council backs new ferry terminal");
    assert_eq!(json["source"], "The Coastal Courier");
    assert!(json["url"].is_null());
}

/// Pieces of pages, for strings that look like HTML.
fn html_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<div class=\"story\">".to_string()),
        Just("</div>".to_string()),
        Just("<blockquote>".to_string()),
        Just("<h2>".to_string()),
        Just("<a href=\"/x\">".to_string()),
        Just("</a>".to_string()),
        Just("<br>".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("&amp; &#8217; &shy; &#x1b;[31m".to_string()),
        Just("\u{1b}[2J\u{7}".to_string()),
        Just(" “We will,” said Ana Ruiz. ".to_string()),
        Just("The council met on Monday and voted for it. ".to_string()),
        "[a-zA-Z ,.\"]{0,40}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_bytes_as_a_page_give_an_error_or_a_sound_document(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        common::check_page(&bytes);
    }

    #[test]
    fn any_html_like_text_gives_a_sound_document(pieces in prop::collection::vec(html_piece(), 0..60)) {
        let html = format!("<!DOCTYPE html><html><head><title>T</title></head><body>{}</body></html>", pieces.concat());
        common::check_page(html.as_bytes());
    }
}

#[test]
fn a_heading_is_not_speech_and_a_block_quotation_is() {
    let html = "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Ferry plan approved</title></head><body><article>\
        <p>The harbour council approved the ferry plan on Monday after a debate that lasted most of the night.</p>\
        <h2>\u{201c}We will not give up,\u{201d} says harbour union</h2>\
        <p>Karl Obi runs the union that opposed the plan. In a letter to members, Mayor Ana Ruiz wrote:</p>\
        <blockquote><p>Every crew will keep its berth, and no one will lose a job because of the new terminal.</p></blockquote>\
        <p>The work begins in the spring and should take two years to finish.</p>\
        </article></body></html>";
    let (_dir, path) = page_file("plan.html", html.as_bytes());
    let doc = byline::load(&Input::File(path)).unwrap();
    let text = &doc.article.text;
    let quotes: Vec<(&str, Option<&str>)> = doc
        .analysis
        .quotes
        .iter()
        .map(|q| (&text[q.span.clone()], q.speaker.as_deref()))
        .collect();
    assert!(
        quotes
            .iter()
            .all(|(t, _)| !t.contains("We will not give up")),
        "{quotes:?}"
    );
    let bq = doc
        .analysis
        .quotes
        .iter()
        .find(|q| text[q.span.clone()].starts_with("Every crew will keep its berth"))
        .expect("the block quotation");
    assert_eq!(bq.pattern, byline::analysis::Pattern::BlockQuote);
    assert_eq!(bq.speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(doc.article.language.as_deref(), Some("en-GB"));
}
