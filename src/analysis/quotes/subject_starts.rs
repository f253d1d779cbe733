//! Where a subject starts when the noun phrase before a cue is not all of
//! it, or not it: past an opening phrase with no comma, back over a head
//! and its participle or two joined names, after a verb of seeing.

use super::*;

/// "In a Bloomberg interview Trump declared": an opening phrase with no
/// comma runs into the subject; the name ending it, after a word in lower
/// case, is the subject.
pub(super) fn name_after_opening_phrase(
    ctx: &Context,
    s0: usize,
    start: usize,
    k: usize,
) -> Option<std::ops::Range<usize>> {
    if start != s0 + 1 || k < start + 3 || !opens_on_preposition(ctx, s0) {
        return None;
    }
    let name = (start..k).rev().take_while(|&j| ctx.is_cap(j)).last()?;
    (name > start + 1 && ctx.tokens[name - 1].kind == TokenKind::Word && !ctx.is_cap(name - 1))
        .then_some(name..k)
}

/// Where the subject ending at `k` starts when the noun phrase found at
/// `start` is only its end: "House Republicans supporting the bill", the
/// head before a participle and its object; "(nuclear experts) David
/// Albright and Serena Kelleher-Vergantini", two names joined, with the
/// description before the first.
pub(super) fn joined_subject(ctx: &Context, s0: usize, start: usize, k: usize) -> usize {
    if start >= k || start < s0 + 2 {
        return start;
    }
    let before = ctx.word(start - 1);
    if !ctx.is_cap(start - 1) && before.ends_with("ing") && cue_at(ctx, start - 1) == 0 {
        let head = np_back(ctx, s0, start - 1);
        if head < start - 1 && subject_position(ctx, s0, head) && !subject_position(ctx, s0, start)
        {
            return head;
        }
    }
    if before == "and" && ctx.is_cap(start) && ctx.is_cap(start - 2) {
        let first = np_back(ctx, s0, start - 1);
        if first < start - 1 && (first..start - 1).all(|j| ctx.tokens[j].kind == TokenKind::Word) {
            return first;
        }
    }
    start
}

/// A verb of seeing, hearing or remembering at `j`: "watch", "heard".
fn is_perception_verb(ctx: &Context, j: usize) -> bool {
    ctx.lex.is(&lower(ctx.word(j)), WordClass::PerceptionVerb)
}

/// The verb of seeing, hearing or remembering, or the "with", that a
/// participle's subject ending at `k` follows: its position, and whether
/// it is a passive's ("Obi was heard on a microphone telling …", whose
/// subject is the sentence's).
pub(super) fn perceived_from(ctx: &Context, s0: usize, k: usize) -> Option<(usize, bool)> {
    let j = (k.saturating_sub(NOUN_PHRASE).max(s0)..k.saturating_sub(1))
        .rev()
        .take_while(|&j| {
            ctx.tokens[j].kind == TokenKind::Word || matches!(ctx.tok(j), "\u{2019}" | "'")
        })
        .find(|&j| ctx.word(j).eq_ignore_ascii_case("with") || is_perception_verb(ctx, j))?;
    let passive = j > s0 && ctx.word(j) != "with" && {
        let before = lower(ctx.word(j - 1));
        ctx.lex.is(&before, WordClass::Auxiliary)
            || matches!(before.as_ref(), "been" | "being" | "be")
    };
    let phrase = lower(ctx.word(j + 1));
    (passive
        || j + 1 < k && cue_at(ctx, j + 1) == 0 && !ctx.lex.is(&phrase, WordClass::AdjunctStart))
    .then_some((j, passive))
}

/// "remember Karl Obi going on TV", "saw the crew standing at the quay":
/// the noun phrase between a verb of seeing or remembering and the
/// participle that says what it did, looked for in `lo..hi`.
pub(super) fn perceived_doing(
    ctx: &Context,
    lo: usize,
    hi: usize,
) -> Option<std::ops::Range<usize>> {
    let j = (lo..hi).find(|&j| is_perception_verb(ctx, j))?;
    let e = (j + 2..hi.min(j + 2 + NOUN_PHRASE))
        .take_while(|&e| ctx.tokens[e].kind == TokenKind::Word || abbreviation_stop(ctx, e))
        .find(|&e| !ctx.is_cap(e) && is_ing_form(ctx.word(e)))?;
    Some(j + 1..e)
}
