//! The trained weights and their file format. A feature's key finds its row
//! of one weight per tag in an open-addressed table; weights are kept as
//! 16-bit integers with one scale for the whole model.
//!
//! The file: `BYLNER` and a format version, the number of tags, features and
//! the scale, the transition scores, the keys, the rows, and an FNV-1a
//! checksum of all that comes before it. Little-endian throughout.

use super::decode::{Transitions, constrain};
use super::tags::TAGS;
use crate::lexicon::fnv1a;
use std::borrow::Cow;

const MAGIC: &[u8; 8] = b"BYLNER\0\0";
pub const VERSION: u32 = 1;

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
    /// Open-addressed keys; 0 marks an empty slot.
    slots: Vec<u64>,
    /// For each slot, its row.
    rows: Vec<u32>,
    /// `TAGS` little-endian 16-bit weights per row: the shipped model's
    /// bytes themselves, so that they are in memory once.
    values: Cow<'static, [u8]>,
    trans: Transitions,
    scale: f32,
}

/// Where a key lands in a table of `mask + 1` slots.
fn home(key: u64, mask: usize) -> usize {
    (key >> 7) as usize & mask
}

impl Weights {
    /// Weights from averaged rows (`TAGS` floats per key) and transitions;
    /// keys are unique and never 0.
    pub fn from_rows(keys: &[u64], rows: &[f32], trans: &Transitions) -> Weights {
        let top = rows
            .iter()
            .chain(trans.iter().filter(|t| t.is_finite()))
            .fold(0f32, |a, w| a.max(w.abs()));
        let scale = if top > 0.0 { top / 32767.0 } else { 1.0 };
        let values: Vec<u8> = rows
            .iter()
            .flat_map(|w| ((w / scale).round() as i16).to_le_bytes())
            .collect();
        let trans_q: Vec<i16> = trans
            .iter()
            .map(|w| {
                if w.is_finite() {
                    (w / scale).round() as i16
                } else {
                    0
                }
            })
            .collect();
        Weights::build(keys, Cow::Owned(values), &trans_q, scale)
    }

    fn build(keys: &[u64], values: Cow<'static, [u8]>, trans_q: &[i16], scale: f32) -> Weights {
        // At most three quarters full: probes stay short, memory small.
        let cap = (keys.len() * 4 / 3 + 1).next_power_of_two().max(16);
        let mask = cap - 1;
        let mut slots = vec![0u64; cap];
        let mut rows = vec![0u32; cap];
        for (r, &k) in keys.iter().enumerate() {
            let mut s = home(k, mask);
            while slots[s] != 0 {
                s = (s + 1) & mask;
            }
            slots[s] = k;
            rows[s] = r as u32;
        }
        let mut trans = [0f32; (TAGS + 1) * TAGS];
        for (t, q) in trans.iter_mut().zip(trans_q) {
            *t = f32::from(*q) * scale;
        }
        constrain(&mut trans);
        Weights {
            slots,
            rows,
            values,
            trans,
            scale,
        }
    }

    pub fn transitions(&self) -> &Transitions {
        &self.trans
    }

    /// How many features carry weights.
    pub fn len(&self) -> usize {
        self.values.len() / (2 * TAGS)
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Adds the rows of `keys` to `scores`.
    pub fn score(&self, keys: &[u64], scores: &mut [f32]) {
        let mask = self.slots.len() - 1;
        let mut acc = [0i32; TAGS];
        for &k in keys {
            let mut s = home(k, mask);
            loop {
                let at = self.slots[s];
                if at == k {
                    let r = self.rows[s] as usize * 2 * TAGS;
                    let row = &self.values[r..r + 2 * TAGS];
                    for (a, v) in acc.iter_mut().zip(row.chunks_exact(2)) {
                        *a += i32::from(i16::from_le_bytes([v[0], v[1]]));
                    }
                    break;
                }
                if at == 0 {
                    break;
                }
                s = (s + 1) & mask;
            }
        }
        for (s, a) in scores.iter_mut().zip(acc) {
            *s += a as f32 * self.scale;
        }
    }

    /// The model as a file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut keys: Vec<(u64, u32)> = self
            .slots
            .iter()
            .zip(&self.rows)
            .filter(|(k, _)| **k != 0)
            .map(|(k, r)| (*k, *r))
            .collect();
        keys.sort_unstable();
        let mut out = Vec::with_capacity(32 + keys.len() * (8 + 2 * TAGS));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&(TAGS as u32).to_le_bytes());
        out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        for t in &self.trans {
            let q = if t.is_finite() {
                (t / self.scale).round() as i16
            } else {
                0
            };
            out.extend_from_slice(&q.to_le_bytes());
        }
        for (k, _) in &keys {
            out.extend_from_slice(&k.to_le_bytes());
        }
        for (_, r) in &keys {
            let r = *r as usize * 2 * TAGS;
            out.extend_from_slice(&self.values[r..r + 2 * TAGS]);
        }
        let sum = fnv1a(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    /// Reads a model file; `file` names it in any error.
    pub fn from_bytes(bytes: &[u8], file: &str) -> Result<Weights, ModelError> {
        Weights::parse(bytes, file, Checksum::Verify, |values| {
            Cow::Owned(values.to_vec())
        })
    }

    /// Reads a model built into the program, keeping its weights where they
    /// are. Its checksum is verified by the tests, not on every start:
    /// reading every byte would bring the whole file into memory, where
    /// an article needs only the rows of its own words.
    pub fn from_static(bytes: &'static [u8], file: &str) -> Result<Weights, ModelError> {
        Weights::parse(bytes, file, Checksum::Trust, Cow::Borrowed)
    }

    fn parse<'b>(
        bytes: &'b [u8],
        file: &str,
        checksum: Checksum,
        keep: impl FnOnce(&'b [u8]) -> Cow<'static, [u8]>,
    ) -> Result<Weights, ModelError> {
        let file = file.to_string();
        let mut r = Reader { bytes, at: 0 };
        let truncated = || ModelError::Truncated { file: file.clone() };
        if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
            return Err(ModelError::NotAModel { file });
        }
        r.at = MAGIC.len();
        let version = r.u32().ok_or_else(truncated)?;
        if version != VERSION {
            return Err(ModelError::Version {
                file,
                found: version,
            });
        }
        let tags = r.u32().ok_or_else(truncated)? as usize;
        let count = r.u32().ok_or_else(truncated)? as usize;
        let scale = f32::from_le_bytes(
            r.take(4)
                .ok_or_else(truncated)?
                .try_into()
                .unwrap_or_default(),
        );
        if tags != TAGS {
            return Err(ModelError::Corrupt {
                file,
                what: "wrong number of tags",
            });
        }
        let body = (TAGS + 1) * TAGS * 2 + count * (8 + 2 * TAGS);
        if bytes.len() < r.at + body + 8 {
            return Err(truncated());
        }
        if bytes.len() > r.at + body + 8 {
            return Err(ModelError::Corrupt {
                file,
                what: "bytes after the checksum",
            });
        }
        let (content, sum) = bytes.split_at(bytes.len() - 8);
        if checksum == Checksum::Verify && fnv1a(content).to_le_bytes() != sum {
            return Err(ModelError::Corrupt {
                file,
                what: "checksum mismatch",
            });
        }
        if !(scale.is_finite() && scale > 0.0) {
            return Err(ModelError::Corrupt {
                file,
                what: "bad scale",
            });
        }
        let i16s = |b: &[u8]| -> Vec<i16> {
            b.chunks_exact(2)
                .map(|c| i16::from_le_bytes([c[0], c[1]]))
                .collect()
        };
        let trans_q = i16s(r.take((TAGS + 1) * TAGS * 2).ok_or_else(truncated)?);
        let keys: Vec<u64> = r
            .take(count * 8)
            .ok_or_else(truncated)?
            .chunks_exact(8)
            .map(|c| u64::from_le_bytes(c.try_into().unwrap_or_default()))
            .collect();
        if keys.contains(&0) || keys.windows(2).any(|w| w[0] >= w[1]) {
            return Err(ModelError::Corrupt {
                file,
                what: "feature keys out of order",
            });
        }
        let values = keep(r.take(count * TAGS * 2).ok_or_else(truncated)?);
        Ok(Weights::build(&keys, values, &trans_q, scale))
    }
}

/// Whether reading a model checks its checksum.
#[derive(PartialEq, Eq, Clone, Copy)]
enum Checksum {
    Verify,
    Trust,
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let out = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(out)
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
}
