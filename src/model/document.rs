//! How the whole article writes its words, for the words a sentence's
//! position or a headline's capitals leave in doubt.

use super::features::{hash_bytes, headline, normal, starts_upper};
use std::collections::HashSet;
use std::hash::BuildHasherDefault;

type HashSet64 = HashSet<u64, BuildHasherDefault<super::IdHasher>>;

#[derive(Default)]
pub struct DocStats {
    /// Words written in lower case somewhere.
    pub(super) lower: HashSet64,
    /// Words written capitalised inside a sentence of ordinary case.
    pub(super) capital: HashSet64,
}

impl DocStats {
    pub fn new<'a, S: AsRef<[&'a str]>>(sentences: &[S]) -> DocStats {
        let mut stats = DocStats::default();
        for s in sentences {
            stats.add(s.as_ref());
        }
        stats
    }

    /// Takes in one more sentence of the article.
    pub fn add(&mut self, s: &[&str]) {
        let caps = headline(s);
        for (i, w) in s.iter().enumerate() {
            if w.chars().next().is_some_and(char::is_lowercase) {
                self.lower.insert(lower_hash(w));
            } else if i > 0 && !caps && starts_upper(w) {
                self.capital.insert(lower_hash(w));
            }
        }
    }
}

fn lower_hash(w: &str) -> u64 {
    crate::text::with_lower(&normal(w), |l| hash_bytes(l.as_bytes()))
}
