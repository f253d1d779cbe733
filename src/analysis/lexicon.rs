//! The word lists of `assets/lexicon`, embedded at build time and parsed once.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a: the lists are looked up once per word of every article, and
/// their keys are short, trusted words, where this beats the default hasher.
#[derive(Default)]
pub struct Fnv(u64);

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a of `bytes`, going on from `h`.
fn fnv1a_from(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// FNV-1a of `bytes`.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    fnv1a_from(FNV_OFFSET, bytes)
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let h = if self.0 == 0 { FNV_OFFSET } else { self.0 };
        self.0 = fnv1a_from(h, bytes);
    }
}

pub(crate) type Set = HashSet<String, BuildHasherDefault<Fnv>>;
/// A set of fixed words, hashed with FNV.
pub type WordSet = HashSet<&'static str, BuildHasherDefault<Fnv>>;
type Map<V> = HashMap<String, V, BuildHasherDefault<Fnv>>;

/// A short list of words kept in code, hashed on first use: the hot loops
/// ask it once per token, where a scan of the list would cost more.
pub struct Words {
    list: &'static [&'static str],
    set: OnceLock<WordSet>,
}

impl Words {
    pub const fn new(list: &'static [&'static str]) -> Words {
        Words {
            list,
            set: OnceLock::new(),
        }
    }
    pub fn contains(&self, w: &str) -> bool {
        self.set
            .get_or_init(|| self.list.iter().copied().collect())
            .contains(w)
    }
}

/// What a lower-case word can be in a speech cue (`cues.txt`,
/// `cue_kinds.txt`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CueWord {
    /// A speech verb form.
    pub cue: bool,
    /// Takes a clause without "that" ("said the move paved the way").
    pub bare: bool,
    /// Its object is what was said ("pledged continued support").
    pub object: bool,
    /// May come before its speaker ("…, said the minister").
    pub inverted: bool,
    /// The first word of a multi-word cue ("according to").
    pub phrase_start: bool,
}

impl CueWord {
    /// The word may begin a cue of any kind.
    pub fn begins(self) -> bool {
        self.cue || self.bare || self.phrase_start
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

pub struct Lexicon {
    boilerplate: Set,
    pub boilerplate_phrases: Vec<String>,
    /// Paragraph labels of the publication's own ("CORRECTION:").
    labels: Set,
    titles: Set,
    portfolios: Set,
    org_words: Set,
    known_orgs: Set,
    places: Set,
    place_words: Set,
    groups: Set,
    first_names: Set,
    stop_caps: Set,
    months: Map<u32>,
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

pub(crate) fn lines(src: &str) -> impl Iterator<Item = &str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn lower_set(src: &str) -> Set {
    lines(src).map(str::to_lowercase).collect()
}

fn exact_set(srcs: &[&str]) -> Set {
    srcs.iter()
        .flat_map(|s| lines(s))
        .map(str::to_string)
        .collect()
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

macro_rules! asset {
    ($name:literal) => {
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/lexicon/",
            $name
        ))
    };
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut cue_words: Map<CueWord> = Map::default();
        let mut cue_phrases: Vec<Vec<String>> = Vec::new();
        for line in lines(asset!("cues.txt")) {
            if let Some(p) = line.strip_prefix("phrase:") {
                let words: Vec<String> = p.split_whitespace().map(str::to_lowercase).collect();
                if let Some(first) = words.first() {
                    cue_words.entry(first.clone()).or_default().phrase_start = true;
                    cue_phrases.push(words);
                }
            } else {
                for w in line.split_whitespace() {
                    cue_words.entry(w.to_lowercase()).or_default().cue = true;
                }
            }
        }
        for line in lines(asset!("cue_kinds.txt")) {
            let Some((kind, words)) = line.split_once(':') else {
                continue;
            };
            for w in words.split_whitespace() {
                let entry = cue_words.entry(w.to_lowercase()).or_default();
                match kind.trim() {
                    "bare" => entry.bare = true,
                    "object" => entry.object = true,
                    "inverted" => entry.inverted = true,
                    _ => {}
                }
            }
        }
        let mut cue_shape = vec![0u32; 16 * 26 * 26];
        for w in cue_words.keys() {
            if let Some((at, last)) = shape(w) {
                cue_shape[at] |= last;
            }
        }
        let months = lines(asset!("months.txt"))
            .filter_map(|l| {
                let (w, n) = l.split_once(' ')?;
                Some((w.to_string(), n.trim().parse().ok()?))
            })
            .collect();
        let gender = lines(asset!("gender.txt"))
            .filter_map(|l| {
                let (g, w) = l.split_once(' ')?;
                let g = if g == "f" {
                    Gender::Female
                } else {
                    Gender::Male
                };
                Some((w.trim().to_string(), g))
            })
            .collect();
        let places = exact_set(&[asset!("places.txt"), asset!("derived_places.txt")]);
        let known_orgs = exact_set(&[asset!("known_orgs.txt"), asset!("derived_orgs.txt")]);
        let longest_name = places
            .iter()
            .chain(known_orgs.iter())
            .map(|n| n.split(' ').count())
            .max()
            .unwrap_or(1);
        Lexicon {
            boilerplate: lower_set(asset!("boilerplate.txt")),
            labels: lower_set(asset!("labels.txt")),
            boilerplate_phrases: lines(asset!("boilerplate_phrases.txt"))
                .map(str::to_lowercase)
                .collect(),
            titles: lower_set(asset!("titles.txt")),
            portfolios: lower_set(asset!("portfolios.txt")),
            org_words: lower_set(asset!("org_words.txt")),
            known_orgs,
            places,
            place_words: lower_set(asset!("place_words.txt")),
            groups: exact_set(&[asset!("groups.txt"), asset!("derived_groups.txt")]),
            first_names: exact_set(&[asset!("derived_first_names.txt")]),
            stop_caps: lower_set(asset!("stop_caps.txt")),
            months,
            abbreviations: lower_set(asset!("abbreviations.txt")),
            gender,
            cue_phrases,
            cue_words,
            cue_shape,
            longest_name,
        }
    }

    /// "CORRECTION", "Editor's note": a label, not a speaker.
    pub fn is_label(&self, w: &str) -> bool {
        self.labels.contains(&w.to_lowercase())
    }
    pub fn is_boilerplate(&self, line_lower: &str) -> bool {
        self.boilerplate.contains(line_lower)
    }
    pub fn is_title_word(&self, w: &str) -> bool {
        self.titles.contains(&w.to_lowercase())
    }
    pub fn is_portfolio(&self, w: &str) -> bool {
        self.portfolios.contains(&w.to_lowercase())
    }
    pub fn is_org_word(&self, w: &str) -> bool {
        self.org_words.contains(&w.to_lowercase())
    }
    pub fn is_known_org(&self, name: &str) -> bool {
        self.known_orgs.contains(name)
    }
    pub fn is_place(&self, name: &str) -> bool {
        self.places.contains(name)
    }
    pub fn is_place_word(&self, w: &str) -> bool {
        self.place_words.contains(&w.to_lowercase())
    }
    pub fn is_group(&self, name: &str) -> bool {
        self.groups.contains(name)
    }
    pub fn is_first_name(&self, w: &str) -> bool {
        self.first_names.contains(w) || self.gender.contains_key(&w.to_lowercase())
    }
    pub fn is_stop_cap(&self, w: &str) -> bool {
        self.stop_caps.contains(&w.to_lowercase())
    }
    /// Month number (1–12), or 0 for a weekday.
    pub fn month(&self, w: &str) -> Option<u32> {
        self.months
            .get(w.trim_end_matches('.').to_lowercase().as_str())
            .copied()
    }
    pub fn is_abbreviation(&self, w: &str) -> bool {
        self.abbreviations
            .contains(w.trim_end_matches('.').to_lowercase().as_str())
    }
    pub fn gender(&self, w: &str) -> Option<Gender> {
        self.gender.get(&w.to_lowercase()).copied()
    }
    /// What a word, in any case, can be in a cue; most words are refused
    /// by their shape, before they are lower-cased or hashed.
    pub fn cue_word(&self, w: &str) -> CueWord {
        if w.is_empty() {
            return CueWord::default();
        }
        match shape(w) {
            Some((at, last)) if self.cue_shape[at] & last == 0 => CueWord::default(),
            _ => {
                crate::text::with_lower(w, |lw| self.cue_words.get(lw).copied()).unwrap_or_default()
            }
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
    LEX.get_or_init(Lexicon::load)
}
