//! The name lists the recogniser reads as features: first names and
//! surnames across naming cultures, titles, organisation words, places and
//! groups. They are written by hand or derived from geographic data, never
//! from the corpora the model is trained on, so the model learns how far a
//! list can be trusted on names it has not seen.

use super::IdHasher;
use crate::lexicon::{LineError, Source, asset, fnv1a, format};
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

/// The lower-case words of the lists by their 64-bit FNV-1a hash, not by
/// copies of the tens of thousands of words: a test checks that no two
/// listed words share one.
type WordMap = std::collections::HashMap<u64, WordInfo, BuildHasherDefault<IdHasher>>;

type NameMap = std::collections::HashMap<u64, ListKind, BuildHasherDefault<IdHasher>>;
type KeySet = std::collections::HashSet<u64, BuildHasherDefault<IdHasher>>;

/// A word's key folded into 32 bits.
fn short(key: u64) -> u32 {
    (key ^ (key >> 32)) as u32
}

/// The lists of names of several words, each with what it names; a name
/// on several is a place first, then an organisation.
fn name_lists() -> [(Source, ListKind); 6] {
    [
        (asset!("lexicon/groups.txt"), ListKind::Group),
        (asset!("gazetteer/groups.txt"), ListKind::Group),
        (asset!("lexicon/known_orgs.txt"), ListKind::Org),
        (asset!("gazetteer/orgs.txt"), ListKind::Org),
        (asset!("lexicon/places.txt"), ListKind::Place),
        (asset!("gazetteer/places.txt"), ListKind::Place),
    ]
}

/// The key of a word, lower-cased.
fn key(w: &str) -> u64 {
    if w.chars().any(char::is_uppercase) {
        fnv1a(w.to_lowercase().as_bytes())
    } else {
        fnv1a(w.as_bytes())
    }
}

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
    /// A word of the English dictionary ("park", "milepost").
    pub const COMMON: u32 = 1 << 10;
    /// How many bits there are.
    pub const COUNT: u32 = 11;
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
    /// The dictionary's words on no other list, by `short` keys, sorted:
    /// half the dictionary, in a sixth of the memory the word map would
    /// take, searched only for a word the map does not hold. One word in
    /// about a hundred thousand that is on no list shares a short key with
    /// one of them and reads as an English word.
    common: Box<[u32]>,
    /// The names on the place, organisation and group lists, by the hash of
    /// the name as written.
    names: NameMap,
    /// The first words of the multi-word names ("New", "New York" of "New
    /// York City"), so that a search for a name stops where none can go on.
    prefixes: KeySet,
    /// Longest name on the multi-word lists, in words.
    pub longest: usize,
}

/// The lists of single words, each with its bit.
fn single_word_lists() -> [(Source, u32); 10] {
    [
        (asset!("gazetteer/first_names.txt"), bit::FIRST_NAME),
        (asset!("gazetteer/census_first_names.txt"), bit::FIRST_NAME),
        (asset!("gazetteer/surnames.txt"), bit::SURNAME),
        (asset!("gazetteer/census_surnames.txt"), bit::SURNAME),
        (asset!("lexicon/titles.txt"), bit::TITLE),
        (asset!("gazetteer/honorifics.txt"), bit::HONORIFIC),
        (asset!("lexicon/org_words.txt"), bit::ORG_WORD),
        (asset!("lexicon/place_words.txt"), bit::PLACE_WORD),
        (asset!("lexicon/groups.txt"), bit::GROUP),
        (asset!("gazetteer/groups.txt"), bit::GROUP),
    ]
}

impl Gazetteer {
    pub fn load() -> Result<Gazetteer, LineError> {
        let mut words = WordMap::default();
        let mut add = |src: Source, b: u32| -> Result<(), LineError> {
            for l in format::list(src)? {
                words.entry(key(l)).or_default().bits |= b;
            }
            Ok(())
        };
        for (src, b) in single_word_lists() {
            add(src, b)?;
        }
        for (w, _) in format::months(asset!("lexicon/months.txt"))? {
            words.entry(key(w)).or_default().bits |= bit::MONTH_OR_DAY;
        }
        let mut names = NameMap::default();
        let mut prefixes = KeySet::default();
        let mut longest = 1;
        for (src, kind) in name_lists() {
            for name in format::list(src)? {
                names.insert(fnv1a(name.as_bytes()), kind);
                longest = longest.max(name.split(' ').count());
                for (k, _) in name.match_indices(' ') {
                    prefixes.insert(fnv1a(&name.as_bytes()[..k]));
                }
                let bit = match kind {
                    ListKind::Place => bit::PLACE,
                    ListKind::Org => bit::ORG,
                    ListKind::Group => 0,
                };
                if bit != 0 && !name.contains(' ') {
                    words.entry(key(name)).or_default().bits |= bit;
                }
            }
        }
        format::each_cluster(asset!("gazetteer/clusters.txt"), |w, fine, coarse| {
            let info = words.entry(key(w)).or_default();
            info.fine = fine + 1;
            info.coarse = coarse + 1;
        })?;
        // The dictionary's words on no other list only say that they are
        // English words: a sorted slice of short keys holds them.
        let mut common = Vec::new();
        format::each_word(asset!("gazetteer/dictionary.txt"), |w| {
            let k = key(w);
            match words.get_mut(&k) {
                Some(info) => info.bits |= bit::COMMON,
                None => common.push(short(k)),
            }
        })?;
        common.sort_unstable();
        common.dedup();
        Ok(Gazetteer {
            words,
            common: common.into_boxed_slice(),
            names,
            prefixes,
            longest,
        })
    }

    /// What the lists say of a lower-case word.
    pub fn word(&self, lower: &str) -> WordInfo {
        let k = fnv1a(lower.as_bytes());
        self.words.get(&k).copied().unwrap_or_else(|| WordInfo {
            bits: if self.common.binary_search(&short(k)).is_ok() {
                bit::COMMON
            } else {
                0
            },
            ..WordInfo::default()
        })
    }

    /// `w`, in any case, is on a single-word list with `bit`.
    pub fn has(&self, w: &str, bit: u32) -> bool {
        crate::text::with_lower(w, |l| self.word(l).bits & bit != 0)
    }

    /// Some listed name begins with `words` and goes on.
    pub fn continues(&self, words: &str) -> bool {
        self.prefixes.contains(&fnv1a(words.as_bytes()))
    }

    /// The list holding the exact name, if any.
    pub fn list_of(&self, name: &str) -> Option<ListKind> {
        self.names.get(&fnv1a(name.as_bytes())).copied()
    }
}

/// The gazetteer, read on first use.
pub fn gazetteer() -> &'static Gazetteer {
    static GAZ: OnceLock<Gazetteer> = OnceLock::new();
    // As with the lexicon, `tests/lexicon.rs` reads every list first.
    GAZ.get_or_init(|| Gazetteer::load().unwrap_or_else(|e| panic!("built-in name list: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn no_two_listed_words_share_a_key() {
        let mut words: Vec<String> = Vec::new();
        for (src, _) in single_word_lists() {
            words.extend(format::list(src).unwrap().iter().map(|w| w.to_lowercase()));
        }
        let months = format::months(asset!("lexicon/months.txt")).unwrap();
        words.extend(months.iter().map(|(w, _)| w.to_lowercase()));
        for (src, _) in name_lists() {
            words.extend(format::list(src).unwrap().iter().map(|w| w.to_lowercase()));
        }
        format::each_cluster(asset!("gazetteer/clusters.txt"), |w, _, _| {
            words.push(w.into())
        })
        .unwrap();
        format::each_word(asset!("gazetteer/dictionary.txt"), |w| words.push(w.into())).unwrap();
        words.sort();
        words.dedup();
        assert!(words.len() > 50_000);
        let mut seen: HashMap<u64, &str> = HashMap::new();
        for w in &words {
            let earlier = *seen.entry(key(w)).or_insert(w);
            assert_eq!(earlier, w, "two words with one key");
        }
    }

    #[test]
    fn no_two_listed_names_or_their_first_words_share_a_key() {
        let mut seen: HashMap<u64, String> = HashMap::new();
        for (src, _) in name_lists() {
            for name in format::list(src).unwrap() {
                let firsts = name.match_indices(' ').map(|(k, _)| &name[..k]);
                for n in firsts.chain([name]) {
                    let earlier = seen.entry(fnv1a(n.as_bytes())).or_insert(n.to_string());
                    assert_eq!(earlier, n, "two names with one key");
                }
            }
        }
        assert!(seen.len() > 5_000);
    }

    #[test]
    fn names_are_found_on_their_lists() {
        let g = gazetteer();
        assert_eq!(g.list_of("United Nations"), Some(ListKind::Org));
        assert!(g.continues("United"));
        assert_eq!(g.list_of("Harbour Street"), None);
    }

    #[test]
    fn words_are_found_whatever_their_case_in_the_lists() {
        let g = gazetteer();
        assert_ne!(g.word("maria").bits & bit::FIRST_NAME, 0);
        assert_ne!(g.word("mr").bits & bit::HONORIFIC, 0);
        assert_eq!(g.word("zzqx").bits, 0);
    }

    #[test]
    fn english_words_are_known_as_such_and_names_are_not() {
        let g = gazetteer();
        // "milepost" is on the dictionary alone, "park" on other lists too.
        for w in ["milepost", "park", "villagers"] {
            assert_ne!(g.word(w).bits & bit::COMMON, 0, "{w}");
        }
        assert_ne!(g.word("park").fine, 0, "a listed word keeps its cluster");
        for w in ["obama", "paxton", "zzqx"] {
            assert_eq!(g.word(w).bits & bit::COMMON, 0, "{w}");
        }
    }
}
