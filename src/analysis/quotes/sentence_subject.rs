//! The sentence's own subject: its first noun phrase, past an opening
//! phrase, adverb or subordinate clause, up to the verb.

use super::*;

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
    // "First, Trump …", "Separately, the council …": an adverb set off.
    let opening_adverb = {
        let w = lower(ctx.word(s0));
        ctx.tok_or(s0 + 1) == ","
            && (ctx.lex.is(&w, WordClass::TimeWord)
                || is_ly_adverb(&w)
                || matches!(w.as_ref(), "first" | "second" | "third"))
    };
    // "On Sunday morning Mr. Trump …": an opening time with no comma, all
    // its words after the first times ("At a June Trump campaign event"
    // is a place), before a name, a determiner or a pronoun.
    let bare_time = (s0 + 1..c.min(s0 + OPENER)).rev().find(|&e| {
        opening_time(ctx, s0, e)
            && (s0 + 1..e)
                .all(|j| ctx.tokens[j].kind == TokenKind::Number || ends_on_time(ctx, j + 1))
            && (ctx.is_cap(e)
                || is_subject_pronoun(&lower(ctx.word(e)))
                || ctx.lex.is(&lower(ctx.word(e)), WordClass::Determiner))
    });
    // "During a speech on Monday, Trump …", "Following a meeting, the
    // council …": the subject follows the opening phrase.
    if let Some(e) = bare_time {
        k = e;
    } else if (opens_with_adjunct(ctx, s0)
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
        // So does a second adjunct set off by commas: "In his first
        // reaction, during an interview, Mr. Trump …", and a relative
        // clause on the opening phrase's place: "Speaking in New Hampshire,
        // which votes on Tuesday, Bush …".
        for _ in 0..ADJUNCT_TAILS {
            match (k..c).take(CLAUSE).find(|&j| ctx.tok(j) == ",") {
                Some(next)
                    if next + 1 < c
                        && matches!(ctx.word(k), "which" | "where")
                        && (k + 1..next)
                            .all(|j| !is_quote_mark(ctx.tok(j)) && cue_at(ctx, j) == 0) =>
                {
                    k = next + 1
                }
                Some(next) if next >= k + ADJUNCT => break,
                Some(next) if next < k + ADJUNCT_TAIL && adjunct_tail(ctx, k, next) => k = next + 1,
                Some(next) if next + 1 < c && coordinate_adjective(ctx, k, next) => k = next + 1,
                Some(next)
                    if next + 1 < c
                        && ctx.lex.is(&lower(ctx.word(k)), WordClass::AdjunctOpener)
                        && clause_free(ctx, k, next)
                        // "about 200 protesters congregated in …": a count
                        // and its verb are the subject's.
                        && ctx.tokens[k + 1].kind != TokenKind::Number
                        && !(k..next).any(|j| is_ed_form(ctx.word(j))) =>
                {
                    k = next + 1
                }
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
    // "about 200 protesters congregated": the subject is the count.
    if ctx.word(k) == "about" && k + 1 < c && ctx.tokens[k + 1].kind == TokenKind::Number {
        k += 1;
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
            && (is_ly_adverb(ctx.word(e))
                || ctx.lex.is(ctx.word(e), WordClass::TimeWord)
                // "The employee first said", not "The first lady".
                || ctx.lex.is(ctx.word(e), WordClass::Adverb)
                    && !ctx.lex.is(&lower(ctx.word(e - 1)), WordClass::Determiner)))
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

/// "Following a swiftly called, late-afternoon meeting, the council …":
/// `a..b`, after the opening phrase's first comma, is the rest of its noun
/// phrase, a word or two in lower case with no verb ("After the vote,
/// members cheered, …" and "…, voters decide, …" have theirs).
fn coordinate_adjective(ctx: &Context, a: usize, b: usize) -> bool {
    b > a
        && b <= a + COORDINATE_TAIL
        && !ctx.word(a).ends_with('s')
        && (a..b).all(|k| {
            let w = ctx.word(k);
            ctx.tokens[k].kind == TokenKind::Word
                && !ctx.is_cap(k)
                && cue_at(ctx, k) == 0
                && !is_ed_form(w)
                && !ctx.lex.is(w, WordClass::PastVerb)
                && !ctx.lex.is(w, WordClass::Determiner)
                && !is_subject_pronoun(w)
        })
}
