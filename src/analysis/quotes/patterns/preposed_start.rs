//! Where what a pre-posed cue reports begins: past the listener, the
//! verb's particle, the day and any adjunct between the cue and what was
//! said ("told reporters on Friday that …").

use super::*;

/// The first token of what the cue at `at` reports, its subject starting
/// at `np_start` and its clause ending before `s1`; None when nothing is
/// reported ("responded by saying …" leaves it to the participle).
pub(super) fn preposed_start(at: &CueAt, np_start: usize, s1: usize) -> Option<usize> {
    let (ctx, quotes, after) = (at.ctx, at.quotes, at.after);
    let cw: &str = &at.cw;
    let mut a = after;
    if tells_someone(cw) {
        // "“…?” Trump asked reporters …": the subject right after a
        // quotation (in its sentence or, after "?", the one before).
        let attributes_before = np_start >= 1 && quotes.at(np_start - 1).is_some();
        a = past_listener(ctx, quotes, a, s1, attributes_before)?;
    }
    // "wrote back that …", "shot back: …": the verb's particle is no part
    // of what was said.
    if a == after && a + 1 < s1 && ctx.word(a) == "back" {
        a += 1;
    }
    // "said quietly, “…”", "responds enthusiastically: “…”": so is a
    // manner adverb before the quotation.
    if a == after
        && is_ly_adverb(ctx.word(a))
        && matches!(ctx.tok_or(a + 1), "," | ":")
        && quotes.opens_at(ctx, a + 2)
    {
        a += 1;
    }
    // "referred to Rubio as “…”": so is "to".
    if a == after && ctx.lex.cue_word(cw).as_quoted {
        a += 1;
    }
    // "said, and I quote, “…”": the writer's aside before the quotation.
    if a == after
        && let Some(e) = i_quote_end(ctx, a)
    {
        a = e;
    }
    // "said Wednesday that …", "said Tuesday, “…”", "said Monday the
    // ferry …": the day is no part of what was said.
    if a == after
        && a + 1 < s1
        && is_time_word(ctx, ctx.word(a))
        && (ctx.tok(a + 1) == ","
            || ctx.word(a + 1) == "that"
            || quotes.at(a + 1).is_some()
            || is_weekday(ctx, ctx.word(a))
                && (is_subject_pronoun(ctx.word(a + 1))
                    || ctx.lex.is(ctx.word(a + 1), WordClass::Determiner)))
    {
        a += 1;
    }
    // "warned voters that …", "promised his supporters that …": a
    // listener before "that" is no part of what was said.
    if a == after
        && may_name_listener(cw)
        && let Some(t) = listener_before_that(ctx, a, s1)
    {
        a = t;
    }
    a = skip_that(ctx, a, s1);
    if a >= s1 {
        return None;
    }
    // "responded by saying …", "responded to the tweet by calling him
    // “dopey”": the participle after "by" is the cue that reports.
    if a == after
        && (a..s1.min(a + CLAUSE_AFTER_CUE)).any(|k| {
            ctx.word(k) == "by" && ctx.word(k + 1).ends_with("ing") && cue_at(ctx, k + 1) > 0
        })
        && quote_soon(quotes, a, s1.min(a + 1)).is_none()
    {
        return None;
    }
    // "said of the election that …", "said in an interview: …": an adjunct
    // between the cue and what was said. A clause opening with "but" or "and"
    // is the writer's own.
    if a == after || !ctx.word(a - 1).eq_ignore_ascii_case("that") {
        let w = lower(ctx.word(a));
        // "describing as “unhinged”": what the speaker called it.
        let as_quoted = w == "as" && quote_soon(quotes, a, s1.min(a + 4)).is_some();
        // "said because Obama is popular, “he's a very good surrogate”": a
        // subordinate clause whose comma opens a quotation is what was said.
        let quoted_after_clause = ctx.lex.is(&w, WordClass::Subordinator)
            && (a + 2..s1.min(a + CLAUSE))
                .find(|&k| ctx.tok(k) == ",")
                .is_some_and(|k| quotes.opens_at(ctx, k + 1));
        if ctx.lex.is(&w, WordClass::ClauseBreak) && !as_quoted && !quoted_after_clause {
            return None;
        }
        // "told the crowd to …" and "promised to release …" are what was
        // said, not an adjunct.
        let next = ctx.word(a + 1);
        // "vowed to “take our fight” to the states": so is a quoted verb.
        let infinitive = w == "to"
            && (a > after
                || !next.is_empty()
                    && !ctx.is_cap(a + 1)
                    && !ctx.lex.is(next, WordClass::Determiner)
                || quotes.opens_at(ctx, a + 1));
        // "said this week", not "say this is …": a time, not a subject.
        let demonstrative = matches!(w.as_ref(), "this" | "last") && !ends_on_time(ctx, a + 2);
        if ctx.lex.is(&w, WordClass::AdjunctStart) && !infinitive && !demonstrative {
            a = skip_that(ctx, adjunct_end(ctx, a, s1, quotes)?, s1);
            // "said on her Facebook page, in all capital letters, “…”": a
            // second adjunct, set off by commas, before a quotation.
            if a < s1
                && ctx.tok(a - 1) == ","
                && ctx.lex.is(&lower(ctx.word(a)), WordClass::AdjunctStart)
                && let Some(e) = adjunct_end(ctx, a, s1, quotes)
                && ctx.tok(e - 1) == ","
                && quotes.at(e).is_some()
            {
                a = e;
            }
            if a >= s1 {
                return None;
            }
            // "generals who agree with him, Benjamin said he …": past the
            // adjunct, another speaker's clause; the cue reports nothing.
            if ctx.tok(a - 1) == "," && quotes.at(a).is_none() && speaker_clause(ctx, a, s1) {
                return None;
            }
        }
    }
    Some(a)
}

/// The "that" after a listener opening at `a`: an object pronoun, a name,
/// or a phrase for people ("voters", "his supporters", "the crowd"), with
/// no verb of its own.
fn listener_before_that(ctx: &Context, a: usize, s1: usize) -> Option<usize> {
    let t = (a + 1..s1.min(a + LISTENER_PHRASE)).find(|&k| ctx.word(k) == "that")?;
    let words = (a..t).all(|k| {
        let w = ctx.word(k);
        ctx.tokens[k].kind == TokenKind::Word
            && cue_at(ctx, k) == 0
            && (ctx.is_cap(k) || !(w.ends_with("ed") || w.ends_with("ing")))
    });
    let head = lower(ctx.word(t - 1));
    let people = |w: &str| {
        is_person_noun(ctx, w)
            || matches!(w, "crowd" | "audience" | "public" | "nation" | "country")
    };
    let listener = if t == a + 1 {
        is_object_pronoun(ctx.word(a)) || ctx.word(a) == "you" || ctx.is_cap(a) || people(&head)
    } else {
        people(&head) || (a..t).all(|k| ctx.is_cap(k) || abbreviation_stop(ctx, k))
    };
    (words && listener).then_some(t)
}
