//! The word lists of `assets/`, embedded at build time and parsed once:
//! the crate's bottom layer, read by the text code, the article parser, the
//! analysis and the recogniser alike.

mod case;
pub mod format;
mod hash;

pub use case::{lower, with_lower};
pub use format::{Gender, LineError, Source, WordClass};
pub(crate) use hash::{Map, Set};
pub use hash::{WordSet, Words, fnv1a};

use format::{Cue, CueKind};
use std::sync::OnceLock;

/// What a lower-case word can be in a speech cue (`cues.txt`,
/// `cue_kinds.txt`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CueWord {
    /// A speech verb form.
    pub cue: bool,
    /// The verb's base form ("attack", not "attacks" or "attacked"), which
    /// is often its noun too.
    pub base: bool,
    /// Takes a clause without "that" ("said the move paved the way").
    pub bare: bool,
    /// Its object is what was said ("pledged continued support").
    pub object: bool,
    /// May come before its speaker ("…, said the minister").
    pub inverted: bool,
    /// The first word of a multi-word cue ("according to").
    pub phrase_start: bool,
    /// A cue only right after a quotation ("“…,” the statement read"):
    /// elsewhere the word is no speech ("she read the bill").
    pub after_quote: bool,
    /// A cue only before its object named as quoted words ("referred to
    /// him as “a reformer”"); elsewhere no speech ("referred to the bill").
    pub as_quoted: bool,
    /// A cue only in "as SPEAKER put it, …"; elsewhere no speech ("put it
    /// on the table").
    pub as_put: bool,
    /// A cue only where it introduces what was said or follows it ("the
    /// report states that …", "“…,” the ad states"); elsewhere a noun
    /// ("battleground states").
    pub introducing: bool,
    /// Says aloud what follows ("said", "chanted", "interjected"): words
    /// in title case it opens are speech, not a title.
    pub aloud: bool,
}

impl CueWord {
    /// The word may begin a cue of any kind.
    pub fn begins(self) -> bool {
        self.cue || self.bare || self.phrase_start
    }

    /// The word is a cue somewhere: one it begins, or one next to a
    /// quotation.
    pub fn may_cue(self) -> bool {
        self.begins() || self.after_quote || self.as_quoted || self.as_put || self.introducing
    }
}

pub struct Lexicon {
    boilerplate: Set,
    pub boilerplate_phrases: Vec<String>,
    /// Paragraph labels of the publication's own ("CORRECTION:").
    labels: Set,
    titles: Set,
    portfolios: Set,
    org_words: Set,
    org_heads: Set,
    known_orgs: Set,
    places: Set,
    place_words: Set,
    groups: Set,
    first_names: Set,
    stop_caps: Set,
    months: Map<u32>,
    /// The closed word classes each word belongs to, as `WordClass` bits.
    classes: Map<u32>,
    abbreviations: Set,
    gender: Map<Gender>,
    /// Multi-word cues, as lowercase word sequences.
    pub cue_phrases: Vec<Vec<String>>,
    /// Every cue word with what it can do, for one lookup per word.
    cue_words: Map<CueWord>,
    /// For ASCII words: by length and first two letters, the last letters
    /// of the words in `cue_words`; most words are refused here without
    /// hashing.
    cue_shape: Vec<u32>,
    /// Longest multi-word name in the gazetteers, in words.
    pub longest_name: usize,
}

fn lower_set(src: Source) -> Result<Set, LineError> {
    Ok(format::list(src)?
        .into_iter()
        .map(str::to_lowercase)
        .collect())
}

/// The entries of `srcs`, as written.
pub(crate) fn exact_set(srcs: &[Source]) -> Result<Set, LineError> {
    let mut set = Set::default();
    for &src in srcs {
        set.extend(format::list(src)?.into_iter().map(str::to_string));
    }
    Ok(set)
}

/// An ASCII word's shape: its length (capped) with its first two letters,
/// the first in lower case, as an index into `cue_shape`, and its last
/// letter; only when the letters looked at are lower case ("Said" has the
/// shape of "said").
fn shape(w: &str) -> Option<(usize, u32)> {
    let b = w.as_bytes();
    let first = b.first()?.to_ascii_lowercase();
    let (&second, &last) = (b.get(1).unwrap_or(&first), b.last()?);
    let letter = |c: u8| c.is_ascii_lowercase().then(|| usize::from(c - b'a'));
    let (f, s, l) = (letter(first)?, letter(second)?, letter(last)?);
    Some(((b.len().min(15) * 26 + f) * 26 + s, 1 << l))
}

/// An embedded list under `assets/`, as a `Source`.
macro_rules! asset {
    ($path:literal) => {
        $crate::lexicon::Source {
            name: $path,
            text: include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/", $path)),
        }
    };
}
pub(crate) use asset;

impl Lexicon {
    /// Reads the embedded lists; a line that does not fit its format is an
    /// error.
    pub fn load() -> Result<Lexicon, LineError> {
        let mut cue_words: Map<CueWord> = Map::default();
        let mut cue_phrases: Vec<Vec<String>> = Vec::new();
        for cue in format::cues(asset!("lexicon/cues.txt"))? {
            match cue {
                Cue::Phrase(words) => {
                    let words: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
                    if let Some(first) = words.first() {
                        cue_words.entry(first.clone()).or_default().phrase_start = true;
                    }
                    cue_phrases.push(words);
                }
                Cue::Verbs(words) => {
                    for (i, w) in words.into_iter().enumerate() {
                        let entry = cue_words.entry(w.to_lowercase()).or_default();
                        entry.cue = true;
                        entry.base |= i == 0;
                    }
                }
            }
        }
        for (kind, words) in format::cue_kinds(asset!("lexicon/cue_kinds.txt"))? {
            for w in words {
                let entry = cue_words.entry(w.to_lowercase()).or_default();
                match kind {
                    CueKind::Bare => entry.bare = true,
                    CueKind::Object => entry.object = true,
                    CueKind::Inverted => entry.inverted = true,
                    CueKind::AfterQuote => entry.after_quote = true,
                    CueKind::AsQuoted => entry.as_quoted = true,
                    CueKind::AsPut => entry.as_put = true,
                    CueKind::Introducing => entry.introducing = true,
                    CueKind::Aloud => entry.aloud = true,
                }
            }
        }
        let mut cue_shape = vec![0u32; 16 * 26 * 26];
        for w in cue_words.keys() {
            if let Some((at, last)) = shape(w) {
                cue_shape[at] |= last;
            }
        }
        let months = format::months(asset!("lexicon/months.txt"))?
            .into_iter()
            .map(|(w, n)| (w.to_lowercase(), n))
            .collect();
        let mut classes: Map<u32> = Map::default();
        for (class, words) in format::word_classes(asset!("lexicon/word_classes.txt"))? {
            for w in words {
                *classes.entry(w.to_string()).or_default() |= class.bit();
            }
        }
        let gender = format::genders(asset!("lexicon/gender.txt"))?
            .into_iter()
            .map(|(g, w)| (w.to_lowercase(), g))
            .collect();
        let places = exact_set(&[
            asset!("lexicon/places.txt"),
            asset!("lexicon/derived_places.txt"),
            asset!("lexicon/state_abbreviations.txt"),
        ])?;
        let known_orgs = exact_set(&[
            asset!("lexicon/known_orgs.txt"),
            asset!("lexicon/derived_orgs.txt"),
        ])?;
        let longest_name = places
            .iter()
            .chain(known_orgs.iter())
            .map(|n| n.split(' ').count())
            .max()
            .unwrap_or(1);
        Ok(Lexicon {
            boilerplate: lower_set(asset!("lexicon/boilerplate.txt"))?,
            labels: lower_set(asset!("lexicon/labels.txt"))?,
            boilerplate_phrases: format::list(asset!("lexicon/boilerplate_phrases.txt"))?
                .into_iter()
                .map(str::to_lowercase)
                .collect(),
            // "Gov." is read as "Gov" and its stop, by the tokens: both
            // forms are titles.
            titles: {
                let mut t = lower_set(asset!("lexicon/titles.txt"))?;
                let bare: Vec<String> = t
                    .iter()
                    .filter_map(|w| w.strip_suffix('.'))
                    .map(str::to_string)
                    .collect();
                t.extend(bare);
                t
            },
            portfolios: lower_set(asset!("lexicon/portfolios.txt"))?,
            org_words: lower_set(asset!("lexicon/org_words.txt"))?,
            org_heads: lower_set(asset!("lexicon/org_heads.txt"))?,
            known_orgs,
            places,
            place_words: lower_set(asset!("lexicon/place_words.txt"))?,
            groups: exact_set(&[
                asset!("lexicon/groups.txt"),
                asset!("lexicon/derived_groups.txt"),
            ])?,
            first_names: exact_set(&[asset!("lexicon/derived_first_names.txt")])?,
            stop_caps: lower_set(asset!("lexicon/stop_caps.txt"))?,
            months,
            classes,
            abbreviations: lower_set(asset!("lexicon/abbreviations.txt"))?,
            gender,
            cue_phrases,
            cue_words,
            cue_shape,
            longest_name,
        })
    }

    /// "CORRECTION", "Editor's note": a label, not a speaker.
    pub fn is_label(&self, w: &str) -> bool {
        with_lower(w, |l| self.labels.contains(l))
    }
    pub fn is_boilerplate(&self, line_lower: &str) -> bool {
        self.boilerplate.contains(line_lower)
    }
    pub fn is_title_word(&self, w: &str) -> bool {
        with_lower(w, |l| self.titles.contains(l))
    }
    pub fn is_portfolio(&self, w: &str) -> bool {
        with_lower(w, |l| self.portfolios.contains(l))
    }
    pub fn is_org_word(&self, w: &str) -> bool {
        with_lower(w, |l| self.org_words.contains(l))
    }
    /// "ministry", "council": a noun that, after "the", can stand for an
    /// organisation named in full.
    pub fn is_org_head(&self, w: &str) -> bool {
        self.org_heads.contains(w)
    }
    pub fn is_known_org(&self, name: &str) -> bool {
        self.known_orgs.contains(name)
    }
    pub fn is_place(&self, name: &str) -> bool {
        self.places.contains(name)
    }
    pub fn is_place_word(&self, w: &str) -> bool {
        with_lower(w, |l| self.place_words.contains(l))
    }
    pub fn is_group(&self, name: &str) -> bool {
        self.groups.contains(name)
    }
    pub fn is_first_name(&self, w: &str) -> bool {
        self.first_names.contains(w) || with_lower(w, |l| self.gender.contains_key(l))
    }
    pub fn is_stop_cap(&self, w: &str) -> bool {
        with_lower(w, |l| self.stop_caps.contains(l))
    }
    /// Month number (1–12), or 0 for a weekday.
    pub fn month(&self, w: &str) -> Option<u32> {
        with_lower(w.trim_end_matches('.'), |l| self.months.get(l).copied())
    }
    /// `w`, exactly as written, is of `class`.
    pub fn is(&self, w: &str, class: WordClass) -> bool {
        self.classes.get(w).is_some_and(|c| c & class.bit() != 0)
    }
    /// A capitalised word that opens sentences far more often than names
    /// ("The", "He", "But"): after "U.S." or "Inc." it starts a sentence.
    pub fn opens_sentence(&self, w: &str) -> bool {
        w.starts_with(|c: char| c.is_uppercase())
            && with_lower(w, |l| self.is(l, WordClass::SentenceOpener))
    }
    pub fn is_abbreviation(&self, w: &str) -> bool {
        with_lower(w.trim_end_matches('.'), |l| self.abbreviations.contains(l))
    }
    pub fn gender(&self, w: &str) -> Option<Gender> {
        with_lower(w, |l| self.gender.get(l).copied())
    }
    /// What a word, in any case, can be in a cue; most words are refused
    /// by their shape, before they are lower-cased or hashed.
    pub fn cue_word(&self, w: &str) -> CueWord {
        if w.is_empty() {
            return CueWord::default();
        }
        match shape(w) {
            Some((at, last)) if self.cue_shape[at] & last == 0 => CueWord::default(),
            _ => with_lower(w, |lw| self.cue_words.get(lw).copied()).unwrap_or_default(),
        }
    }
    /// A cue that takes a clause without "that".
    pub fn is_bare_cue(&self, w: &str) -> bool {
        self.cue_word(w).bare
    }
    /// A cue whose object is what was said.
    pub fn is_object_cue(&self, w: &str) -> bool {
        self.cue_word(w).object
    }
    /// A cue that may come before its speaker.
    pub fn is_inverted_cue(&self, w: &str) -> bool {
        self.cue_word(w).inverted
    }
    /// A speech verb form.
    pub fn is_cue(&self, w: &str) -> bool {
        self.cue_word(w).cue
    }
}

/// The lexicon, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    // The lists are compiled in and `tests/lexicon.rs` reads every one of
    // them, so a malformed line cannot reach a built byline.
    LEX.get_or_init(|| Lexicon::load().unwrap_or_else(|e| panic!("built-in word list: {e}")))
}
