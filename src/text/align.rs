//! Where each character of the cleaned text stood in the text as read, so
//! that offsets can be given against the original file: scorers and other
//! tools hold the file, not byline's `text`.

/// Tabs become at most this many spaces when cleaned.
const TAB_WIDTH: usize = 8;
/// How far ahead in the text as read a dropped run (an escape sequence, a
/// control character) is looked for.
const LOOK_AHEAD: usize = 64;

/// Character offsets from the cleaned text to the text it was cleaned from.
#[derive(Debug, Clone)]
pub struct CharMap {
    /// For each character of the cleaned text, its character in the raw one.
    at: Vec<usize>,
}

impl CharMap {
    /// Cleaning only drops characters, expands tabs and replaces a few in
    /// place (line ends, composed accents), so a walk over both texts that
    /// looks a little ahead when they differ finds where each one came from.
    pub fn new(raw: &str, clean: &str) -> CharMap {
        let r: Vec<char> = raw.chars().collect();
        let c: Vec<char> = clean.chars().collect();
        let mut at = Vec::with_capacity(c.len());
        let (mut i, mut j) = (0, 0);
        while i < c.len() {
            let here = j.min(r.len().saturating_sub(1));
            if j < r.len() && r[j] == c[i] {
                at.push(j);
                i += 1;
                j += 1;
            } else if j < r.len() && r[j] == '\t' && c[i] == ' ' {
                // A tab's spaces all stand where the tab stood.
                let mut n = 0;
                while i < c.len() && c[i] == ' ' && n < TAB_WIDTH {
                    at.push(j);
                    i += 1;
                    n += 1;
                }
                j += 1;
            } else if let Some(k) = (j + 1..r.len().min(j + LOOK_AHEAD)).find(|&k| {
                r[k] == c[i] && (i + 1 >= c.len() || k + 1 >= r.len() || r[k + 1] == c[i + 1])
            }) {
                // What lies between was dropped.
                j = k;
            } else {
                // Replaced in place: "\r" by "\n", "e" and an accent by "é".
                at.push(here);
                i += 1;
                j += 1;
            }
        }
        CharMap { at }
    }

    /// The raw offset of a span starting at `start` in the cleaned text.
    pub fn start(&self, start: usize) -> usize {
        match self.at.get(start) {
            Some(&k) => k,
            None => self.at.last().map_or(0, |&k| k + 1),
        }
    }

    /// The raw offset of a span ending at `end` (exclusive).
    pub fn end(&self, end: usize) -> usize {
        match end.checked_sub(1).and_then(|e| self.at.get(e)) {
            Some(&k) => k + 1,
            None if end == 0 => 0,
            None => self.at.last().map_or(0, |&k| k + 1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::CharMap;
    use crate::text::sanitize;

    /// The raw text under a cleaned span.
    fn raw_of<'a>(raw: &'a str, clean: &str, piece: &str) -> &'a str {
        let map = CharMap::new(raw, clean);
        let byte = clean.find(piece).expect("piece in the cleaned text");
        let start = clean[..byte].chars().count();
        let end = start + piece.chars().count();
        let (a, b) = (map.start(start), map.end(end));
        let offs: Vec<usize> = raw.char_indices().map(|(k, _)| k).collect();
        let at = |n: usize| offs.get(n).copied().unwrap_or(raw.len());
        &raw[at(a)..at(b)]
    }

    #[test]
    fn unchanged_text_maps_to_itself() {
        let raw = "“We are ready,” she said.";
        let map = CharMap::new(raw, raw);
        assert_eq!(map.start(1), 1);
        assert_eq!(map.end(15), 15);
    }

    #[test]
    fn dropped_controls_and_escapes_shift_what_follows() {
        let raw = "K\u{83}rner said \u{1b}[31m“no”\u{1b}[0m today.";
        let clean = sanitize(raw);
        assert_eq!(raw_of(raw, &clean, "“no”"), "“no”");
        assert_eq!(raw_of(raw, &clean, "today"), "today");
        assert_eq!(raw_of(raw, &clean, "said"), "said");
    }

    #[test]
    fn tabs_soft_hyphens_and_composed_accents() {
        let raw = "a\tnews\u{ad}paper said Cafe\u{301} “open”.";
        let clean = sanitize(raw);
        assert_eq!(raw_of(raw, &clean, "newspaper"), "news\u{ad}paper");
        assert_eq!(raw_of(raw, &clean, "“open”"), "“open”");
    }
}
