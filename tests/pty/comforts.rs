//! Colour, copying, zoom, filters, export, memory, configuration, bookmarks.

use super::*;

#[test]
fn no_color_draws_people_and_places_apart_without_colour() {
    let mut cmd = byline();
    cmd.env("NO_COLOR", "1");
    let mut s = Session::start(cmd);
    s.wait_for("Wang Xiaohong made");
    s.wait_for("Lianyungang, Jiangsu Province");
    let person = cell_of(&s, "Wang Xiaohong made");
    let place = cell_of(&s, "Lianyungang, Jiangsu Province");
    for c in [&person, &place] {
        assert_eq!(c.fgcolor(), vt100::Color::Default);
        assert_eq!(c.bgcolor(), vt100::Color::Default);
    }
    assert!(person.bold() && !person.underline());
    assert!(place.underline() && !place.bold());
    s.quit();
}

#[test]
fn y_copies_the_quotation_to_the_terminals_clipboard() {
    let mut s = Session::start(byline());
    s.wait_for("Police training proposed");
    s.send("]");
    s.wait_for("quote 1/");
    s.send("y");
    s.wait_for("quotation copied");
    let raw = String::from_utf8_lossy(&s.raw).into_owned();
    let at = raw.find("\x1b]52;c;").expect("an OSC 52 sequence");
    let rest = &raw[at + 7..];
    let end = rest.find('\x07').expect("the sequence ends");
    use base64::Engine;
    let text = base64::engine::general_purpose::STANDARD
        .decode(&rest[..end])
        .expect("base64");
    let text = String::from_utf8(text).unwrap();
    assert!(text.starts_with("China will provide training"), "{text}");
    assert!(text.contains("― Wang Xiaohong"), "{text}");
    assert!(text.contains("China Daily"), "{text}");
    s.quit();
}

#[test]
fn z_gives_the_article_the_screen_and_brings_the_lists_back() {
    let mut s = Session::start(byline());
    s.wait_for("Names (22)");
    s.send("z");
    s.wait_until("the lists go", |sc| !sc.contains("Names (22)"));
    assert!(s.screen().contains("Police training proposed"));
    s.send("z");
    s.wait_for("Names (22)");
    s.quit();
}

#[test]
fn f_narrows_the_quotes_to_one_speaker_and_back() {
    let mut s = Session::start(byline());
    s.wait_for("Names (22)");
    // The names list, its first name (under the People heading), then f.
    s.send("\t");
    s.wait_for("· names");
    s.send("j");
    s.send("f");
    s.wait_for("Quotes by Wang Xiaohong (5)");
    s.send("f");
    s.wait_for("Quotes (17)");
    s.quit();
}

#[test]
fn e_writes_the_quotations_beside_the_article() {
    let dir = Scratch::new("export");
    let story = dir.join("story.txt");
    std::fs::write(
        &story,
        "Council backs new bridge\n\n\u{201c}We will build it this year,\u{201d} said Mayor Ana Ruiz.\n",
    )
    .unwrap();
    let mut cmd = byline();
    cmd.arg(story.display().to_string());
    let mut s = Session::start(cmd);
    s.wait_for("Council backs new bridge");
    s.send("e");
    s.wait_for("wrote");
    let table = std::fs::read_to_string(dir.join("story.quotes.md")).expect("the table");
    assert!(
        table.starts_with("| speaker | kind | statement |"),
        "{table}"
    );
    assert!(table.contains("| Ana Ruiz | direct |"), "{table}");
    s.quit();
}

#[test]
fn reopening_an_article_goes_back_to_where_it_was_left() {
    let state = Scratch::new("remember");
    let mut s = Session::start(byline_with_state(&state));
    s.wait_for("Police training proposed");
    s.send("G");
    s.wait_for("regularly publishing the index");
    let left = s.screen();
    assert!(!left.contains("Police training proposed"), "{left}");
    s.quit();
    // The second time, the same place.
    let mut s = Session::start(byline_with_state(&state));
    s.wait_for("regularly publishing the index");
    assert!(
        !s.screen().contains("Police training proposed"),
        "{}",
        s.screen()
    );
    s.quit();
    // A state file that cannot be read is ignored, with a warning.
    std::fs::write(state.join("places.json"), b"{ not json").unwrap();
    let mut s = Session::start(byline_with_state(&state));
    s.wait_for("Police training proposed");
    s.wait_for("unreadable");
    s.quit();
}

#[test]
fn a_malformed_configuration_is_reported_with_its_line_and_ignored() {
    let (cmd, _dir) = with_config("theme = \"dark\"\n\n[keys]\nnext_quote = \"hyper-x\"\n");
    let mut s = Session::start(cmd);
    s.wait_for("Police training proposed");
    s.wait_for("line 4");
    assert!(s.screen().contains("ignored"), "{}", s.screen());
    // The default keys work.
    s.send("]");
    s.wait_for("quote 1/");
    s.quit();
}

#[test]
fn configured_keys_work_and_the_help_shows_them() {
    let (cmd, _dir) = with_config("[keys]\nnext_quote = [\"x\"]\nhelp = \"F1\"\n");
    let mut s = Session::start(cmd);
    s.wait_for("Police training proposed");
    s.send("x");
    s.wait_for("quote 1/");
    // F1, as xterm sends it.
    s.send("\x1bOP");
    s.wait_for("next quotation");
    let help = s.screen();
    let line = help
        .lines()
        .find(|l| l.contains("next quotation") && !l.contains("same speaker"))
        .unwrap();
    assert!(line.contains(" x "), "{line}");
    assert!(help.contains("Esc or F1 closes"), "{help}");
    // q closes the help, and the status bar names the configured key.
    s.send("q");
    s.wait_for("F1 help");
    s.quit();
}

#[test]
fn the_light_theme_draws_people_in_its_own_colour() {
    let colour_of_person = |args: &[&str]| {
        let mut cmd = byline();
        cmd.args(args);
        let mut s = Session::start(cmd);
        s.wait_for("Wang Xiaohong made");
        let c = cell_of(&s, "Wang Xiaohong made").fgcolor();
        s.quit();
        c
    };
    let dark = colour_of_person(&[]);
    let light = colour_of_person(&["--theme", "light"]);
    // At 256 colours (the tests' TERM), the palettes' own xterm colours.
    assert_eq!(dark, vt100::Color::Idx(81));
    assert_eq!(light, vt100::Color::Idx(25));
}

#[test]
fn a_bookmark_is_listed_and_kept_for_the_next_time() {
    let state = Scratch::new("marks");
    let mut s = Session::start(byline_with_state(&state));
    s.wait_for("Police training proposed");
    s.send("]");
    s.wait_for("quote 1/");
    s.send("m");
    s.wait_for("bookmarked (1 in all)");
    s.send("]");
    s.send("[");
    s.wait_for("· ★");
    s.quit();
    // The second time the bookmark is there: ' lists it.
    let mut s = Session::start(byline_with_state(&state));
    s.wait_for("China will provide training");
    s.send("'");
    s.wait_for("Bookmarks (1)");
    s.send("\r");
    s.wait_for("quote 1/");
    s.wait_for("· ★");
    s.quit();
}
