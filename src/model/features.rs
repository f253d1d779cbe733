//! What the recogniser sees of a word: the word itself, its lower case,
//! shape and affixes, its neighbours, the name lists it is on, and how the
//! rest of the article writes it. Each feature is a 64-bit hash, so a
//! sentence's features cost no allocation per word; training and tagging
//! share this one function, so they cannot drift apart.

pub use super::document::DocStats;
use super::gazetteer::{Gazetteer, ListKind, bit, gazetteer};
use crate::lexicon::fnv1a;

/// FNV-1a over bytes, then mixed.
pub(super) fn hash_bytes(bytes: &[u8]) -> u64 {
    mix(fnv1a(bytes))
}

/// A strong 64-bit finaliser (splitmix64's).
fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The key of feature template `t` with value `v`; never 0, which marks an
/// empty slot in the weight table.
fn key(t: u64, v: u64) -> u64 {
    mix(v ^ t.wrapping_mul(0x9e37_79b9_7f4a_7c15)) | 1
}

fn pair(a: u64, b: u64) -> u64 {
    mix(a.rotate_left(21) ^ b)
}

/// The word as the features read it: curly quotes and dashes as the plain
/// ones training text uses.
pub(super) fn normal(w: &str) -> std::borrow::Cow<'_, str> {
    if w.is_ascii() {
        return w.into();
    }
    w.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201b}' | '\u{2032}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}' => '"',
            '\u{2010}'..='\u{2015}' => '-',
            c => c,
        })
        .collect::<String>()
        .into()
}

/// "Wang" → "Xx", "U.S." → "X.X.", "3,000" → "d,d", "McCain" → "XxXx":
/// letter classes with runs folded, at most eight.
fn shape(w: &str) -> u64 {
    let mut out = [0u8; 8];
    let mut n = 0;
    let mut last = 0u8;
    for c in w.chars() {
        let s = if c.is_uppercase() {
            b'X'
        } else if c.is_lowercase() {
            b'x'
        } else if c.is_numeric() {
            b'd'
        } else if c.is_ascii() {
            c as u8
        } else {
            b'*'
        };
        if s != last && n < out.len() {
            out[n] = s;
            n += 1;
        }
        last = s;
    }
    hash_bytes(&out[..n])
}

fn is_all_caps(w: &str) -> bool {
    w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
}

pub(super) fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// A sentence mostly in capitals: a headline or a sports table.
pub(super) fn headline(s: &[&str]) -> bool {
    let words = s.iter().filter(|w| w.chars().any(char::is_alphabetic));
    let (mut all, mut caps) = (0, 0);
    for w in words {
        all += 1;
        caps += usize::from(is_all_caps(w) && w.chars().count() > 1);
    }
    all >= 2 && caps * 10 >= all * 6
}

/// What one word contributes to its own and its neighbours' features.
struct Word {
    form: u64,
    lower: u64,
    shape: u64,
    prefixes: [u64; 3],
    suffixes: [u64; 4],
    bits: u32,
    /// Word clusters, fine and coarse, from 1; 0 for none.
    fine: u64,
    coarse: u64,
    /// Where the word stands in a multi-word name from a list: kind and
    /// B/I/L/U, hashed; 0 when on none.
    list: u64,
}

const START: u64 = 0x0053_5441_5254;
const END: u64 = 0x0045_4e44;

fn word(w: &str, gaz: &Gazetteer) -> Word {
    let n = normal(w);
    crate::text::with_lower(&n, |l| {
        // Prefixes of one to three letters; proper suffixes of one to four.
        let mut prefixes = [0u64; 3];
        let ends = l.char_indices().map(|(a, c)| a + c.len_utf8());
        for (p, end) in prefixes.iter_mut().zip(ends) {
            *p = hash_bytes(&l.as_bytes()[..end]);
        }
        let mut starts = [0usize; 5];
        let mut found = 0;
        for (slot, (a, _)) in starts.iter_mut().zip(l.char_indices().rev()) {
            *slot = a;
            found += 1;
        }
        let mut suffixes = [0u64; 4];
        for (k, s) in suffixes.iter_mut().enumerate() {
            if found > k + 1 {
                *s = hash_bytes(&l.as_bytes()[starts[k]..]);
            }
        }
        let info = gaz.word(l);
        Word {
            form: hash_bytes(n.as_bytes()),
            lower: hash_bytes(l.as_bytes()),
            shape: shape(&n),
            prefixes,
            suffixes,
            bits: info.bits,
            fine: u64::from(info.fine),
            coarse: u64::from(info.coarse),
            list: 0,
        }
    })
}

/// Marks the words of the longest listed names, left to right.
fn mark_lists(s: &[&str], words: &mut [Word], gaz: &Gazetteer) {
    let mut i = 0;
    let mut name = String::new();
    while i < s.len() {
        let mut found = None;
        if starts_upper(s[i]) {
            name.clear();
            for n in 1..=gaz.longest.min(s.len() - i) {
                if n > 1 {
                    name.push(' ');
                }
                name.push_str(&normal(s[i + n - 1]));
                if let Some(kind) = gaz.list_of(&name) {
                    found = Some((n, kind));
                }
                if !gaz.continues(&name) {
                    break;
                }
            }
        }
        match found {
            Some((n, kind)) => {
                let k = match kind {
                    ListKind::Place => 1,
                    ListKind::Org => 2,
                    ListKind::Group => 3,
                };
                for (j, w) in words[i..i + n].iter_mut().enumerate() {
                    let part = match (n, j) {
                        (1, _) => 0,
                        (_, 0) => 1,
                        (_, j) if j + 1 == n => 2,
                        _ => 3,
                    };
                    w.list = 16 * k + part + 1;
                }
                i += n;
            }
            None => i += 1,
        }
    }
}

/// The features of every word of a sentence: `keys[ends[i-1]..ends[i]]` are
/// word `i`'s.
#[derive(Default)]
pub struct Features {
    pub keys: Vec<u64>,
    pub ends: Vec<usize>,
}

impl Features {
    pub fn of(&self, i: usize) -> &[u64] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.keys[start..self.ends[i]]
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }
}

/// Computes the features of sentence `s` into `out`.
pub fn sentence(s: &[&str], doc: &DocStats, out: &mut Features) {
    let gaz = gazetteer();
    out.keys.clear();
    out.ends.clear();
    let mut words: Vec<Word> = s.iter().map(|w| word(w, gaz)).collect();
    mark_lists(s, &mut words, gaz);
    let caps = headline(s);
    // In a title-case headline every word is capitalised: no runs.
    let heads = if caps || title_case(s.iter().copied()) {
        Vec::new()
    } else {
        run_heads(s)
    };
    let at = |i: isize, f: &dyn Fn(&Word) -> u64| -> u64 {
        if i < 0 {
            START
        } else {
            words.get(i as usize).map_or(END, f)
        }
    };
    for (i, w) in words.iter().enumerate() {
        let k = &mut out.keys;
        let ii = i as isize;
        let raw = s[i];
        // In a headline every word is in capitals: its case says nothing,
        // and how the rest of the article writes it says much.
        let shape0 = if caps { key(99, w.shape) } else { w.shape };
        k.push(key(0, 0));
        if !caps {
            k.push(key(1, w.form));
        }
        k.push(key(2, w.lower));
        k.push(key(3, shape0));
        for (n, p) in w.prefixes.iter().enumerate() {
            if *p != 0 {
                k.push(key(4 + n as u64, *p));
            }
        }
        for (n, x) in w.suffixes.iter().enumerate() {
            if *x != 0 {
                k.push(key(8 + n as u64, *x));
            }
        }
        let lower_at = |d: isize| at(ii + d, &|x: &Word| x.lower);
        let shape_at = |d: isize| at(ii + d, &|x: &Word| x.shape);
        k.push(key(12, lower_at(-1)));
        k.push(key(13, lower_at(1)));
        k.push(key(14, lower_at(-2)));
        k.push(key(15, lower_at(2)));
        k.push(key(16, pair(shape_at(-1), shape0)));
        k.push(key(17, pair(shape0, shape_at(1))));
        k.push(key(18, pair(lower_at(-1), w.lower)));
        k.push(key(19, pair(w.lower, lower_at(1))));
        k.push(key(20, pair(pair(shape_at(-1), shape0), shape_at(1))));
        k.push(key(21, pair(lower_at(-1), shape0)));
        k.push(key(22, pair(shape0, lower_at(1))));
        for b in 0..bit::COUNT {
            let m = 1 << b;
            if w.bits & m != 0 {
                k.push(key(30 + u64::from(b), pair(shape0, 0)));
            }
            if i > 0 && words[i - 1].bits & m != 0 {
                k.push(key(50 + u64::from(b), shape0));
            }
            if words.get(i + 1).is_some_and(|x| x.bits & m != 0) {
                k.push(key(70 + u64::from(b), shape0));
            }
        }
        k.push(key(100, pair(w.fine, shape0)));
        k.push(key(101, pair(w.coarse, shape0)));
        k.push(key(102, pair(at(ii - 1, &|x| x.coarse), w.coarse)));
        k.push(key(103, pair(w.coarse, at(ii + 1, &|x| x.coarse))));
        if w.list != 0 {
            k.push(key(90, w.list));
        }
        k.push(key(
            91,
            pair(at(ii - 1, &|x| x.list), at(ii + 1, &|x| x.list)),
        ));
        if i == 0 {
            k.push(key(92, shape0));
        }
        let up = starts_upper(raw);
        if up && (i == 0 || caps) {
            let l = w.lower;
            let seen =
                (u64::from(doc.lower.contains(&l)) << 1) | u64::from(doc.capital.contains(&l));
            k.push(key(93, pair(seen, shape0)));
        } else if up && doc.lower.contains(&w.lower) {
            k.push(key(94, shape0));
        }
        if caps {
            k.push(key(95, w.lower));
        }
        // A name's last word, for every word of a run of capitalised
        // words: "Paxton" in "Paxton Carnegie Public Library" sees
        // "library", past the window of two words.
        if let Some(&head) = heads.get(i)
            && head != NO_RUN
        {
            k.push(key(110, words[head].lower));
        }
        let len = raw.chars().count().min(8) as u64;
        k.push(key(96, pair(len, shape0)));
        out.ends.push(k.len());
    }
}

/// Words in title case ("Obama Power Plant Rules Face Key Test"): at
/// least four words longer than three letters, four in five of them
/// capitalised. Words in capitals throughout are left out: the model
/// learned headlines written so.
pub fn title_case<'a>(words: impl Iterator<Item = &'a str>) -> bool {
    let (mut all, mut capital) = (0, 0);
    for w in words.filter(|w| w.chars().count() > 3 && w.chars().any(char::is_lowercase)) {
        all += 1;
        capital += usize::from(starts_upper(w));
    }
    all >= 4 && capital * 5 >= all * 4
}

const NO_RUN: usize = usize::MAX;

/// For each word of a sentence, the last word of the run of two or more
/// capitalised words it stands in ("Bank of England", "Procter & Gamble":
/// "of", "and", "&" and the like join one), or `NO_RUN`.
fn run_heads(s: &[&str]) -> Vec<usize> {
    let mut heads = vec![NO_RUN; s.len()];
    let mut i = 0;
    while i < s.len() {
        if !starts_upper(s[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        loop {
            if end < s.len() && starts_upper(s[end]) {
                end += 1;
            } else if end + 1 < s.len()
                && matches!(
                    s[end],
                    "of" | "and" | "&" | "for" | "de" | "von" | "van" | "du" | "del"
                )
                && starts_upper(s[end + 1])
            {
                end += 2;
            } else {
                break;
            }
        }
        if end - start >= 2 {
            heads[start..end].fill(end - 1);
        }
        i = end;
    }
    heads
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_of_capitalised_words_has_one_head() {
        let s = [
            "the",
            "Bank",
            "of",
            "England",
            "met",
            "Procter",
            "&",
            "Gamble",
            "with",
            "Obi",
            "of",
            "the",
            "Port",
            "in",
            "Bosnia",
            "and",
            "Herzegovina",
        ];
        let n = NO_RUN;
        assert_eq!(
            run_heads(&s),
            [n, 3, 3, 3, n, 7, 7, 7, n, n, n, n, n, n, 16, 16, 16]
        );
    }
}
