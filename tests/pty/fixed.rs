//! Each point once wrong in the reader, right in the real binary: one test
//! per point, on an article written to show them all.

use super::*;

const HEAD: &str = "\"Blair 'will not quit'\" says aide\n\n\
By Tom Reed | The Harbour Post | 2024-09-10 09:06\n\n\
Mayor Ana Ruiz spoke for an hour on Monday. The first minister of the region listened, \
and BBC Radio 4's Today programme covered the talks, which run from 6 to 9 January. \
The mayor won the charity match 6-2, 7-6. The Global Public Security Cooperation Forum \
met in the harbour hall.\n\n\
Ruiz said that the ferry would run again in the spring.\n\n";

/// The article: its head, eleven statements by one speaker, thirty
/// paragraphs of notes and a last line to search for.
fn article() -> String {
    let mut text = HEAD.to_string();
    for i in 1..=11 {
        text.push_str(&format!(
            "“Point number {i} matters to the harbour and to everyone who works on it,” Ruiz said.\n\n"
        ));
    }
    for i in 1..=30 {
        text.push_str(&format!(
            "Paragraph {i} of the council's notes on the harbour works.\n\n"
        ));
    }
    text.push_str("The last note is about the lighthouse.\n");
    text
}

/// `text` written to a file and opened in a terminal of `cols` × `rows`.
fn open_text(text: &str, cols: u16, rows: u16, name: &str) -> (Session, Scratch) {
    let dir = Scratch::new(&format!("fixed-{name}"));
    let path = dir.join("article.txt");
    std::fs::write(&path, text).unwrap();
    let mut cmd = byline();
    cmd.arg(path.display().to_string());
    let s = Session::start_at(cmd, cols, rows);
    (s, dir)
}

/// The article open at 120 × 40, its first screen drawn.
fn open(name: &str) -> (Session, Scratch) {
    let (mut s, dir) = open_text(&article(), 120, 40, name);
    s.wait_for("says aide");
    s.wait_for("? help");
    (s, dir)
}

/// How wide the article's line holding `needle` is, left of any list.
fn width_of_line(s: &Session, needle: &str) -> usize {
    let screen = s.screen();
    let line = screen
        .lines()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle} not on screen:\n{screen}"));
    line.split('│')
        .next()
        .unwrap_or_default()
        .trim()
        .chars()
        .count()
}

#[test]
fn a_count_of_ten_or_more_stays_apart_from_the_name() {
    let (mut s, _dir) = open("count");
    s.wait_for("Ana Ruiz");
    // Eleven statements and one report.
    assert!(s.screen().contains("“12 Ana Ruiz"), "{}", s.screen());
    s.quit();
}

#[test]
fn a_headline_opening_with_a_quotation_mark_is_the_title() {
    let (mut s, _dir) = open("title");
    assert_eq!(s.row_of("says aide"), Some(0), "{}", s.screen());
    assert!(cell_of(&s, "\"Blair").bold());
    s.quit();
}

#[test]
fn a_name_wider_than_its_pane_ends_in_an_ellipsis_and_keeps_its_count() {
    // At 100 columns the lists are at their narrowest.
    let (mut s, _dir) = open_text(&article(), 100, 40, "ellipsis");
    s.wait_for("says aide");
    s.wait_for("Global Public");
    let screen = s.screen();
    // The list is right of the article's border.
    let row = screen
        .lines()
        .filter_map(|l| l.rsplit('│').next().filter(|_| l.contains('│')))
        .find(|l| l.contains("Global Public"))
        .expect("the forum is listed");
    assert!(row.contains('…'), "{screen}");
    assert!(row.contains("· 1"), "{screen}");
    s.quit();
}

#[test]
fn the_help_keeps_its_title_whole_at_forty_columns() {
    let (mut s, _dir) = open_text(&article(), 40, 12, "help");
    s.wait_for("? help");
    s.send("?");
    s.wait_for("keys · Esc or ? closes ─");
    s.send("q");
    s.wait_until("the help closes", |sc| !sc.contains("keys · Esc"));
    s.quit();
}

#[test]
fn below_forty_columns_the_too_small_message_is_whole() {
    let (mut s, _dir) = open_text(&article(), 30, 12, "small");
    s.wait_until("the message is drawn", |sc| sc.contains("40×12"));
    let words: Vec<String> = s.screen().split_whitespace().map(String::from).collect();
    assert_eq!(
        words.join(" "),
        "terminal too small: byline needs 40×12",
        "{}",
        s.screen()
    );
    s.quit();
}

#[test]
fn after_scrolling_the_next_quotation_is_found_from_the_view() {
    let (mut s, _dir) = open("scroll");
    s.send("]");
    s.wait_for("quote 1/");
    // To the end of the article, then back: the quotation found is the
    // last before the view, not the one before the last shown.
    s.send("G");
    s.send("[");
    s.wait_until("a later quotation", |sc| {
        !sc.contains("quote 1/") && sc.contains("quote ")
    });
    assert!(s.screen().contains("Point number 11"), "{}", s.screen());
    s.quit();
}

#[test]
fn q_with_the_help_open_closes_the_help() {
    let (mut s, _dir) = open("q");
    s.send("?");
    s.wait_for("keys · Esc or ? closes");
    s.send("q");
    s.wait_until("the help closes", |sc| !sc.contains("keys · Esc"));
    assert!(s.screen().contains("says aide"));
    s.quit();
}

#[test]
fn the_date_keeps_its_time_on_its_line() {
    let (mut s, _dir) = open("date");
    let screen = s.screen();
    assert!(s.row_of("2024-09-10").is_some(), "{screen}");
    assert_eq!(s.row_of("2024-09-10"), s.row_of("09:06"), "{screen}");
    s.quit();
}

#[test]
fn at_two_hundred_columns_article_lines_stay_readable() {
    let (mut s, _dir) = open_text(&article(), 200, 50, "wide");
    s.wait_for("says aide");
    s.wait_for("Mayor Ana Ruiz");
    // The first line of a long paragraph fills the measure.
    let width = width_of_line(&s, "Mayor Ana Ruiz");
    assert!((80..=100).contains(&width), "{width}\n{}", s.screen());
    s.quit();
}

#[test]
fn the_article_keeps_its_width_across_the_layout_breakpoint() {
    let widths: Vec<usize> = [99u16, 100]
        .iter()
        .map(|&cols| {
            let (mut s, _dir) = open_text(&article(), cols, 40, &format!("break{cols}"));
            s.wait_for("says aide");
            s.wait_for("Mayor Ana Ruiz");
            let w = width_of_line(&s, "Mayor Ana Ruiz");
            s.quit();
            w
        })
        .collect();
    assert!(widths[0] >= 60, "{widths:?}");
    assert!(widths[0].abs_diff(widths[1]) <= 2, "{widths:?}");
}

#[test]
fn direct_and_reported_speech_look_different() {
    let (mut s, _dir) = open("speech");
    s.wait_for("the ferry would run");
    s.wait_for("Point number 1 matters");
    let reported = cell_of(&s, "the ferry would run");
    let direct = cell_of(&s, "Point number 1 matters");
    assert!(direct.italic() && !reported.italic());
    s.quit();
}

#[test]
fn tab_from_the_quotes_to_the_figures_keeps_the_quotes_up() {
    let (mut s, _dir) = open("tab");
    s.send("\t\t\t");
    s.wait_for("· figures");
    let screen = s.screen();
    assert!(
        screen.contains("Quotes (") && screen.contains("Figures ("),
        "{screen}"
    );
    assert!(!screen.contains("Names ("), "{screen}");
    s.quit();
}

#[test]
fn esc_in_a_search_goes_back_to_where_it_began() {
    let (mut s, _dir) = open("esc");
    s.send("d");
    s.wait_until("the title scrolls away", |sc| !sc.contains("says aide"));
    let before = s.screen().lines().next().unwrap_or_default().to_string();
    s.send("/lighthouse");
    s.wait_for("1 match");
    s.wait_for("about the lighthouse");
    s.send("\x1b");
    s.wait_until("the view goes back", |sc| {
        sc.lines().next() == Some(before.as_str())
    });
    s.quit();
}

#[test]
fn the_names_list_has_headings_with_counts() {
    let (mut s, _dir) = open("headings");
    s.wait_for("People (");
    let screen = s.screen();
    assert!(screen.contains("Organisations ("), "{screen}");
    s.quit();
}

#[test]
fn a_speaker_quoted_more_often_than_named_says_why() {
    let text = "Harbour council meets\n\nMayor Ana Ruiz spoke for an hour.\n\n\
        “The harbour opens in May,” she said.\n\n\
        “The boats are ready,” she added.\n\n\
        “Fares stay low,” she said.\n";
    let (mut s, _dir) = open_text(text, 120, 40, "hint");
    s.wait_for("Ana Ruiz · 1 by name");
    s.quit();
}

#[test]
fn titles_stations_and_scores_are_not_figures() {
    let (mut s, _dir) = open("figures");
    s.wait_for("@ 6 to 9 January");
    let screen = s.screen();
    assert!(!screen.contains("º first"), "{screen}");
    assert!(!screen.contains("# 4 · 's"), "{screen}");
    // "Point number 1": a label, not a figure.
    assert!(!screen.contains("# 1 · matters"), "{screen}");
    assert!(!screen.contains("# 6-2"), "{screen}");
    assert!(!screen.contains("# 9 · January"), "{screen}");
    s.quit();
}

#[test]
fn a_day_is_shown_resolved_against_the_publication_date() {
    let (mut s, _dir) = open("day");
    s.wait_for("@ Monday · 2024-09-09");
    s.quit();
}
