//! The plain-text summary printed when output is not a terminal.

use std::fmt::Write;

use crate::Document;
use crate::analysis::{EntityKind, FigureKind};

pub fn summary(doc: &Document) -> String {
    let art = &doc.article;
    let a = &doc.analysis;
    let mut s = String::new();
    let _ = writeln!(s, "{}", art.title_text().unwrap_or("(untitled)"));
    let meta = art.meta_line();
    if !meta.is_empty() {
        let _ = writeln!(s, "{meta}");
    }
    for w in &doc.warnings {
        let _ = writeln!(s, "warning: {w}");
    }
    let section = |s: &mut String, title: &str, kind: EntityKind| {
        let ents: Vec<_> = a
            .entities
            .iter()
            .filter(|e| e.kind == kind && !e.author)
            .collect();
        if ents.is_empty() {
            return;
        }
        let _ = writeln!(s, "\n{title}");
        for e in ents {
            let quoted = a
                .quotes
                .iter()
                .filter(|q| q.speaker.as_deref() == Some(e.name.as_str()))
                .count();
            let _ = write!(s, "  {} · {}", e.name, e.mentions.len());
            if let Some(r) = e.roles.first() {
                let _ = write!(s, " · {r}");
            }
            if quoted > 0 {
                let _ = write!(s, " · quoted {quoted}×");
            }
            s.push('\n');
        }
    };
    section(&mut s, "People", EntityKind::Person);
    section(&mut s, "Organisations", EntityKind::Organization);
    section(&mut s, "Places", EntityKind::Place);
    section(&mut s, "Groups", EntityKind::Group);
    let figs: Vec<_> = a
        .figures
        .iter()
        .filter(|f| {
            !matches!(
                f.kind,
                FigureKind::Date | FigureKind::Time | FigureKind::Ordinal
            )
        })
        .collect();
    if !figs.is_empty() {
        let _ = writeln!(s, "\nFigures");
        for f in figs {
            let _ = write!(s, "  ");
            if let Some(q) = f.qualifier() {
                let _ = write!(s, "{q} ");
            }
            let _ = write!(s, "{}", &art.text[f.span()]);
            if let Some(c) = f.counts() {
                let _ = write!(s, " · {c}");
            }
            s.push('\n');
        }
    }
    if !a.quotes.is_empty() {
        let _ = writeln!(s, "\nQuotes");
        for q in &a.quotes {
            let who = q.speaker.as_deref().unwrap_or("(unattributed)");
            let text: String = art.text[q.span.clone()]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let _ = writeln!(s, "  {who} ({}): {text}", q.kind.as_str());
        }
    }
    s
}
