//! The word lists of `assets/lexicon`, embedded at build time and parsed once.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a: the lists are looked up once per word of every article, and
/// their keys are short, trusted words, where this beats the default hasher.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Set = HashSet<String, BuildHasherDefault<Fnv>>;
/// A set of fixed words, hashed with FNV.
pub type WordSet = HashSet<&'static str, BuildHasherDefault<Fnv>>;
type Map<V> = HashMap<String, V, BuildHasherDefault<Fnv>>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

pub struct Lexicon {
    boilerplate: Set,
    pub boilerplate_phrases: Vec<String>,
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
    cues: Set,
    /// Multi-word cues, as lowercase word sequences.
    pub cue_phrases: Vec<Vec<String>>,
    /// The first words of the multi-word cues.
    phrase_starts: Set,
    /// How cues behave (`cue_kinds.txt`).
    bare_cues: Set,
    object_cues: Set,
    inverted_cues: Set,
    /// Every word that may begin a cue, for a quick no.
    cue_starts: Set,
    /// For lower-case ASCII words: by length and first letter, the last
    /// letters of words in `cue_starts`; most words are refused here
    /// without hashing.
    cue_shape: [[u32; 26]; 16],
    /// Longest multi-word name in the gazetteers, in words.
    pub longest_name: usize,
}

fn lines(src: &str) -> impl Iterator<Item = &str> {
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

/// A lower-case ASCII word's length (capped), first and last letter.
fn shape(w: &str) -> Option<(usize, usize, usize)> {
    let b = w.as_bytes();
    let (&first, &last) = (b.first()?, b.last()?);
    (first.is_ascii_lowercase() && last.is_ascii_lowercase()).then(|| {
        (
            b.len().min(15),
            usize::from(first - b'a'),
            usize::from(last - b'a'),
        )
    })
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
        let mut cues = Set::default();
        let mut cue_phrases = Vec::new();
        for line in lines(asset!("cues.txt")) {
            if let Some(p) = line.strip_prefix("phrase:") {
                cue_phrases.push(p.split_whitespace().map(str::to_lowercase).collect());
            } else {
                cues.extend(line.split_whitespace().map(str::to_lowercase));
            }
        }
        let (mut bare_cues, mut object_cues, mut inverted_cues) =
            (Set::default(), Set::default(), Set::default());
        for line in lines(asset!("cue_kinds.txt")) {
            let Some((kind, words)) = line.split_once(':') else {
                continue;
            };
            let set = match kind.trim() {
                "bare" => &mut bare_cues,
                "object" => &mut object_cues,
                "inverted" => &mut inverted_cues,
                _ => continue,
            };
            set.extend(words.split_whitespace().map(str::to_lowercase));
        }
        let phrase_starts: Set = cue_phrases
            .iter()
            .map(|p: &Vec<String>| p[0].clone())
            .collect();
        let cue_starts: Set = cues
            .iter()
            .chain(&bare_cues)
            .chain(&phrase_starts)
            .cloned()
            .collect();
        let mut cue_shape = [[0u32; 26]; 16];
        for w in &cue_starts {
            if let Some((len, first, last)) = shape(w) {
                cue_shape[len][first] |= 1 << last;
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
            cues,
            phrase_starts,
            bare_cues,
            object_cues,
            inverted_cues,
            cue_starts,
            cue_shape,
            cue_phrases,
            longest_name,
        }
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
    /// A lower-case word that may begin a cue of any kind.
    pub fn may_begin_cue(&self, lower: &str) -> bool {
        match shape(lower) {
            Some((len, first, last)) if self.cue_shape[len][first] & (1 << last) == 0 => false,
            _ => self.cue_starts.contains(lower),
        }
    }
    /// A cue that takes a clause without "that".
    pub fn is_bare_cue(&self, lower: &str) -> bool {
        self.bare_cues.contains(lower)
    }
    /// A cue whose object is what was said.
    pub fn is_object_cue(&self, lower: &str) -> bool {
        self.object_cues.contains(lower)
    }
    /// A cue that may come before its speaker.
    pub fn is_inverted_cue(&self, lower: &str) -> bool {
        self.inverted_cues.contains(lower)
    }

    /// A lower-case word that may begin a multi-word cue.
    pub fn is_phrase_start(&self, lower: &str) -> bool {
        self.phrase_starts.contains(lower)
    }

    pub fn is_cue(&self, w: &str) -> bool {
        self.cues.contains(crate::text::lower(w).as_ref())
    }
}

/// The lexicon, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::load)
}
