//! The article: one sanitised text plus what cleaning found in it (title,
//! byline, body paragraphs), all as ranges into the text.

use crate::lexicon::{Lexicon, lexicon};
use crate::text::Span;
use crate::text::dates::parse_date;

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

/// Words that end a title-cased name but are lower-case inside one.
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "del", "van", "von", "der", "al", "bin", "la", "le",
];

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

fn looks_like_title(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let starts_quote = line.starts_with(['"', '\u{201c}', '\u{201d}', '\'', '\u{2018}']);
    (1..=30).contains(&words) && !starts_quote && !line.trim_end().ends_with(',')
}

#[derive(Default)]
struct Meta {
    authors: Vec<Named>,
    source: Option<Named>,
    dateline: Vec<Named>,
    published: Option<String>,
}

const WIRES: &[&str] = &[
    "AP",
    "Associated Press",
    "The Associated Press",
    "Reuters",
    "AFP",
    "Agence France-Presse",
    "Bloomberg",
    "Xinhua",
    "CNN",
    "BBC",
    "UPI",
];

impl Meta {
    /// Reads a byline or date line; false when the line is body text.
    fn read_line(&mut self, text: &str, line: Span, lex: &Lexicon) -> bool {
        let s = &text[line.clone()];
        let words = s.split_whitespace().count();
        if words > 30 {
            return false;
        }
        let lower = s.to_lowercase();
        let dated = [
            "updated",
            "published",
            "posted",
            "last updated",
            "first published",
        ]
        .iter()
        .any(|p| lower.starts_with(p));
        let by = lower.starts_with("by ");
        let piped = s.contains(" | ");
        let date_only = words <= 8 && parse_date(s, lex).is_some();
        if !(dated || by || piped || date_only) {
            return false;
        }
        // "LONDON 1996-08-30": a wire dateline, the place before the date.
        if date_only && !(dated || by || piped) && self.dateline.is_empty() {
            let place_len = s
                .split_inclusive(char::is_whitespace)
                .take_while(|w| {
                    !w.chars().any(|c| c.is_ascii_digit()) && lex.month(w.trim()).is_none()
                })
                .map(str::len)
                .sum::<usize>();
            let place = s[..place_len].trim_end();
            let letters = place.chars().filter(|c| c.is_alphabetic());
            if !place.is_empty()
                && place.split_whitespace().count() <= 4
                && letters.clone().all(char::is_uppercase)
            {
                self.push_places(line.start, place.trim_end_matches(','));
            }
        }
        let mut offset = line.start;
        for (n, seg) in s.split('|').enumerate() {
            let seg_start = offset + (seg.len() - seg.trim_start().len());
            offset += seg.len() + 1;
            let seg = seg.trim();
            if seg.is_empty() {
                continue;
            }
            let seg_lower = seg.to_lowercase();
            if let Some(d) = parse_date(seg, lex) {
                self.published.get_or_insert(d);
                continue;
            }
            if ["updated", "published", "posted"]
                .iter()
                .any(|p| seg_lower.starts_with(p))
            {
                continue;
            }
            if let Some(rest) = strip_by(seg) {
                self.read_authors(text, seg_start + (seg.len() - rest.len()), rest);
            } else if piped && n == 0 && self.authors.is_empty() && looks_like_name(seg) {
                self.read_authors(text, seg_start, seg);
            } else if self.source.is_none() && seg.chars().next().is_some_and(char::is_uppercase) {
                self.source = Some(Named {
                    name: seg.to_string(),
                    span: Some(seg_start..seg_start + seg.len()),
                });
            }
        }
        true
    }

    /// "Lianyungang, Jiangsu" standing at byte `start`: one place per part.
    fn push_places(&mut self, start: usize, places: &str) {
        let mut o = start;
        for part in places.split(',') {
            let lead = part.len() - part.trim_start().len();
            let p = part.trim();
            if !p.is_empty() {
                self.dateline.push(Named {
                    name: normal_case(p),
                    span: Some(o + lead..o + lead + p.len()),
                });
            }
            o += part.len() + 1;
        }
    }

    /// "A and B in City, Region", "A, Reuters".
    fn read_authors(&mut self, text: &str, start: usize, s: &str) {
        let (names, place) = match s.find(" in ") {
            Some(i) => (&s[..i], Some((i + 4, &s[i + 4..]))),
            None => (s, None),
        };
        if let Some((at, place)) = place {
            self.push_places(start + at, place);
        }
        let mut o = start;
        for piece in split_names(names) {
            let lead = names[o - start..].find(piece).unwrap_or(0);
            let span = o + lead..o + lead + piece.len();
            o = span.end;
            debug_assert_eq!(&text[span.clone()], piece);
            let named = Named {
                name: normal_case(piece),
                span: Some(span),
            };
            if WIRES.iter().any(|w| w.eq_ignore_ascii_case(piece)) || !looks_like_name(piece) {
                self.source.get_or_insert(named);
            } else {
                self.authors.push(named);
            }
        }
    }

    /// "WASHINGTON (AP) — …", "LONDON, England (Reuters) - …", "PARIS — …".
    fn read_dateline(&mut self, text: &str, para: Span) {
        let s = &text[para.clone()];
        let Some(dash) = s.find([' ', '\u{a0}']).and_then(|_| {
            s.char_indices()
                .take(80)
                .find(|&(_, c)| c == '\u{2014}' || c == '\u{2013}' || c == '-')
                .map(|(i, _)| i)
        }) else {
            return;
        };
        let head = s[..dash].trim_end();
        let (place, wire) = match head.strip_suffix(')').and_then(|h| h.rsplit_once('(')) {
            Some((p, w)) => (p.trim_end(), Some(w)),
            None => (head, None),
        };
        let letters: Vec<char> = place.chars().filter(|c| c.is_alphabetic()).collect();
        let caps = !letters.is_empty() && letters.iter().take(4).all(|c| c.is_uppercase());
        if place.is_empty() || !(caps || wire.is_some()) || place.split_whitespace().count() > 5 {
            return;
        }
        if !place.chars().next().is_some_and(char::is_uppercase) {
            return;
        }
        if self.dateline.is_empty() {
            self.push_places(para.start, place);
        }
        if let Some(w) = wire.filter(|w| !w.trim().is_empty()) {
            let at = para.start + s.find(w).unwrap_or(0);
            let name = match w.trim() {
                "AP" => "Associated Press".to_string(),
                other => other.to_string(),
            };
            self.source.get_or_insert(Named {
                name,
                span: Some(at..at + w.len()),
            });
        }
    }
}

fn strip_by(seg: &str) -> Option<&str> {
    let lower = seg.get(..3)?.to_lowercase();
    (lower == "by ").then(|| seg[3..].trim_start())
}

/// Splits "A, B and C" into names.
fn split_names(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for part in s.split([',', '&']) {
        let mut rest = part;
        while let Some(i) = rest.find(" and ") {
            out.push(rest[..i].trim());
            rest = &rest[i + 5..];
        }
        out.push(rest.trim());
    }
    out.retain(|p| !p.is_empty());
    out
}

/// Two to five capitalised words.
fn looks_like_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || NAME_PARTICLES.contains(&w.to_lowercase().as_str())
        })
        && !words.iter().any(|w| lexicon().is_org_word(w))
}

/// "WANG QINGYUN" → "Wang Qingyun"; text already in mixed case is kept.
pub fn normal_case(s: &str) -> String {
    let letters = s.chars().filter(|c| c.is_alphabetic());
    if letters.clone().any(char::is_lowercase) || letters.clone().count() <= 3 {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut word_start = true;
    for c in s.chars() {
        if c.is_alphabetic() {
            if word_start {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            word_start = false;
        } else {
            out.push(c);
            word_start = c != '\'' && c != '\u{2019}';
        }
    }
    out
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
}
