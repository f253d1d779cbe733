//! Any article, any terminal size, any keys: the reader never panics, keeps
//! its cursors in bounds and draws only inside the screen.

use byline::app::{Action, App, update};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const PIECES: &[&str] = &[
    "“Yes,” he said. ",
    "Mayor Ana Ruiz ",
    "said the plan would work. ",
    "\n\n",
    "$3 million ",
    "Interpol ",
    "日本の記者 ",
    "👍👍 ",
    "averyveryverylongwordwithoutanyspacesinsideatall ",
    "\u{1b}[2J",
    "“unclosed ",
    "5% ",
];

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        Just(Action::FocusNext),
        Just(Action::FocusPrev),
        Just(Action::Down),
        Just(Action::Up),
        Just(Action::PageDown),
        Just(Action::HalfPageUp),
        Just(Action::Top),
        Just(Action::Bottom),
        Just(Action::Select),
        Just(Action::NextMention),
        Just(Action::PrevMention),
        Just(Action::NextQuote),
        Just(Action::PrevQuote),
        Just(Action::NextSameSpeaker),
        Just(Action::PrevSameSpeaker),
        Just(Action::Search),
        Just(Action::SearchSubmit),
        Just(Action::SearchBackspace),
        Just(Action::Cancel),
        Just(Action::Help),
        any::<char>().prop_map(Action::SearchChar),
        (0u16..200, 0u16..60).prop_map(|(w, h)| Action::Resize(w, h)),
        (0u16..200, 0u16..60, -5i16..5).prop_map(|(col, row, lines)| Action::Scroll {
            col,
            row,
            lines
        }),
        (0u16..200, 0u16..60).prop_map(|(col, row)| Action::Click { col, row }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_keys_on_any_article_at_any_size(
        parts in proptest::collection::vec(proptest::sample::select(PIECES), 1..40),
        size in (0u16..160, 0u16..50),
        actions in proptest::collection::vec(action(), 0..40),
    ) {
        let text = format!("A title\n\n{}", parts.concat());
        let doc = byline::document_from_text(&text, vec![]);
        let mut app = App::new(doc, size.0, size.1);
        for a in actions {
            update(&mut app, a);
            prop_assert!(app.top <= app.wrapped.len());
            prop_assert!(app.names.cursor.selected < app.names.rows.len().max(1));
            prop_assert!(app.figures.cursor.selected < app.doc.analysis.figures.len().max(1));
            let mut t = Terminal::new(TestBackend::new(app.width, app.height)).unwrap();
            t.draw(|f| byline::ui::draw(&app, f)).unwrap();
        }
    }
}
