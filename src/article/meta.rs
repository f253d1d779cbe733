//! Metadata read from the article's own lines: bylines ("By A and B in
//! City"), sources and wires, publication dates and datelines.

use super::{Named, Span};
use crate::lexicon::{Lexicon, lexicon};
use crate::text::dates::parse_date;

/// Words that end a title-cased name but are lower-case inside one.
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "del", "van", "von", "der", "al", "bin", "la", "le",
];

#[derive(Default)]
pub(super) struct Meta {
    pub authors: Vec<Named>,
    pub source: Option<Named>,
    pub dateline: Vec<Named>,
    pub published: Option<String>,
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
    pub fn read_line(&mut self, text: &str, line: Span, lex: &Lexicon) -> bool {
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

    /// A page's own byline ("By A and B", "Par A", "A, Reuters"), whose
    /// words are not in the text. The page says who wrote it, so a part
    /// that does not look like a person's name is still its author, unless
    /// it is a wire service; a date after the names is left out.
    pub fn read_byline(&mut self, byline: &str) {
        let line = byline.lines().next().unwrap_or("").trim();
        let line = strip_byline_word(line).unwrap_or(line);
        // "A (with B and C)", "A22 Dec 2016": the names before.
        let names = line
            .find(|c: char| c.is_ascii_digit() || c == '(')
            .map_or(line, |d| line[..d].trim_end());
        for piece in split_names(names) {
            if piece.split_whitespace().count() > BYLINE_WORDS {
                continue;
            }
            let named = Named {
                name: normal_case(piece),
                span: None,
            };
            if WIRES.iter().any(|w| w.eq_ignore_ascii_case(piece)) {
                self.source.get_or_insert(named);
            } else {
                self.authors.push(named);
            }
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
    pub fn read_dateline(&mut self, text: &str, para: Span) {
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

/// The most words one name of a page's byline may have.
const BYLINE_WORDS: usize = 6;

fn strip_by(seg: &str) -> Option<&str> {
    let lower = seg.get(..3)?.to_lowercase();
    (lower == "by ").then(|| seg[3..].trim_start())
}

/// A page's "By A", and the same in other languages news is read in:
/// "Par A", "Por A", "Von A". (Not in an article's own lines, where "Von"
/// and "Par" may begin a name.)
fn strip_byline_word(seg: &str) -> Option<&str> {
    let (first, rest) = seg.split_once(char::is_whitespace)?;
    ["by", "par", "por", "von", "door", "av", "af"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
        .then(|| rest.trim_start())
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
