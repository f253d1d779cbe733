//! Hashing for word lookups: FNV-1a sets and maps, and short fixed word
//! lists kept in code.

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
pub(crate) type Map<V> = HashMap<String, V, BuildHasherDefault<Fnv>>;

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
