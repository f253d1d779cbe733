//! Quoted words that name a work, a show or a headline rather than
//! report speech, and when such words are speech after all.

use super::*;

/// A short quotation in title case names a work or a show ("“Morning Joe”",
/// "“The Steve Harvey Morning Show,”"), and one followed by a byline is a
/// headline; it is not speech.
pub(super) fn is_title(ctx: &Context, span: &Span) -> bool {
    // "“Romney blasts Trump,” by Susan Page": a headline with its byline.
    if let Some(by) = ctx.text[span.end..]
        .trim_start_matches(' ')
        .strip_prefix("by ")
        && (by.starts_with(char::is_uppercase) || by.starts_with("the "))
    {
        return true;
    }
    // A long quotation is no title, and is told without looking up its tokens.
    if ctx.text.as_bytes()[span.clone()]
        .iter()
        .filter(|&&b| b == b' ')
        .nth(11)
        .is_some()
    {
        return false;
    }
    let (a, b) = (ctx.token_at(span.start), ctx.token_at(span.end));
    let mut words = (a..b).filter(|&k| ctx.tokens[k].kind != TokenKind::Punct);
    let Some(first) = words.next() else {
        return false;
    };
    // "She declared “What a Super Tuesday!”": a cry is no title.
    if (a..b).any(|k| ctx.tok(k) == "!") {
        return false;
    }
    // "“GROWING PARTY,” he declared": words in capitals throughout are
    // shouted, not a title, when they run to two or more.
    let shouted = |k: usize| {
        let w = ctx.word(k);
        w.chars().count() > 1 && !w.chars().any(char::is_lowercase)
    };
    let all = std::iter::once(first).chain(words.clone());
    if all
        .clone()
        .filter(|&k| ctx.tokens[k].kind == TokenKind::Word)
        .count()
        >= 2
        && all.clone().all(shouted)
    {
        return false;
    }
    let capital = |k: usize| ctx.is_cap(k) || ctx.tokens[k].kind == TokenKind::Number;
    // At most six words, the first capitalised, the others too or small.
    capital(first)
        && words.clone().take(6).count() < 6
        && words.all(|k| {
            capital(k)
                || matches!(
                    ctx.word(k),
                    "a" | "an"
                        | "the"
                        | "of"
                        | "and"
                        | "in"
                        | "on"
                        | "for"
                        | "to"
                        | "it"
                        | "with"
                        | "from"
                        | "at"
                        | "by"
                        | "or"
                )
        })
}

/// Drops the titles among the direct quotations found, keeping those
/// that are speech after all.
pub(super) fn drop_titles(ctx: &Context, found: &mut Vec<Found>) {
    // “Denver,” he answered; Priebus said, “Probably.”; Cruz said “CNN”:
    // one word its attribution follows or opens is speech, not a title; so
    // are words right after "said" ("He said “The Hispanics”").
    let answer = |f: &Found| {
        let (a, b) = (ctx.token_at(f.span.start), ctx.token_at(f.span.end));
        let opens = |c: &Span| {
            let after = ctx.token_at(c.end);
            after <= a && (after..a).all(|k| matches!(ctx.tok(k), "," | ":"))
        };
        let one_word = (a..b)
            .filter(|&k| ctx.tokens[k].kind != TokenKind::Punct)
            .count()
            == 1;
        // … and so are words any cue says aloud ("chanting “Dump Trump”",
        // "interjecting, “Only Rosie O'Donnell.”").
        let aloud = |c: &Span| ctx.lex.cue_word(&lower(&ctx.text[c.clone()])).aloud;
        matches!(f.speaker, Some(Speaker::Phrase(_)))
            && f.cue.as_ref().is_some_and(|c| {
                one_word && c.start >= f.span.end && ctx.token_at(c.start) <= b + 3
                    || opens(c) && (aloud(c) || one_word && ctx.token_at(c.end) < a)
            })
    };
    found.retain(|f| !(f.kind == QuoteKind::Direct && is_title(ctx, &f.span) && !answer(f)));
}
