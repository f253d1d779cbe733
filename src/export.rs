//! The JSON contract (see README): byte spans become Unicode character
//! offsets, so that `text[start:end]` in Python equals each span's `text`.

use serde::{Serialize, Serializer};

use crate::Document;
use crate::text::Span;

/// Converts byte offsets to character offsets with a checkpoint every 256 bytes.
pub struct CharIndex<'a> {
    text: &'a str,
    checkpoints: Vec<usize>,
}

const STEP: usize = 256;

impl<'a> CharIndex<'a> {
    pub fn new(text: &'a str) -> CharIndex<'a> {
        let mut checkpoints = Vec::with_capacity(text.len() / STEP + 1);
        let mut chars = 0;
        let bytes = text.as_bytes();
        for (i, b) in bytes.iter().enumerate() {
            if i % STEP == 0 {
                checkpoints.push(chars);
            }
            // Count every byte that starts a character.
            chars += usize::from((b & 0xC0) != 0x80);
        }
        CharIndex { text, checkpoints }
    }

    /// The character offset of byte offset `byte` (clamped to the text).
    /// Counting runs over bytes, never slicing the text, so no offset can
    /// fall inside a character.
    pub fn chars(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let k = (byte / STEP).min(self.checkpoints.len().saturating_sub(1));
        let base = self.checkpoints.get(k).copied().unwrap_or(0);
        base + self.text.as_bytes()[k * STEP..byte]
            .iter()
            .filter(|b| (*b & 0xC0) != 0x80)
            .count()
    }
}

#[derive(Serialize)]
struct SpanOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct Range2 {
    start: usize,
    end: usize,
}

/// A JSON array written straight from an iterator: a large article's
/// thousands of figures and mentions need no vector of their own on the way
/// out.
struct Seq<F>(F);

impl<F, I> Serialize for Seq<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

#[derive(Serialize)]
struct EntityOut<'a, M> {
    id: String,
    kind: &'static str,
    name: &'a str,
    roles: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    gender: Option<&'static str>,
    mentions: M,
}

#[derive(Serialize)]
struct FigureOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    kind: &'static str,
    value: Option<serde_json::Value>,
    unit: Option<&'a str>,
    counts: Option<&'a str>,
    qualifier: Option<&'a str>,
    /// For a date, the calendar day it means (`YYYY-MM-DD`), read against
    /// `published`.
    #[serde(skip_serializing_if = "Option::is_none")]
    resolved: Option<String>,
}

#[derive(Serialize)]
struct QuoteOut<'a> {
    kind: &'static str,
    pattern: &'static str,
    start: usize,
    end: usize,
    text: &'a str,
    speaker: Option<&'a str>,
    speaker_id: Option<String>,
    speaker_mention: Option<SpanOut<'a>>,
    cue: Option<SpanOut<'a>>,
}

/// What names an article in a batch: the path it was read from, or the
/// `id` it was given on standard input.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Label<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<&'a serde_json::Value>,
}

/// The line of a batch for an article that could not be read or analysed.
pub fn error_json(label: Label, error: &str) -> String {
    #[derive(Serialize)]
    struct ErrorOut<'a> {
        #[serde(flatten)]
        label: Label<'a>,
        error: &'a str,
    }
    serde_json::to_string(&ErrorOut { label, error })
        .unwrap_or_else(|_| "{\"error\":\"unprintable error\"}".to_string())
}

#[derive(Serialize)]
struct LinkOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    url: &'a str,
}

#[derive(Serialize)]
struct DocumentOut<'a, P, L, E, F, Q> {
    #[serde(flatten)]
    label: Label<'a>,
    /// Where a page read from the web came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    text: &'a str,
    title: Option<&'a str>,
    authors: Vec<&'a str>,
    source: Option<&'a str>,
    dateline: Option<String>,
    published: Option<&'a str>,
    /// A page's language, as it states it.
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'a str>,
    paragraphs: P,
    links: L,
    entities: E,
    figures: F,
    quotes: Q,
    warnings: &'a [String],
}

/// A number as JSON: whole numbers without a fraction.
fn number(v: f64) -> serde_json::Value {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        serde_json::Value::from(v as i64)
    } else {
        serde_json::Value::from(v)
    }
}

pub fn entity_id(i: usize) -> String {
    format!("e{}", i + 1)
}

/// The document as one line of JSON.
pub fn to_json(doc: &Document) -> String {
    to_json_labelled(doc, Label::default())
}

/// The document as one line of JSON, named by `label`.
pub fn to_json_labelled(doc: &Document, label: Label) -> String {
    let mut out = Vec::new();
    // Writing to memory fails only on a value serde cannot write, which the
    // types here rule out.
    let _ = write_json(doc, label, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Writes the document as JSON (without a line end) to `w`, as it goes:
/// nothing the size of the output is held in memory.
pub fn write_json(doc: &Document, label: Label, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    let art = &doc.article;
    let text = art.text.as_str();
    let idx = CharIndex::new(text);
    let span = |s: &Span| SpanOut {
        start: idx.chars(s.start),
        end: idx.chars(s.end),
        text: &text[s.clone()],
    };
    let a = &doc.analysis;
    let out = DocumentOut {
        label,
        url: art.url.as_deref(),
        text,
        title: art.title_text(),
        authors: art.authors.iter().map(|n| n.name.as_str()).collect(),
        source: art.source.as_ref().map(|n| n.name.as_str()),
        dateline: art.dateline_text(),
        published: art.published.as_deref(),
        language: art.language.as_deref(),
        paragraphs: Seq(|| {
            art.paragraphs.iter().map(|p| Range2 {
                start: idx.chars(p.start),
                end: idx.chars(p.end),
            })
        }),
        links: Seq(|| {
            art.links.iter().map(|l| LinkOut {
                start: idx.chars(l.span.start),
                end: idx.chars(l.span.end),
                text: &text[l.span.clone()],
                url: &l.url,
            })
        }),
        entities: Seq(|| {
            a.entities.iter().enumerate().map(|(i, e)| EntityOut {
                id: entity_id(i),
                kind: e.kind.as_str(),
                name: &e.name,
                roles: &e.roles,
                gender: e.gender.map(|g| match g {
                    crate::lexicon::Gender::Male => "male",
                    crate::lexicon::Gender::Female => "female",
                }),
                mentions: Seq(|| e.mentions.iter().map(span)),
            })
        }),
        figures: Seq(|| {
            a.figures.iter().map(|f| FigureOut {
                start: idx.chars(f.span().start),
                end: idx.chars(f.span().end),
                text: &text[f.span()],
                kind: f.kind.as_str(),
                value: f.value().map(number),
                unit: f.unit(),
                counts: f.counts(),
                qualifier: f.qualifier(),
                resolved: f.day(art),
            })
        }),
        quotes: Seq(|| {
            a.quotes.iter().map(|q| QuoteOut {
                kind: q.kind.as_str(),
                pattern: q.pattern.as_str(),
                start: idx.chars(q.span.start),
                end: idx.chars(q.span.end),
                text: &text[q.span.clone()],
                speaker: q.speaker.as_deref(),
                speaker_id: q.speaker_entity().map(entity_id),
                speaker_mention: q.speaker_mention.map(|m| span(&m.span())),
                cue: q.cue.map(|c| span(&c.span())),
            })
        }),
        warnings: &doc.warnings,
    };
    serde_json::to_writer(w, &out).map_err(std::io::Error::from)
}

#[cfg(test)]
mod tests {
    use super::CharIndex;

    #[test]
    fn the_end_of_a_text_of_whole_steps_is_counted_not_sliced() {
        // 1,280 bytes, five whole steps, with a character across the last
        // step's start: the end once sliced the text inside it.
        let s = format!("{}€{}", "a".repeat(1023), "b".repeat(254));
        assert_eq!(s.len(), 1280);
        let idx = CharIndex::new(&s);
        assert_eq!(idx.chars(s.len()), 1278);
        assert_eq!(idx.chars(s.len() + 10), 1278);
        assert_eq!(CharIndex::new("").chars(0), 0);
    }

    #[test]
    fn char_offsets_count_characters_not_bytes() {
        let s = "a€b".repeat(200);
        let idx = CharIndex::new(&s);
        let byte = s.char_indices().nth(400).unwrap().0;
        assert_eq!(idx.chars(byte), 400);
        assert_eq!(idx.chars(s.len()), 600);
        assert_eq!(idx.chars(0), 0);
    }
}
