//! Training the recogniser: a structured averaged perceptron (Collins,
//! 2002) over Viterbi-decoded BILOU tags. Deterministic for a given seed:
//! the sentence order of each epoch comes from a fixed generator, and
//! features are numbered in the order they are first met.

use super::decode::{Transitions, constrain, viterbi};
use super::features::{self, DocStats, Features};
use super::tags::{Kind, Name, TAGS, Tag, tags_of};
use super::weights::Weights;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// A sentence of a training or development corpus.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub words: Vec<String>,
    pub names: Vec<Name>,
}

/// A document: the unit whose words `DocStats` looks across.
pub type Doc = Vec<Sentence>;

pub struct Options {
    pub epochs: usize,
    pub seed: u64,
    /// A feature seen fewer times than this in training gets no weight.
    pub min_count: u32,
    /// The share of a word's features, in thousandths, left out of each
    /// training step, chosen afresh every epoch: the model cannot lean on
    /// any one feature (above all the word itself), as it cannot on text
    /// unlike its training news.
    pub dropout: u32,
    /// How many perceptrons, each with its own order and dropout (seeds
    /// `seed`, `seed + 1`, …), are averaged into the model: one alone moves
    /// with its shuffle.
    pub bags: u64,
    /// A feature whose averaged weights all stay under this says next to
    /// nothing and is left out of the model. On CoNLL-2003, 1.1 (about one
    /// update) keeps 32,379 features of the average of four perceptrons in
    /// 1.7 MB (one perceptron took 71,877 and 2.6 MB; the average with only
    /// zeros dropped, 60,604 and 3.1 MB) for 0.003 of dev F1, and a table
    /// of slots small enough to stay at most two thirds full.
    pub prune: f32,
}

/// Whether feature `j` of sentence `si` sits out epoch `epoch`.
fn dropped(opts: &Options, seed: u64, epoch: usize, si: usize, j: usize) -> bool {
    let h = (epoch as u64) << 48 ^ (si as u64) << 20 ^ j as u64 ^ seed.rotate_left(32);
    let mut x = h.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x ^= x >> 29;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 32;
    (x % 1000) < u64::from(opts.dropout)
}

/// A sentence as feature numbers, ready for many epochs.
struct Encoded {
    ids: Vec<u32>,
    ends: Vec<u32>,
    gold: Vec<Tag>,
}

type Counts = HashMap<u64, u32, BuildHasherDefault<super::IdHasher>>;

fn doc_features(doc: &Doc, mut each: impl FnMut(&Sentence, &Features)) {
    let words: Vec<Vec<&str>> = doc
        .iter()
        .map(|s| s.words.iter().map(String::as_str).collect())
        .collect();
    let stats = DocStats::new(&words);
    let mut f = Features::default();
    for (s, w) in doc.iter().zip(&words) {
        features::sentence(w, &stats, &mut f);
        each(s, &f);
    }
}

/// xorshift64*: enough to shuffle, and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

struct State {
    w: Vec<f32>,
    /// Sum of step × update, for averaging (Daumé's trick).
    u: Vec<f64>,
    tw: Vec<f32>,
    tu: Vec<f64>,
    step: f64,
}

impl State {
    fn bump(&mut self, row: usize, tag: Tag, d: f32) {
        let i = row * TAGS + tag.index();
        self.w[i] += d;
        self.u[i] += self.step * f64::from(d);
    }
    fn bump_trans(&mut self, prev: Option<Tag>, tag: Tag, d: f32) {
        let i = prev.map_or(TAGS, Tag::index) * TAGS + tag.index();
        self.tw[i] += d;
        self.tu[i] += self.step * f64::from(d);
    }
    /// Each feature weight averaged over every step so far.
    fn averaged_rows(&self) -> impl Iterator<Item = f64> + '_ {
        self.w
            .iter()
            .zip(&self.u)
            .map(|(w, u)| f64::from(*w) - u / self.step)
    }

    fn transitions(&self, averaged: bool) -> Transitions {
        let mut t = [0f32; (TAGS + 1) * TAGS];
        for (i, x) in t.iter_mut().enumerate() {
            *x = if averaged {
                (f64::from(self.tw[i]) - self.tu[i] / self.step) as f32
            } else {
                self.tw[i]
            };
        }
        constrain(&mut t);
        t
    }
}

/// Trains on `docs`; `after_epoch` sees each epoch's averaged weights of
/// the first perceptron.
pub fn train(
    docs: &[Doc],
    opts: &Options,
    mut after_epoch: impl FnMut(usize, &Weights),
) -> Weights {
    let (keys, data) = encode(docs, opts);
    let mut rows = vec![0f64; keys.len() * TAGS];
    let mut trans = [0f64; (TAGS + 1) * TAGS];
    let bags = opts.bags.max(1);
    for b in 0..bags {
        let seed = opts.seed.wrapping_add(b);
        let st = run(&data, keys.len(), opts, seed, |epoch, st| {
            if b == 0 {
                after_epoch(epoch, &averaged(st, &keys, opts.prune));
            }
        });
        for (sum, w) in rows.iter_mut().zip(st.averaged_rows()) {
            *sum += w;
        }
        for (sum, x) in trans.iter_mut().zip(st.transitions(true)) {
            *sum += f64::from(x);
        }
    }
    let rows: Vec<f32> = rows.iter().map(|x| (x / bags as f64) as f32).collect();
    let mut t = [0f32; (TAGS + 1) * TAGS];
    for (x, sum) in t.iter_mut().zip(trans) {
        *x = (sum / bags as f64) as f32;
    }
    constrain(&mut t);
    kept(&keys, &rows, &t, opts.prune)
}

/// The training sentences as feature numbers, and each number's key.
fn encode(docs: &[Doc], opts: &Options) -> (Vec<u64>, Vec<Encoded>) {
    // Count, then number the features that are seen often enough.
    let mut counts = Counts::default();
    for d in docs {
        doc_features(d, |_, f| {
            for &k in &f.keys {
                *counts.entry(k).or_default() += 1;
            }
        });
    }
    let mut ids = Counts::default();
    let mut keys: Vec<u64> = Vec::new();
    let mut data: Vec<Encoded> = Vec::new();
    for d in docs {
        doc_features(d, |s, f| {
            let mut e = Encoded {
                ids: Vec::with_capacity(f.keys.len()),
                ends: Vec::with_capacity(f.len()),
                gold: tags_of(s.words.len(), &s.names),
            };
            for i in 0..f.len() {
                for &k in f.of(i) {
                    if counts[&k] >= opts.min_count {
                        let id = *ids.entry(k).or_insert_with(|| {
                            keys.push(k);
                            keys.len() as u32 - 1
                        });
                        e.ids.push(id);
                    }
                }
                e.ends.push(e.ids.len() as u32);
            }
            if !e.gold.is_empty() {
                data.push(e);
            }
        });
    }
    (keys, data)
}

/// One averaged perceptron over `data`, with its own order and dropout.
fn run(
    data: &[Encoded],
    features: usize,
    opts: &Options,
    seed: u64,
    mut after_epoch: impl FnMut(usize, &State),
) -> State {
    let mut st = State {
        w: vec![0.0; features * TAGS],
        u: vec![0.0; features * TAGS],
        tw: vec![0.0; (TAGS + 1) * TAGS],
        tu: vec![0.0; (TAGS + 1) * TAGS],
        step: 1.0,
    };
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng(seed.max(1));
    let (mut emit, mut pred, mut back) = (Vec::new(), Vec::new(), Vec::new());
    for epoch in 0..opts.epochs {
        rng.shuffle(&mut order);
        for &si in &order {
            let e = &data[si];
            emit.clear();
            emit.resize(e.gold.len() * TAGS, 0f32);
            let mut start = 0;
            for (i, &end) in e.ends.iter().enumerate() {
                let row = &mut emit[i * TAGS..(i + 1) * TAGS];
                for (j, &id) in e.ids.iter().enumerate().take(end as usize).skip(start) {
                    if dropped(opts, seed, epoch, si, j) {
                        continue;
                    }
                    let w = &st.w[id as usize * TAGS..(id as usize + 1) * TAGS];
                    for (r, x) in row.iter_mut().zip(w) {
                        *r += x;
                    }
                }
                start = end as usize;
            }
            let trans = st.transitions(false);
            viterbi(&emit, &trans, &mut pred, &mut back);
            if pred != e.gold {
                let mut start = 0;
                for (i, &end) in e.ends.iter().enumerate() {
                    let (g, p) = (e.gold[i], pred[i]);
                    if g != p {
                        for (j, &id) in e.ids.iter().enumerate().take(end as usize).skip(start) {
                            if dropped(opts, seed, epoch, si, j) {
                                continue;
                            }
                            st.bump(id as usize, g, 1.0);
                            st.bump(id as usize, p, -1.0);
                        }
                    }
                    let (gp, pp) = if i == 0 {
                        (None, None)
                    } else {
                        (Some(e.gold[i - 1]), Some(pred[i - 1]))
                    };
                    if (gp, g) != (pp, p) {
                        st.bump_trans(gp, g, 1.0);
                        st.bump_trans(pp, p, -1.0);
                    }
                    start = end as usize;
                }
            }
            st.step += 1.0;
        }
        after_epoch(epoch + 1, &st);
    }
    st
}

/// One perceptron's averaged weights.
fn averaged(st: &State, keys: &[u64], prune: f32) -> Weights {
    let rows: Vec<f32> = st.averaged_rows().map(|w| w as f32).collect();
    kept(keys, &rows, &st.transitions(true), prune)
}

/// The weights without the features whose weights all stay under `prune`.
fn kept(keys: &[u64], all: &[f32], trans: &Transitions, prune: f32) -> Weights {
    let mut kept_keys = Vec::new();
    let mut rows = Vec::new();
    for (&k, row) in keys.iter().zip(all.chunks_exact(TAGS)) {
        if row.iter().any(|w| w.abs() >= prune) {
            kept_keys.push(k);
            rows.extend_from_slice(row);
        }
    }
    Weights::from_rows(&kept_keys, &rows, trans)
}

/// Exact-match counts per kind: found and right, found, in gold.
#[derive(Debug, Default, Clone)]
pub struct Score {
    pub per_kind: [(usize, usize, usize); 4],
}

impl Score {
    fn f1(tp: usize, found: usize, gold: usize) -> (f64, f64, f64) {
        let p = if found == 0 {
            0.0
        } else {
            tp as f64 / found as f64
        };
        let r = if gold == 0 {
            0.0
        } else {
            tp as f64 / gold as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }

    /// Precision, recall and F1 of one kind.
    pub fn of(&self, kind: Kind) -> (f64, f64, f64) {
        let (tp, found, gold) = self.per_kind[kind as usize];
        Score::f1(tp, found, gold)
    }

    /// Micro-averaged over people, organisations and places.
    pub fn micro(&self) -> (f64, f64, f64) {
        let [a, b, c, _] = self.per_kind;
        Score::f1(a.0 + b.0 + c.0, a.1 + b.1 + c.1, a.2 + b.2 + c.2)
    }
}

/// Scores `weights` on `docs`.
pub fn evaluate(weights: &Weights, docs: &[Doc]) -> Score {
    let mut score = Score::default();
    for d in docs {
        let words: Vec<Vec<&str>> = d
            .iter()
            .map(|s| s.words.iter().map(String::as_str).collect())
            .collect();
        for (s, found) in d.iter().zip(super::tag_document(weights, &words)) {
            for n in &found {
                score.per_kind[n.kind as usize].1 += 1;
                if s.names.contains(n) {
                    score.per_kind[n.kind as usize].0 += 1;
                }
            }
            for n in &s.names {
                score.per_kind[n.kind as usize].2 += 1;
            }
        }
    }
    score
}
