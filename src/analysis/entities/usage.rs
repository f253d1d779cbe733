//! How a name's word is used where it stands: as a noun or a modifier,
//! as a speaker, as a place. The lists cannot tell "Cuban said" from "Cuban
//! exiles"; the words around it can.

use super::Mention;
use crate::analysis::Context;
use crate::lexicon::WordClass;
use crate::text::{TokenKind, lower};

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
/// clause's end ("said Dayton.").
pub(super) fn speaks(ctx: &Context, m: &Mention) -> bool {
    let k = m.tokens.end;
    let verb = |j: usize| !ctx.is_cap(j) && ctx.lex.is_cue(ctx.word(j));
    let adverb = !ctx.is_cap(k) && ctx.lex.is(&lower(ctx.word(k)), WordClass::Adverb);
    verb(k)
        || adverb && verb(k + 1)
        || m.tokens.start > 0
            && ctx.lex.is_inverted_cue(ctx.word(m.tokens.start - 1))
            && ctx.tokens.get(k).is_none_or(|t| t.kind == TokenKind::Punct)
}

/// A place by the words around it: after a preposition of place ("in
/// Garland", "from Dayton") or before its region ("Garland, Texas").
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
    ) || ctx.tok_or(k) == "," && ctx.is_cap(k + 1) && ctx.lex.is_place(ctx.word(k + 1))
}
