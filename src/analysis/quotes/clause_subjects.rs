//! Where a clause's subject stands: at the sentence start, after a comma,
//! a conjunction, a relative pronoun or an opening time.

use super::*;

/// The phrase before the cue starts the clause: at the sentence start, after a
/// comma or a conjunction, or after an opening phrase.
pub(super) fn subject_position(ctx: &Context, s0: usize, np_start: usize) -> bool {
    // "including 18% who say …": a relative pronoun is its clause's subject.
    if np_start <= s0 || matches!(ctx.word(np_start), "who" | "which") {
        return true;
    }
    let prev = ctx.tok(np_start - 1);
    // "About 40 percent of voters said": a share with its approximation.
    if is_count(ctx, np_start)
        && matches!(
            lower(prev).as_ref(),
            "about" | "nearly" | "almost" | "roughly" | "only" | "just" | "some" | "over"
        )
    {
        return subject_position(ctx, s0, np_start - 1);
    }
    // "Recently she announced", "Later, he said": an adverb before the subject.
    let lp = lower(prev);
    // "Even the biggest hawks say": an adverb opening the phrase.
    if is_ly_adverb(&lp)
        || matches!(lp.as_ref(), "later" | "earlier" | "now" | "again")
        || ctx.lex.is(&lp, WordClass::OpeningAdverb)
    {
        return subject_position(ctx, s0, np_start - 1);
    }
    // "Last week she said", "…, at the town hall this week she said": an
    // opening time with no comma after it.
    let clause_opens = |j: usize| j <= s0 || opens_clause(ctx.tok(j - 1));
    // Its last word is checked once, not for every start.
    if ends_on_time(ctx, np_start)
        && (np_start.saturating_sub(ADJUNCT).max(s0)..np_start)
            .any(|j| clause_opens(j) && opens_time(ctx, j, np_start))
    {
        return true;
    }
    // "At the bottom it reads", "In the letter she wrote", "In a Bloomberg
    // interview Trump declared": a pronoun or a name after an opening
    // prepositional phrase with no comma.
    let opening_phrase = np_start <= s0 + ADJUNCT
        && opens_on_preposition(ctx, s0)
        && ctx.tokens[np_start - 1].kind == TokenKind::Word
        && (is_subject_pronoun(ctx.word(np_start))
            || ctx.is_cap(np_start)
                && !ctx.is_cap(np_start - 1)
                && (s0..np_start)
                    .all(|j| ctx.tokens[j].kind == TokenKind::Word && cue_at(ctx, j) == 0));
    // "A few days ago in an interview she said": after an opening with no
    // verb of its own.
    let after_opening = || {
        is_subject_pronoun(ctx.word(np_start))
            && long_subject(ctx, s0, np_start + 1) == Some(np_start)
    };
    opening_phrase || opens_clause(prev) || after_opening()
}

/// The sentence opening at `s0` opens on a preposition of time or place:
/// "At the bottom", "In a Bloomberg interview".
pub(super) fn opens_on_preposition(ctx: &Context, s0: usize) -> bool {
    matches!(
        lower(ctx.tok(s0)).as_ref(),
        "at" | "in" | "on" | "during" | "after" | "before" | "from" | "for"
    )
}

/// The subject starting at `np_start` opens a relative clause: "which she
/// said", "a letter that he said", "who officials say".
pub(super) fn after_relative(ctx: &Context, s0: usize, np_start: usize) -> bool {
    np_start > s0 && matches!(ctx.word(np_start - 1), "which" | "who" | "whom" | "that")
}

/// A subject may follow `prev`: a comma, a dash, a quotation mark or a
/// conjunction. A hyphen standing alone is a dash: "LONDON (Reuters) -
/// Trump said".
fn opens_clause(prev: &str) -> bool {
    matches!(
        prev,
        "," | ":" | ";" | "\u{2014}" | "\u{2015}" | "\u{2013}" | "-" | "("
    ) || is_quote_mark(prev)
        || matches!(
            lower(prev).as_ref(),
            "and"
                | "but"
                | "when"
                | "while"
                | "as"
                | "because"
                | "so"
                | "then"
                | "though"
                | "although"
                | "if"
                | "since"
                | "after"
                | "before"
                | "once"
                | "until"
                | "unless"
                | "where"
                | "whereas"
                | "why"
                | "how"
                | "yet"
                | "that"
                | "which"
                | "who"
                | "whom"
        )
}

/// "Democrats trying to regain control of the Senate in November say",
/// "Organizers of the push to boycott the speech said": a subject longer
/// than a noun phrase, with its participle, infinitive or relative clause,
/// running from the sentence's start to the cue at `k`. Where it starts,
/// when nothing in it could be a verb of the sentence's own; or the
/// pronoun before the cue when the words before it open the sentence.
pub(super) fn long_subject(ctx: &Context, s0: usize, k: usize) -> Option<usize> {
    let mut a = s0;
    while a < k && is_opening_conjunction(ctx.word(a)) {
        a += 1;
    }
    // "A few days ago in an interview he blasted …": a pronoun right
    // before the cue is the subject itself, after an opening adjunct.
    let pronoun = k > a && is_subject_pronoun(ctx.word(k - 1));
    // "With polls showing Cruz ahead, a story by Politico says": after an
    // opening phrase set off by its comma, a work by a named author.
    if !pronoun
        && ctx.lex.is(&lower(ctx.word(a)), WordClass::AdjunctOpener)
        && let Some(comma) = (k.saturating_sub(LONG_SUBJECT).max(a)..k)
            .rev()
            .find(|&j| ctx.tok(j) == ",")
    {
        let by_name = ctx.is_cap(k - 1) && (comma + 2..k - 1).any(|j| ctx.word(j) == "by");
        if !by_name {
            return None;
        }
        a = comma + 1;
    }
    let first = lower(ctx.word(a));
    // Else no preposition's phrase ("Amid what Politico called …"), but a
    // count's "At least".
    let preposition = ctx.lex.is(&first, WordClass::AdjunctOpener)
        && !matches!(lower(ctx.word(a + 1)).as_ref(), "least" | "most");
    let opens =
        ctx.is_cap(a) && !ctx.lex.is(&first, WordClass::Subordinator) && (pronoun || !preposition)
            || ctx.lex.is(&first, WordClass::Determiner)
            || ctx.tokens[a].kind == TokenKind::Number;
    if !(k >= a + 3 && k <= a + LONG_SUBJECT && opens) || is_subject_pronoun(&first) {
        return None;
    }
    let last = if pronoun { k - 1 } else { k };
    // A verb may stand only in a relative clause: "people I've spoken with",
    // "leaders who'd rather be working on …".
    let mut relative = false;
    for j in a..last {
        let t = ctx.tokens[j];
        let w = lower(ctx.tok(j));
        if t.kind == TokenKind::Punct {
            let inside_word = matches!(w.as_ref(), "'" | "\u{2019}" | "-" | "/")
                || w == "." && abbreviation_stop(ctx, j);
            if !inside_word {
                return None;
            }
            continue;
        }
        if matches!(w.as_ref(), "who" | "that" | "which")
            || j > a && is_subject_pronoun(ctx.word(j))
        {
            relative = true;
        }
        // "in May": a capitalised word is no verb.
        let verb = !(j > a && ctx.is_cap(j))
            && (ctx.lex.is(&w, WordClass::Auxiliary) || ctx.lex.is(&w, WordClass::PastVerb));
        // "A fisherman who worked here said he heard Obi": a cue with a
        // clause of its own after it ends any subject.
        let cue = cue_at(ctx, j) > 0;
        let reports = cue && (j + 1..last).any(|x| is_subject_pronoun(ctx.word(x)));
        if (verb || cue) && !relative || reports || w == "that" && j == a {
            return None;
        }
    }
    match pronoun {
        true if relative => None,
        true => Some(last),
        false => Some(a),
    }
}

/// The subject of the subordinate clause a participle at `p`, after its
/// comma, hangs on: "…, when Sanders protesters interrupted her speech,
/// shouting …", "…, though in a news conference he used stronger
/// language, saying …". None when no conjunction opens a clause between
/// the sentence's start at `s0` and the comma. The person seen or
/// remembered doing something does the participle too ("I remember Karl
/// Obi going on TV in May, declaring …").
pub(super) fn hanging_subject(
    ctx: &Context,
    s0: usize,
    p: usize,
) -> Option<std::ops::Range<usize>> {
    if p < s0 + 3 || ctx.tok(p - 1) != "," {
        return None;
    }
    let comma = p - 1;
    let lo = comma.saturating_sub(CLAUSE).max(s0 + 1);
    if let Some(np) = perceived_doing(ctx, lo, comma) {
        return Some(np);
    }
    // The clause runs from its subordinator to the comma, with no comma
    // of its own: "…, as Mrs. Clinton echoed the criticism, saying".
    let j = (lo..comma)
        .rev()
        .take_while(|&j| ctx.tok(j) != "," && !is_quote_mark(ctx.tok(j)))
        // Not "after", "before", "since": prepositions too ("went after
        // Bush, calling him …" is Trump's).
        .find(|&j| {
            matches!(
                ctx.word(j),
                "when"
                    | "while"
                    | "though"
                    | "although"
                    | "because"
                    | "whereas"
                    | "if"
                    | "unless"
                    | "where"
            ) || ctx.word(j) == "as" && ctx.tok(j - 1) == ","
                || ctx.word(j) == "who"
                // "a Web ad in which children bash a dollhouse, yelling".
                || ctx.word(j) == "which" && ctx.lex.is(&lower(ctx.word(j - 1)), WordClass::AdjunctStart)
        })?;
    // "…, a professor named Eric Kingson, who is running for Congress and
    // who worked the crowd, praising …": a relative clause's person, the
    // first "who" set off by its comma.
    if ctx.word(j) == "who" {
        // Not "FIFA, who is under investigation, saying …": a clause that
        // describes its person, doing nothing, leaves the participle to
        // the sentence's subject.
        if matches!(
            ctx.word(j + 1),
            "is" | "was" | "are" | "were" | "has" | "had"
        ) && !ctx.word(j + 2).ends_with("ing")
        {
            return None;
        }
        let mut w = j;
        while ctx.tok(w - 1) == "and"
            && let Some(earlier) = (lo..w - 1)
                .rev()
                .take_while(|&x| ctx.tok(x) != "," && !is_quote_mark(ctx.tok(x)))
                .find(|&x| ctx.word(x) == "who")
        {
            w = earlier;
        }
        if w <= s0 + 1 || ctx.tok(w - 1) != "," {
            return None;
        }
        let start = np_back(ctx, s0, w - 1);
        return (start < w - 1 && ctx.is_cap(w - 2)).then_some(start..w - 1);
    }
    // A pronoun in the clause is its subject, past an opening adjunct.
    if let Some(k) = (j + 1..comma).find(|&k| is_subject_pronoun(ctx.word(k))) {
        return Some(k..k + 1);
    }
    // "where about 50 protesters had gathered, chanting": a count opens
    // a subject too.
    let a = if ctx.word(j + 1) == "about" {
        j + 2
    } else {
        j + 1
    };
    if a >= comma {
        return None;
    }
    let first = lower(ctx.word(a));
    let count = ctx
        .tokens
        .get(a)
        .is_some_and(|t| t.kind == TokenKind::Number);
    // "in which children use …": a bare noun for people is the subject
    // alone.
    if ctx.lex.is(&first, WordClass::PersonNoun) {
        return Some(a..a + 1);
    }
    if !(ctx.is_cap(a) || ctx.lex.is(&first, WordClass::Determiner) || count) {
        return None;
    }
    subject_of(ctx, a, comma)
}
