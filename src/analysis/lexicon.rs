//! The word lists of `assets/lexicon`, embedded at build time and parsed once.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

pub struct Lexicon {
    boilerplate: HashSet<String>,
    pub boilerplate_phrases: Vec<String>,
    titles: HashSet<String>,
    portfolios: HashSet<String>,
    org_words: HashSet<String>,
    known_orgs: HashSet<String>,
    places: HashSet<String>,
    place_words: HashSet<String>,
    groups: HashSet<String>,
    first_names: HashSet<String>,
    stop_caps: HashSet<String>,
    months: HashMap<String, u32>,
    abbreviations: HashSet<String>,
    gender: HashMap<String, Gender>,
    cues: HashSet<String>,
    /// Multi-word cues, as lowercase word sequences.
    pub cue_phrases: Vec<Vec<String>>,
    /// Longest multi-word name in the gazetteers, in words.
    pub longest_name: usize,
}

fn lines(src: &str) -> impl Iterator<Item = &str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn lower_set(src: &str) -> HashSet<String> {
    lines(src).map(str::to_lowercase).collect()
}

fn exact_set(srcs: &[&str]) -> HashSet<String> {
    srcs.iter()
        .flat_map(|s| lines(s))
        .map(str::to_string)
        .collect()
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
        let mut cues = HashSet::new();
        let mut cue_phrases = Vec::new();
        for line in lines(asset!("cues.txt")) {
            if let Some(p) = line.strip_prefix("phrase:") {
                cue_phrases.push(p.split_whitespace().map(str::to_lowercase).collect());
            } else {
                cues.extend(line.split_whitespace().map(str::to_lowercase));
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
    pub fn is_cue(&self, w: &str) -> bool {
        self.cues.contains(&w.to_lowercase())
    }
}

/// The lexicon, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::load)
}
