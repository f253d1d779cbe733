//! What ends what was said at a token: a semicolon, another speaker's
//! clause, the writer's comment, aside or participle.

use super::*;

/// The token after the quotation mark at `k`, taking in a second mark
/// written against it: '' is one closing mark in two tokens.
pub(super) fn mark_end(ctx: &Context, k: usize, s1: usize) -> usize {
    let doubled = k + 1 < s1
        && is_quote_mark(ctx.tok(k + 1))
        && ctx.tokens[k + 1].start() == ctx.tokens[k].end();
    k + 1 + usize::from(doubled)
}

/// What was said ends at token `k`: ", saying …" and ", adding that …"
/// begin a statement of their own, as does another speaker's clause (", but
/// he said …", ", Ham also noted …"); so do a semicolon, the writer's ", but
/// …", ", citing …", ", implicitly putting …", the speaker's next verb
/// ("… and encouraged Americans to …"), and after quoted words the
/// writer's participle (“…,” referring to …) or aside (“…” — a play on …).
pub(super) fn ends_content(ctx: &Context, k: usize, s1: usize) -> bool {
    let t = ctx.tok(k);
    // A comma inside a closing quotation mark ends the clause as well.
    let comma_closed = k >= 1 && is_quote_mark(t) && ctx.tok(k - 1) == ",";
    // "… and said", "“…” but argues that …", "… and accusing him": the
    // subject's next cue.
    let next_cue = || {
        let next = ctx.word(k + 1);
        !ctx.is_cap(k + 1)
            && ctx.lex.is_cue(next)
            && (next.ends_with("ed")
                || next.ends_with('s')
                || next.ends_with("ing")
                || ctx.lex.is_bare_cue(next))
    };
    // Token `j` follows a quotation's closing mark, or a comma inside one.
    let after_quote = |j: usize| {
        (j >= 1 && is_quote_mark(ctx.tok(j - 1)))
            || (j >= 2 && ctx.tok(j - 1) == "," && is_quote_mark(ctx.tok(j - 2)))
    };
    // The first token after the comma, past a closing mark written as two
    // ('' in some papers' style).
    let n = if comma_closed {
        mark_end(ctx, k, s1)
    } else {
        k + 1
    };
    match if comma_closed { "," } else { t } {
        ";" => true,
        "," => {
            let next = ctx.word(n);
            // ", a charge that Colorado leaders denied", "“reckless,” a
            // rare rebuke.": the writer's comment; not a list of quoted
            // words ("a “loser,” a “liar” and a “whiner.”").
            let comment = matches!(next, "a" | "an")
                && ((n + 2..s1.min(n + 5)).any(|j| matches!(ctx.word(j), "that" | "which"))
                    || after_quote(n)
                        && s1 <= n + COMMENT
                        && (n..s1).all(|j| !is_quote_mark(ctx.tok(j))));
            // "said both are weak, but he gave the Texan a compliment:
            // “…”": a clause of the speaker's own that brings in a
            // quotation is the writer's.
            let brings_in_quotation = || {
                (n + 2..s1.min(n + CLAUSE))
                    .take_while(|&j| !is_quote_mark(ctx.tok(j)))
                    .any(|j| ctx.tok(j) == ":" && is_quote_mark(ctx.tok(j + 1)))
            };
            comment
                || matches!(next, "and" | "but")
                    && is_subject_pronoun(ctx.word(n + 1))
                    && (after_quote(n) || brings_in_quotation())
                || next.ends_with("ing") && (cue_at(ctx, n) > 0 || after_quote(n) && !ctx.is_cap(n))
                || next == "citing"
                // "…, with Sen. John McCain calling it “…”": another
                // speaker's participle.
                || next == "with"
                    && (n + 2..s1.min(n + NOUN_PHRASE))
                        .take_while(|&j| ctx.tok(j) != ",")
                        .any(|j| ctx.word(j).ends_with("ing") && cue_at(ctx, j) > 0)
                || speaker_clause(ctx, n, s1)
                // "…, but offered no proof"; not "…, but she knows that …"
                // nor "…, but that …" or "…, but also …", the reported
                // speech going on.
                || next == "but"
                    && !is_subject_pronoun(ctx.word(n + 1))
                    && !matches!(ctx.word(n + 1), "that" | "also")
                    // "…, but is now “the worst thing …”": the quoted words
                    // after it are the speaker's still.
                    && !(n + 1..s1.min(n + CLAUSE_AFTER_CUE)).any(|j| is_quote_mark(ctx.tok(j)))
                || is_ly_adverb(next) && ctx.word(n + 1).ends_with("ing")
                // "…, though she did not discuss their terms", "“about
                // right,” though voters are …": the writer's concession.
                || matches!(next, "though" | "although")
                    && (is_subject_pronoun(ctx.word(n + 1)) || after_quote(n))
                // "“… out of business,” while trying to explain …": the
                // writer's participle after the closed quotation.
                || matches!(next, "while" | "before" | "after")
                    && after_quote(n)
                    && ctx.word(n + 1).ends_with("ing")
                // "…, while Maine Sen. Susan Collins suggested …", "…, while
                // China's foreign ministry weighed in": the writer sets
                // another's words beside these; not inside brackets,
                // "(Sanders leads …, while Clinton leads …)" being one aside.
                || next == "while"
                    && ctx.is_cap(n + 1)
                    && !(n.saturating_sub(CLAUSE)..n).any(|j| ctx.tok(j) == "(")
        }
        // “… Trump,” but conceded …: the comma closed inside the quotation.
        // "… for the nominee but did not say who": the speaker's own
        // denial, not what was said.
        "but" => {
            k >= 2
                && is_quote_mark(ctx.tok(k - 1))
                && ctx.tok(k - 2) == ","
                && !is_subject_pronoun(ctx.word(k + 1))
                && ctx.word(k + 1) != "also"
                || next_cue()
                || (ctx.lex.is(ctx.word(k + 1), WordClass::Auxiliary)
                    || matches!(ctx.word(k + 1), "did" | "does" | "do"))
                    && matches!(ctx.word(k + 2), "not" | "never")
                // "… but U.S. officials have said …": another speaker.
                || speaker_clause(ctx, k, s1)
        }
        // "calling him a “nice guy” and he didn't …": past the quoted
        // words, a clause with a subject of its own is the writer's.
        // "accuses Obama of “leading from behind” and Donald Trump says …":
        // so does another speaker's clause.
        // "… computers and she accused Trump of …": a speaker's own
        // clause.
        // "a woman asked for a photo and Clinton said, “…”": so does a
        // named speaker's, unless the name is joined to a subject before
        // it ("said both he and Rubio promised …").
        "and" => {
            let pronoun = is_subject_pronoun(ctx.word(k + 1));
            let named = ctx.is_cap(k + 1)
                && k >= 1
                && !ctx.is_cap(k - 1)
                && !is_subject_pronoun(ctx.word(k - 1))
                // "believe — and Sanders presumably believes — that …": an
                // aside of the writer's.
                && !is_dash(ctx, k - 1);
            next_cue()
                || after_quote(k) && pronoun
                || (after_quote(k) || pronoun || named) && speaker_clause(ctx, k, s1)
        }
        // "he’s “excited where we stand” as he faces …": past the quoted
        // words, the writer's time.
        "as" => after_quote(k) && is_subject_pronoun(ctx.word(k + 1)),
        // "… to back Clinton's campaign while adding, “…”": the speaker's
        // next statement.
        "while" => ctx.word(k + 1).ends_with("ing") && cue_at(ctx, k + 1) > 0,
        // "… called her son her hero before explaining why …": the
        // writer's participle.
        "before" | "after" => {
            let next = ctx.word(k + 1);
            next.len() > 5 && next.ends_with("ing") && !ctx.is_cap(k + 1)
        }
        // "… the “anchor (not) baby” — a play on words …": the writer's
        // aside after the quoted words, unless the dash is one of a pair
        // ("— “No to Free Lawyers” — for June 5").
        _ if is_dash(ctx, k) => {
            // "… running his campaign — and he singled out …": the
            // writer's clause with a subject of its own.
            if matches!(ctx.word(k + 1), "and" | "but") && is_subject_pronoun(ctx.word(k + 2)) {
                return true;
            }
            let s0 = ctx.sentences[ctx.sentence_of_token(k)].tokens.start;
            let mut near = k.saturating_sub(ASIDE).max(s0)..s1.min(k + ASIDE);
            after_quote(k) && opens_dash(ctx, k) && !near.any(|j| j != k && opens_dash(ctx, j))
        }
        _ => false,
    }
}

/// A clause opening at `k` with a speaker and a cue: "but he said",
/// "Ham also noted", "last week she said".
pub(super) fn speaker_clause(ctx: &Context, k: usize, s1: usize) -> bool {
    let mut start = if matches!(
        lower(ctx.word(k)).as_ref(),
        "but" | "and" | "while" | "although" | "though" | "yet"
    ) {
        k + 1
    } else {
        k
    };
    // "…, even a top strategist said": past an opening adverb.
    if start + 1 < s1
        && ctx
            .lex
            .is(&lower(ctx.word(start)), WordClass::OpeningAdverb)
    {
        start += 1;
    }
    // ", at the town hall this week she said": past an opening time.
    let start = (start + 2..s1.min(start + ADJUNCT))
        .rev()
        .find(|&j| opening_time(ctx, start, j))
        .unwrap_or(start);
    let Some(c) = (start + 1..s1.min(start + SPEAKER_CLAUSE)).find(|&c| cue_at(ctx, c) > 0) else {
        return false;
    };
    // "the old, insecure email server": a cue word in its base form after
    // a word that could not be its subject is a noun ("officials say",
    // "they warn" are verbs).
    let w = lower(ctx.word(c));
    let base = !(w.ends_with('s')
        || w.ends_with("ed")
        || w.ends_with("ing")
        || w == "said"
        || w == "told");
    let prev = ctx.word(c - 1);
    if base && !(prev.ends_with('s') || matches!(prev, "I" | "we" | "they" | "you")) {
        return false;
    }
    speaker_before(ctx, start, c).is_some_and(|(_, np_start)| np_start == start)
}
