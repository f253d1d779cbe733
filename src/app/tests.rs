//! `update` for every action, on an article written for the purpose.

use super::*;

const ARTICLE: &str = "Harbour city opens new ferry line\n\n\
By Tom Reed\n\n\
Mayor Ana Ruiz opened the ferry line on Monday. The line cost $12 million and will carry 4,000 passengers a day.\n\n\
“This ferry ties the two halves of the city together,” Ruiz said.\n\n\
Port director Karl Obi said the boats would run every 20 minutes. “We are ready for the crowds,” he said.\n\n\
Residents of Eastport welcomed the news. The council voted 7 to 2 for the plan in March.\n\n\
“It took ten years, but it was worth it,” Ruiz said at the pier.\n\n\
Obi added that a second line to Westport could open by 2027.\n\n\
The harbour authority expects fares to rise by 5% next year.\n\n\
Critics of the plan said the money should have gone to buses.";

fn app(width: u16, height: u16) -> App {
    App::new(crate::document_from_text(ARTICLE, vec![]), width, height)
}

fn entity_row(app: &App, name: &str) -> usize {
    (0..app.names.rows.len())
        .find(|&r| {
            app.entity_at(r)
                .is_some_and(|e| app.doc.analysis.entities[e].name == name)
        })
        .unwrap_or_else(|| panic!("no row for {name}"))
}

fn text_at(app: &App, span: &Span) -> String {
    app.doc.article.text[span.clone()].to_string()
}

#[test]
fn quit_and_interrupt() {
    let mut a = app(60, 14);
    update(&mut a, Action::Quit);
    assert!(a.quit && !a.interrupted);
    let mut a = app(60, 14);
    update(&mut a, Action::Interrupt);
    assert!(a.quit && a.interrupted);
}

#[test]
fn focus_cycles_through_the_panes_both_ways() {
    let mut a = app(120, 40);
    let mut seen = vec![a.focus];
    for _ in 0..4 {
        update(&mut a, Action::FocusNext);
        seen.push(a.focus);
    }
    assert_eq!(
        seen,
        [
            Pane::Article,
            Pane::Entities,
            Pane::Quotes,
            Pane::Figures,
            Pane::Article
        ]
    );
    update(&mut a, Action::FocusPrev);
    assert_eq!(a.focus, Pane::Figures);
    assert_eq!(a.list, Pane::Figures);
}

#[test]
fn scrolling_the_article_stays_in_bounds() {
    let mut a = app(40, 12);
    let page = a.page();
    assert!(
        a.wrapped.len() > page * 2,
        "the article must be longer than a page"
    );
    update(&mut a, Action::Down);
    assert_eq!(a.top, 1);
    update(&mut a, Action::Up);
    update(&mut a, Action::Up);
    assert_eq!(a.top, 0);
    update(&mut a, Action::HalfPageDown);
    assert_eq!(a.top, page / 2);
    update(&mut a, Action::HalfPageUp);
    assert_eq!(a.top, 0);
    update(&mut a, Action::PageDown);
    assert_eq!(a.top, page);
    update(&mut a, Action::PageUp);
    assert_eq!(a.top, 0);
    update(&mut a, Action::Bottom);
    assert_eq!(a.top, a.wrapped.len() - page);
    update(&mut a, Action::PageDown);
    assert_eq!(a.top, a.wrapped.len() - page);
    update(&mut a, Action::Top);
    assert_eq!(a.top, 0);
}

#[test]
fn moving_in_a_list_moves_its_cursor_not_the_article() {
    let mut a = app(120, 40);
    update(&mut a, Action::FocusNext);
    update(&mut a, Action::Down);
    assert_eq!(a.names.cursor.selected, 1);
    update(&mut a, Action::Bottom);
    assert_eq!(a.names.cursor.selected, a.names.rows.len() - 1);
    update(&mut a, Action::Top);
    assert_eq!(a.names.cursor.selected, 0);
    update(&mut a, Action::Up);
    assert_eq!(a.names.cursor.selected, 0);
    assert_eq!(a.top, 0);
}

#[test]
fn select_jumps_to_the_first_mention_and_n_visits_the_others() {
    let mut a = app(40, 12);
    update(&mut a, Action::FocusNext);
    a.names.cursor.selected = entity_row(&a, "Ana Ruiz");
    update(&mut a, Action::Select);
    let mentions = a.doc.analysis.entities[a.entity_at(a.names.cursor.selected).unwrap()]
        .mentions
        .clone();
    assert!(mentions.len() >= 3);
    assert_eq!(a.mark.as_ref(), Some(&mentions[0]));
    update(&mut a, Action::NextMention);
    update(&mut a, Action::NextMention);
    assert_eq!(a.mark.as_ref(), Some(&mentions[2]));
    assert_eq!(text_at(&a, &mentions[2]), "Ruiz");
    // The mention is on screen, a few rows from the top.
    let row = a.wrapped.row_of(mentions[2].start);
    assert!(row >= a.top && row < a.top + a.page());
    update(&mut a, Action::PrevMention);
    assert_eq!(a.mark.as_ref(), Some(&mentions[1]));
}

#[test]
fn a_figure_row_jumps_to_the_figure() {
    let mut a = app(120, 40);
    update(&mut a, Action::FocusPrev);
    assert_eq!(a.focus, Pane::Figures);
    let money = a
        .doc
        .analysis
        .figures
        .iter()
        .position(|f| f.kind == crate::analysis::FigureKind::Money)
        .unwrap();
    a.figures.cursor.selected = money;
    update(&mut a, Action::Select);
    assert_eq!(text_at(&a, a.mark.as_ref().unwrap()), "$12 million");
    update(&mut a, Action::NextMention);
    assert_eq!(a.figures.cursor.selected, money + 1);
}

#[test]
fn n_without_a_selection_says_what_to_do() {
    let mut a = app(60, 14);
    update(&mut a, Action::NextMention);
    assert!(a.message.is_some());
    assert!(a.mark.is_none());
}

#[test]
fn quotes_in_order_and_by_the_same_speaker() {
    let mut a = app(60, 14);
    let quotes = a.doc.analysis.quotes.clone();
    update(&mut a, Action::NextQuote);
    assert_eq!(a.quote, Some(0));
    update(&mut a, Action::NextQuote);
    assert_eq!(a.quote, Some(1));
    update(&mut a, Action::PrevQuote);
    assert_eq!(a.quote, Some(0));
    assert_eq!(quotes[0].speaker.as_deref(), Some("Ana Ruiz"));
    update(&mut a, Action::NextSameSpeaker);
    let q = a.quote.unwrap();
    assert!(q > 1, "skips the other speaker's quotation");
    assert_eq!(quotes[q].speaker.as_deref(), Some("Ana Ruiz"));
    update(&mut a, Action::PrevSameSpeaker);
    assert_eq!(a.quote, Some(0));
    update(&mut a, Action::PrevQuote);
    assert_eq!(a.quote, Some(0));
    assert!(a.message.as_deref().unwrap().contains("first"));
}

#[test]
fn typing_a_search_finds_matches_and_n_moves_between_them() {
    let mut a = app(60, 14);
    update(&mut a, Action::Search);
    assert_eq!(a.mode, Mode::Searching);
    for c in "RUIZX".chars() {
        update(&mut a, Action::SearchChar(c));
    }
    assert!(a.search.matches.is_empty());
    update(&mut a, Action::SearchBackspace);
    let n = a.search.matches.len();
    assert!(n >= 3, "{n} matches for ruiz");
    update(&mut a, Action::SearchSubmit);
    assert!(a.mode == Mode::Reading && a.search.active());
    let first = a.search.current.unwrap();
    update(&mut a, Action::NextMention);
    assert_eq!(a.search.current, Some((first + 1) % n));
    assert_eq!(text_at(&a, a.mark.as_ref().unwrap()), "Ruiz");
    update(&mut a, Action::PrevMention);
    assert_eq!(a.search.current, Some(first));
    update(&mut a, Action::Cancel);
    assert!(!a.search.active() && a.search.query.is_empty() && a.mark.is_none());
}

#[test]
fn a_search_with_no_match_says_so() {
    let mut a = app(60, 14);
    update(&mut a, Action::Search);
    update(&mut a, Action::SearchChar('§'));
    update(&mut a, Action::SearchSubmit);
    assert!(a.message.as_deref().unwrap().contains("not found"));
}

#[test]
fn help_opens_scrolls_and_closes() {
    let mut a = app(40, 12);
    update(&mut a, Action::Help);
    assert_eq!(a.mode, Mode::Help { scroll: 0 });
    update(&mut a, Action::Down);
    assert_eq!(a.mode, Mode::Help { scroll: 1 });
    assert_eq!(a.top, 0, "keys scroll the help, not the article");
    update(&mut a, Action::Cancel);
    assert_eq!(a.mode, Mode::Reading);
}

#[test]
fn resize_rewraps_and_keeps_the_reading_position() {
    // The paragraph holding the first row on screen.
    let first_paragraph = |a: &App| {
        let pos = a.wrapped.pos_of(a.top);
        a.doc
            .article
            .paragraphs
            .iter()
            .position(|p| p.start <= pos && pos < p.end)
    };
    let mut a = app(120, 40);
    update(&mut a, Action::PageDown);
    let para = first_paragraph(&a);
    update(&mut a, Action::Resize(40, 12));
    assert_eq!(a.wrapped.width, 38);
    assert_eq!(para, first_paragraph(&a));
    update(&mut a, Action::Resize(1, 1));
    assert!(a.screen().too_small);
}

#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer() {
    let mut a = app(120, 14);
    assert!(a.wrapped.len() > a.page() + 3);
    update(
        &mut a,
        Action::Scroll {
            col: 5,
            row: 5,
            lines: 3,
        },
    );
    assert_eq!(a.top, 3);
    let e = a.screen().entities.unwrap();
    update(
        &mut a,
        Action::Scroll {
            col: e.x + 3,
            row: e.y + 2,
            lines: 3,
        },
    );
    assert_eq!(a.top, 3);
    assert_eq!(a.names.cursor.selected, 3.min(a.names.rows.len() - 1));
}

#[test]
fn clicking_an_entity_row_selects_it() {
    let mut a = app(120, 40);
    let e = a.screen().entities.unwrap();
    let target = 1;
    update(
        &mut a,
        Action::Click {
            col: e.x + 4,
            row: e.y + 1 + target as u16,
        },
    );
    assert_eq!(a.focus, Pane::Entities);
    assert_eq!(a.names.cursor.selected, target);
    let entity = a.entity_at(target).unwrap();
    assert!(matches!(a.chosen, Some(Chosen::Entity { entity: x, .. }) if x == entity));
    assert!(a.mark.is_some());
}

#[test]
fn keys_while_typing_a_search_go_to_the_query() {
    let mut a = app(60, 14);
    update(&mut a, Action::Search);
    let q = Event::Key(crossterm::event::KeyEvent::new(
        KeyCode::Char('q'),
        KeyModifiers::NONE,
    ));
    assert_eq!(action_for(&a, &q), Some(Action::SearchChar('q')));
    let ctrl_c = Event::Key(crossterm::event::KeyEvent::new(
        KeyCode::Char('c'),
        KeyModifiers::CONTROL,
    ));
    assert_eq!(action_for(&a, &ctrl_c), Some(Action::Interrupt));
    update(&mut a, Action::Cancel);
    assert_eq!(action_for(&a, &q), Some(Action::Quit));
}

#[test]
fn the_quotes_view_jumps_to_a_statement_and_follows_the_cursor() {
    let mut a = app(120, 40);
    update(&mut a, Action::FocusNext);
    update(&mut a, Action::FocusNext);
    assert_eq!(a.focus, Pane::Quotes);
    assert!(a.screen().quotes.is_some() && a.screen().entities.is_none());
    // The first row is the most quoted speaker; Enter there goes to their
    // first statement.
    assert!(matches!(&a.quotes.rows[0], QuoteRow::Speaker { name, .. } if name == "Karl Obi"));
    update(&mut a, Action::Select);
    let first_by_obi = a
        .doc
        .analysis
        .quotes
        .iter()
        .position(|q| q.speaker.as_deref() == Some("Karl Obi"));
    assert_eq!(a.quote, first_by_obi);
    assert_eq!(
        a.quotes.cursor.selected, 1,
        "the cursor follows to the statement"
    );
    update(&mut a, Action::Down);
    update(&mut a, Action::Select);
    let QuoteRow::Statement(q) = a.quotes.rows[2] else {
        panic!("row 2 is a statement")
    };
    assert_eq!(a.quote, Some(q));
    assert_eq!(
        a.doc.analysis.quotes[q].speaker.as_deref(),
        Some("Karl Obi")
    );
    // ] moves the list's cursor to the statement it jumps to.
    update(&mut a, Action::FocusPrev);
    update(&mut a, Action::FocusPrev);
    update(&mut a, Action::NextQuote);
    let row = a.quotes.cursor.selected;
    assert_eq!(a.quotes.rows[row], QuoteRow::Statement(a.quote.unwrap()));
}

/// The test article with two links, as a page would give it.
fn linked_app(width: u16, height: u16) -> App {
    let mut doc = crate::document_from_text(ARTICLE, vec![]);
    let text = &doc.article.text;
    let link = |words: &str, url: &str| crate::article::Link {
        span: text.find(words).map(|s| s..s + words.len()).unwrap(),
        url: url.to_string(),
    };
    doc.article.links = vec![
        link("ferry line", "https://news.example/ferry"),
        link("Westport", "file:///pages/westport.html"),
    ];
    App::new(doc, width, height)
}

#[test]
fn links_are_listed_on_request_and_enter_asks_for_the_page() {
    let mut a = app(120, 40);
    update(&mut a, Action::Links);
    assert_eq!(a.message.as_deref(), Some("this article has no links"));
    assert_eq!(a.focus, Pane::Article);
    // Without links, Tab never stops at an empty links list.
    for _ in 0..5 {
        update(&mut a, Action::FocusNext);
        assert_ne!(a.focus, Pane::Links);
    }

    let mut a = linked_app(120, 40);
    let top = a.top;
    update(&mut a, Action::Links);
    assert_eq!(a.focus, Pane::Links);
    let s = a.screen();
    assert!(s.links.is_some() && s.figures.is_none() && s.wide());
    update(&mut a, Action::Down);
    update(&mut a, Action::Select);
    assert_eq!(
        a.request,
        Some(Request::Open("file:///pages/westport.html".into()))
    );
    assert_eq!(a.top, top, "the article stays where it was");
    // The links come round with Tab once there are some.
    let mut seen = Vec::new();
    for _ in 0..5 {
        update(&mut a, Action::FocusNext);
        seen.push(a.focus);
    }
    assert!(seen.contains(&Pane::Links) && seen.contains(&Pane::Figures));
}

#[test]
fn back_asks_for_the_page_before_only_when_there_is_one() {
    let mut a = linked_app(80, 24);
    update(&mut a, Action::Back);
    assert_eq!(a.request, None);
    assert_eq!(a.message.as_deref(), Some("no page to go back to"));
    a.can_go_back = true;
    update(&mut a, Action::Back);
    assert_eq!(a.request, Some(Request::Back));
}

#[test]
fn q_closes_the_help_as_in_less_and_ctrl_c_still_quits() {
    let mut a = app(80, 24);
    update(&mut a, Action::Help);
    update(&mut a, Action::Quit);
    assert!(a.mode == Mode::Reading && !a.quit);
    update(&mut a, Action::Help);
    update(&mut a, Action::Interrupt);
    assert!(a.quit && a.interrupted);
}

#[test]
fn the_next_quotation_after_scrolling_is_the_next_from_the_view() {
    let mut a = app(60, 14);
    update(&mut a, Action::NextQuote);
    assert_eq!(a.quote, Some(0));
    // Scroll well past the first quotations.
    for _ in 0..3 {
        update(&mut a, Action::PageDown);
    }
    let at = a.wrapped.pos_of(a.top);
    let quotes = &a.doc.analysis.quotes;
    let expected = quotes.iter().position(|q| q.span.start >= at);
    assert!(
        expected.is_some_and(|i| i > 1),
        "the test needs a quotation below"
    );
    update(&mut a, Action::NextQuote);
    assert_eq!(a.quote, expected);
}

#[test]
fn esc_while_typing_a_search_goes_back_to_where_it_began() {
    let mut a = app(60, 14);
    update(&mut a, Action::PageDown);
    let top = a.top;
    update(&mut a, Action::Search);
    for c in "westport".chars() {
        update(&mut a, Action::SearchChar(c));
    }
    assert_ne!(a.top, top, "typing jumps to the match");
    update(&mut a, Action::Cancel);
    assert_eq!(a.top, top);
    assert!(a.search.query.is_empty());
}

#[test]
fn tab_from_the_quotes_to_the_figures_keeps_the_quotes_up() {
    let mut a = app(120, 40);
    update(&mut a, Action::FocusNext);
    update(&mut a, Action::FocusNext);
    assert_eq!(a.focus, Pane::Quotes);
    update(&mut a, Action::FocusNext);
    assert_eq!(a.focus, Pane::Figures);
    let s = a.screen();
    assert!(s.quotes.is_some() && s.entities.is_none(), "{s:?}");
    // Back to the names: they take the slot again.
    update(&mut a, Action::FocusNext);
    update(&mut a, Action::FocusNext);
    assert_eq!(a.focus, Pane::Entities);
    assert!(a.screen().entities.is_some());
}

#[test]
fn the_names_list_has_a_heading_for_each_kind_with_its_count() {
    let a = app(120, 40);
    let headings: Vec<(EntityKind, usize)> = a
        .names
        .rows
        .iter()
        .filter_map(|r| match r {
            NameRow::Heading { kind, count } => Some((*kind, *count)),
            NameRow::Entity(_) => None,
        })
        .collect();
    assert_eq!(headings[0].0, EntityKind::Person);
    // Each heading counts the names under it, down to the next heading.
    let mut at = 0;
    for (kind, count) in headings {
        assert_eq!(a.names.rows[at], NameRow::Heading { kind, count });
        for r in at + 1..=at + count {
            let e = a.entity_at(r).expect("a name");
            assert_eq!(a.doc.analysis.entities[e].kind, kind);
        }
        at += count + 1;
    }
    assert_eq!(at, a.names.rows.len());
    // Enter on a heading chooses the first name under it.
    let mut a = app(120, 40);
    update(&mut a, Action::FocusNext);
    assert_eq!(a.names.cursor.selected, 0);
    update(&mut a, Action::Select);
    assert_eq!(a.names.cursor.selected, 1);
    assert!(matches!(a.chosen, Some(Chosen::Entity { .. })));
}

#[test]
fn zoom_gives_the_article_the_screen_and_brings_the_lists_back() {
    let mut a = app(120, 40);
    update(&mut a, Action::FocusNext);
    update(&mut a, Action::Zoom);
    let s = a.screen();
    assert!(s.entities.is_none() && s.quotes.is_none() && s.figures.is_none());
    assert_eq!(a.focus, Pane::Article);
    assert_eq!(s.text().width, crate::view::layout::MEASURE);
    assert_eq!(a.wrapped.width, usize::from(crate::view::layout::MEASURE));
    update(&mut a, Action::Zoom);
    assert!(a.screen().entities.is_some());
    assert!(a.wrapped.width < usize::from(crate::view::layout::MEASURE));
}

#[test]
fn copy_takes_the_quotation_under_the_cursor_with_speaker_and_source() {
    let mut a = app(80, 24);
    update(&mut a, Action::Copy);
    assert_eq!(a.request, None);
    assert!(a.message.as_deref().is_some_and(|m| m.contains("press ]")));
    update(&mut a, Action::NextQuote);
    update(&mut a, Action::Copy);
    let Some(Request::Copy(text)) = &a.request else {
        panic!("no copy asked for: {:?}", a.request);
    };
    let q = &a.doc.analysis.quotes[a.quote.unwrap()];
    assert!(text.starts_with(&a.doc.article.text[q.span.clone()]));
    assert!(text.contains(&format!("― {}", q.speaker.as_deref().unwrap())));
    assert!(
        text.contains("“Harbour city opens new ferry line”"),
        "{text}"
    );
}

#[test]
fn f_filters_the_quotes_view_to_the_selected_name_and_back() {
    let mut a = app(120, 40);
    let all = a.quotes.rows.len();
    update(&mut a, Action::FilterSpeaker);
    assert!(
        a.message
            .as_deref()
            .is_some_and(|m| m.contains("select a name"))
    );
    update(&mut a, Action::FocusNext);
    a.names.cursor.selected = entity_row(&a, "Ana Ruiz");
    update(&mut a, Action::FilterSpeaker);
    let e = a.entity_at(entity_row(&a, "Ana Ruiz")).unwrap();
    assert_eq!(a.focus, Pane::Quotes);
    assert_eq!(a.quote_filter, QuoteFilter::Speaker(e));
    assert!(a.quotes.rows.len() < all);
    for row in &a.quotes.rows {
        if let QuoteRow::Statement(i) = row {
            assert_eq!(a.doc.analysis.quotes[*i].speaker_entity(), Some(e));
        }
    }
    update(&mut a, Action::FilterSpeaker);
    assert_eq!(a.quote_filter, QuoteFilter::Everyone);
    assert_eq!(a.quotes.rows.len(), all);
}

#[test]
fn bookmarks_mark_list_and_come_back_by_where_statements_begin() {
    let mut a = app(120, 40);
    update(&mut a, Action::Bookmark);
    assert!(a.message.as_deref().unwrap().contains("no quotation"));
    update(&mut a, Action::Bookmarks);
    assert!(a.message.as_deref().unwrap().contains("no bookmarks yet"));
    // The first and third quotations.
    update(&mut a, Action::NextQuote);
    update(&mut a, Action::Bookmark);
    update(&mut a, Action::NextQuote);
    update(&mut a, Action::NextQuote);
    update(&mut a, Action::Bookmark);
    assert_eq!(a.bookmarks.iter().copied().collect::<Vec<_>>(), vec![0, 2]);
    update(&mut a, Action::Bookmarks);
    assert_eq!(a.quote_filter, QuoteFilter::Bookmarked);
    assert_eq!(a.focus, Pane::Quotes);
    let listed: Vec<usize> = a
        .quotes
        .rows
        .iter()
        .filter_map(|r| match r {
            QuoteRow::Statement(q) => Some(*q),
            QuoteRow::Speaker { .. } => None,
        })
        .collect();
    assert_eq!(listed.len(), 2);
    assert!(listed.contains(&0) && listed.contains(&2));
    // In the list, m unmarks the statement selected.
    a.quotes.cursor.selected = a
        .quotes
        .rows
        .iter()
        .position(|r| *r == QuoteRow::Statement(2))
        .unwrap();
    update(&mut a, Action::Bookmark);
    assert_eq!(a.bookmarks.iter().copied().collect::<Vec<_>>(), vec![0]);
    assert_eq!(a.quotes.rows.len(), 2, "{:?}", a.quotes.rows);
    // Kept by where the statements begin, they come back in a new state.
    let starts = a.bookmark_starts();
    let mut b = app(120, 40);
    b.restore_bookmarks(&starts);
    b.restore_bookmarks(&[1]);
    assert_eq!(b.bookmarks, a.bookmarks);
    update(&mut a, Action::Bookmarks);
    assert_eq!(a.quote_filter, QuoteFilter::Everyone);
}
