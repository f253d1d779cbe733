//! When a cue word is a noun, not the cue of a statement: "the rules",
//! "his 60-page ruling", "a failed promise", "states' budgets".

use super::*;
use crate::lexicon::CueWord;

/// "the Democratic state’s party convention", "shake up states'
/// political leanings": a possessive is a noun's, and its apostrophe
/// opens no quotation.
pub(super) fn possessive(ctx: &Context, c: usize, w: &str) -> bool {
    matches!(ctx.tok_or(c + 1), "’s" | "'s")
        || w.ends_with('s')
            && matches!(ctx.tok_or(c + 1), "'" | "’")
            && ctx.tokens[c].end() == ctx.tokens[c + 1].start()
            && ctx
                .tokens
                .get(c + 2)
                .is_some_and(|t| t.kind == TokenKind::Word && t.start() > ctx.tokens[c + 1].end())
}

/// The cue word `w` (of kind `kind`) at token `c` is a noun here.
pub(super) fn used_as_noun(ctx: &Context, c: usize, w: &str, kind: CueWord) -> bool {
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
    // "Vice President for news and talk Dave Gorab called …": a base form
    // right before a name whose own cue follows modifies a title.
    let titled = kind.base
        && ctx.is_cap(c + 1)
        && (c + 2..ctx.tokens.len().min(c + 5))
            .take_while(|&k| ctx.is_cap(k) || ctx.lex.is_cue(ctx.word(k)))
            .any(|k| !ctx.is_cap(k));
    // "the procedure sometimes called partial-birth abortion": a naming
    // participle after a noun and a frequency adverb names the noun (not
    // "Trump often called her …", "he sometimes called").
    let passive_name = w == "called"
        && matches!(
            prev.as_ref(),
            "sometimes"
                | "often"
                | "commonly"
                | "widely"
                | "popularly"
                | "informally"
                | "officially"
                | "formerly"
        )
        && c >= 2
        && ctx.tokens[c - 2].kind == TokenKind::Word
        && !ctx.is_cap(c - 2)
        && !is_subject_pronoun(&lower(ctx.word(c - 2)));
    posted
        || titled
        || passive_name
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
                || kind.base && after_singular_opening(ctx, c))
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
