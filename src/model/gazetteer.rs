//! The name lists the recogniser reads as features: first names and
//! surnames across naming cultures, titles, organisation words, places and
//! groups. They are written by hand or derived from geographic data, never
//! from the corpora the model is trained on, so the model learns how far a
//! list can be trusted on names it has not seen.

use crate::lexicon::{Fnv, LineError, Set, Source, asset, exact_set, format};
use std::borrow::Cow;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

/// A word as the lists write it when that is already lower case, so that
/// the tens of thousands of them are not copied one by one.
fn lowered(w: &'static str) -> Cow<'static, str> {
    if w.chars().any(char::is_uppercase) {
        Cow::Owned(w.to_lowercase())
    } else {
        Cow::Borrowed(w)
    }
}

type WordMap = std::collections::HashMap<Cow<'static, str>, WordInfo, BuildHasherDefault<Fnv>>;

/// One bit per list a single word can be on.
pub mod bit {
    pub const FIRST_NAME: u32 = 1;
    pub const SURNAME: u32 = 1 << 1;
    pub const TITLE: u32 = 1 << 2;
    pub const ORG_WORD: u32 = 1 << 3;
    pub const PLACE_WORD: u32 = 1 << 4;
    pub const GROUP: u32 = 1 << 5;
    pub const MONTH_OR_DAY: u32 = 1 << 6;
    pub const PLACE: u32 = 1 << 7;
    pub const ORG: u32 = 1 << 8;
    pub const HONORIFIC: u32 = 1 << 9;
    /// How many bits there are.
    pub const COUNT: u32 = 10;
}

/// Which list a run of words matched whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    Place,
    Org,
    Group,
}

/// What the lists say of one lower-case word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordInfo {
    /// The single-word lists it is on.
    pub bits: u32,
    /// Its word cluster, fine and coarse, counted from 1; 0 when the word
    /// has none.
    pub fine: u16,
    pub coarse: u16,
}

pub struct Gazetteer {
    /// Lower-case single words with what the lists say of them.
    words: WordMap,
    places: Set,
    orgs: Set,
    groups: Set,
    /// The first words of the multi-word names ("New", "New York" of "New
    /// York City"), so that a search for a name stops where none can go on.
    prefixes: Set,
    /// Longest name on the multi-word lists, in words.
    pub longest: usize,
}

impl Gazetteer {
    pub fn load() -> Result<Gazetteer, LineError> {
        let mut words = WordMap::default();
        let mut add = |src: Source, b: u32| -> Result<(), LineError> {
            for l in format::list(src)? {
                words.entry(lowered(l)).or_default().bits |= b;
            }
            Ok(())
        };
        add(asset!("gazetteer/first_names.txt"), bit::FIRST_NAME)?;
        add(asset!("gazetteer/census_first_names.txt"), bit::FIRST_NAME)?;
        add(asset!("gazetteer/surnames.txt"), bit::SURNAME)?;
        add(asset!("gazetteer/census_surnames.txt"), bit::SURNAME)?;
        add(asset!("lexicon/titles.txt"), bit::TITLE)?;
        add(asset!("gazetteer/honorifics.txt"), bit::HONORIFIC)?;
        add(asset!("lexicon/org_words.txt"), bit::ORG_WORD)?;
        add(asset!("lexicon/place_words.txt"), bit::PLACE_WORD)?;
        add(asset!("lexicon/groups.txt"), bit::GROUP)?;
        add(asset!("gazetteer/groups.txt"), bit::GROUP)?;
        for (w, _) in format::months(asset!("lexicon/months.txt"))? {
            words.entry(lowered(w)).or_default().bits |= bit::MONTH_OR_DAY;
        }
        let places = exact_set(&[asset!("lexicon/places.txt"), asset!("gazetteer/places.txt")])?;
        let orgs = exact_set(&[
            asset!("lexicon/known_orgs.txt"),
            asset!("gazetteer/orgs.txt"),
        ])?;
        let groups = exact_set(&[asset!("lexicon/groups.txt"), asset!("gazetteer/groups.txt")])?;
        for p in &places {
            if !p.contains(' ') {
                words.entry(Cow::Owned(p.to_lowercase())).or_default().bits |= bit::PLACE;
            }
        }
        for o in &orgs {
            if !o.contains(' ') {
                words.entry(Cow::Owned(o.to_lowercase())).or_default().bits |= bit::ORG;
            }
        }
        for (w, fine, coarse) in format::clusters(asset!("gazetteer/clusters.txt"))? {
            let info = words.entry(Cow::Borrowed(w)).or_default();
            info.fine = fine + 1;
            info.coarse = coarse + 1;
        }
        let longest = places
            .iter()
            .chain(&orgs)
            .chain(&groups)
            .map(|n| n.split(' ').count())
            .max()
            .unwrap_or(1);
        let mut prefixes = Set::default();
        for name in places.iter().chain(&orgs).chain(&groups) {
            let mut at = name.find(' ');
            while let Some(k) = at {
                prefixes.insert(name[..k].to_string());
                at = name[k + 1..].find(' ').map(|j| k + 1 + j);
            }
        }
        Ok(Gazetteer {
            words,
            places,
            orgs,
            groups,
            prefixes,
            longest,
        })
    }

    /// What the lists say of a lower-case word.
    pub fn word(&self, lower: &str) -> WordInfo {
        self.words.get(lower).copied().unwrap_or_default()
    }

    /// Some listed name begins with `words` and goes on.
    pub fn continues(&self, words: &str) -> bool {
        self.prefixes.contains(words)
    }

    /// The list holding the exact name, if any.
    pub fn list_of(&self, name: &str) -> Option<ListKind> {
        if self.places.contains(name) {
            Some(ListKind::Place)
        } else if self.orgs.contains(name) {
            Some(ListKind::Org)
        } else if self.groups.contains(name) {
            Some(ListKind::Group)
        } else {
            None
        }
    }
}

/// The gazetteer, read on first use.
pub fn gazetteer() -> &'static Gazetteer {
    static GAZ: OnceLock<Gazetteer> = OnceLock::new();
    // As with the lexicon, `tests/lexicon.rs` reads every list first.
    GAZ.get_or_init(|| Gazetteer::load().unwrap_or_else(|e| panic!("built-in name list: {e}")))
}
