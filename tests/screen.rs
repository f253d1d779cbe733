//! Whole-screen snapshots of the reader on the sample article.

mod common;

use byline::app::{Action, App, update};
use common::style_at;

fn app(width: u16, height: u16) -> App {
    let doc = byline::load(&byline::Input::Sample).expect("the sample loads");
    App::new(doc, width, height)
}

/// The screen as text, one line per row.
fn screen(app: &App) -> String {
    let buf = common::render(app);
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        for x in 0..buf.area.width {
            line.push_str(buf[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn press(app: &mut App, actions: &[Action]) {
    for &a in actions {
        update(app, a);
    }
}

/// Focuses the list and selects an entity by name, as a reader would with
/// Tab, j and Enter.
fn choose(app: &mut App, name: &str) {
    press(app, &[Action::FocusNext]);
    while app
        .entity_at(app.names.cursor.selected)
        .is_none_or(|e| app.doc.analysis.entities[e].name != name)
    {
        let before = app.names.cursor.selected;
        press(app, &[Action::Down]);
        assert_ne!(
            before, app.names.cursor.selected,
            "{name} is not in the list"
        );
    }
    press(app, &[Action::Select]);
}

fn search(app: &mut App, word: &str) {
    press(app, &[Action::Search]);
    for c in word.chars() {
        press(app, &[Action::SearchChar(c)]);
    }
}

const SIZES: [(u16, u16); 2] = [(120, 40), (40, 12)];

#[test]
fn initial_screen() {
    for (w, h) in SIZES {
        insta::assert_snapshot!(format!("initial_{w}x{h}"), screen(&app(w, h)));
    }
}

#[test]
fn wang_xiaohong_then_n_twice() {
    for (w, h) in SIZES {
        let mut a = app(w, h);
        choose(&mut a, "Wang Xiaohong");
        press(&mut a, &[Action::NextMention, Action::NextMention]);
        let s = screen(&a);
        assert!(s.contains("mention 3/"), "{s}");
        insta::assert_snapshot!(format!("mention_{w}x{h}"), s);
    }
}

#[test]
fn third_quotation() {
    for (w, h) in SIZES {
        let mut a = app(w, h);
        press(
            &mut a,
            &[Action::NextQuote, Action::NextQuote, Action::NextQuote],
        );
        let s = screen(&a);
        assert!(s.contains("quote 3/"), "{s}");
        insta::assert_snapshot!(format!("quote_{w}x{h}"), s);
    }
}

#[test]
fn quotes_view_grouped_by_speaker() {
    for (w, h) in SIZES {
        let mut a = app(w, h);
        press(
            &mut a,
            &[
                Action::FocusNext,
                Action::FocusNext,
                Action::Down,
                Action::Select,
            ],
        );
        let s = screen(&a);
        assert!(s.contains("Quotes ("), "{s}");
        assert!(s.contains("quote "), "{s}");
        insta::assert_snapshot!(format!("quotes_view_{w}x{h}"), s);
    }
}

#[test]
fn help_overlay() {
    for (w, h) in SIZES {
        let mut a = app(w, h);
        press(&mut a, &[Action::Help]);
        let s = screen(&a);
        assert!(s.contains("quit"), "{s}");
        insta::assert_snapshot!(format!("help_{w}x{h}"), s);
    }
}

#[test]
fn searching() {
    for (w, h) in SIZES {
        let mut a = app(w, h);
        search(&mut a, "interpol");
        let s = screen(&a);
        assert!(s.contains("/interpol"), "{s}");
        insta::assert_snapshot!(format!("search_{w}x{h}"), s);
    }
}

#[test]
fn too_small_says_so_whole_even_when_narrow() {
    let s = screen(&app(39, 8));
    assert_eq!(s.lines().filter(|l| !l.is_empty()).count(), 1, "{s}");
    assert!(s.starts_with("terminal too small: byline needs 40×12"));
    // Narrower than the message: it wraps rather than being cut.
    let s = screen(&app(20, 8));
    let words: Vec<&str> = s.split_whitespace().collect();
    assert_eq!(
        words.join(" "),
        "terminal too small: byline needs 40×12",
        "{s}"
    );
    // One column, one row: no panic, and what fits of the message.
    assert_eq!(screen(&app(1, 1)), "t\n");
}

#[test]
fn matches_people_and_quotations_are_styled_apart() {
    use ratatui::style::{Color, Modifier};
    let mut a = app(120, 40);
    let person = style_at(&a, "Wang Xiaohong made");
    assert_eq!(person.fg, Some(Color::Cyan));
    let money = style_at(&a, "$257 million");
    assert_eq!(money.fg, Some(Color::LightGreen));
    press(&mut a, &[Action::HalfPageDown]);
    let quote = style_at(&a, "Our capabilities");
    assert!(quote.add_modifier.contains(Modifier::ITALIC));
    // Reported speech is upright: more than colour tells it from quoted
    // words.
    let reported = style_at(&a, "highlighted China’s contribution");
    assert_eq!(reported.fg, Some(Color::Yellow));
    assert!(!reported.add_modifier.contains(Modifier::ITALIC));
    search(&mut a, "interpol");
    press(&mut a, &[Action::SearchSubmit]);
    assert_eq!(style_at(&a, "Interpol, as well").bg, Some(Color::Yellow));
}

#[test]
fn the_readme_lists_every_key_binding() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for b in byline::app::keymap::DEFAULTS {
        assert!(readme.contains(b.help), "README misses {:?}", b.help);
        for k in b.keys {
            let label = format!("`{}`", byline::app::keymap::label(k));
            assert!(readme.contains(&label), "README misses the key {label}");
        }
        // The name the configuration file gives the action.
        if b.action != byline::app::Action::Interrupt {
            let name = serde_json::to_string(&b.action).unwrap().replace('"', "`");
            assert!(readme.contains(&name), "README misses the action {name}");
        }
    }
}

#[test]
fn a_count_of_ten_or_more_never_runs_into_the_name() {
    let mut text = String::from("Harbour council meets\n\nMayor Ana Ruiz spoke for an hour.\n\n");
    for i in 1..=11 {
        text.push_str(&format!(
            "“Point number {i} matters to the harbour,” Ruiz said.\n\n"
        ));
    }
    let doc = byline::document_from_text(&text, vec![]);
    let s = screen(&App::new(doc, 120, 40));
    assert!(s.contains("“11 Ana Ruiz"), "{s}");
}

#[test]
fn a_speaker_quoted_more_often_than_named_says_why() {
    let text = "Harbour council meets\n\nMayor Ana Ruiz spoke for an hour.\n\n\
        “The harbour opens in May,” she said.\n\n\
        “The boats are ready,” she added.\n\n\
        “Fares stay low,” she said.\n";
    let doc = byline::document_from_text(text, vec![]);
    let mut a = App::new(doc, 120, 40);
    let s = screen(&a);
    assert!(s.contains("Ana Ruiz · 1 by name"), "{s}");
    choose(&mut a, "Ana Ruiz");
    let s = screen(&a);
    assert!(s.contains("quoted 3 times, some as “he” or “she”"), "{s}");
}

#[test]
fn a_figure_repeated_with_one_meaning_is_one_row_with_its_count() {
    let text = "Harbour budget\n\n\
        Published 2024-09-10\n\n\
        The council met on Monday and spent $5 million on the pier.\n\n\
        On Monday the mayor said the $5 million was well spent.\n\n\
        Critics want 12 buses and 12 new schools.\n";
    let doc = byline::document_from_text(text, vec![]);
    let mut a = App::new(doc, 120, 40);
    press(&mut a, &[Action::FocusPrev]);
    let s = screen(&a);
    assert!(s.contains("$ $5 million ×2"), "{s}");
    assert!(s.contains("@ Monday ×2"), "{s}");
    // Twelve buses and twelve schools are not the same figure.
    assert!(!s.contains("12 ×2"), "{s}");
    // n visits the second "$5 million" before the next row.
    let row = a
        .figures
        .rows
        .iter()
        .position(|r| a.doc.article.text[a.doc.analysis.figures[r.first()].span()] == *"$5 million")
        .unwrap();
    a.figures.cursor.selected = row;
    press(&mut a, &[Action::Select, Action::NextMention]);
    assert_eq!(a.figures.cursor.selected, row);
    let mark = a.mark.clone().unwrap();
    assert!(a.doc.article.text[..mark.start].contains("$5 million"));
    assert!(screen(&a).contains("· 2 of 2"));
    press(&mut a, &[Action::NextMention]);
    assert_eq!(a.figures.cursor.selected, row + 1);
}

#[test]
fn a_long_message_leaves_room_for_which_article_is_open() {
    let mut a = app(80, 24);
    a.article = (2, 3);
    a.message = Some(format!("skipped {}: empty", "/a/very/long/path/".repeat(6)));
    let s = screen(&a);
    let status = s.lines().nth(23).unwrap();
    assert!(status.contains("article 2/3"), "{status}");
    assert!(
        status.contains("skipped /a/very") && status.contains('…'),
        "{status}"
    );
}
