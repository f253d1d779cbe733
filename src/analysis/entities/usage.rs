//! How a name's word is used where it stands: as a noun or a modifier,
//! as a speaker, as a place. The lists cannot tell "Cuban said" from "Cuban
//! exiles"; the words around it can.

use super::{EntityKind, Mention};
use crate::analysis::Context;
use crate::lexicon::WordClass;
use crate::model::gazetteer::{bit, gazetteer};
use crate::text::{TokenKind, lower};
use std::collections::{HashMap, HashSet};

/// A word used as a noun, not a modifier: what follows it is punctuation
/// (not a hyphen joining it), a verb or an adverb ("Cuban said", "Cuban
/// also told", "said Cuban."), not a noun or a list ("Cuban exiles",
/// "Cuban and Mexican officials").
pub(super) fn stands_alone(ctx: &Context, m: &Mention) -> bool {
    let k = m.tokens.end;
    let next = ctx.tok_or(k);
    let joined = ctx
        .tokens
        .get(k)
        .is_some_and(|t| t.start() == ctx.tokens[k - 1].end() && next != ",");
    let lw = lower(next);
    next.is_empty()
        || !joined
            && (ctx.tokens[k].kind == TokenKind::Punct
                || !ctx.is_cap(k)
                    && !matches!(lw.as_ref(), "and" | "or")
                    && (ctx.lex.is_cue(&lw)
                        || ctx.lex.is(&lw, WordClass::NpBreak)
                        || ctx.lex.is(&lw, WordClass::Adverb)))
}

/// A name in a speaker's place: before a speech verb, past an adverb
/// ("Dayton tells", "Dayton also said"), or after an inverted one at the
/// clause's end ("said Dayton."). After a form of "be" only the verb's
/// "-ing" speaks: "Dayton were saying", not the passive "Aisby are found"
/// or "Dayton was told".
pub(super) fn speaks(ctx: &Context, m: &Mention) -> bool {
    let k = m.tokens.end;
    let verb = |j: usize| !ctx.is_cap(j) && ctx.lex.is_cue(ctx.word(j));
    let adverb = !ctx.is_cap(k) && ctx.lex.is(&lower(ctx.word(k)), WordClass::Adverb);
    let passive = matches!(ctx.word(k), "are" | "were" | "am" | "is" | "was")
        && !ctx.word(k + 1).ends_with("ing");
    verb(k)
        || adverb && !passive && verb(k + 1)
        || m.tokens.start > 0
            && ctx.lex.is_inverted_cue(ctx.word(m.tokens.start - 1))
            && ctx.tokens.get(k).is_none_or(|t| t.kind == TokenKind::Punct)
}

/// "a resident named Caroline": a given name alone after "named" is a
/// person's, whatever the model took it for.
pub(super) fn named_person(ctx: &Context, r: &std::ops::Range<usize>) -> bool {
    r.len() == 1
        && r.start > 0
        && matches!(ctx.word(r.start - 1), "named" | "nicknamed")
        && (ctx.lex.is_first_name(ctx.tok(r.start))
            || gazetteer().has(ctx.tok(r.start), bit::FIRST_NAME))
}

/// A place by the words around it: after a preposition of place ("in
/// Garland", "from Dayton"), before its region ("Garland, Texas") or
/// where it lies ("Kopački Rit, situated at …").
pub(super) fn placed(ctx: &Context, m: &Mention) -> bool {
    let k = m.tokens.end;
    let before = m.tokens.start.checked_sub(1).map_or("", |j| ctx.word(j));
    matches!(
        before,
        "in" | "from"
            | "near"
            | "outside"
            | "at"
            | "into"
            | "across"
            | "around"
            | "toward"
            | "towards"
            | "through"
    ) || in_region(ctx, m)
        || {
            let lies = k + usize::from(ctx.tok_or(k) == ",");
            matches!(ctx.word(lies), "situated" | "located")
        }
}

/// "track was extended to Harrison", "trains from Harrison to Bridgton":
/// a one-word name the model took for a person that the article never
/// writes in full, never titles or addresses and never has speak, and
/// places in most of its mentions (two or more), or calls a place or sets
/// before its region once ("Aisby is a village in …", "Grantham,
/// Lincolnshire"), is a place.
pub(super) fn places_taken_for_people(ctx: &Context, out: &mut [Mention]) {
    let in_full: HashSet<&str> = out
        .iter()
        .filter(|m| m.kind == EntityKind::Person && m.name.contains(' '))
        .flat_map(|m| m.name.split_whitespace())
        .collect();
    // "Grantham, Lincolnshire": a place the recogniser found, closing its
    // clause, is a region as good as a listed one; not in a list of names
    // ("McAteer, Houghton, Townsend", "Motorola, Walgreens, Wells Fargo,
    // and UPS").
    let listed = |k: usize| {
        ctx.tok_or(k) == "," && (ctx.is_cap(k + 1) || matches!(ctx.word(k + 1), "and" | "or"))
    };
    let regions: HashSet<usize> = out
        .iter()
        .filter(|m| {
            let k = m.tokens.end;
            m.kind == EntityKind::Place
                && ctx.tokens.get(k).is_none_or(|t| t.kind == TokenKind::Punct)
                && !listed(k)
        })
        .map(|m| m.tokens.start)
        .collect();
    let before_region = |m: &Mention| {
        let k = m.tokens.start;
        let after_item = k >= 2 && ctx.tok(k - 1) == "," && ctx.is_cap(k - 2);
        ctx.tok_or(m.tokens.end) == "," && regions.contains(&(m.tokens.end + 1)) && !after_item
    };
    // For each lone name: its mentions, those placed, and whether any is
    // a person's for sure.
    let mut seen: HashMap<&str, (usize, usize, bool, bool)> = HashMap::new();
    for m in out.iter() {
        if m.kind != EntityKind::Person || m.name.contains(' ') || in_full.contains(&m.name[..]) {
            continue;
        }
        let entry = seen.entry(&m.name[..]).or_default();
        entry.0 += 1;
        entry.1 += usize::from(placed(ctx, m) || moved_to(ctx, m) || place_of(ctx, m));
        entry.2 |= !m.roles.is_empty() || speaks(ctx, m) || addressed(ctx, m.tokens.start);
        entry.3 |= called_a_place(ctx, m) || in_region(ctx, m) || before_region(m);
    }
    let places: HashSet<String> = seen
        .into_iter()
        .filter(|&(_, (all, placed, person, called))| {
            !person && (called || placed >= 2 && placed * 2 > all)
        })
        .map(|(name, _)| name.to_string())
        .collect();
    for m in out.iter_mut() {
        if m.kind == EntityKind::Person && places.contains(&m.name[..]) {
            m.kind = EntityKind::Place;
        }
    }
}

/// "Garland, Texas", "Grantham, Lincolnshire": before its region.
fn in_region(ctx: &Context, m: &Mention) -> bool {
    let k = m.tokens.end;
    ctx.tok_or(k) == "," && ctx.is_cap(k + 1) && ctx.lex.is_place(ctx.word(k + 1))
}

/// "the village of Cliddesden", "the town of Harrison": after a place's
/// noun in lower case and "of".
fn place_of(ctx: &Context, m: &Mention) -> bool {
    let k = m.tokens.start;
    k >= 2
        && ctx.word(k - 1) == "of"
        && !ctx.is_cap(k - 2)
        && ctx.lex.is_place_word(ctx.word(k - 2))
}

/// The longest run of modifiers before the noun in "X is a small
/// village": "a census-designated rural village".
const DEFINITION_MODIFIERS: usize = 3;

/// "Aisby is a village in Lincolnshire", "Bandarlapalle is a small
/// village": the name defined as a place, the place's noun closing its
/// phrase.
fn called_a_place(ctx: &Context, m: &Mention) -> bool {
    let k = m.tokens.end;
    if !matches!(ctx.word(k), "is" | "was") || !matches!(ctx.word(k + 1), "a" | "an") {
        return false;
    }
    // Modifiers only before the noun: not "a man from the town".
    let modifier = |j: usize| {
        ctx.tokens[j].kind == TokenKind::Word
            && !ctx.is_cap(j)
            && !ctx.lex.is(ctx.word(j), WordClass::NpBreak)
            && !ctx.lex.is(ctx.word(j), WordClass::Determiner)
    };
    (k + 2..k + 3 + DEFINITION_MODIFIERS).any(|j| {
        j < ctx.tokens.len()
            && (k + 2..j).all(modifier)
            && !ctx.is_cap(j)
            && ctx.lex.is_place_word(ctx.word(j))
            && (ctx
                .tokens
                .get(j + 1)
                .is_none_or(|t| t.kind == TokenKind::Punct)
                || matches!(
                    ctx.word(j + 1),
                    "in" | "of" | "on" | "near" | "and" | "that" | "which"
                ))
    })
}

/// A title of address right before token `k`: "Mr. Band", "Dr Obi".
pub(super) fn addressed(ctx: &Context, k: usize) -> bool {
    match k.checked_sub(1).map(|j| ctx.tok(j)) {
        Some(".") => k >= 2 && super::is_honorific(ctx.tok(k - 2)),
        Some(t) => super::is_honorific(t),
        None => false,
    }
}

/// "extended to Harrison", "returned to Harrison": "to" after a verb of
/// motion or a noun of a route.
fn moved_to(ctx: &Context, m: &Mention) -> bool {
    let k = m.tokens.start;
    k >= 2 && ctx.word(k - 1) == "to" && ctx.lex.is(ctx.word(k - 2), WordClass::Motion)
}
