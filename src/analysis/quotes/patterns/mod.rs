//! The constructions that attribute speech, one file each. Around a cue:
//! "according to X", participles, the inverted "…, said X", the post-posed
//! "…, X said", "what she called …" and the pre-posed "X said (that) …";
//! each reads the cue as a `CueAt`, and `reported` tries them in turn.
//! Around a quotation with no cue before it (tried by `attribute_direct`):
//! the signed "“…” ― Name", the continued “A,” she said. “B.”, the
//! embedded "This is “…,” reported Reuters", the subject's clause
//! "Lewandowski ripped Comey for acting as “…”", and transcript lines.
//! Around "that": a statement named by its speaker's noun for it ("her
//! claim that …").

use super::*;

/// A pattern file's table test: each sentence yields a statement of the
/// pattern with exactly the words and the speaker given.
#[cfg(test)]
macro_rules! examples {
    ($pattern:ident: $(($sentence:expr, $said:expr, $speaker:expr $(,)?)),+ $(,)?) => {
        #[test]
        fn examples() {
            super::table(Pattern::$pattern, &[$(($sentence, $said, $speaker)),+]);
        }
    };
}
#[cfg(not(test))]
macro_rules! examples {
    ($($t:tt)*) => {};
}

mod according_to;
mod continuation;
mod embedded;
mod inverted;
mod listeners;
mod objects;
mod opening;
mod participle;
mod participle_subject;
mod possessed;
mod postposed;
mod preposed;
mod preposed_quote;
mod preposed_start;
mod signed;
mod subject;
mod transcripts;
mod what_called;

use according_to::according_to;
pub(super) use continuation::continuation;
pub(super) use embedded::embedded_statement;
use inverted::{inverted, inverted_after};
use listeners::{may_name_listener, past_listener, tells_someone};
use objects::{named_end, opens_complement, quoted_object_end};
pub(super) use objects::{quote_goes_on, quote_soon, quoted_list_end};
use opening::opening_participle;
use participle::participle;
pub(super) use possessed::possessed;
use postposed::{postposed, postposed_after};
use preposed::preposed;
use preposed_quote::quotation_first;
use preposed_start::preposed_start;
pub(super) use signed::signed;
pub(super) use subject::quoted_in_clause;
pub(super) use transcripts::transcript_lines;
use what_called::what_called;

/// A cue and the sentence around it, as each pattern reads them.
pub(super) struct CueAt<'c> {
    ctx: &'c Context<'c>,
    quotes: &'c Quotations,
    /// The sentence, and its first and past-the-last tokens.
    si: usize,
    s0: usize,
    s1: usize,
    /// The cue's first token, its length in tokens, and the token after it.
    c: usize,
    cue_len: usize,
    after: usize,
    /// The cue's first word in lower case, and where the cue stands.
    cw: std::borrow::Cow<'c, str>,
    cue: Span,
}

impl CueAt<'_> {
    /// The statement found last in the sentence when the cue follows
    /// "and": a second verb joined to the first ("… and asking, “…”").
    fn joined_to<'f>(&self, found: &'f [Found]) -> Option<&'f Found> {
        let ctx = self.ctx;
        (self.c >= self.s0 + 2 && ctx.word(self.c - 1) == "and")
            .then(|| found.last())
            .flatten()
            .filter(|f| f.span.start >= ctx.tokens[self.s0].start())
    }
}

/// Reported speech around the cue at `c`: the first pattern that decides,
/// in the order that lets each see what the one before refused.
pub(super) fn reported(
    ctx: &Context,
    si: usize,
    c: usize,
    cue_len: usize,
    quotes: &Quotations,
    found: &[Found],
) -> Option<Found> {
    let sent = &ctx.sentences[si];
    let at = CueAt {
        ctx,
        quotes,
        si,
        s0: sent.tokens.start,
        s1: sent.tokens.end,
        c,
        cue_len,
        after: c + cue_len,
        cw: lower(ctx.word(c)),
        cue: span_of(ctx, c, c + cue_len),
    };
    // "the last claim was …", "what he said is true": a verb after the cue
    // makes the cue a noun or a clause of its own.
    // But "a letter which he said was drafted …": in a relative clause the
    // verb goes on with what was said.
    if at.after < at.s1
        && ctx.lex.is(&lower(ctx.word(at.after)), WordClass::Auxiliary)
        && !speaker_before(ctx, at.s0, c)
            .is_some_and(|(_, start)| after_relative(ctx, at.s0, start))
    {
        return None;
    }
    // "in the words of an aide, …" attributes as "according to" does.
    if at.cw == "according" || at.cw == "in" && ctx.word(c + 2) == "words" {
        return according_to(&at);
    }
    if let Some(f) = opening_participle(&at) {
        return Some(f);
    }
    if let Some(f) = participle(&at, found).or_else(|| inverted(&at)) {
        return f;
    }
    // "The plan was announced", "Applicants are told to …": a passive
    // cue's subject is what was said or the listener, not the speaker.
    // "was first reported by the Times": past an adverb.
    let be = |k: usize| {
        matches!(
            lower(ctx.word(k)).as_ref(),
            "is" | "was" | "are" | "were" | "been" | "being" | "be"
        )
    };
    let adverb = |k: usize| {
        !ctx.is_cap(k) && (ctx.lex.is(ctx.word(k), WordClass::Adverb) || is_ly_adverb(ctx.word(k)))
    };
    let passive = c > at.s0
        && (be(c - 1) || c > at.s0 + 1 && adverb(c - 1) && be(c - 2))
        && (at.cw.ends_with("ed") || matches!(at.cw.as_ref(), "told" | "written"));
    if passive {
        return None;
    }
    // "when Ryan lamented the “…” state of the campaign and criticized
    // …": a cue joined by "and" to the statement that ends right before
    // it shares its speaker.
    let joined = at
        .joined_to(found)
        .filter(|f| {
            f.pattern == Pattern::Preposed
                && f.span.end <= ctx.tokens[c - 1].start()
                && f.span.end >= ctx.tokens[c - 2].end()
        })
        .and_then(|f| match f.speaker {
            Some(Speaker::Phrase(run)) => Some((run.range(), run.start())),
            _ => None,
        });
    let (np, np_start) = match joined {
        Some(j) => j,
        None => speaker_before(ctx, at.s0, c)?,
    };
    // "referred to him as “…”" reports only what follows it.
    let reports_after = ctx.lex.cue_word(&at.cw).as_quoted;
    if !reports_after
        && let Some(f) = postposed(&at, &np, np_start).or_else(|| what_called(&at, &np, np_start))
    {
        return f;
    }
    // A name right before the cue is its subject, whoever a pronoun after
    // the quotation adds: "Feinstein said “…,” she said."
    let named = np.end == c && ctx.is_cap(c - 1);
    if inverted_after(ctx, at.after, at.s1)
        || !named && postposed_after(ctx, quotes, at.after, at.s1)
    {
        return None;
    }
    preposed(&at, np, np_start)
}

/// A participle at `k` with no finite verb after it ("wiping sweat off his
/// face"), not a gerund that is a subject ("replacing Clinton would be …").
fn participle_at(ctx: &Context, k: usize, s1: usize) -> bool {
    k < s1
        && !ctx.is_cap(k)
        && ctx.word(k).ends_with("ing")
        // ", adding that he would …": a cue's participle reports, whatever
        // verbs follow in what it reports.
        && (cue_at(ctx, k) > 0
            || !(k + 1..s1.min(k + ADJUNCT))
                .any(|j| ctx.lex.is(ctx.word(j), WordClass::Auxiliary)))
}

/// "He’s leaning toward Kasich, he said, because he prizes …", "One
/// decision, according to an aide, is to …": an attribution set off by
/// the commas at `open` and `close` inside what was said, which goes on
/// after it to the returned token. `speaker_last` when the speaker ends
/// the attribution ("said Ana Ruiz,", "according to an aide,"). None when
/// the words before hold a quotation, a parenthesis or a cue of their own.
fn set_off_end(
    ctx: &Context,
    quotes: &Quotations,
    s0: usize,
    open: usize,
    close: usize,
    s1: usize,
    speaker_last: bool,
) -> Option<usize> {
    let goes_on = close + 1;
    // "Sooner or later, the governor said, “it starts to pay off.”": a
    // quotation opening in lower case goes on with what was said.
    let opens_quote = quotes.opens_at(ctx, goes_on);
    // Past all of the mark ('' is two tokens).
    let first = if opens_quote {
        mark_end(ctx, goes_on, s1)
    } else {
        goes_on
    };
    let w = ctx.word(first);
    // After a speaker named last ("said Brian Baker, a longtime adviser",
    // "according to the Tax Foundation, more than …") only a verb or a
    // subordinate clause goes on with what was said ("was in the works",
    // "because he prizes …"); after a cue, a subject may too ("he said,
    // local officials should …").
    // "He had no ties, the airline added, and had passed all checks": the
    // subject's second verb goes on too.
    // "“A truck” plowed through, he said, and “everyone started running.”":
    // a quotation after "and" goes on too.
    let next_verb = w == "and" && {
        let v = ctx.word(first + 1);
        ctx.lex.is(v, WordClass::Auxiliary)
            || ctx.lex.is(v, WordClass::PastVerb)
            || quotes.opens_at(ctx, first + 1)
    };
    let verb = ctx.lex.is(w, WordClass::Auxiliary)
        || ctx.lex.is(w, WordClass::PastVerb)
        || next_verb
        || matches!(
            w,
            "because" | "since" | "although" | "though" | "if" | "unless"
        );
    // "… would not only address crime, she said, but also drugs": the
    // second half of "not only … but also".
    let but_also = w == "but"
        && ctx.word(first + 1) == "also"
        && (s0..open).any(|k| ctx.word(k) == "only" && ctx.word(k.saturating_sub(1)) == "not");
    // "If the law conflicts with God's orders, Rubio said, Christians must
    // …": after a subordinate clause, the main clause may open on a name.
    // Not "As a phone rang, the announcer said, “…”" nor "Since last
    // November, …": the writer's time.
    let subordinate = ctx.is_cap(s0) && {
        let w = lower(ctx.word(s0));
        ctx.lex.is(&w, WordClass::Subordinator) && !matches!(w.as_ref(), "as" | "since")
    };
    let clause = ctx
        .tokens
        .get(first)
        .is_some_and(|t| t.kind == TokenKind::Word)
        && (!ctx.is_cap(first) || subordinate && !opens_quote)
        && cue_at(ctx, first) == 0
        && !matches!(w, "and" | "but" | "while" | "who" | "which")
        && !participle_at(ctx, first, s1);
    // "Mrs. Ruiz was, in the words of an aide, “the torchbearer”": a clause
    // broken off after its verb goes on with the verb's complement.
    let broken_off =
        open > s0 && !ctx.is_cap(open - 1) && ctx.lex.is(ctx.word(open - 1), WordClass::Auxiliary);
    let ok = open > s0
        && ctx.tok(open) == ","
        && ctx.tok_or(close) == ","
        && goes_on < s1
        && (verb || but_also || broken_off || !speaker_last && clause)
        && (s0..open).all(|k| !matches!(ctx.tok(k), "(" | ")") && cue_at(ctx, k) == 0);
    ok.then(|| through_quotation(ctx, quotes, goes_on, content_end(ctx, goes_on, s1)))
}

#[cfg(test)]
fn table(pattern: Pattern, cases: &[(&str, &str, &str)]) {
    for &(sentence, said, speaker) in cases {
        let d = crate::document_from_text(&format!("Harbour news\n\n{sentence}"), vec![]);
        let text = &d.article.text;
        let q = d
            .analysis
            .quotes
            .iter()
            .find(|q| &text[q.span.clone()] == said)
            .unwrap_or_else(|| {
                panic!(
                    "{said:?} not found in {sentence:?}: {:?}",
                    d.analysis.quotes
                )
            });
        assert_eq!(q.pattern, pattern, "pattern of {said:?}");
        assert_eq!(q.speaker.as_deref(), Some(speaker), "speaker of {said:?}");
    }
}
