//! What the fuzz targets share: turning fuzzer bytes into a reader session,
//! and running one, so that a crash found by the fuzzer can be replayed
//! from its file by a plain test.

use byline::app::{Action, App, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Loads `bytes` as an article and analyses it; when it reads, the JSON
/// export must parse and give back every quotation's text.
pub fn analyse(bytes: &[u8]) {
    let Ok(decoded) = byline::source::decode(bytes, "fuzz") else {
        return;
    };
    let doc = byline::document_from_text(&decoded.text, decoded.warnings);
    let json: serde_json::Value =
        serde_json::from_str(&byline::export::to_json(&doc)).expect("the export is JSON");
    let chars: Vec<char> = doc.article.text.chars().collect();
    for q in json["quotes"].as_array().expect("quotes") {
        let (s, e) = (
            q["start"].as_u64().unwrap_or(0),
            q["end"].as_u64().unwrap_or(0),
        );
        let text: String = chars[s as usize..e as usize].iter().collect();
        assert_eq!(text, q["text"].as_str().unwrap_or_default());
    }
}

/// The action byte `b` stands for; `next` gives the bytes some actions take.
fn action(b: u8, next: &mut impl Iterator<Item = u8>) -> Action {
    let mut arg = || next.next().unwrap_or(0);
    match b % 36 {
        0 => Action::FocusNext,
        1 => Action::FocusPrev,
        2 => Action::Down,
        3 => Action::Up,
        4 => Action::HalfPageDown,
        5 => Action::HalfPageUp,
        6 => Action::PageDown,
        7 => Action::PageUp,
        8 => Action::Top,
        9 => Action::Bottom,
        10 => Action::Select,
        11 => Action::NextMention,
        12 => Action::PrevMention,
        13 => Action::NextQuote,
        14 => Action::PrevQuote,
        15 => Action::NextSameSpeaker,
        16 => Action::PrevSameSpeaker,
        17 => Action::Search,
        18 => Action::SearchSubmit,
        19 => Action::SearchBackspace,
        20 => Action::Cancel,
        21 => Action::Help,
        22 => Action::SearchChar(char::from(arg())),
        23 => Action::Resize(u16::from(arg()), u16::from(arg() % 80)),
        24 => Action::Scroll {
            col: u16::from(arg()),
            row: u16::from(arg() % 80),
            lines: i16::from(arg() as i8 / 16),
        },
        25 => Action::Click {
            col: u16::from(arg()),
            row: u16::from(arg() % 80),
        },
        26 => Action::NextArticle,
        27 => Action::PrevArticle,
        28 => Action::Zoom,
        29 => Action::FilterSpeaker,
        30 => Action::Bookmark,
        31 => Action::Bookmarks,
        32 => Action::Links,
        33 => Action::Copy,
        34 => Action::Export,
        _ => Action::Back,
    }
}

/// An article up to the first 0xFF byte, then keys: the reader opens the
/// article at a size the first two key bytes give, applies every key and
/// draws after each, at whatever size it has been resized to.
pub fn read(bytes: &[u8]) {
    let (text, keys) = match bytes.iter().position(|&b| b == 0xFF) {
        Some(i) => (&bytes[..i], &bytes[i + 1..]),
        None => (bytes, &[][..]),
    };
    let Ok(decoded) = byline::source::decode(text, "fuzz") else {
        return;
    };
    let doc = byline::document_from_text(&decoded.text, decoded.warnings);
    let mut keys = keys.iter().copied();
    let width = u16::from(keys.next().unwrap_or(80));
    let height = u16::from(keys.next().unwrap_or(24) % 80);
    let mut app = App::new(doc, width, height);
    let draw = |app: &App| {
        let (w, h) = (app.width.max(1), app.height.max(1));
        let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("a test terminal");
        terminal
            .draw(|f| byline::ui::draw(app, f))
            .expect("the frame draws");
    };
    draw(&app);
    while let Some(b) = keys.next() {
        let a = action(b, &mut keys);
        update(&mut app, a);
        draw(&app);
        if app.quit {
            break;
        }
    }
}
