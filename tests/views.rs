//! Whole screens, with their styles, of a document built by hand: what the
//! reader draws for a given analysis, whatever the extractors find. Each
//! screen at 80×24, 120×40 and 200×60, in the dark theme and without
//! colour.

mod common;

use byline::Document;
use byline::analysis::{
    Analysis, Entity, EntityKind, Figure, FigureKind, Pattern, Quote, QuoteKind,
};
use byline::app::{Action, App, update};
use byline::article::{Article, Named};
use byline::text::Span;
use byline::ui::palette::{Depth, Shade};
use byline::ui::theme::{self, Theme};
use ratatui::style::{Color, Modifier, Style};

const TEXT: &str = "Harbour city opens new ferry line\n\n\
By Tom Reed\n\n\
Mayor Ana Ruiz opened the ferry line on Monday. The line cost $12 million and will carry 4,000 passengers a day.\n\n\
“This ferry ties the two halves of the city together,” Ruiz said.\n\n\
Port director Karl Obi said the boats would run every 20 minutes. “We are ready for the crowds,” he said.\n\n\
Residents of Eastport welcomed the news, and the Harbour Authority expects fares to rise by 5%.\n\n\
“It took ten years, but it was worth it,” Ruiz said at the pier in Westport.\n";

/// The `n`th (from 0) occurrence of `needle`.
fn nth(needle: &str, n: usize) -> Span {
    let start = TEXT
        .match_indices(needle)
        .nth(n)
        .unwrap_or_else(|| panic!("{needle} #{n} is not in the text"))
        .0;
    start..start + needle.len()
}

fn at(needle: &str) -> Span {
    nth(needle, 0)
}

fn entity(kind: EntityKind, name: &str, roles: &[&str], mentions: Vec<Span>) -> Entity {
    Entity {
        kind,
        name: name.to_string(),
        roles: roles.iter().map(|r| r.to_string()).collect(),
        mentions,
        gender: None,
        author: false,
    }
}

fn quote(
    kind: QuoteKind,
    pattern: Pattern,
    span: Span,
    speaker: (u32, &str, Span),
    cue: &str,
) -> Quote {
    Quote {
        kind,
        pattern,
        span,
        speaker: Some(speaker.1.into()),
        speaker_id: Some(speaker.0),
        speaker_mention: Some(speaker.2.into()),
        cue: Some(at(cue).into()),
    }
}

fn document() -> Document {
    let paragraphs: Vec<Span> = {
        let mut out = Vec::new();
        let mut start = 0;
        for part in TEXT.split("\n\n") {
            let trimmed = part.trim_end();
            if !trimmed.is_empty() {
                out.push(start..start + trimmed.len());
            }
            start += part.len() + 2;
        }
        out
    };
    let article = Article {
        text: TEXT.to_string(),
        title: Some(paragraphs[0].clone()),
        meta_lines: vec![paragraphs[1].clone()],
        authors: vec![Named {
            name: "Tom Reed".into(),
            span: Some(at("Tom Reed")),
        }],
        source: Some(Named {
            name: "The Harbour Post".into(),
            span: None,
        }),
        published: Some("2024-09-10".into()),
        paragraphs: paragraphs[2..].to_vec(),
        ..Article::default()
    };
    let entities = vec![
        entity(
            EntityKind::Person,
            "Ana Ruiz",
            &["mayor"],
            vec![at("Ana Ruiz"), nth("Ruiz", 1), nth("Ruiz", 2)],
        ),
        entity(
            EntityKind::Person,
            "Karl Obi",
            &["port director"],
            vec![at("Karl Obi")],
        ),
        entity(
            EntityKind::Organization,
            "Harbour Authority",
            &[],
            vec![at("Harbour Authority")],
        ),
        entity(EntityKind::Place, "Eastport", &[], vec![at("Eastport")]),
        entity(EntityKind::Place, "Westport", &[], vec![at("Westport")]),
        entity(EntityKind::Group, "Residents", &[], vec![at("Residents")]),
    ];
    let quotes = vec![
        quote(
            QuoteKind::Direct,
            Pattern::Postposed,
            at("“This ferry ties the two halves of the city together,”"),
            (0, "Ana Ruiz", nth("Ruiz", 1)),
            "said.",
        ),
        quote(
            QuoteKind::Indirect,
            Pattern::Preposed,
            at("the boats would run every 20 minutes"),
            (1, "Karl Obi", at("Karl Obi")),
            "said the",
        ),
        quote(
            QuoteKind::Direct,
            Pattern::Postposed,
            at("“We are ready for the crowds,”"),
            (1, "Karl Obi", at("he said")),
            "he said",
        ),
        quote(
            QuoteKind::Direct,
            Pattern::Postposed,
            at("“It took ten years, but it was worth it,”"),
            (0, "Ana Ruiz", nth("Ruiz", 2)),
            "said at",
        ),
    ];
    let figures = vec![
        Figure::new(at("Monday"), FigureKind::Date, None),
        Figure::new(at("$12 million"), FigureKind::Money, Some(12e6)).labelled(
            Some("$"),
            Some("the line"),
            None,
        ),
        Figure::new(at("4,000"), FigureKind::Count, Some(4000.0)).labelled(
            None,
            Some("passengers a day"),
            None,
        ),
        Figure::new(at("20 minutes"), FigureKind::Duration, Some(20.0)).labelled(
            Some("minute"),
            None,
            Some("every"),
        ),
        Figure::new(at("5%"), FigureKind::Percent, Some(5.0)).labelled(
            Some("%"),
            Some("fares"),
            None,
        ),
        Figure::new(at("ten years"), FigureKind::Duration, Some(10.0)).labelled(
            Some("year"),
            None,
            None,
        ),
    ];
    Document {
        article,
        analysis: Analysis {
            entities,
            figures,
            quotes,
        },
        warnings: vec![],
    }
}

fn style_name(s: Style) -> String {
    let mut out = Vec::new();
    let colour = |c: Option<Color>| c.filter(|&c| c != Color::Reset).map(|c| format!("{c:?}"));
    if let Some(c) = colour(s.fg) {
        out.push(format!("fg={c}"));
    }
    if let Some(c) = colour(s.bg) {
        out.push(format!("bg={c}"));
    }
    for (m, name) in [
        (Modifier::BOLD, "bold"),
        (Modifier::DIM, "dim"),
        (Modifier::ITALIC, "italic"),
        (Modifier::UNDERLINED, "underlined"),
        (Modifier::REVERSED, "reversed"),
    ] {
        if s.add_modifier.contains(m) {
            out.push(name.to_string());
        }
    }
    out.join(" ")
}

/// The screen as text, each row followed by its styled runs:
/// `~ 1-8 fg=Cyan bold` for columns 1 to 8.
fn styled_screen(app: &App) -> String {
    let buf = common::render(app);
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        let mut runs: Vec<(u16, u16, String)> = Vec::new();
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            line.push_str(cell.symbol());
            let name = style_name(cell.style());
            match runs.last_mut() {
                Some((_, end, n)) if *n == name && *end + 1 == x => *end = x,
                _ => runs.push((x, x, name)),
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
        let styled: Vec<String> = runs
            .into_iter()
            .filter(|(_, _, n)| !n.is_empty())
            .map(|(a, b, n)| format!("{a}-{b} {n}"))
            .collect();
        if !styled.is_empty() {
            out.push_str(&format!("  ~ {}\n", styled.join(" · ")));
        }
    }
    out
}

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 60)];

fn themes() -> [(&'static str, Theme); 2] {
    [
        ("dark", Theme::new(Shade::Dark, Depth::Ansi16)),
        ("no_color", Theme::plain()),
    ]
}

#[test]
fn the_opening_screen() {
    for (name, t) in themes() {
        theme::use_for_thread(t);
        for (w, h) in SIZES {
            let app = App::new(document(), w, h);
            insta::assert_snapshot!(format!("opening_{name}_{w}x{h}"), styled_screen(&app));
        }
    }
}

#[test]
fn a_quotation_under_the_cursor() {
    for (name, t) in themes() {
        theme::use_for_thread(t);
        for (w, h) in SIZES {
            let mut app = App::new(document(), w, h);
            update(&mut app, Action::NextQuote);
            update(&mut app, Action::NextQuote);
            insta::assert_snapshot!(format!("quotation_{name}_{w}x{h}"), styled_screen(&app));
        }
    }
}

#[test]
fn the_hand_built_document_is_what_the_screens_show() {
    // The spans point where they should: a wrong one would move a style.
    let d = document();
    let text = &d.article.text;
    assert_eq!(
        &text[d.analysis.quotes[1].span.clone()],
        "the boats would run every 20 minutes"
    );
    assert_eq!(&text[d.analysis.entities[0].mentions[2].clone()], "Ruiz");
    assert!(text[d.analysis.entities[0].mentions[2].start..].starts_with("Ruiz said at"));
    let app = App::new(d, 120, 40);
    let s = styled_screen(&app);
    assert!(s.contains("Harbour city opens new ferry line"), "{s}");
    assert!(s.contains("“2  Ana Ruiz · 3 · mayor"), "{s}");
}
