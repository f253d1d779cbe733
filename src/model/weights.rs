//! The trained weights and their file format, read where they lie: the
//! built-in model is used from the program's own bytes, with no table built
//! at start-up and only the pages an article's words need brought in.
//!
//! The file, little-endian throughout: `BYLNER` and a format version; the
//! number of tags, features, weights and table slots, and the scale of the
//! 16-bit weights; the transition scores; an open-addressed table of slots,
//! at most two thirds full, each a feature's key (0 when empty) and its row;
//! the rows of one weight per tag, each row once however many features share
//! it (rare features share a few patterns: 32,682 features have 28,662 rows);
//! and an FNV-1a checksum of all that comes before it.

use super::decode::{Transitions, constrain};
use super::tags::TAGS;
use crate::lexicon::fnv1a;
use std::borrow::Cow;
use std::collections::HashMap;

const MAGIC: &[u8; 8] = b"BYLNER\0\0";
pub const VERSION: u32 = 2;
/// Magic, version, four counts and the scale.
const HEADER: usize = 8 + 4 * 4 + 4 + 4;
const TRANSITIONS: usize = (TAGS + 1) * TAGS;
/// A slot: the key and its row.
const SLOT: usize = 8 + 4;
/// A row: a 16-bit weight per tag.
const ROW: usize = 2 * TAGS;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ModelError {
    #[error("{file}: not a byline model file")]
    NotAModel { file: String },
    #[error("{file}: model format version {found}, this byline reads version {VERSION}")]
    Version { file: String, found: u32 },
    #[error("{file}: the model file is truncated")]
    Truncated { file: String },
    #[error("{file}: the model file is corrupt ({what})")]
    Corrupt { file: String, what: &'static str },
}

pub struct Weights {
    bytes: Cow<'static, [u8]>,
    /// Where the slots and the rows start in `bytes`.
    slots: usize,
    rows: usize,
    /// Features, and table slots less one.
    count: usize,
    mask: usize,
    trans: Transitions,
    scale: f32,
}

/// Where a key lands in a table of `mask + 1` slots.
fn home(key: u64, mask: usize) -> usize {
    (key >> 7) as usize & mask
}

/// The row of `key` in a table of `mask + 1` slots, when it has one.
fn row<'a>(table: &[u8], rows: &'a [u8], mask: usize, key: u64) -> Option<&'a [u8]> {
    let mut s = home(key, mask);
    // The table is at most two thirds full: a probe ends at an empty
    // slot long before it could go round.
    for _ in 0..=mask {
        let slot = table.get(SLOT * s..SLOT * (s + 1))?;
        let (k, id) = slot.split_at(8);
        match u64::from_le_bytes(k.try_into().ok()?) {
            0 => return None,
            k if k == key => {
                let at = ROW * u32::from_le_bytes(id.try_into().ok()?) as usize;
                return rows.get(at..at + ROW);
            }
            _ => s = (s + 1) & mask,
        }
    }
    None
}

/// The little-endian number of `N` bytes at `at`; none past the end.
fn read<const N: usize>(bytes: &[u8], at: usize) -> Option<[u8; N]> {
    bytes.get(at..at.checked_add(N)?)?.try_into().ok()
}

impl Weights {
    /// Weights from averaged rows (`TAGS` floats per key) and transitions;
    /// keys are unique (a key of 0, which marks an empty slot, is left out).
    pub fn from_rows(keys: &[u64], rows: &[f32], trans: &Transitions) -> Weights {
        let top = rows
            .iter()
            .chain(trans.iter().filter(|t| t.is_finite()))
            .fold(0f32, |a, w| a.max(w.abs()));
        let scale = if top > 0.0 { top / 32767.0 } else { 1.0 };
        let quantise = |w: f32| {
            if w.is_finite() {
                (w / scale).round() as i16
            } else {
                0
            }
        };
        // Rows in the order of their keys: the file is the same however
        // the features were first met.
        let mut order: Vec<usize> = (0..keys.len()).filter(|&i| keys[i] != 0).collect();
        order.sort_unstable_by_key(|&i| keys[i]);
        let sorted: Vec<u64> = order.iter().map(|&i| keys[i]).collect();
        let rows: Vec<i16> = order
            .iter()
            .flat_map(|&i| &rows[i * TAGS..(i + 1) * TAGS])
            .map(|&w| quantise(w))
            .collect();
        let trans: Vec<i16> = trans.iter().map(|&w| quantise(w)).collect();
        let bytes = encode(&sorted, &rows, &trans, scale);
        Weights::parse(Cow::Owned(bytes), "", Checksum::Trust).expect("weights just written read")
    }

    pub fn transitions(&self) -> &Transitions {
        &self.trans
    }

    /// How many features carry weights.
    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Adds the rows of `keys` to `scores`.
    pub fn score(&self, keys: &[u64], scores: &mut [f32]) {
        let (table, rows) = self.bytes[self.slots..].split_at(self.rows - self.slots);
        let mut acc = [0i32; TAGS];
        for &k in keys {
            if let Some(row) = row(table, rows, self.mask, k) {
                for (a, v) in acc.iter_mut().zip(row.chunks_exact(2)) {
                    *a += i32::from(i16::from_le_bytes([v[0], v[1]]));
                }
            }
        }
        for (s, a) in scores.iter_mut().zip(acc) {
            *s += a as f32 * self.scale;
        }
    }

    /// The model as a file.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.bytes.to_vec()
    }

    /// Reads a model file; `file` names it in any error.
    pub fn from_bytes(bytes: &[u8], file: &str) -> Result<Weights, ModelError> {
        Weights::parse(Cow::Owned(bytes.to_vec()), file, Checksum::Verify)
    }

    /// Reads a model built into the program, keeping its weights where they
    /// are. Its checksum is verified by the tests, not on every start:
    /// reading every byte would bring the whole file into memory, where
    /// an article needs only the rows of its own words.
    pub fn from_static(bytes: &'static [u8], file: &str) -> Result<Weights, ModelError> {
        Weights::parse(Cow::Borrowed(bytes), file, Checksum::Trust)
    }

    fn parse(
        bytes: Cow<'static, [u8]>,
        file: &str,
        checksum: Checksum,
    ) -> Result<Weights, ModelError> {
        let file = file.to_string();
        let b = &bytes[..];
        if b.len() < MAGIC.len() || &b[..MAGIC.len()] != MAGIC {
            return Err(ModelError::NotAModel { file });
        }
        let truncated = || ModelError::Truncated { file: file.clone() };
        let corrupt = |what| ModelError::Corrupt {
            file: file.clone(),
            what,
        };
        let u32_at = |at: usize| read(b, at).map(u32::from_le_bytes).ok_or_else(truncated);
        let version = u32_at(8)?;
        if version != VERSION {
            return Err(ModelError::Version {
                file,
                found: version,
            });
        }
        let [tags, count, slots, rows] = [12, 16, 20, 24].map(|at| u32_at(at).map(|n| n as usize));
        let (count, slots, row_count) = (count?, slots?, rows?);
        let scale = f32::from_le_bytes(read(b, 28).ok_or_else(truncated)?);
        if tags? != TAGS {
            return Err(corrupt("wrong number of tags"));
        }
        if !slots.is_power_of_two() || slots < count {
            return Err(corrupt("bad table size"));
        }
        let slots_at = HEADER + 2 * TRANSITIONS;
        let rows = slots_at + SLOT * slots;
        let body = rows + ROW * row_count;
        if b.len() < body + 8 {
            return Err(truncated());
        }
        if b.len() > body + 8 {
            return Err(corrupt("bytes after the checksum"));
        }
        if checksum == Checksum::Verify && read(b, body) != Some(fnv1a(&b[..body]).to_le_bytes()) {
            return Err(corrupt("checksum mismatch"));
        }
        if !(scale.is_finite() && scale > 0.0) {
            return Err(corrupt("bad scale"));
        }
        let mut trans = [0f32; TRANSITIONS];
        for (i, t) in trans.iter_mut().enumerate() {
            let q = i16::from_le_bytes(read(b, HEADER + 2 * i).ok_or_else(truncated)?);
            *t = f32::from(q) * scale;
        }
        constrain(&mut trans);
        Ok(Weights {
            slots: slots_at,
            rows,
            count,
            mask: slots - 1,
            trans,
            scale,
            bytes,
        })
    }
}

/// The file for `keys` (unique, never 0), their quantised rows of
/// `TAGS` weights, the quantised transitions and the scale.
fn encode(keys: &[u64], rows: &[i16], trans: &[i16], scale: f32) -> Vec<u8> {
    // At most two thirds full: most of a word's features are in no table,
    // and a search for one ends at the first empty slot, a few probes away
    // (at three quarters full, tagging took a tenth longer; at half full
    // the next feature past a power of two doubles the table).
    let cap = (keys.len() * 3 / 2 + 1).next_power_of_two().max(16);
    let mask = cap - 1;
    let mut slots = vec![0u64; cap];
    let mut row_of = vec![0usize; cap];
    for (r, &k) in keys.iter().enumerate() {
        let mut s = home(k, mask);
        while slots[s] != 0 {
            s = (s + 1) & mask;
        }
        slots[s] = k;
        row_of[s] = r;
    }
    // Each distinct row once, numbered as the slots first meet it.
    let mut ids: HashMap<&[i16], u32> = HashMap::new();
    let mut table = Vec::with_capacity(cap * SLOT);
    let mut weights = Vec::new();
    for (s, &k) in slots.iter().enumerate() {
        let mut id = 0;
        if k != 0 {
            let row = &rows[row_of[s] * TAGS..(row_of[s] + 1) * TAGS];
            let next = ids.len() as u32;
            id = *ids.entry(row).or_insert_with(|| {
                weights.extend(row.iter().flat_map(|w| w.to_le_bytes()));
                next
            });
        }
        table.extend_from_slice(&k.to_le_bytes());
        table.extend_from_slice(&id.to_le_bytes());
    }
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    for n in [
        VERSION,
        TAGS as u32,
        keys.len() as u32,
        cap as u32,
        ids.len() as u32,
    ] {
        out.extend_from_slice(&n.to_le_bytes());
    }
    out.extend_from_slice(&scale.to_le_bytes());
    for q in trans {
        out.extend_from_slice(&q.to_le_bytes());
    }
    out.extend_from_slice(&table);
    out.extend_from_slice(&weights);
    let sum = fnv1a(&out);
    out.extend_from_slice(&sum.to_le_bytes());
    out
}

/// Whether reading a model checks its checksum.
#[derive(PartialEq, Eq, Clone, Copy)]
enum Checksum {
    Verify,
    Trust,
}
