//! Speech cues: the cue at a token and multi-word cues.

use super::*;

/// The number of tokens of a cue starting at `c` (0: none).
pub(super) fn cue_at(ctx: &Context, c: usize) -> usize {
    if c >= ctx.tokens.len() {
        return 0;
    }
    if let Some(&n) = ctx.cues.borrow().get(c)
        && n != u8::MAX
    {
        return usize::from(n);
    }
    let n = find_cue(ctx, c);
    let mut cues = ctx.cues.borrow_mut();
    if cues.is_empty() {
        cues.resize(ctx.tokens.len(), u8::MAX);
    }
    cues[c] = n as u8;
    n
}

/// The cue of an attribution right after a quotation: any cue, or a word
/// that is one only there ("“…,” the statement read").
pub(super) fn cue_after_quote(ctx: &Context, c: usize) -> usize {
    match cue_at(ctx, c) {
        0 => {
            let kind = ctx.lex.cue_word(ctx.word(c));
            usize::from((kind.after_quote || kind.introducing) && !ctx.is_cap(c))
        }
        n => n,
    }
}

/// "referred to Rubio as “a bright, charismatic leader”": "to", the
/// object, then "as" before a quotation, within the clause.
fn named_as_quoted(ctx: &Context, c: usize) -> bool {
    if ctx.word(c + 1) != "to" {
        return false;
    }
    let last = ctx.tokens.len().min(c + 2 + QUOTED_OBJECT);
    (c + 2..last)
        .take_while(|&k| !matches!(ctx.tok(k), "." | ";" | ":" | "?" | "!"))
        .any(|k| {
            let name = k + 1 + usize::from(matches!(ctx.tok_or(k + 1), "a" | "an" | "the"));
            ctx.tok(k) == "as" && is_quote_mark(ctx.tok_or(name))
        })
}

/// "as the mayor put it, “…”": "put it" after "as" and its subject, then a
/// comma or a colon; the cue is both words. The subject may hold an
/// appositive ("As Ana Ruiz, a tax lawyer, recently put it,") and an
/// adjunct may follow ("put it in a statement in July,"), within the
/// sentence.
fn as_put_it(ctx: &Context, c: usize) -> bool {
    if ctx.word(c + 1) != "it" {
        return false;
    }
    let sentence = ctx.sentence_of_token(c);
    let in_sentence = |k: usize| k < ctx.tokens.len() && ctx.sentence_of_token(k) == sentence;
    let closes = (c + 2..c + 2 + ADJUNCT)
        .take_while(|&k| in_sentence(k) && !is_quote_mark(ctx.tok(k)) && ctx.tok(k) != ";")
        .any(|k| matches!(ctx.tok(k), "," | ":"));
    closes
        && (c.saturating_sub(APPOSITIVE)..c)
            .rev()
            .take_while(|&k| in_sentence(k) && !matches!(ctx.tok(k), ";" | ":" | "?" | "!"))
            .any(|k| ctx.word(k).eq_ignore_ascii_case("as"))
}

/// A quotation opens right after the word at `c`, or after its comma or
/// colon: "reads, “P.S. …”".
fn introduces_quotation(ctx: &Context, c: usize) -> bool {
    let mark = |k: usize| is_quote_mark(ctx.tok_or(k));
    mark(c + 1) || matches!(ctx.tok_or(c + 1), "," | ":") && mark(c + 2)
}

pub(super) fn find_cue(ctx: &Context, c: usize) -> usize {
    let w = ctx.word(c);
    let kind = ctx.lex.cue_word(w);
    if possessive(ctx, c, w) {
        return 0;
    }
    // "At the bottom it reads, “P.S. …”": a word that is a cue after a
    // quotation is one before a quotation it introduces too.
    if kind.after_quote && !ctx.is_cap(c) {
        return usize::from(introduces_quotation(ctx, c));
    }
    if kind.as_quoted && !ctx.is_cap(c) {
        return usize::from(named_as_quoted(ctx, c));
    }
    if kind.as_put && !ctx.is_cap(c) {
        return if as_put_it(ctx, c) { 2 } else { 0 };
    }
    if kind.introducing && !ctx.is_cap(c) {
        let introduces = introduces_quotation(ctx, c)
            || ctx.word(c + 1) == "that"
            || c > 0 && is_subject_pronoun(&lower(ctx.word(c - 1)));
        return usize::from(introduces);
    }
    if !kind.begins() {
        return 0;
    }
    if kind.phrase_start {
        for p in &ctx.lex.cue_phrases {
            if p[0].eq_ignore_ascii_case(w)
                && p.iter()
                    .enumerate()
                    .all(|(k, pw)| ctx.word(c + k).eq_ignore_ascii_case(pw))
            {
                // "who went on to work alongside Trump": "on to" and a verb
                // that reports nothing (not "went on to say").
                let after = c + p.len();
                let onward = p.last().is_some_and(|l| l == "on")
                    && ctx.word(after) == "to"
                    && !ctx.lex.is_cue(ctx.word(after + 1));
                return if onward { 0 } else { p.len() };
            }
        }
    }
    if w.eq_ignore_ascii_case("said") || w.eq_ignore_ascii_case("says") {
        return 1;
    }
    // A capital is a name's ("Will", "Grant"), except on a participle
    // opening its sentence ("Citing “obligations at home,” …").
    let opening_participle = || {
        w.ends_with("ing")
            && !ctx.is_cap(c + 1)
            && ctx.sentences[ctx.sentence_of_token(c)].tokens.start == c
    };
    if !(kind.cue || kind.bare) || ctx.is_cap(c) && !opening_participle() {
        return 0;
    }
    // "The spot concludes with footage of …": ending with something
    // reports nothing.
    if lower(w).starts_with("conclud") && ctx.word(c + 1) == "with" {
        return 0;
    }
    // "said, and I quote, “…”": the writer's aside, no cue of its own.
    if w.eq_ignore_ascii_case("quote") && c >= 2 && i_quote_end(ctx, c - 2).is_some() {
        return 0;
    }
    usize::from(!used_as_noun(ctx, c, w, kind))
}

/// Where ", and I quote," starting at token `a` ends: the writer's aside
/// between a cue and its quotation ("said, and I quote, “…”").
pub(super) fn i_quote_end(ctx: &Context, a: usize) -> Option<usize> {
    let mut k = a + usize::from(ctx.tok_or(a) == ",");
    k += usize::from(ctx.word(k) == "and");
    (ctx.tok_or(k) == "I"
        && ctx.word(k + 1).eq_ignore_ascii_case("quote")
        && ctx.tok_or(k + 2) == ",")
        .then_some(k + 3)
}
