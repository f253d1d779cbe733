//! Where a person's name begins and ends: without the titles before it,
//! the speech verb or the lowercase word after it, with a nickname in
//! quotation marks inside it.

use super::bounds::is_title_token;
use crate::analysis::Context;
use crate::model::gazetteer::{bit, gazetteer};
use crate::text::{TokenKind, is_quote_mark};
use std::ops::Range;

/// The person's name the model found over tokens `r` of a sentence opening
/// at `first`, its bounds set right; none when it is no name.
pub(super) fn bounds(ctx: &Context, mut r: Range<usize>, first: usize) -> Option<Range<usize>> {
    let lex = ctx.lex;
    // "Mayor Ana Ruiz", "Mr Blair": the title is a role, not the name.
    while r.len() > 1 && is_title_token(ctx, r.start) {
        r.start += 1;
    }
    // "Vermonter Bernie Sanders": where the person lives is no part of
    // the name that follows, on a listed first name.
    if r.len() >= 3
        && resident_word(ctx, ctx.tok(r.start))
        && gazetteer().has(ctx.tok(r.start + 1), bit::FIRST_NAME)
    {
        r.start += 1;
    }
    // "Trevor Noah Says …" in a title-case heading: a speech verb closes
    // no name.
    if r.len() >= 3 && lex.is_cue(ctx.tok(r.end - 1)) {
        r.end -= 1;
    }
    // "Thor he’d have to …": a word with no capital closes no name.
    while r.len() > 1
        && ctx.tokens[r.end - 1].kind == TokenKind::Word
        && !ctx.tok(r.end - 1).contains(char::is_uppercase)
    {
        r.end -= 1;
    }
    // "Navy Capt." before "Jeff Davis": a title's abbreviation closes
    // no name; the name follows it.
    if r.len() >= 2
        && ctx.tok(r.end - 1) == "."
        && lex.is_abbreviation(ctx.tok(r.end - 2))
        && is_title_token(ctx, r.end - 2)
    {
        return None;
    }
    // Thomas “Tip” Olsen: a nickname in quotation marks inside the name.
    if r.start >= first + 4
        && is_quote_mark(ctx.tok(r.start - 1))
        && ctx.is_cap(r.start - 2)
        && is_quote_mark(ctx.tok(r.start - 3))
        && ctx.is_cap(r.start - 4)
        && (r.start - 3..=r.start).all(|k| ctx.tokens[k - 1].end() + 1 >= ctx.tokens[k].start())
    {
        r.start -= 4;
    }
    Some(r)
}

/// A word for those who live in a place the lists hold: "Vermonter",
/// "Ohioan", "Californian", "Texan", "Floridian".
fn resident_word(ctx: &Context, w: &str) -> bool {
    let place = |p: &str| p.len() >= 3 && ctx.lex.is_place(p);
    w.strip_suffix("er").is_some_and(place)
        || w.strip_suffix("an").is_some_and(place)
        || w.strip_suffix('n')
            .is_some_and(|p| place(p) || place(&format!("{p}s")))
        || w.strip_suffix("ian")
            .is_some_and(|p| place(&format!("{p}a")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `bounds` makes of the model's person over tokens `r` of `text`,
    /// one sentence.
    fn bounded(text: &str, r: Range<usize>) -> Option<String> {
        let ctx = Context::new(text, std::iter::once(0..text.len()));
        bounds(&ctx, r, 0)
            .map(|r| ctx.text[ctx.tokens[r.start].start()..ctx.tokens[r.end - 1].end()].to_string())
    }

    #[test]
    fn a_persons_name_closes_on_a_capital_and_never_on_a_title() {
        // The model's person over "Thor he’d", "Navy Capt.".
        let s = "Beck reminded Thor he’d have to run.";
        assert_eq!(bounded(s, 2..4).as_deref(), Some("Thor"));
        let s = "said spokesman Navy Capt. Jeff Davis.";
        assert_eq!(bounded(s, 2..5), None);
        assert_eq!(bounded(s, 5..7).as_deref(), Some("Jeff Davis"));
        let s = "Trevor Noah Says He Is Done";
        assert_eq!(bounded(s, 0..3).as_deref(), Some("Trevor Noah"));
        // "Bashar al-Assad", "Oscar de la Renta" close on a capital.
        let s = "Oscar de la Renta met Bashar al-Assad.";
        assert_eq!(bounded(s, 0..4).as_deref(), Some("Oscar de la Renta"));
    }

    #[test]
    fn a_residents_word_is_no_part_of_the_name() {
        for (s, name) in [
            ("Vermonter Bernie Sanders spoke.", "Bernie Sanders"),
            ("Ohioan Ana Ruiz spoke.", "Ana Ruiz"),
            ("Californian Ana Ruiz spoke.", "Ana Ruiz"),
            ("Texan Ana Ruiz spoke.", "Ana Ruiz"),
            ("Floridian Ana Ruiz spoke.", "Ana Ruiz"),
            ("Christian Ana Ruiz spoke.", "Christian Ana Ruiz"),
        ] {
            assert_eq!(bounded(s, 0..3).as_deref(), Some(name), "{s}");
        }
    }
}
