//! Where a clause's subject stands: at the sentence start, after a comma,
//! a conjunction, a relative pronoun or an opening time; and the
//! sentence's own subject.

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

/// The sentence's subject: its first noun phrase before `c`.
pub(super) fn subject_of(ctx: &Context, s0: usize, c: usize) -> Option<std::ops::Range<usize>> {
    let s0 = after_opening_time(ctx, s0, c).unwrap_or(s0);
    // "And although he thanked them, he …": past an opening conjunction.
    let s0 =
        if s0 + 1 < c && is_opening_conjunction(ctx.word(s0)) && opens_with_adjunct(ctx, s0 + 1) {
            s0 + 1
        } else {
            s0
        };
    let mut k = s0;
    // "During a speech on Monday, Trump …", "Following a meeting, the
    // council …": the subject follows the opening phrase.
    // "First, Trump …", "Separately, the council …": an adverb set off.
    let opening_adverb = {
        let w = lower(ctx.word(s0));
        ctx.tok_or(s0 + 1) == ","
            && (ctx.lex.is(&w, WordClass::TimeWord)
                || is_ly_adverb(&w)
                || matches!(w.as_ref(), "first" | "second" | "third"))
    };
    if (opens_with_adjunct(ctx, s0)
        || opening_adverb
        || matches!(
            lower(ctx.word(s0)).as_ref(),
            "meanwhile" | "however" | "still"
        ))
        && let Some(comma) = (s0..c).find(|&j| ctx.tok(j) == ",")
    {
        k = comma + 1;
        // "In Ames, Iowa, on Sunday, Mrs. Clinton …": the opening phrase
        // runs on through a place's region and a time.
        for _ in 0..ADJUNCT_TAILS {
            match (k..c).take(4).find(|&j| ctx.tok(j) == ",") {
                Some(next) if adjunct_tail(ctx, k, next) => k = next + 1,
                _ => break,
            }
        }
    }
    while k < c && ctx.tokens[k].kind == TokenKind::Punct {
        k += 1;
    }
    k = past_opening_clause(ctx, k, c);
    // "When Trump referred to … and said …": the subject of a subordinate
    // clause whose comma comes after the cue.
    if k == s0 && k + 1 < c && ctx.lex.is(&lower(ctx.word(k)), WordClass::Subordinator) {
        k += 1;
    }
    // "Then he cut into Bush": an adverb or a conjunction before the subject.
    while k + 1 < c
        && matches!(
            lower(ctx.word(k)).as_ref(),
            "then" | "later" | "now" | "also" | "and" | "but" | "so" | "yet" | "still"
        )
    {
        k += 1;
    }
    // "she declined to …": a pronoun is the whole subject.
    if matches!(
        lower(ctx.word(k)).as_ref(),
        "he" | "she" | "they" | "we" | "i" | "it"
    ) {
        return Some(k..k + 1);
    }
    let mut e = k;
    while e < c
        && (ctx.tokens[e].kind != TokenKind::Punct
            // "Dr. Helen Park", "Frank G. Jackson": the stop of an
            // abbreviation or an initial.
            || e > k && abbreviation_stop(ctx, e)
            // "76-year-old Morton Blackwell": a hyphen inside a word.
            || ctx.tok(e) == "-" && e > k && joined_hyphen(ctx, e))
        && !ctx.lex.is(&lower(ctx.word(e)), WordClass::NpBreak)
        // "The Post", "The Report": a capitalised cue word inside a name.
        && !(ctx.lex.is_cue(ctx.word(e)) && !(e > k && ctx.is_cap(e)))
        // "Bolton distanced himself …", "Fiorina threw her support …": a
        // verb in the past after a name ends the subject.
        && !(e > k && !ctx.is_cap(e) && ctx.lex.is(ctx.word(e), WordClass::PastVerb))
        // "The Rove ad hits Clinton for …": a verb in -s after a singular
        // noun, before a name or a determiner, ends the subject.
        && !(e > k && present_verb(ctx, e))
        // "The League strongly denounced …", "Trump later defended …": an
        // adverb ends the subject.
        && !(e > k
            && !ctx.is_cap(e)
            && (is_ly_adverb(ctx.word(e)) || ctx.lex.is(ctx.word(e), WordClass::TimeWord)))
        // "The retired neurosurgeon": a word in -ed after a determiner is an
        // adjective; after a name or a noun ("The neurosurgeon addressed")
        // it is the verb.
        && !(e > k
            && !ctx.is_cap(e)
            && is_ed_form(ctx.word(e))
            && ctx.word(e) != "hundred"
            && !ctx.lex.is(&lower(ctx.word(e - 1)), WordClass::Determiner)
            && (k..e).any(|j| !ctx.lex.is(&lower(ctx.word(j)), WordClass::Determiner)))
    {
        e += 1;
    }
    if let Some(name) = named_after(ctx, k, e, c) {
        return Some(name);
    }
    (e > k && e - k <= NOUN_PHRASE).then_some(k..e)
}

/// "On Tuesday, even as shares were tumbling, Mr. Ackman wrote": a
/// subordinate clause at `k` closed by its comma before `c`; the subject
/// follows it. Else `k`.
fn past_opening_clause(ctx: &Context, k: usize, c: usize) -> usize {
    let sub = k + usize::from(ctx.word(k).eq_ignore_ascii_case("even"));
    if !ctx.lex.is(&lower(ctx.word(sub)), WordClass::Subordinator) {
        return k;
    }
    (sub + 1..c.min(sub + CLAUSE))
        .find(|&j| ctx.tok(j) == ",")
        .filter(|&comma| comma + 1 < c)
        .map_or(k, |comma| comma + 1)
}

/// A hyphen at `j` with no space either side: "76-year-old".
fn joined_hyphen(ctx: &Context, j: usize) -> bool {
    j + 1 < ctx.tokens.len()
        && ctx.tokens[j - 1].end() == ctx.tokens[j].start()
        && ctx.tokens[j].end() == ctx.tokens[j + 1].start()
}

/// "The port's leader, Karl Obi, backed …": a description opening on a
/// determiner, then the name set off by commas; the name is the subject.
fn named_after(ctx: &Context, k: usize, e: usize, c: usize) -> Option<std::ops::Range<usize>> {
    let described = e > k && opens_description(ctx, k);
    if !described || ctx.tok_or(e) != "," {
        return None;
    }
    let start = e + 1;
    let end = (start..c.min(start + SET_OFF_NAME + 1)).find(|&j| ctx.tok(j) == ",")?;
    let name = start..end;
    (!name.is_empty()
        && ctx.is_cap(start)
        && name.clone().all(|j| ctx.is_cap(j) || ctx.tok(j) == "."))
    .then_some(name)
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
    let first = lower(ctx.word(a));
    let opens = ctx.is_cap(a) && !ctx.lex.is(&first, WordClass::Subordinator)
        || ctx.lex.is(&first, WordClass::Determiner)
        || ctx.tokens[a].kind == TokenKind::Number;
    if !(k >= a + 3 && k <= a + LONG_SUBJECT && opens) || is_subject_pronoun(&first) {
        return None;
    }
    // "A few days ago in an interview he blasted …": a pronoun right
    // before the cue is the subject itself, after an opening adjunct.
    let pronoun = is_subject_pronoun(ctx.word(k - 1));
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
/// the sentence's start at `s0` and the comma.
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
        })?;
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
    if !(ctx.is_cap(a) || ctx.lex.is(&first, WordClass::Determiner) || count) {
        return None;
    }
    subject_of(ctx, a, comma)
}

/// A verb in the present at `e` after the head of its subject: "(The
/// Rove ad) hits Clinton", "(The campaign) blames the press", "(All of
/// the candidates) oppose Obama's actions".
fn present_verb(ctx: &Context, e: usize) -> bool {
    let w = ctx.word(e);
    let head = ctx.word(e - 1);
    let plural = |w: &str| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
    let singular_verb = plural(w) && !head.ends_with('s');
    // Not "(the) campaign communications director Jennifer Palmieri".
    let plural_verb = plural(head)
        && !is_possessive_mark(head)
        && w.len() > 2
        && !w.ends_with('s')
        && !w.ends_with("ed")
        && !w.ends_with("ing")
        && !ctx.lex.is(w, WordClass::Determiner)
        && !ctx.lex.is(w, WordClass::PersonNoun);
    (singular_verb || plural_verb)
        && !ctx.is_cap(e)
        && !ctx.is_cap(e - 1)
        && ctx.tokens[e - 1].kind == TokenKind::Word
        && !ctx.lex.is(&lower(head), WordClass::Determiner)
        && (ctx.is_cap(e + 1) || ctx.lex.is(ctx.word(e + 1), WordClass::Determiner))
}
