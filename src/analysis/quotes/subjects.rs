//! The speaker before a cue: the nearest noun phrase with its appositive,
//! or the phrase right after a quotation.

use super::*;

/// The speaker before a cue: "a senior law enforcement official", "he",
/// "Wang, the public security minister,". Returns the phrase and where the
/// whole subject (with any appositive) starts.
pub(super) fn speaker_before(
    ctx: &Context,
    s0: usize,
    c: usize,
) -> Option<(std::ops::Range<usize>, usize)> {
    let near = nearest_speaker(ctx, s0, c);
    // "“A,” Harry Bond, 30, of Raleigh, who was polled, said": when the
    // nearest phrase follows a comma, not the quotation, the phrase with
    // commas between the quotation and the cue names the speaker whole.
    let after_comma = near
        .as_ref()
        .is_none_or(|(_, start)| *start > s0 && ctx.tok(start - 1) == ",");
    match after_comma
        .then(|| phrase_after_quote(ctx, s0, c))
        .flatten()
    {
        Some(np) if near.as_ref().is_none_or(|(_, start)| *start > np.start) => {
            let start = np.start;
            Some((np, start))
        }
        _ => near,
    }
}

/// The noun phrase right before a cue, with an appositive.
pub(super) fn nearest_speaker(
    ctx: &Context,
    s0: usize,
    c: usize,
) -> Option<(std::ops::Range<usize>, usize)> {
    let mut k = c;
    let mut aside = false;
    loop {
        let before = k;
        while k > s0
            && !ctx.is_cap(k - 1)
            && (ctx.lex.is(&lower(ctx.word(k - 1)), WordClass::Adverb)
                || is_ly_adverb(ctx.word(k - 1))
                // "and began talking about": a verb of starting or keeping
                // on before a participle.
                || ctx.word(c).ends_with("ing") && is_aspect_verb(ctx.word(k - 1))
                // "he didn't think", "they won’t say".
                || ctx.word(k - 1).ends_with("n't")
                || ctx.word(k - 1).ends_with("n’t"))
        {
            k -= 1;
        }
        // "in 2010 said", "last week said": a time between speaker and cue;
        // not "four in 10 said", a share.
        if k >= s0 + 2
            && (ctx.tokens[k - 1].kind == TokenKind::Number
                || is_time_word(ctx, ctx.word(k - 1))
                || is_time_unit(ctx.word(k - 1)))
            && matches!(
                ctx.word(k - 2),
                "in" | "on" | "since" | "last" | "this" | "earlier" | "later"
            )
            && !(k >= s0 + 3 && ctx.word(k - 2) == "in" && is_count(ctx, k - 3))
        {
            k -= 2;
        }
        // "Sean Spicer on Thursday evening said": a day and its part.
        if k >= s0 + 3
            && matches!(
                ctx.word(k - 1),
                "morning" | "afternoon" | "evening" | "night"
            )
            && is_weekday(ctx, ctx.word(k - 2))
            && matches!(ctx.word(k - 3), "on" | "late" | "early" | "last")
        {
            k -= 3;
        }
        // A party and state after a name: "Gov. Pat McCrory (R) said",
        // "Gov. John Kasich (R-OH), said".
        let close = if k > s0 + 1 && ctx.tok(k - 1) == "," && ctx.tok(k - 2) == ")" {
            k - 1
        } else {
            k
        };
        if close > s0
            && ctx.tok(close - 1) == ")"
            && let Some(open) = (close.saturating_sub(8).max(s0)..close - 1)
                .rev()
                .find(|&j| ctx.tok(j) == "(")
            && (close == k || ctx.is_cap(open + 1))
        {
            k = open;
        }
        // "Donald Trump - who said he would “bomb …” oil fields - said",
        // "Jason Sims — a teacher from Mount Pleasant — says": an aside
        // between dashes stands between the speaker and the cue.
        let mut close = k;
        while close > s0 && is_dash(ctx, close - 1) {
            close -= 1;
        }
        if close < k
            && let Some(mut open) = (close.saturating_sub(ASIDE).max(s0 + 1)..close)
                .rev()
                .find(|&j| is_dash(ctx, j))
        {
            while open > s0 + 1 && is_dash(ctx, open - 1) {
                open -= 1;
            }
            k = open;
            aside = true;
        }
        if k == before {
            break;
        }
    }
    if aside && let Some(found) = name_before_aside(ctx, s0, k) {
        return Some(found);
    }
    // "credited the movement for speaking out …", "praised Trump for
    // saying …": the gerund's subject is the object before "for".
    if k > s0 + 1 && ctx.word(k - 1) == "for" && ctx.word(c).ends_with("ing") {
        let start = np_back(ctx, s0, k - 1);
        return (start < k - 1).then_some((start..k - 1, start));
    }
    // "we watch the negotiators relentlessly referring to …", "with many
    // marchers chanting “…”": a participle's subject is the noun phrase
    // after a verb of seeing or hearing, or after "with".
    match ctx
        .word(c)
        .ends_with("ing")
        .then(|| perceived_from(ctx, s0, k))
        .flatten()
    {
        Some((j, false)) => return Some((j + 1..k, j + 1)),
        Some((j, true)) => {
            let np = subject_of(ctx, s0, j - 1)?;
            let start = np.start;
            return Some((np, start));
        }
        None => {}
    }
    // "McConnell, who said …": the relative pronoun speaks for its antecedent.
    if k > s0 && ctx.word(k - 1).eq_ignore_ascii_case("who") {
        return Some((k - 1..k, k - 1));
    }
    // "X bemoaned the unrest and said …": the subject of both verbs, also
    // past an adjunct ("and in an interview said").
    let (k, conjoined) = match adjunct_after_conjunction(ctx, s0, k) {
        Some(after) => (after, true),
        None => (
            k,
            k > s0 && matches!(ctx.word(k - 1), "and" | "but") && c - k <= 2,
        ),
    };
    if conjoined {
        // "I laughed and said", "after she attacked the police and blamed":
        // the pronoun that is the first verb's subject.
        let pronoun = |j: usize| {
            matches!(
                ctx.word(j),
                "I" | "he" | "she" | "we" | "they" | "He" | "She" | "We" | "They"
            )
        };
        if let Some(j) = (k.saturating_sub(FIRST_VERB).max(s0)..k - 1)
            .rev()
            .find(|&j| {
                // Not the subject of what a cue reports: "The president
                // noted that he taught law, and added" is the president's.
                let reported = j >= s0 + 2 && ctx.word(j - 1) == "that" && cue_at(ctx, j - 2) > 0;
                pronoun(j)
                    && !reported
                    && (subject_position(ctx, s0, j)
                        || matches!(
                            ctx.word(j - 1),
                            "after" | "before" | "when" | "because" | "since" | "if" | "that"
                        ))
            })
        {
            return Some((j..j + 1, j));
        }
        // "…, such as when Cruz knocked Rubio and called him …": else the
        // name opening a subordinate clause.
        let subordinate = || {
            let j = (k.saturating_sub(FIRST_VERB).max(s0 + 1)..k - 1)
                .rev()
                .find(|&j| {
                    ctx.is_cap(j) && ctx.lex.is(&lower(ctx.word(j - 1)), WordClass::Subordinator)
                })?;
            let e = (j..k - 1)
                .find(|&e| !(ctx.is_cap(e) || abbreviation_stop(ctx, e)))
                .unwrap_or(k - 1);
            Some(j..e)
        };
        let np = subject_of(ctx, s0, k - 1).or_else(subordinate)?;
        let start = np.start;
        return Some((np, start));
    }
    // Appositive: "Wang, the public security minister, said"; its comma
    // may close inside a title's marks ("Washington, star of “Scandal,”
    // thanked").
    let ce = title_comma(ctx, s0, k).unwrap_or(k.saturating_sub(1));
    if k > s0 && ctx.tok(ce) == "," {
        return appositive(ctx, s0, k, ce).or_else(|| head_of_relative(ctx, s0, k, ce));
    }
    // "… who gained attention when he yelled": a pronoun right before the
    // cue is its subject, whatever clause holds it.
    if k > s0 && k == c && is_subject_pronoun(ctx.word(k - 1)) {
        return Some((k - 1..k, k - 1));
    }
    // "A White House official who spoke anonymously said", "The officials
    // whose laws were struck down say": the head of a relative clause with
    // no comma speaks.
    let relative = |j: usize| matches!(ctx.word(j), "who" | "whose");
    let lo = k.saturating_sub(APPOSITIVE).max(s0 + 1);
    // "… who worshiped here said he heard Mateen denounce …": a cue
    // whose own clause has a subject after it ends the search.
    let clause_before = |to: usize| {
        (lo..to)
            .rev()
            .find(|&j| {
                relative(j)
                    || matches!(ctx.tok(j), "," | ":" | ";")
                    || is_quote_mark(ctx.tok(j))
                    || cue_at(ctx, j) > 0 && (j + 1..to).any(|x| is_subject_pronoun(ctx.word(x)))
            })
            .filter(|&j| relative(j))
    };
    // "… who worshiped here and who did not want to be named said": the
    // first of two joined clauses.
    let who = clause_before(k).map(|who| {
        if who > lo + 1 && ctx.word(who - 1) == "and" {
            clause_before(who - 1).unwrap_or(who)
        } else {
            who
        }
    });
    if let Some(who) = who
        && ctx.tok(who - 1) != ","
        && let start = np_back(ctx, s0, who)
        && start < who
        && subject_position(ctx, s0, start)
    {
        return Some((start..who, start));
    }
    let start = joined_subject(ctx, s0, np_back(ctx, s0, k), k);
    if let Some(name) = name_after_opening_phrase(ctx, s0, start, k) {
        return Some((name.clone(), name.start));
    }
    if (start >= k || !subject_position(ctx, s0, start))
        && let Some(whole) = long_subject(ctx, s0, k)
    {
        return Some((whole..k, whole));
    }
    (start < k).then_some((start..k, start))
}
