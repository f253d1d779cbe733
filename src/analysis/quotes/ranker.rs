//! The speaker ranker: a linear model, trained on annotated news, that
//! chooses who speaks a quotation with no attribution of its own ("…
//! Sanders said. “The younger people …”") among the people and
//! organisations named around it.
//!
//! The weights file (`assets/speakers.txt`) holds one feature a line, its
//! name and its weight; features it does not name weigh nothing. Training
//! is `cargo run --release --bin train-speakers`.

use std::sync::OnceLock;

/// Declares the features: each a variant of `Feature` and a name in
/// `FEATURES`, the weights file's word for it.
macro_rules! features {
    ($($id:ident = $name:literal,)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Feature {
            $($id,)*
        }

        /// Every feature with its name, in the order of their numbers.
        pub const FEATURES: &[(Feature, &str)] = &[$((Feature::$id, $name),)*];
    };
}

// What a candidate is. The weights file names the features, so that this
// list may change without a file becoming wrong.
features! {
    KindPerson = "kind:person",
    KindOrganisation = "kind:organisation",
    KindGroup = "kind:group",
    KindPlace = "kind:place",
    Author = "author",
    Rule = "rule",
    LastSpeaker = "last-speaker",
    LastSpeakerSameParagraph = "last-speaker:same-paragraph",
    LastSpeakerPreviousParagraph = "last-speaker:previous-paragraph",
    BeforeFirst = "before:1st",
    BeforeSecond = "before:2nd",
    BeforeThird = "before:3rd",
    BeforeLater = "before:later",
    AfterOnly = "after:only",
    AfterFirst = "after:1st",
    AfterLater = "after:later",
    ParagraphSame = "paragraph:same",
    ParagraphPrevious = "paragraph:previous",
    ParagraphEarlier = "paragraph:earlier",
    SentenceOwn = "sentence:own",
    SentencePrevious = "sentence:previous",
    SentenceEarlier = "sentence:earlier",
    SubjectPrevious = "subject:previous",
    SubjectOwn = "subject:own",
    SpeaksNear = "speaks-near",
    SpeaksAfter = "speaks-after",
    Quoted = "quoted",
    NamedInQuote = "named-in-quote",
    Role = "role",
    GapUnder10 = "gap:<10",
    GapUnder30 = "gap:<30",
    GapUnder80 = "gap:<80",
    GapFar = "gap:far",
    FirstAndParagraphSame = "1st&paragraph:same",
    FirstAndSentencePrevious = "1st&sentence:previous",
    OpensAndSubjectPrevious = "opens&subject:previous",
    OpensAndLastSpeaker = "opens&last-speaker",
    PersonAndSpeaksNear = "person&speaks-near",
    PersonAndFirst = "person&1st",
    OrganisationAndFirst = "organisation&1st",
    NewSubject = "subject:previous&not-last-speaker",
    LastSpeakerInterrupted = "last-speaker&another-subject-between",
    NewSilentSubject = "subject:previous&not-last-speaker&no-cue",
    Pronoun = "pronoun",
    PronounOwn = "pronoun:own-sentence",
    PronounPrevious = "pronoun:previous-sentence",
    PronounSubject = "pronoun:subject",
}

impl Feature {
    fn index(self) -> usize {
        self as usize
    }
}

/// The feature a name stands for.
pub fn feature(name: &str) -> Option<Feature> {
    FEATURES.iter().find(|(_, n)| *n == name).map(|(f, _)| *f)
}

/// A malformed weights file: which line and why.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{file}:{line}: {reason}")]
pub struct WeightsError {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

/// One weight per feature.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranker {
    weights: Vec<f32>,
}

impl Default for Ranker {
    fn default() -> Ranker {
        Ranker {
            weights: vec![0.0; FEATURES.len()],
        }
    }
}

impl Ranker {
    /// Reads a weights file; `file` names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<Ranker, WeightsError> {
        let mut r = Ranker::default();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |reason: String| WeightsError {
                file: file.to_string(),
                line: i + 1,
                reason,
            };
            let (name, w) = line
                .split_once('\t')
                .ok_or_else(|| err("expected a feature and a weight".into()))?;
            let f = feature(name).ok_or_else(|| err(format!("unknown feature {name:?}")))?;
            let w: f32 = w
                .trim()
                .parse()
                .ok()
                .filter(|w: &f32| w.is_finite())
                .ok_or_else(|| err(format!("not a weight: {w:?}")))?;
            r.weights[f.index()] = w;
        }
        Ok(r)
    }

    /// The weights file: every feature with a weight, in `FEATURES` order.
    pub fn to_text(&self) -> String {
        let mut out = String::from("# byline's speaker ranker: feature, tab, weight\n");
        for ((_, name), w) in FEATURES.iter().zip(&self.weights) {
            if *w != 0.0 {
                out.push_str(&format!("{name}\t{w:.4}\n"));
            }
        }
        out
    }

    pub fn score(&self, features: &[Feature]) -> f32 {
        score(&self.weights, features)
    }

    /// The best candidate's index: the first of the best on a tie.
    pub fn choose<'a>(&self, candidates: impl IntoIterator<Item = &'a [Feature]>) -> Option<usize> {
        best(&self.weights, candidates)
    }

    /// What the reader takes: the rules' candidate (the one with `Rule`)
    /// unless another scores higher.
    pub fn decide(&self, candidates: &[&[Feature]]) -> Option<usize> {
        let best = self.choose(candidates.iter().copied())?;
        let rule = candidates.iter().position(|c| c.contains(&Feature::Rule));
        match rule {
            Some(r) if self.score(candidates[best]) <= self.score(candidates[r]) => Some(r),
            _ => Some(best),
        }
    }
}

fn score(weights: &[f32], features: &[Feature]) -> f32 {
    features.iter().map(|f| weights[f.index()]).sum()
}

fn best<'a>(weights: &[f32], candidates: impl IntoIterator<Item = &'a [Feature]>) -> Option<usize> {
    let mut best: Option<(usize, f32)> = None;
    for (i, c) in candidates.into_iter().enumerate() {
        let s = score(weights, c);
        if best.is_none_or(|(_, b)| s > b) {
            best = Some((i, s));
        }
    }
    best.map(|(i, _)| i)
}

const SHIPPED: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/speakers.txt"));
pub const SHIPPED_NAME: &str = "assets/speakers.txt";

static RANKER: OnceLock<Ranker> = OnceLock::new();

/// The ranker in use: the one installed, else the shipped one. A shipped
/// file that does not read (the tests check it does) ranks nothing, and
/// the rules decide alone.
pub fn ranker() -> &'static Ranker {
    RANKER.get_or_init(|| Ranker::parse(SHIPPED, SHIPPED_NAME).unwrap_or_default())
}

/// Uses `r` instead of the shipped ranker for the rest of the process, as
/// an evaluation does with a model trained without the articles it reads.
/// False when a ranker was already in use.
pub fn install(r: Ranker) -> bool {
    RANKER.set(r).is_ok()
}

/// One quotation's candidates and which of them are right.
pub struct Example {
    pub candidates: Vec<Vec<Feature>>,
    pub right: Vec<bool>,
}

/// How many perceptrons, each visiting the examples in its own order, the
/// shipped ranker averages: one alone moves with the order it saw them in.
const BAGS: u64 = 8;

/// The average of `BAGS` averaged perceptrons over the examples, each
/// visiting them in an order shuffled by `seed` and its place for each of
/// `epochs` epochs: the same examples and seed give the same weights.
pub fn train(examples: &[&Example], epochs: usize, seed: u64) -> Ranker {
    let mut weights = vec![0f32; FEATURES.len()];
    for b in 0..BAGS {
        let one = train_one(examples, epochs, seed.wrapping_add(b));
        for (w, x) in weights.iter_mut().zip(one.weights) {
            *w += x / BAGS as f32;
        }
    }
    Ranker { weights }
}

/// One averaged perceptron.
fn train_one(examples: &[&Example], epochs: usize, seed: u64) -> Ranker {
    let n = FEATURES.len();
    let (mut w, mut total, mut stamp) = (vec![0f32; n], vec![0f32; n], vec![0u64; n]);
    let mut step = 0u64;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut state = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
    let mut next = || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        state >> 33
    };
    let update =
        |w: &mut [f32], total: &mut [f32], stamp: &mut [u64], f: Feature, d: f32, step: u64| {
            let f = f.index();
            total[f] += (step - stamp[f]) as f32 * w[f];
            stamp[f] = step;
            w[f] += d;
        };
    for _ in 0..epochs {
        for i in (1..order.len()).rev() {
            let j = (next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        for &e in &order {
            step += 1;
            let ex = &examples[e];
            let Some(guess) = best(&w, ex.candidates.iter().map(Vec::as_slice)) else {
                continue;
            };
            if ex.right[guess] {
                continue;
            }
            // The best-scoring right candidate against the guess.
            let Some(gold) = (0..ex.candidates.len())
                .filter(|&i| ex.right[i])
                .max_by(|&a, &b| {
                    score(&w, &ex.candidates[a]).total_cmp(&score(&w, &ex.candidates[b]))
                })
            else {
                continue;
            };
            for &f in &ex.candidates[gold] {
                update(&mut w, &mut total, &mut stamp, f, 1.0, step);
            }
            for &f in &ex.candidates[guess] {
                update(&mut w, &mut total, &mut stamp, f, -1.0, step);
            }
        }
    }
    let weights = (0..n)
        .map(|f| {
            let sum = total[f] + (step - stamp[f]) as f32 * w[f];
            if step == 0 { 0.0 } else { sum / step as f32 }
        })
        .collect();
    Ranker { weights }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(name: &str) -> Feature {
        feature(name).expect("a feature")
    }

    #[test]
    fn the_shipped_weights_read() {
        let r = Ranker::parse(SHIPPED, SHIPPED_NAME).expect("the shipped weights read");
        assert_ne!(r, Ranker::default(), "the shipped ranker has weights");
    }

    #[test]
    fn a_malformed_line_is_named() {
        let e = Ranker::parse("rule\t1.0\nnonsense\t2\n", "w.txt").unwrap_err();
        assert_eq!((e.line, e.file.as_str()), (2, "w.txt"));
        let e = Ranker::parse("rule\tmany\n", "w.txt").unwrap_err();
        assert!(e.reason.contains("not a weight"), "{e}");
        let e = Ranker::parse("rule 1.0\n", "w.txt").unwrap_err();
        assert!(e.reason.contains("expected"), "{e}");
    }

    #[test]
    fn weights_survive_their_file() {
        let mut r = Ranker::default();
        r.weights[f("rule").index()] = 1.25;
        r.weights[f("quoted").index()] = -0.5;
        assert_eq!(Ranker::parse(&r.to_text(), "w").unwrap(), r);
    }

    #[test]
    fn training_learns_which_feature_marks_the_speaker() {
        // The speaker is always the subject of the sentence before, never
        // the nearest name.
        let ex = |flip: bool| {
            let subject = vec![f("subject:previous"), f("before:2nd")];
            let nearest = vec![f("before:1st")];
            if flip {
                Example {
                    candidates: vec![nearest, subject],
                    right: vec![false, true],
                }
            } else {
                Example {
                    candidates: vec![subject, nearest],
                    right: vec![true, false],
                }
            }
        };
        let examples: Vec<Example> = (0..20).map(|i| ex(i % 2 == 0)).collect();
        let examples: Vec<&Example> = examples.iter().collect();
        let r = train(&examples, 5, 7);
        for e in &examples {
            let guess = r.choose(e.candidates.iter().map(Vec::as_slice)).unwrap();
            assert!(e.right[guess]);
        }
        assert_eq!(train(&examples, 5, 7), r, "training is deterministic");
    }

    #[test]
    fn every_feature_is_found_by_its_name() {
        for (i, (f, name)) in FEATURES.iter().enumerate() {
            assert_eq!(f.index(), i, "{name}");
            assert_eq!(feature(name), Some(*f), "{name}");
        }
    }
}
