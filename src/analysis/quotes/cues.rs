//! Speech cues: the cue at a token, multi-word cues, the nouns that do
//! not take a cue.

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
    // "the Democratic state’s party convention", "shake up states'
    // political leanings": a possessive is a noun's, and its apostrophe
    // opens no quotation.
    let possessive = matches!(ctx.tok_or(c + 1), "’s" | "'s")
        || w.ends_with('s')
            && matches!(ctx.tok_or(c + 1), "'" | "’")
            && ctx.tokens[c].end() == ctx.tokens[c + 1].start()
            && ctx
                .tokens
                .get(c + 2)
                .is_some_and(|t| t.kind == TokenKind::Word && t.start() > ctx.tokens[c + 1].end());
    if possessive {
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
    // "said, and I quote, “…”": the writer's aside, no cue of its own.
    if w.eq_ignore_ascii_case("quote") && c >= 2 && i_quote_end(ctx, c - 2).is_some() {
        return 0;
    }
    // "the rules", "Editor's note", "24 states": the word is a noun here;
    // so after a compound and a possessive ("his 60-page ruling"; "the
    // 43-year-old asked" is the compound's verb).
    let compound = c >= 4
        && ctx.tok(c - 2) == "-"
        && ctx.tokens[c - 3].end() == ctx.tokens[c - 2].start()
        && ctx.tokens[c - 2].end() == ctx.tokens[c - 1].start();
    let prev = lower(ctx.word(c.wrapping_sub(1)));
    let before_compound = compound
        && matches!(
            lower(ctx.word(c - 4)).as_ref(),
            "his" | "her" | "its" | "their" | "our" | "my" | "your" | "’s" | "'s"
        );
    // "He’s claiming": after a pronoun, ’s is "is".
    let contraction = matches!(prev.as_ref(), "’s" | "'s")
        && matches!(
            lower(ctx.word(c.wrapping_sub(2))).as_ref(),
            "he" | "she" | "it" | "that" | "what" | "who" | "there"
        );
    // "one of the biggest challenges": a superlative before a noun.
    // Not a name: "Josh Earnest argued".
    let superlative = !ctx.is_cap(c.wrapping_sub(1))
        && prev.len() > 5
        && prev.ends_with("est")
        && !matches!(
            prev.as_ref(),
            "suggest" | "request" | "protest" | "arrest" | "contest" | "attest" | "invest"
        )
        || matches!(ctx.word(c.wrapping_sub(1)), "best" | "worst");
    // "in response to questions", "to claims": an infinitive takes no -s.
    let after_to = prev == "to" && w.ends_with('s') && !w.ends_with("ss");
    // "Another question asked …", "every comment", "at one point": a
    // singular subject takes no verb in its base form ("Another advised"
    // and "one said" are verbs).
    let after_one = matches!(prev.as_ref(), "another" | "every" | "each")
        && !w.ends_with("ed")
        && !w.ends_with('s')
        || prev == "one" && kind.base;
    // "Cost estimates, he added, were …": a set-off attribution follows
    // the subject it interrupts.
    let interrupted = ctx.tok_or(c + 1) == ","
        && is_subject_pronoun(ctx.word(c + 2))
        && ctx.lex.is_cue(ctx.word(c + 3));
    // "In a Facebook message posted Friday, Cruz said": what posts a
    // message is no message; the verb modifies the noun.
    let posted = matches!(w, "posted" | "tweeted") && ctx.lex.is(&prev, WordClass::MessageNoun);
    let noun = posted
        || c > 0
            && !contraction
            && (noun_before(&prev)
                || before_compound
                || interrupted
                || after_to
                || after_one
                || superlative
                || ctx.tokens[c - 1].kind == TokenKind::Number
                || indefinite_name_before(ctx, c) && !w.ends_with("ed")
                || kind.base && after_singular_opening(ctx, c));
    usize::from(!noun)
}

/// "a failed promise", "The president revisited his own promise": a
/// verb's base form after a singular noun phrase's determiner and one or
/// two modifiers is the phrase's noun, unless a plural before the phrase
/// may be its subject ("sources close to her campaign say", "those who
/// sketched a path to the nomination acknowledge").
fn after_singular_opening(ctx: &Context, c: usize) -> bool {
    // Not a possessive's mark ("Clinton’s reaction to the EPA biofuel
    // rule").
    let plural = |w: &str| {
        w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !is_possessive_mark(w)
            || ctx.lex.is(w, WordClass::PluralNoun)
    };
    // "the EPA biofuel rule": a name may modify the noun too.
    let modifier = |k: usize| {
        let w = ctx.word(k);
        ctx.tokens[k].kind == TokenKind::Word
            && !plural(w)
            && !is_subject_pronoun(w)
            && !is_number_word(w)
            && !is_ly_adverb(w)
            && !ctx.lex.is(w, WordClass::NpBreak)
    };
    let Some(d) = (2..=3).map(|j| c.wrapping_sub(j)).find(|&d| {
        d < c
            && matches!(
                lower(ctx.word(d)).as_ref(),
                "a" | "an" | "the" | "his" | "her" | "its" | "this" | "no"
            )
            && (d + 1..c).all(modifier)
    }) else {
        return false;
    };
    // "makes no specific mention": after "no" the word is a noun whatever
    // came before. Else back to the sentence's start, as the sentences
    // were split.
    if ctx.word(d).eq_ignore_ascii_case("no") {
        return true;
    }
    // "a more frontal attack", "a very public reply": an article and a
    // degree word open a noun phrase; no verb follows them.
    if matches!(lower(ctx.word(d)).as_ref(), "a" | "an")
        && matches!(ctx.word(d + 1), "more" | "less" | "very" | "much")
    {
        return true;
    }
    // A plural with a verb of its own right after it is that verb's
    // subject ("The comments came in the form of a convoluted answer"),
    // not this word's ("Supporters who have heard … say").
    let s0 = ctx.sentences[ctx.sentence_of_token(c)].tokens.start;
    let subject = (d.saturating_sub(SUBJECT_BEFORE_OBJECT).max(s0)..d).any(|k| {
        let w = lower(ctx.word(k));
        let next = ctx.word(k + 1);
        let own_verb =
            ctx.lex.is(next, WordClass::PastVerb) || ctx.lex.is(next, WordClass::Auxiliary);
        (plural(&w) || matches!(w.as_ref(), "they" | "we" | "those" | "these" | "i" | "you"))
            && !own_verb
    });
    !subject
}

/// "a Donald Trump tweet", "an NBC report": a name after an indefinite
/// article, right before the word, makes the word a noun.
/// Words after which a cue word is a noun: "the rules", "Editor's note",
/// "the secretary of state", "his latest statement". (A match, not a hashed
/// list: it is asked of most cue words.)
pub(super) fn noun_before(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "this"
            | "these"
            | "those"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "no"
            | "’s"
            | "'s"
            | "new"
            | "personal"
            | "such"
            | "of"
            | "last"
            | "latest"
            | "final"
            | "same"
    )
}

pub(super) fn indefinite_name_before(ctx: &Context, c: usize) -> bool {
    let mut k = c;
    while k > 0 && c - k < 4 && ctx.is_cap(k - 1) {
        k -= 1;
    }
    k < c && k > 0 && matches!(ctx.word(k - 1), "a" | "an")
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
