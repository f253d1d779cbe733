//! The reader without colour (`--no-color`, `NO_COLOR`): people,
//! organisations, places, quotations, the jump target and search matches
//! still look different from each other, in modifiers alone. A test binary
//! of its own, since the setting holds for the whole process.

mod common;

use byline::app::{Action, App, update};
use common::style_at;
use ratatui::style::{Color, Modifier};

#[test]
fn every_distinction_survives_without_colour() {
    byline::ui::theme::use_for_thread(byline::ui::theme::Theme::plain());
    assert!(byline::ui::no_color());
    let doc = byline::load(&byline::Input::Sample).unwrap();
    let mut a = App::new(doc, 120, 40);
    let person = style_at(&a, "Wang Xiaohong made");
    let org = style_at(&a, "Interpol, as well");
    let place = style_at(&a, "Lianyungang, Jiangsu Province");
    let reported = style_at(&a, "China will provide training");
    update(&mut a, Action::HalfPageDown);
    let direct = style_at(&a, "Our capabilities");
    let styles = [person, org, place, reported, direct];
    for s in styles {
        assert!(
            s.fg.is_none_or(|c| c == Color::Reset) && s.bg.is_none_or(|c| c == Color::Reset),
            "a colour in {s:?}"
        );
    }
    for (i, a) in styles.iter().enumerate() {
        for b in &styles[i + 1..] {
            assert_ne!(
                a.add_modifier, b.add_modifier,
                "{a:?} and {b:?} look the same"
            );
        }
    }
    assert!(person.add_modifier.contains(Modifier::BOLD));
    assert!(direct.add_modifier.contains(Modifier::ITALIC));
    // The jump target is in reverse video.
    update(&mut a, Action::FocusNext);
    update(&mut a, Action::Select);
    let mark = a.mark.clone().expect("a jump");
    let target = &a.doc.article.text[mark];
    assert!(
        style_at(&a, target)
            .add_modifier
            .contains(Modifier::REVERSED)
    );
}
