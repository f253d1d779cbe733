//! Where a name begins and ends, where the model's view of one sentence
//! misses what the words themselves say: a remit after "Minister of"
//! belongs to the title, a year closes the name of an event or operation, a
//! province is a place, "China-proposed" is no name.

use crate::analysis::Context;
use crate::lexicon::WordClass;
use crate::model::gazetteer::{bit, gazetteer};
use crate::model::tags::Kind;
use crate::text::{TokenKind, with_lower};
use std::ops::Range;

/// "China-proposed", "US-led", "Beijing-based": an adjective, not a name.
pub(super) fn is_compound_adjective(w: &str) -> bool {
    w.rsplit_once('-').is_some_and(|(_, last)| {
        last.starts_with(char::is_lowercase)
            && (last.ends_with("ed") || matches!(last, "run" | "born" | "made" | "style"))
    })
}

/// "Unarmed", "Interestingly", "Speaking": a capitalised participle or
/// adverb that no name list holds.
fn is_opening_modifier(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase)
        && w.len() > 4
        && (w.ends_with("ed") || w.ends_with("ly") || w.ends_with("ing"))
        && !gazetteer().has(
            w,
            bit::FIRST_NAME | bit::SURNAME | bit::PLACE | bit::ORG | bit::GROUP,
        )
}

/// The state of a party label, "Tex" of "R-Tex", "S.C." of "R -S.C.": a
/// party's initial, a hyphen, then a capital; what the state may be is
/// the reader's to judge.
pub(crate) fn party_label_state(s: &str) -> Option<&str> {
    s.split_once('-')
        .filter(|(party, state)| {
            matches!(party.trim_end(), "R" | "D" | "I")
                && state.starts_with(|c: char| c.is_ascii_uppercase())
        })
        .map(|(_, state)| state)
}

/// "R-Tex", "D-Mo", "I-Vt": a party's initial and a state's abbreviation,
/// one token.
fn is_party_label(w: &str) -> bool {
    party_label_state(w).is_some_and(|state| {
        (2..=5).contains(&state.len()) && state.chars().all(|c| c.is_ascii_alphabetic())
    })
}

/// Token `k` is a title, an honorific or a stop after one: "Mayor", "Mr",
/// ".".
pub(super) fn is_title_token(ctx: &Context, k: usize) -> bool {
    let w = ctx.tok(k);
    ctx.lex.is_title_word(w) || super::roles::is_honorific(w) || w == "."
}

/// The name the model found over tokens `r` of a sentence opening at
/// `first` and closing before `end`, with its bounds and kind set right;
/// none when it is no name.
pub fn adjust(
    ctx: &Context,
    mut r: Range<usize>,
    mut kind: Kind,
    first: usize,
    end: usize,
) -> Option<(Range<usize>, Kind)> {
    let lex = ctx.lex;
    // "& Lee Tate", "(to) High": a name opens on a word, and closes on one,
    // its stop ("Pfizer Inc.") or the bracket of a part it holds.
    let punct = |k: usize| ctx.tokens[k].kind == TokenKind::Punct;
    while !r.is_empty() && punct(r.start) {
        r.start += 1;
    }
    while !r.is_empty()
        && punct(r.end - 1)
        && !(ctx.tok(r.end - 1) == "."
            || ctx.tok(r.end - 1) == ")" && r.clone().any(|k| ctx.tok(k) == "("))
    {
        r.end -= 1;
    }
    // "1944", "&": a name has a letter.
    if !r.clone().any(|k| ctx.tok(k).contains(char::is_alphabetic)) {
        return None;
    }
    // "Unarmed, the officers …", "Interestingly, …": a sentence's opening
    // participle or adverb, set off by a comma, is no name.
    if r.len() == 1
        && r.start == first
        && ctx.tok_or(r.end) == ","
        && is_opening_modifier(ctx.tok(r.start))
    {
        return None;
    }
    // Asked of every name: each word is looked up in lower case without
    // a copy of it.
    let is = |k: usize, class| with_lower(ctx.tok(k), |l| lex.is(l, class));
    // "Unlike Patriot, Mr. Clarke …", "After Obama spoke": a sentence's
    // capitalised first word that is a preposition or a conjunction opens
    // no person, organisation or place, unless it may be a name itself
    // ("Will Smith", "May Ruiz").
    let given = |k: usize| gazetteer().has(ctx.tok(k), bit::FIRST_NAME | bit::SURNAME);
    if r.len() >= 2
        && r.start == first
        && kind != Kind::Misc
        && is(r.start, WordClass::NpBreak)
        && !given(r.start)
    {
        r.start += 1;
    }
    // "the 2024 Conference of the World Public Security Cooperation
    // Forum": the event is the forum's, and the forum is the name; "the
    // Battle of Antietam", "the Davis Cup" are events.
    let event = |k: usize| is(k, WordClass::EventNoun);
    let gathering = |k: usize| event(k) || is(k, WordClass::GatheringNoun);
    if let Some(e) = (r.start..r.end.min(r.start + 2)).find(|&k| gathering(k))
        && ctx.tok_or(e + 1) == "of"
    {
        let inner = e + 2 + usize::from(ctx.tok_or(e + 2) == "the");
        if inner + 1 < r.end && gazetteer().has(ctx.tok(r.end - 1), bit::ORG_WORD) {
            r.start = inner;
            kind = Kind::Org;
        } else if inner < r.end {
            kind = Kind::Misc;
        }
    } else if r.len() >= 2 && event(r.end - 1) {
        kind = Kind::Misc;
    }
    if r.len() == 1 && is_compound_adjective(ctx.tok(r.start)) {
        return None;
    }
    // "(R-Tex.)", "(D-Mo.)": a party and a state, after a lawmaker's name.
    if r.len() <= 2 && is_party_label(ctx.tok(r.start)) {
        return None;
    }
    // "Mr", "Mr.", "President", "Feb.": a title or a month alone names no
    // one, nor does a day ("Dec 29").
    if r.clone().all(|k| is_title_token(ctx, k))
        || lex.month(ctx.tok(r.start)).is_some()
            && (r.start + 1..r.end)
                .all(|k| ctx.tokens[k].kind == TokenKind::Number || ctx.tok(k) == ".")
        || r.len() <= 2 && {
            // One word, or one with its stop: "Feb.", "Gen.", but not "U.S.".
            let w = ctx.tok(r.start);
            (r.len() == 1 || ctx.tok(r.start + 1) == ".")
                && (lex.month(w).is_some() || lex.is_abbreviation(w) && !w.contains('.'))
        }
    {
        return None;
    }
    // "Mr. Trump", "Sen. Kaine": a name after an honorific or a title's
    // abbreviation is a person's, whatever else it seemed.
    if r.len() >= 3 && ctx.tok(r.start + 1) == "." && is_title_token(ctx, r.start) {
        kind = Kind::Per;
    }
    // "Minister of Public Security Wang Xiaohong": the remit is the title's.
    if r.start >= first + 2
        && matches!(ctx.tok(r.start - 1), "of" | "for")
        && lex.is_title_word(ctx.tok(r.start - 2))
    {
        let mut k = r.start;
        while k < r.end && (lex.is_portfolio(ctx.tok(k)) || matches!(ctx.tok(k), "and" | "of")) {
            k += 1;
        }
        if k > r.start {
            if k >= r.end {
                return None;
            }
            r.start = k;
            kind = Kind::Per;
        }
    }
    if kind == Kind::Per {
        r = super::person_bounds::bounds(ctx, r, first)?;
    }
    // "Operation Market Garden": the word that names an operation is part
    // of its name.
    if matches!(kind, Kind::Org | Kind::Misc)
        && r.start > first
        && ctx.tok(r.start - 1) == "Operation"
    {
        r.start -= 1;
    }
    // "Operation First Light 2024", "Expo 2020": a year closing the name.
    let year = |k: usize| {
        ctx.tokens.get(k).is_some_and(|t| {
            let w = ctx.tok(k);
            t.kind == TokenKind::Number
                && w.len() == 4
                && (w.starts_with("19") || w.starts_with("20"))
                && !ctx.text[ctx.tokens[k - 1].end()..t.start()].contains('\n')
        })
    };
    if matches!(kind, Kind::Org | Kind::Misc)
        && r.end < end
        && year(r.end)
        && (r.end + 1 >= end || ctx.tokens[r.end + 1].kind == TokenKind::Punct)
    {
        r.end += 1;
    }
    // "Jiangsu Province", "Orange County": a place, whatever else it seemed.
    let last = ctx.tok(r.end - 1);
    if r.len() >= 2
        && kind != Kind::Loc
        && lex.is_place_word(last)
        && !last.eq_ignore_ascii_case("state")
    {
        kind = Kind::Loc;
    }
    Some((r, kind))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `adjust` makes of the model's name over tokens `r` of `text`,
    /// one sentence.
    fn adjusted(text: &str, r: Range<usize>, kind: Kind) -> Option<String> {
        let ctx = Context::new(text, std::iter::once(0..text.len()));
        let end = ctx.tokens.len();
        adjust(&ctx, r, kind, 0, end).map(|(r, _)| {
            ctx.text[ctx.tokens[r.start].start()..ctx.tokens[r.end - 1].end()].to_string()
        })
    }

    #[test]
    fn a_title_alone_is_no_name() {
        // Tokens: Mr . Obi 's plan
        assert_eq!(adjusted("Mr. Obi's plan", 0..2, Kind::Org), None);
        assert_eq!(adjusted("Mr. Obi's plan", 0..1, Kind::Per), None);
        assert_eq!(adjusted("Mayor Obi spoke", 0..1, Kind::Per), None);
        assert_eq!(
            adjusted("Mr. Obi's plan", 0..3, Kind::Per).as_deref(),
            Some("Obi")
        );
    }

    #[test]
    fn a_month_or_an_abbreviation_alone_is_no_name() {
        // Tokens: On Feb . 3 , Gen . Obi and May Ruiz met in the U.S.
        let text = "On Feb. 3, Gen. Obi and May Ruiz met in the U.S.";
        assert_eq!(adjusted(text, 1..3, Kind::Loc), None);
        assert_eq!(adjusted(text, 5..7, Kind::Org), None);
        assert_eq!(
            adjusted(text, 9..11, Kind::Per).as_deref(),
            Some("May Ruiz")
        );
        assert_eq!(adjusted(text, 14..15, Kind::Loc).as_deref(), Some("U.S."));
    }

    #[test]
    fn a_name_opens_and_closes_on_a_word_and_has_a_letter() {
        // Tokens: David Hale & Lee Tate of Pfizer Inc . ( US ) met in 1944
        let text = "David Hale & Lee Tate of Pfizer Inc. (US) met in 1944";
        assert_eq!(adjusted(text, 2..3, Kind::Per), None);
        assert_eq!(adjusted(text, 2..5, Kind::Per).as_deref(), Some("Lee Tate"));
        assert_eq!(
            adjusted(text, 0..3, Kind::Per).as_deref(),
            Some("David Hale")
        );
        assert_eq!(
            adjusted(text, 6..9, Kind::Org).as_deref(),
            Some("Pfizer Inc.")
        );
        assert_eq!(
            adjusted(text, 6..12, Kind::Org).as_deref(),
            Some("Pfizer Inc. (US)")
        );
        assert_eq!(adjusted(text, 9..10, Kind::Loc), None);
        assert_eq!(adjusted(text, 14..15, Kind::Misc), None);
    }

    #[test]
    fn an_opening_preposition_is_no_part_of_a_name() {
        // Tokens: Unlike Harbour Coal , Mr . Obi has few investors .
        let text = "Unlike Harbour Coal, Mr. Obi has few investors.";
        assert_eq!(
            adjusted(text, 0..3, Kind::Org).as_deref(),
            Some("Harbour Coal")
        );
        // A title of a work keeps its first word: After Hours , the film .
        assert_eq!(
            adjusted("After Hours, the film.", 0..2, Kind::Misc).as_deref(),
            Some("After Hours")
        );
        // A first name: Will Smith said so .
        assert_eq!(
            adjusted("Will Smith said so.", 0..2, Kind::Per).as_deref(),
            Some("Will Smith")
        );
        // Not the sentence's first word: to Unlike Minds .
        let text = "He spoke to Unlike Minds.";
        assert_eq!(
            adjusted(text, 3..5, Kind::Org).as_deref(),
            Some("Unlike Minds")
        );
    }

    #[test]
    fn an_opening_participle_or_adverb_is_no_name() {
        // Tokens: Unarmed , the officers of Reading patrol .
        let text = "Unarmed, the officers of Reading patrol.";
        assert_eq!(adjusted(text, 0..1, Kind::Org), None);
        // A listed place: Reading , Obi said .
        assert_eq!(
            adjusted("Reading, Obi said.", 0..1, Kind::Loc).as_deref(),
            Some("Reading")
        );
    }

    #[test]
    fn an_event_is_held_by_the_body_named_in_it() {
        // Tokens: at the 2024 Conference of the Harbour Cooperation Forum in
        let text = "at the 2024 Conference of the Harbour Cooperation Forum in Lagos";
        assert_eq!(
            adjusted(text, 2..9, Kind::Org).as_deref(),
            Some("Harbour Cooperation Forum")
        );
        assert_eq!(
            adjusted(text, 3..9, Kind::Misc).as_deref(),
            Some("Harbour Cooperation Forum")
        );
        // Tokens: the Summit of the Americas: a place, no body.
        let ctx = Context::new("the Summit of the Americas opened", std::iter::once(0..33));
        assert_eq!(
            adjust(&ctx, 1..5, Kind::Org, 0, 6),
            Some((1..5, Kind::Misc))
        );
        // Tokens: the Battle of Antietam and the Davis Cup at the Islamic
        // Conference
        let text = "the Battle of Antietam and the Davis Cup at the Islamic Conference";
        let ctx = Context::new(text, std::iter::once(0..text.len()));
        assert_eq!(
            adjust(&ctx, 1..4, Kind::Org, 0, 12),
            Some((1..4, Kind::Misc))
        );
        assert_eq!(
            adjust(&ctx, 6..8, Kind::Per, 0, 12),
            Some((6..8, Kind::Misc))
        );
        assert_eq!(
            adjust(&ctx, 10..12, Kind::Org, 0, 12),
            Some((10..12, Kind::Org))
        );
    }

    #[test]
    fn an_operation_is_named_with_its_word() {
        // Tokens: during Operation First Light 2024 ,
        let text = "during Operation First Light 2024, police";
        assert_eq!(
            adjusted(text, 2..4, Kind::Org).as_deref(),
            Some("Operation First Light 2024")
        );
        assert_eq!(
            adjusted(text, 2..4, Kind::Loc).as_deref(),
            Some("First Light")
        );
    }

    #[test]
    fn a_name_after_an_abbreviated_title_is_a_person() {
        let ctx = Context::new("Sen. Kaine spoke", std::iter::once(0..16));
        assert_eq!(adjust(&ctx, 0..3, Kind::Org, 0, 4), Some((2..3, Kind::Per)));
    }

    #[test]
    fn a_day_is_no_name() {
        let s = "WASHINGTON, Dec 29 (Reuters) - Officials met. On Dec. 3, 2015 they left.";
        assert_eq!(adjusted(s, 2..4, Kind::Loc), None);
        assert_eq!(adjusted(s, 12..15, Kind::Misc), None);
    }

    #[test]
    fn a_party_and_state_label_is_no_name() {
        // Tokens: Sen . Ted Cruz ( R-Tex . )
        let text = "Sen. Ted Cruz (R-Tex.) spoke";
        assert_eq!(adjusted(text, 5..6, Kind::Org), None);
        assert_eq!(adjusted(text, 5..7, Kind::Per), None);
        assert_eq!(adjusted(text, 2..4, Kind::Per).as_deref(), Some("Ted Cruz"));
        assert!(!is_party_label("Jean-Luc") && !is_party_label("R-2D2"));
    }
}
