//! Appositives: the name before or after the description set off by
//! commas between a speaker and the cue ("Wang, the public security
//! minister, said", "A delegate on the Cruz slate, Jim Poolman, said").

use super::*;
use crate::analysis::entities::party_label_state;

/// The speaker of the cue at `k` whose subject ends on an appositive
/// closed by the comma at `ce`.
pub(super) fn appositive(
    ctx: &Context,
    s0: usize,
    k: usize,
    ce: usize,
) -> Option<(std::ops::Range<usize>, usize)> {
    // "Steve Elmendorf, a top fundraiser close to the campaign in
    // Brooklyn, says": a name opening the sentence (past "But", "When"
    // or "Last week,"), however long its appositive.
    let first = after_opening_time(ctx, s0, k).unwrap_or(s0);
    let first = first + usize::from(opens_clause_word(ctx, first));
    if let Some(comma) = (first + 1..ce).find(|&j| ctx.tok(j) == ",")
        && k - comma > LONG_APPOSITIVE
        && np_back(ctx, first, comma) == first
        && ctx.is_cap(first)
    {
        return Some((first..comma, first));
    }
    let lo = k.saturating_sub(APPOSITIVE).max(s0);
    if let Some(found) = name_after_description(ctx, s0, lo, ce) {
        return Some(found);
    }
    // "Cory James, 22, of Flint, Mich., said": an age and a home town
    // are parts of the description; the name is before them.
    let mut end = ce;
    for _ in 0..APPOSITIVE_PARTS {
        let comma = (lo..end).rev().find(|&j| ctx.tok(j) == ",")?;
        // "Rep. Karl Obi (D-Ore.), the leader …": the name before its
        // party label.
        let name_end = if comma > s0 && ctx.tok(comma - 1) == ")" {
            (comma.saturating_sub(PARTY_LABEL).max(s0)..comma - 1)
                .rev()
                .find(|&j| ctx.tok(j) == "(")
                .unwrap_or(comma)
        } else {
            comma
        };
        let name_start = np_back(ctx, s0, name_end);
        // "the field's biggest hawks, like Rubio and Bush, say": the
        // phrase before its examples speaks.
        let examples = matches!(
            lower(ctx.word(comma + 1)).as_ref(),
            "like" | "including" | "such" | "especially" | "notably"
        );
        if examples && name_start < name_end && subject_position(ctx, s0, name_start) {
            return Some((name_start..name_end, name_start));
        }
        // Nothing a name could be ("22", "retired in Cambridge", "the
        // mayor") is described too; nor is a place inside the
        // description ("of Flint, Mich."), but a name opening the
        // sentence is the subject even if a place shares it
        // ("Crawford, the agent, said").
        let opens = name_start == s0
            || is_quote_mark(ctx.tok(name_start - 1))
            || is_opening_conjunction(ctx.word(name_start - 1));
        let described = name_start == name_end
            || !ctx.is_cap(name_start)
            || is_party_label(ctx, &ctx.text[span_of(ctx, name_start, name_end)])
            || (ctx.tokens[name_start].kind == TokenKind::Number
                || (name_start.saturating_sub(1).max(s0)..=name_start)
                    .any(|j| matches!(lower(ctx.word(j)).as_ref(), "of" | "from"))
                || !opens
                    && ctx
                        .lex
                        .is_place(&ctx.text[span_of(ctx, name_start, name_end)]));
        if !described {
            return (name_start..name_end)
                .any(|j| ctx.is_cap(j))
                .then_some((name_start..name_end, name_start));
        }
        end = comma;
    }
    None
}

/// "“…,” a council member, who was elected in May, told the paper": the
/// head of a relative clause set off by the commas before the cue, name or
/// description, speaks.
pub(super) fn head_of_relative(
    ctx: &Context,
    s0: usize,
    k: usize,
    ce: usize,
) -> Option<(std::ops::Range<usize>, usize)> {
    let who = (k.saturating_sub(APPOSITIVE).max(s0 + 2)..ce)
        .rev()
        .find(|&j| ctx.tok(j) == "," || ctx.word(j) == "who")
        .filter(|&j| ctx.word(j) == "who" && ctx.tok(j - 1) == ",")?;
    let start = np_back(ctx, s0, who - 1);
    (start + 1 < who && subject_position(ctx, s0, start)).then_some((start..who - 1, start))
}

/// "R-S.C.", "D-Calif.", "R -Texas": a party's initial and a state's
/// abbreviation, set off by commas after a lawmaker's name as some papers
/// write it; a part of the description, not a name.
fn is_party_label(ctx: &Context, s: &str) -> bool {
    party_label_state(s).is_some_and(|state| {
        (2..=8).contains(&state.len())
            && state.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
            // A state abbreviated or named: not "D-Day".
            && (state.contains('.')
                || state.chars().all(|c| c.is_ascii_uppercase())
                || ctx.lex.is_place(state))
    })
}

/// "John Dickey, the chief executive of Ora Media -- the company that …
/// -- told me": the name before the description that an aside opening at
/// `k` follows.
pub(super) fn name_before_aside(
    ctx: &Context,
    s0: usize,
    k: usize,
) -> Option<(std::ops::Range<usize>, usize)> {
    let comma = (k.saturating_sub(APPOSITIVE).max(s0 + 1)..k)
        .rev()
        .find(|&j| ctx.tok(j) == ",")?;
    let name_start = np_back(ctx, s0, comma);
    (name_start < comma
        && (name_start..comma).all(|j| ctx.is_cap(j) || abbreviation_stop(ctx, j))
        && subject_position(ctx, s0, name_start))
    .then_some((name_start..comma, name_start))
}

/// The comma closing an appositive inside a title's closing mark before
/// `k`: "Washington, star of television’s “Scandal,” thanked". The title
/// opens in title case after the appositive's first comma, so that a
/// quotation before its attribution ("“We won,” said Smith") is none.
pub(super) fn title_comma(ctx: &Context, s0: usize, k: usize) -> Option<usize> {
    if k < s0 + 3 || !is_quote_mark(ctx.tok(k - 1)) || ctx.tok(k - 2) != "," {
        return None;
    }
    let open = (k.saturating_sub(TITLE_WORDS).max(s0 + 1)..k - 2)
        .rev()
        .find(|&j| is_quote_mark(ctx.tok(j)))?;
    let appositive = (open.saturating_sub(APPOSITIVE).max(s0)..open).any(|j| ctx.tok(j) == ",");
    (appositive && ctx.is_cap(open + 1)).then_some(k - 2)
}

/// "But", "And", "When", "Although": a word opening a clause before its
/// subject.
fn opens_clause_word(ctx: &Context, k: usize) -> bool {
    let w = ctx.word(k);
    is_opening_conjunction(w) || ctx.lex.is(&lower(w), WordClass::Subordinator)
}

/// "A delegate on the Cruz slate, Jim Poolman, said": a description, then
/// the name set off by commas ending at `comma`; the name speaks, and the
/// subject starts with the description.
fn name_after_description(
    ctx: &Context,
    s0: usize,
    lo: usize,
    comma: usize,
) -> Option<(std::ops::Range<usize>, usize)> {
    let before = (lo..comma).rev().find(|&j| ctx.tok(j) == ",")?;
    let name = before + 1..comma;
    // "James B. Comey": an initial's stop belongs to the name.
    let is_name = (1..=5).contains(&name.len())
        && ctx.is_cap(name.start)
        && name.clone().all(|j| ctx.is_cap(j) || ctx.tok(j) == ".")
        && !ctx
            .lex
            .is_place(&ctx.text[span_of(ctx, name.start, name.end)]);
    // The description opens its clause with a determiner.
    // "“…,” the assailant, John McGraw, said": past the quotation's close.
    let mut opens = (s0..before)
        .rev()
        .find(|&j| ctx.tok(j) == ",")
        .map_or(s0, |j| j + 1);
    // "And a third, Daniel Traynor, said", "When the director, James
    // Comey, said": past an opening conjunction or subordinator.
    while opens < before && (is_quote_mark(ctx.tok(opens)) || opens_clause_word(ctx, opens)) {
        opens += 1;
    }
    let described = before > opens && opens_description(ctx, opens);
    (is_name && described).then_some((name, opens))
}

/// A description opens on a determiner at `k`: "A delegate", "the party's
/// chairman", "One voter".
pub(super) fn opens_description(ctx: &Context, k: usize) -> bool {
    matches!(
        lower(ctx.word(k)).as_ref(),
        "a" | "an" | "another" | "the" | "one" | "his" | "her" | "their" | "its"
    )
}
