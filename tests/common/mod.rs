//! What the integration tests share: what every analysis must hold,
//! whatever the input, and running the real binary. Each test file uses
//! part of it.
#![allow(dead_code)]

use std::io::Write;
use std::process::{Child, Command, Output, Stdio};

/// Starts the byline binary with `args`, every stream piped.
pub fn spawn(args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("byline runs")
}

/// Runs the byline binary with `args` and `stdin` to its end.
pub fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = spawn(args);
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("write stdin");
    child.wait_with_output().expect("byline ends")
}

/// Loads `bytes` as an article; when they read, checks that the text is
/// terminal-safe, that every span is in bounds and on character
/// boundaries, that offsets map back onto the text as read, and that the
/// JSON's offsets give back each quotation's text.
pub fn check(bytes: &[u8]) {
    let Ok(decoded) = byline::source::decode(bytes, "prop") else {
        return;
    };
    let doc = byline::document_from_text(&decoded.text, decoded.warnings);
    check_document(&doc);
    let text = &doc.article.text;
    // Offsets onto the text as read stay in it and in order.
    let map = byline::text::CharMap::new(&decoded.text, text);
    let raw_len = decoded.text.chars().count();
    let n = text.chars().count();
    let mut prev = 0;
    for i in 0..n {
        let k = map.start(i);
        assert!(
            k < raw_len && k >= prev,
            "char {i} maps to {k} after {prev}"
        );
        assert!(map.end(i + 1) > k && map.end(i + 1) <= raw_len);
        prev = k;
    }
}

/// Loads `bytes` as a web page; when it reads, checks what `check` checks
/// of any document.
pub fn check_page(bytes: &[u8]) {
    let Ok(byline::source::Content::Page {
        page,
        url,
        warnings,
    }) = byline::source::page(
        bytes,
        None,
        Some("https://news.example/a/b.html".into()),
        "prop",
    )
    else {
        return;
    };
    let doc = byline::document_from_article(byline::article::from_page(page, url), warnings);
    check_document(&doc);
}

/// What every document holds: terminal-safe text, every span (paragraphs,
/// links, mentions, figures, quotations) in bounds and on character
/// boundaries, and JSON offsets that give back each quotation's text.
pub fn check_document(doc: &byline::Document) {
    let text = &doc.article.text;
    assert!(
        text.chars().all(|c| c == '\n' || !c.is_control()),
        "control character in {text:?}"
    );
    assert!(!text.contains('\u{1b}'));
    let spans = doc
        .article
        .paragraphs
        .iter()
        .cloned()
        .chain(doc.article.links.iter().map(|l| l.span.clone()))
        .chain(
            doc.analysis
                .entities
                .iter()
                .flat_map(|e| e.mentions.iter().cloned()),
        )
        .chain(doc.analysis.figures.iter().map(|f| f.span()))
        .chain(doc.analysis.quotes.iter().flat_map(|q| {
            [
                Some(q.span.clone()),
                q.cue.map(|c| c.span()),
                q.speaker_mention.map(|m| m.span()),
            ]
            .into_iter()
            .flatten()
        }));
    for s in spans {
        assert!(
            s.start <= s.end && s.end <= text.len(),
            "{s:?} out of bounds"
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{s:?} splits a character"
        );
    }
    let json: serde_json::Value = serde_json::from_str(&byline::export::to_json(doc)).unwrap();
    let chars: Vec<char> = text.chars().collect();
    for q in json["quotes"].as_array().unwrap() {
        let (s, e) = (
            q["start"].as_u64().unwrap() as usize,
            q["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            chars[s..e].iter().collect::<String>(),
            q["text"].as_str().unwrap()
        );
    }
}

/// The reader drawn at its size.
pub fn render(app: &byline::app::App) -> ratatui::buffer::Buffer {
    let mut t =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(app.width, app.height)).unwrap();
    t.draw(|f| byline::ui::draw(app, f)).unwrap();
    t.backend().buffer().clone()
}

/// The style of the cell where `needle` starts on screen.
pub fn style_at(app: &byline::app::App, needle: &str) -> ratatui::style::Style {
    let buf = render(app);
    for y in 0..buf.area.height {
        let row: Vec<&str> = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
        let line = row.concat();
        if let Some(i) = line.find(needle) {
            let x = line[..i].chars().count() as u16;
            return buf[(x, y)].style();
        }
    }
    panic!("{needle} not on screen");
}
