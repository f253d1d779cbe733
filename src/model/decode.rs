//! Viterbi decoding over the tags: the best sequence the BILOU rules allow,
//! given each word's score for each tag and a score for each pair of tags
//! in a row.

use super::tags::{TAGS, Tag};

/// Scores for a tag after another: `TAGS + 1` rows (the last for the start
/// of a sentence) of `TAGS`.
pub type Transitions = [f32; (TAGS + 1) * TAGS];

/// Transition scores with the pairs BILOU forbids set to minus infinity.
pub fn constrain(t: &mut Transitions) {
    for prev in Tag::all() {
        for next in Tag::all() {
            if !prev.may_precede(next) {
                t[prev.index() * TAGS + next.index()] = f32::NEG_INFINITY;
            }
        }
    }
    for next in Tag::all() {
        if !next.may_start() {
            t[TAGS * TAGS + next.index()] = f32::NEG_INFINITY;
        }
    }
}

/// The best tags for `n` words whose scores are `emit[i * TAGS + t]`.
/// Memory and time are linear in `n`.
pub fn viterbi(emit: &[f32], trans: &Transitions, out: &mut Vec<Tag>, back: &mut Vec<u8>) {
    let n = emit.len() / TAGS;
    out.clear();
    if n == 0 {
        return;
    }
    back.clear();
    back.resize(n * TAGS, 0);
    let mut best = [0f32; TAGS];
    let start = &trans[TAGS * TAGS..];
    for t in 0..TAGS {
        best[t] = start[t] + emit[t];
    }
    for i in 1..n {
        let mut next = [f32::NEG_INFINITY; TAGS];
        for (t, slot) in next.iter_mut().enumerate() {
            let mut arg = 0;
            let mut top = f32::NEG_INFINITY;
            for (p, b) in best.iter().enumerate() {
                let s = b + trans[p * TAGS + t];
                if s > top {
                    top = s;
                    arg = p;
                }
            }
            *slot = top + emit[i * TAGS + t];
            back[i * TAGS + t] = arg as u8;
        }
        best = next;
    }
    let mut t = (0..TAGS)
        .filter(|&t| Tag::from_index(t).is_some_and(Tag::may_end))
        .fold(0, |a, t| {
            if best[t] > best[a] || !best[a].is_finite() {
                t
            } else {
                a
            }
        });
    out.resize(n, Tag::OUT);
    for i in (0..n).rev() {
        out[i] = Tag::from_index(t).unwrap_or(Tag::OUT);
        t = usize::from(back[i * TAGS + t]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::tags::{Kind, Part};

    #[test]
    fn the_best_allowed_sequence_wins() {
        let mut trans = [0f32; (TAGS + 1) * TAGS];
        constrain(&mut trans);
        // Word 0 prefers B-PER, word 1 prefers O: B-PER then O is forbidden,
        // so the decoder must choose between U-PER/O and B-PER/L-PER.
        let mut emit = vec![0f32; 2 * TAGS];
        emit[Tag::new(Kind::Per, Part::Begin).index()] = 3.0;
        emit[Tag::new(Kind::Per, Part::Unit).index()] = 2.0;
        emit[TAGS + Tag::OUT.index()] = 2.0;
        emit[TAGS + Tag::new(Kind::Per, Part::Last).index()] = 0.5;
        let (mut out, mut back) = (Vec::new(), Vec::new());
        viterbi(&emit, &trans, &mut out, &mut back);
        assert_eq!(out, vec![Tag::new(Kind::Per, Part::Unit), Tag::OUT]);
    }
}
