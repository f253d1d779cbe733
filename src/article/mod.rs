//! The article: one sanitised text plus what cleaning found in it (title,
//! byline, body paragraphs), all as ranges into the text.

mod meta;
mod page;

use crate::lexicon::{Lexicon, lexicon};
use crate::text::Span;
use meta::Meta;
pub use meta::normal_case;
pub use page::from_page;

/// A link in the article: its anchor text's range and its target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub span: Span,
    pub url: String,
}

/// A name read from the article's metadata, with where it stands if it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub name: String,
    pub span: Option<Span>,
}

#[derive(Debug, Clone, Default)]
pub struct Article {
    pub text: String,
    pub title: Option<Span>,
    /// Byline and date lines.
    pub meta_lines: Vec<Span>,
    pub authors: Vec<Named>,
    pub source: Option<Named>,
    /// Places the story was filed from: "Lianyungang", "Jiangsu".
    pub dateline: Vec<Named>,
    pub published: Option<String>,
    /// Body paragraphs, in order; page furniture and metadata lines are not here.
    pub paragraphs: Vec<Span>,
    /// Links, in text order (web pages only).
    pub links: Vec<Link>,
    /// Paragraphs that are headings, and paragraphs inside a block
    /// quotation, in text order (web pages only).
    pub headings: Vec<Span>,
    pub block_quotes: Vec<Span>,
    /// The page's language, as it states it ("en", "fr-FR").
    pub language: Option<String>,
    /// Where a page read from the web came from.
    pub url: Option<String>,
}

impl Article {
    pub fn title_text(&self) -> Option<&str> {
        self.title.clone().map(|s| &self.text[s])
    }
    /// "Source · by Authors · Dateline · Date", from what is known.
    pub fn meta_line(&self) -> String {
        let mut parts = Vec::new();
        if let Some(s) = &self.source {
            parts.push(s.name.clone());
        }
        if !self.authors.is_empty() {
            let names: Vec<&str> = self.authors.iter().map(|a| a.name.as_str()).collect();
            parts.push(format!("by {}", names.join(", ")));
        }
        if let Some(d) = self.dateline_text() {
            parts.push(d);
        }
        if let Some(p) = &self.published {
            parts.push(p.clone());
        }
        parts.join(" · ")
    }

    pub fn dateline_text(&self) -> Option<String> {
        (!self.dateline.is_empty()).then(|| {
            let names: Vec<&str> = self.dateline.iter().map(|n| n.name.as_str()).collect();
            names.join(", ")
        })
    }
}

/// Cleans sanitised text into an article.
pub fn parse(text: String) -> Article {
    let lex = lexicon();
    let candidates = paragraph_candidates(&text);
    let mut art = Article {
        text,
        ..Article::default()
    };
    let text = &art.text;
    let mut body: Vec<Span> = candidates
        .into_iter()
        .filter(|s| !is_noise(&text[s.clone()], lex))
        .collect();

    // Title: the first line when it reads as a headline, and any repeat of it.
    if body.len() > 1 && looks_like_title(&text[body[0].clone()]) {
        let title = body.remove(0);
        let t = text[title.clone()].trim().to_lowercase();
        body.retain(|s| text[s.clone()].trim().to_lowercase() != t);
        art.title = Some(title);
    }

    // Byline and date lines stand before the body text.
    let mut meta = Meta::default();
    let mut i = 0;
    while i < body.len().min(4) && body.len() > 1 {
        let line = body[i].clone();
        if meta.read_line(text, line.clone(), lex) {
            art.meta_lines.push(line);
            body.remove(i);
        } else {
            i += 1;
        }
    }
    if let Some(first) = body.first() {
        meta.read_dateline(text, first.clone());
    }
    art.authors = meta.authors;
    art.source = meta.source;
    art.dateline = meta.dateline;
    art.published = meta.published;
    art.paragraphs = body;
    art
}

/// Non-empty lines as trimmed ranges; a hard-wrapped block becomes one range.
fn paragraph_candidates(text: &str) -> Vec<Span> {
    let mut lines: Vec<Span> = Vec::new();
    let mut out = Vec::new();
    let mut pos = 0;
    for raw in text.split_inclusive('\n') {
        let content = raw.trim_end_matches('\n');
        let start = pos + (content.len() - content.trim_start().len());
        let end = pos + content.trim_end().len();
        pos += raw.len();
        if start < end {
            lines.push(start..end);
        } else {
            flush_block(text, &mut lines, &mut out);
        }
    }
    flush_block(text, &mut lines, &mut out);
    out
}

/// A block whose lines (all but the last) are of similar, typewriter widths
/// and do not end sentences is one wrapped paragraph; otherwise each line is.
fn flush_block(text: &str, lines: &mut Vec<Span>, out: &mut Vec<Span>) {
    let wrapped = lines.len() > 1
        && lines[..lines.len() - 1].iter().all(|l| {
            let s = &text[l.clone()];
            let n = s.chars().count();
            (40..=100).contains(&n)
        })
        && lines[..lines.len() - 1]
            .iter()
            .filter(|l| text[(*l).clone()].ends_with(['.', '"', '\u{201d}', ':']))
            .count()
            * 2
            < lines.len();
    if wrapped {
        out.push(lines[0].start..lines[lines.len() - 1].end);
    } else {
        out.append(lines);
    }
    lines.clear();
}

fn is_noise(line: &str, lex: &Lexicon) -> bool {
    let key = line
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    if key.is_empty() || lex.is_boilerplate(&key) {
        return true;
    }
    let words = key.split_whitespace().count();
    words <= 12
        && lex
            .boilerplate_phrases
            .iter()
            .any(|p| key.contains(p.as_str()))
}

/// A headline: up to thirty words, not ending on a comma. One that opens
/// with a quotation mark ("\"Blair 'will not quit'\" says aide") is a
/// headline too when it does not end as a sentence does, which an opening
/// quotation ("“We will build it,” the mayor said.") would.
fn looks_like_title(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let line = line.trim_end();
    let starts_quote = line.starts_with(['"', '\u{201c}', '\u{201d}', '\'', '\u{2018}']);
    let ends_sentence = line
        .trim_end_matches(['"', '\u{201d}', '\'', '\u{2019}'])
        .ends_with(['.', '!', '?', '\u{2026}']);
    (1..=30).contains(&words) && !line.ends_with(',') && !(starts_quote && ends_sentence)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn art(s: &str) -> Article {
        parse(s.to_string())
    }

    #[test]
    fn seed_style_byline_with_place_source_and_date() {
        let a = art(
            "close\n\nA headline here\n\nA headline here\n\nBy WANG QINGYUN in Lianyungang, Jiangsu | China Daily | Updated: 2024-09-10 09:06\n\nBody text said one thing.\n\nMore text.",
        );
        assert_eq!(a.title_text(), Some("A headline here"));
        assert_eq!(a.authors[0].name, "Wang Qingyun");
        assert_eq!(a.source.as_ref().unwrap().name, "China Daily");
        assert_eq!(a.dateline_text().as_deref(), Some("Lianyungang, Jiangsu"));
        assert_eq!(a.published.as_deref(), Some("2024-09-10 09:06"));
        assert_eq!(a.paragraphs.len(), 2);
        for n in &a.authors {
            assert_eq!(
                a.text[n.span.clone().unwrap()].to_lowercase(),
                n.name.to_lowercase()
            );
        }
    }

    #[test]
    fn by_two_authors_and_wire() {
        let a = art("Title\n\nBy Jane Doe and John Roe\n\nText one.\n\nText two.");
        let names: Vec<&str> = a.authors.iter().map(|n| n.name.as_str()).collect();
        assert_eq!(names, ["Jane Doe", "John Roe"]);
        let a = art("Title\n\nBy Jane Doe, Reuters\n\nText one.\n\nText two.");
        assert_eq!(a.authors.len(), 1);
        assert_eq!(a.source.unwrap().name, "Reuters");
    }

    #[test]
    fn pipe_byline_without_by_and_published_line() {
        let a = art(
            "Title\n\nJane Doe | The Daily Planet | Updated: March 3, 2021\n\nPublished: 2021-03-03 10:00\n\nText one.\n\nText two.",
        );
        assert_eq!(a.authors[0].name, "Jane Doe");
        assert_eq!(a.source.unwrap().name, "The Daily Planet");
        assert_eq!(a.published.as_deref(), Some("2021-03-03"));
        assert_eq!(a.paragraphs.len(), 2);
    }

    #[test]
    fn posted_ago_is_metadata_not_body() {
        let a = art("Title\n\nPosted 3 hours ago\n\nText one.\n\nText two.");
        assert_eq!(a.paragraphs.len(), 2);
        assert_eq!(a.published, None);
    }

    #[test]
    fn wire_dateline_line_with_a_date() {
        let a = art("Harbour reopens\n\nNEW YORK 1996-08-22\n\nThe harbour reopened on Thursday.");
        assert_eq!(a.dateline_text().as_deref(), Some("New York"));
        assert_eq!(a.published.as_deref(), Some("1996-08-22"));
        assert_eq!(a.paragraphs.len(), 1);
    }

    #[test]
    fn ap_dateline() {
        let a = art("Title\n\nWASHINGTON (AP) — The Senate voted on Tuesday.\n\nMore.");
        assert_eq!(a.dateline_text().as_deref(), Some("Washington"));
        assert_eq!(a.source.unwrap().name, "Associated Press");
    }

    #[test]
    fn boilerplate_lines_are_dropped() {
        let a = art(
            "Title\n\nAdvertisement\n\nText one.\n\nShare\n\nWe use cookies to improve your experience.\n\nRead more\n\nText two.",
        );
        let paras: Vec<&str> = a.paragraphs.iter().map(|p| &a.text[p.clone()]).collect();
        assert_eq!(paras, ["Text one.", "Text two."]);
    }

    #[test]
    fn hard_wrapped_block_is_one_paragraph() {
        let a = art(
            "Title\n\nThis is a long line of an article that was wrapped at seventy\ncolumns by an old mail program and goes on after the break\nto end here.\n\nNext.",
        );
        assert_eq!(a.paragraphs.len(), 2);
    }

    #[test]
    fn a_headline_may_open_with_a_quotation_but_a_quoted_sentence_is_body() {
        let a = art(
            "\"Blair 'will not quit'\" says aide\n\nThe prime minister has no plans to resign, an aide said.\n",
        );
        assert_eq!(a.title_text(), Some("\"Blair 'will not quit'\" says aide"));
        let a = art(
            "\u{201c}We will build the bridge,\u{201d} the mayor said.\n\nThe council agreed on Monday.\n",
        );
        assert_eq!(a.title_text(), None);
        assert_eq!(a.paragraphs.len(), 2);
    }
}
