//! Where what was said begins and ends: "that" and colons skipped, the
//! end of the content, clause breaks, adjuncts, auxiliaries.

use super::*;

/// After "said", "that" and the colon are not part of what was said.
pub(super) fn skip_that(ctx: &Context, mut a: usize, s1: usize) -> usize {
    while a < s1
        && (matches!(ctx.tok(a), ":" | ",")
            || ctx.word(a).eq_ignore_ascii_case("that") && !ctx.is_cap(a))
    {
        a += 1;
    }
    a
}

/// Content runs to the end of the sentence, without its final stop.
pub(super) fn content_end(ctx: &Context, a: usize, s1: usize) -> usize {
    // Inside a quotation nothing ends the content: "“taunts and insults”".
    // Only double marks count: a single one may be an apostrophe (crews’).
    // The content's own opening mark counts too.
    let double = |k: usize| {
        is_quote_mark(ctx.tok(k)) && !matches!(ctx.tok(k), "'" | "\u{2018}" | "\u{2019}")
    };
    let mut marks = usize::from(a < s1 && double(a));
    // "Trump - who said he would “bomb …” oil fields - said …": content
    // opening inside a pair of dashes ends at the second. Asked only at a
    // dash, once.
    let mut in_dashes = None;
    let mut opened_in_dashes = || {
        *in_dashes.get_or_insert_with(|| {
            let s0 = ctx.sentences[ctx.sentence_of_token(a)].tokens.start;
            (a.saturating_sub(ASIDE).max(s0)..a)
                .filter(|&j| opens_dash(ctx, j))
                .count()
                % 2
                == 1
        })
    };
    let mut b = (a + 1..s1)
        .find(|&k| {
            marks += usize::from(double(k));
            marks % 2 == 0 && (ends_content(ctx, k, s1) || is_dash(ctx, k) && opened_in_dashes())
        })
        .unwrap_or(s1);
    // “… values,” stating …: the statement closed inside the quotation,
    // with all of its closing mark ('' is two tokens).
    if b < s1 && is_quote_mark(ctx.tok(b)) {
        return mark_end(ctx, b, s1);
    }
    let s1 = b;
    while b > a && (is_end_punct(ctx.tok(b - 1)) || ctx.tok(b - 1) == "," || is_dash(ctx, b - 1)) {
        b -= 1;
    }
    // Keep a closing quotation mark with its opening one.
    if b < s1 && is_quote_mark(ctx.tok(b)) && b > a && (a..b).any(|k| is_quote_mark(ctx.tok(k))) {
        b += 1;
    }
    b
}

/// Content ending at `b` inside a quotation it opened goes on to the
/// quotation's close, over the sentences quoted: "said he would
/// “carpet-bomb them into oblivion. I don't know if sand can glow …”".
pub(super) fn through_quotation(ctx: &Context, quotes: &Quotations, a: usize, b: usize) -> usize {
    let Some(qi) = (b > a).then(|| quotes.at(b - 1)).flatten() else {
        return b;
    };
    let q = &quotes.spans[qi];
    let same_block = ctx.block_at(q.end - 1) == ctx.block_at(ctx.tokens[a].start());
    if ctx.token_at(q.start) >= a && same_block {
        ctx.token_at(q.end).max(b)
    } else {
        b
    }
}

pub(super) fn content(
    ctx: &Context,
    a: usize,
    b: usize,
    speaker: Option<Speaker>,
    cue: Span,
    kind: QuoteKind,
    pattern: Pattern,
) -> Option<Found> {
    let words = (a..b)
        .filter(|&k| ctx.tokens[k].kind != TokenKind::Punct)
        .count();
    // Two words are enough when one is quoted: "as “unhinged”".
    let quoted = || (a..b).any(|k| is_quote_mark(ctx.tok(k)));
    (b > a && (words >= 3 || words == 2 && quoted())).then(|| Found {
        kind,
        span: span_of(ctx, a, b),
        speaker,
        pattern,
        cue: Some(cue),
    })
}

/// The start of the content ending at `b`: the direct quotation that ends
/// there when it opens the sentence or follows a colon or a dash, or the
/// sentence start; or, when the sentence opens inside a quotation, that
/// quotation's opening mark ("“It was fine. We stayed” before the storm,
/// she said.").
pub(super) fn quote_before(
    ctx: &Context,
    s0: usize,
    b: usize,
    quotes: &Quotations,
) -> (usize, QuoteKind) {
    let mut k = b;
    while k > s0 && matches!(ctx.tok(k - 1), "," | ".") {
        k -= 1;
    }
    if k > 0
        && let Some(qi) = quotes.at(k - 1)
    {
        let q = &quotes.spans[qi];
        let a = ctx.token_at(q.start);
        let starts_sentence = a <= s0 || (s0..a).all(|j| ctx.tokens[j].kind == TokenKind::Punct);
        // "Kasich resisted: “…,” he said": a colon or a dash introduces
        // the quotation, and the words before it are the writer's.
        let introduced = a > s0 && (ctx.tok(a - 1) == ":" || is_dash(ctx, a - 1));
        // "“A,” she said, but despite the tone, “B,” said Kunin": another
        // attribution before the quotation's comma is no part of it.
        let attributed = a > s0
            && ctx.tok(a - 1) == ","
            && (a.saturating_sub(CLAUSE).max(s0 + 1)..a).any(|j| {
                let prev = ctx.word(j - 1);
                cue_at(ctx, j) > 0
                    && (is_subject_pronoun(prev)
                        || ctx.is_cap(j - 1) && !ctx.lex.is(&lower(prev), WordClass::NpBreak))
            });
        if a < k && (starts_sentence || introduced || attributed) {
            return (a, QuoteKind::Direct);
        }
    }
    let opened = quotes
        .at(s0)
        .map(|qi| ctx.token_at(quotes.spans[qi].start))
        .filter(|&a| a < s0);
    (opened.unwrap_or(s0), QuoteKind::Indirect)
}

/// Where what was said begins after an adjunct opening at `a` ("said on
/// Monday the ferry was …", "wrote in both listings he was …", "said in an
/// interview: …", "said of the election that …"): at "that", a quotation
/// or a colon, after a comma, or at a subject, a pronoun or a determiner
/// that no preposition governs. A title in quotation marks is part of the
/// adjunct: "said on ABC's “This Week” that …".
pub(super) fn adjunct_end(
    ctx: &Context,
    a: usize,
    s1: usize,
    quotes: &Quotations,
) -> Option<usize> {
    let mut k = a + 1;
    while k < s1.min(a + ADJUNCT) {
        let w = ctx.word(k);
        if let Some(qi) = quotes.at(k) {
            let q = &quotes.spans[qi];
            let after = ctx.token_at(q.end);
            let governed = ctx.lex.is(&lower(ctx.word(k - 1)), WordClass::AdjunctStart)
                || matches!(ctx.tok(k - 1), "’s" | "'s");
            if governed && is_title(ctx, q) && after < s1 && ctx.word(after) == "that" {
                k = after;
                continue;
            }
            return Some(k);
        }
        if w == "that" || ctx.tok(k) == ":" {
            return Some(k);
        }
        // "warning of accidents ahead, but drivers …": a conjunction after
        // the comma opens the writer's next clause, not what was said.
        if ctx.tok(k) == "," {
            let w = ctx.word(k + 1);
            return (!(is_opening_conjunction(w) || w == "or")).then_some(k + 1);
        }
        let governed = ctx.lex.is(&lower(ctx.word(k - 1)), WordClass::AdjunctStart);
        let subject =
            is_subject_pronoun(w) || ctx.lex.is(w, WordClass::Determiner) && !governed && k > a + 1;
        if subject && k < a + 8 {
            return Some(k);
        }
        k += 1;
    }
    None
}

/// The end of a clause starting at `a`: its first comma outside quotations,
/// or a quotation that closes on a comma (“a gamble,”) unless another
/// quoted phrase is listed after it.
pub(super) fn clause_end(ctx: &Context, a: usize, s1: usize, quotes: &Quotations) -> usize {
    let mut k = a;
    while k < s1 {
        if let Some(qi) = quotes.at(k) {
            let end = ctx.token_at(quotes.spans[qi].end).max(k + 1);
            let mark = closing_mark(ctx, end);
            let comma_inside = mark >= 1 && ctx.tok(mark - 1) == ",";
            if comma_inside && !matches!(ctx.tok_or(end), "and" | "or") {
                return end.min(s1);
            }
            k = end;
        } else if is_dash(ctx, k) {
            return k;
        } else if ctx.tok(k) == ","
            && k > a
            && ctx.word(k - 1).eq_ignore_ascii_case("that")
            && let Some(close) = (k + 1..s1.min(k + ADJUNCT)).find(|&j| ctx.tok(j) == ",")
        {
            // "pledged that, if elected, he would …": an aside right after
            // "that" leads on to what was said.
            k = close + 1;
        } else if ctx.tok(k) == "," {
            match state_after(ctx, k, s1) {
                Some(e) => k = e,
                None => return k,
            }
        } else {
            k += 1;
        }
    }
    s1
}

/// "after Trump told a town hall in Salem, New Hampshire on Monday that
/// …": the comma at `k` between a town and its state ends no clause. The
/// token after the state. A date before the comma names no town ("in
/// December, China suffered …").
fn state_after(ctx: &Context, k: usize, s1: usize) -> Option<usize> {
    let last = s1.min(k + 4);
    let e = (k + 1..last)
        .find(|&j| !(ctx.is_cap(j) || ctx.tok(j) == "."))
        .unwrap_or(last);
    let town = k >= 1 && ctx.is_cap(k - 1) && ctx.lex.month(ctx.word(k - 1)).is_none();
    (town && is_place_name(ctx, k + 1, e)).then_some(e)
}

/// The first token of the closing mark of a quotation that ends before
/// token `end`: '' is one mark in two tokens.
pub(super) fn closing_mark(ctx: &Context, end: usize) -> usize {
    if end >= 2 && ctx.tok(end - 1) == "'" && ctx.tok(end - 2) == "'" {
        end - 2
    } else {
        end.saturating_sub(1)
    }
}

/// A sentence opening at `a` with an adjunct ("In an interview with “Fox
/// and Friends,”", "When Trump said …", "Acknowledging that …"): up to its
/// comma it is the speaker's circumstance, not what was said.
pub(super) fn opens_with_adjunct(ctx: &Context, a: usize) -> bool {
    let w = lower(ctx.word(a));
    let opener = |w: &str| ctx.lex.is(w, WordClass::AdjunctOpener);
    opener(&w)
        || ctx.lex.is(&w, WordClass::PhraseAdverb)
            && (ctx.tok_or(a + 1) == "," || opener(&lower(ctx.word(a + 1))))
        || is_ing_form(&w)
        // "Shortly after the call ended,", "Hastily politicizing …".
        || is_ly_adverb(&w) && {
            let next = lower(ctx.word(a + 1));
            opener(&next) || is_ing_form(&next)
        }
        // "Wednesday on Fox News' “Hannity,” Gingrich said": a day before
        // the adjunct.
        || is_time_word(ctx, &w) && opener(&lower(ctx.word(a + 1)))
}
