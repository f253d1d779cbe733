//! A cue's quoted object: "called the plan “a disaster”", "“A,” “B” and
//! “C”" listed together, and where the writer's words take over after it.

use super::*;

/// Where a list of quoted phrases starting with `q` ends: "“how the system
/// is rigged,” and “wounded American families” and “our own citizens”".
pub(in crate::analysis::quotes) fn quoted_list_end(
    ctx: &Context,
    quotes: &Quotations,
    q: &Span,
    s1: usize,
) -> usize {
    let mut end = q.end;
    loop {
        let mut j = ctx.token_at(end);
        let from = j;
        while j < s1 && matches!(ctx.tok(j), "," | "and" | "or" | "then") {
            j += 1;
        }
        // A comma inside the closing mark parts the phrases as well: "a
        // “nasty guy,” an “anchor baby” and “sick”", where an article may
        // open a listed phrase.
        let mark = closing_mark(ctx, from);
        let listed = j > from || mark >= 1 && ctx.tok(mark - 1) == ",";
        if listed && j < s1 && matches!(ctx.tok(j), "a" | "an" | "the") {
            j += 1;
        }
        match quotes.at(j) {
            Some(qi) if listed && j < s1 && ctx.token_at(quotes.spans[qi].start) == j => {
                end = quotes.spans[qi].end;
            }
            _ => return end,
        }
    }
}

/// The writer's clause goes on after a quotation ("“a bomb” had gone off").
pub(in crate::analysis::quotes) fn quote_goes_on(ctx: &Context, q: &Span, s1: usize) -> bool {
    let after = ctx.token_at(q.end);
    after < s1 && ctx.tokens[after].kind == TokenKind::Word
}

/// A quotation opens within the first words after `a` in the sentence: the
/// cue's object is quoted ("called the plan “a disaster”").
pub(in crate::analysis::quotes) fn quote_soon(
    quotes: &Quotations,
    a: usize,
    s1: usize,
) -> Option<usize> {
    (a..s1.min(a + QUOTED_OBJECT)).find(|&k| quotes.at(k).is_some())
}

/// Where what a naming verb reports ends, given it would run to `b`: with
/// the name quoted for its object when the writer's words take over after
/// it ("called inversions “unpatriotic,” and his administration …",
/// "called them “rapists” (although …)"); a phrase that goes on describing
/// the object goes on with it ("called the agreement “a step forward” in
/// efforts to …", "a “liar” who was not …", "a “mistake,” made by …"), as
/// does the speaker's next verb quoting them again ("called her
/// “disgusting” and referred to her “sex tape”"). Only a one-word cue
/// names: "called on the council to “act now” and …" asks, as "so-called"
/// names no one's words.
pub(super) fn named_end(at: &CueAt, a: usize, b: usize) -> usize {
    let (ctx, quotes, c) = (at.ctx, at.quotes, at.c);
    let so_called = c >= 2 && ctx.tok(c - 1) == "-" && ctx.word(c - 2).eq_ignore_ascii_case("so");
    if at.cue_len > 1 || so_called || !ctx.lex.is(&at.cw, WordClass::NamingVerb) {
        return b;
    }
    let Some((k, qi)) = quote_soon(quotes, a, b).and_then(|k| quotes.at(k).map(|qi| (k, qi)))
    else {
        return b;
    };
    // "called the plan — “a harbour for everyone” — a promise": the dash
    // after the name closes the one before it.
    let set_off = (a..k).any(|j| is_dash(ctx, j));
    let end = ctx.token_at(quoted_list_end(ctx, quotes, &quotes.spans[qi], b));
    if end >= b {
        return b;
    }
    let mark = closing_mark(ctx, end);
    let comma_inside = mark >= 1 && ctx.tok(mark - 1) == ",";
    let next = ctx.tok_or(end);
    // "a “rush to judgment,” because …", "a “mistake,” made by …": after
    // the comma the phrase still describes the object.
    let after_comma = if comma_inside { end } else { end + 1 };
    let describes = matches!(ctx.word(after_comma), "because" | "who" | "whom" | "which")
        || ctx.word(after_comma).ends_with("ed") && !ctx.is_cap(after_comma);
    let writer = (comma_inside || next == ",") && !describes
        || is_dash(ctx, end) && !set_off
        || matches!(next, "(" | ";" | "instead")
        || matches!(next, "and" | "or" | "but") && quote_soon(quotes, end, b).is_none();
    if writer { end } else { b }
}

/// A preposition that opens a quoted noun's complement: "“a total ban”
/// on all …", "“turning its back” on working families".
pub(super) fn opens_complement(w: &str) -> bool {
    matches!(
        w,
        "on" | "to" | "of" | "with" | "against" | "over" | "for" | "about"
    )
}

/// Where the object of a cue that needs one ends, the object with its
/// quotation: "described the law as a “crazy system”". None when no
/// quotation is in it, or when a relative clause in it reports the
/// quotation.
pub(super) fn quoted_object_end(
    ctx: &Context,
    quotes: &Quotations,
    a: usize,
    b: usize,
) -> Option<usize> {
    let open = quote_soon(quotes, a, b)?;
    // "criticized the email use, which an FBI inquiry said was “careless”":
    // a relative clause with a cue of its own reports the quotation.
    let relative = (a + 1..open.min(a + CLAUSE))
        .find(|&r| matches!(ctx.word(r), "which" | "who" | "when"))
        .is_some_and(|r| (r + 1..open.min(r + 1 + SPEAKER_CLAUSE)).any(|k| cue_at(ctx, k) > 0));
    if relative {
        return None;
    }
    let last = (a..b).rev().find(|&k| quotes.at(k).is_some())?;
    let close = ctx.token_at(quotes.spans[quotes.at(last)?].end);
    // "decried the GOP for “turning its back” on working families":
    // the object goes on after its quotation to the phrase's end, not
    // into the writer's clause after it, unless a time or a place
    // follows.
    let end = (close..b)
        .find(|&k| ctx.tok(k) == "," || is_dash(ctx, k))
        .unwrap_or(b);
    // "lamented the “disheartened” state of the campaign": a noun
    // after a quoted modifier goes on with the phrase.
    let next = ctx.word(close);
    let noun_after = close >= 2
        && ctx.tokens[close - 2].kind == TokenKind::Word
        && !next.is_empty()
        && !ctx.is_cap(close)
        && !ctx.lex.is(next, WordClass::NpBreak)
        && !ctx.lex.is(next, WordClass::Determiner)
        && !ctx.lex.is(next, WordClass::ClauseBreak)
        && !(ctx.lex.is_cue(next) && (next.ends_with('s') || next.ends_with("ed")))
        && !next.ends_with("ing");
    let goes_on = close < b
        && (noun_after
            || opens_complement(next)
            || next == "than"
            // "a “throwaway culture” in which …", not "in a speech".
            || next == "in" && ctx.word(close + 1) == "which")
        && !adjunct_tail(ctx, close, end);
    Some(if goes_on { end } else { close })
}
