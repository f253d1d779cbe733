//! Who said what: direct quotations in quotation marks and reported speech,
//! each with its cue and its speaker resolved to an entity where the article
//! allows.

use super::Context;
use super::entities::Entity;
use crate::lexicon::Words;
use crate::text::{Span, TokenKind, is_quote_mark, lower, with_lower};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    Direct,
    Indirect,
    Mixed,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Mixed => "mixed",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub kind: QuoteKind,
    pub span: Span,
    /// The entity's name, a description ("a senior official"), or None.
    pub speaker: Option<String>,
    /// Index into the analysis's entities.
    pub speaker_id: Option<usize>,
    /// The words naming the speaker here: "he", "Dacic".
    pub speaker_mention: Option<Span>,
    pub cue: Option<Span>,
}

mod marks;
mod speakers;

use marks::Owners;
use speakers::Speaker;

/// Words between a speaker and a cue that do not break the pair ("he also said").
static ADVERBS: Words = Words::new(&[
    "also",
    "later",
    "then",
    "further",
    "again",
    "once",
    "has",
    "have",
    "had",
    "was",
    "is",
    "will",
    "would",
    "did",
    "does",
    "do",
    "previously",
    "recently",
    "earlier",
    "reportedly",
    "been",
    "repeatedly",
    "publicly",
    "privately",
    "separately",
    "simply",
    "just",
    "already",
    "still",
    "often",
    "never",
    "not",
    "even",
    "quickly",
    "flatly",
    "bluntly",
    "frankly",
    "angrily",
    "tweeted",
    "could",
    "may",
    "might",
]);

/// Finds every quotation and its speaker.
pub fn extract(ctx: &Context, entities: &[Entity]) -> Vec<Quote> {
    let direct = marks::find(ctx);
    let inside = marks::token_owner(ctx, &direct);
    let speakers = speakers::Resolver::new(ctx, entities);
    let mut found: Vec<Found> = Vec::new();
    // Quotations that open a transcript line: the line stands for them.
    let mut direct_skip: Vec<bool> = Vec::new();

    // Reported speech, sentence by sentence.
    for (si, sent) in ctx.sentences.iter().enumerate() {
        let mut c = sent.tokens.start;
        while c < sent.tokens.end {
            // Cues are words, outside quotations; most words are refused by
            // the lexicon before anything is remembered of them.
            if ctx.tokens[c].kind != TokenKind::Word
                || inside.at(c).is_some()
                || !ctx.lex.cue_word(ctx.tok(c)).begins()
            {
                c += 1;
                continue;
            }
            let cue_len = cue_at(ctx, c);
            if cue_len == 0 {
                c += 1;
                continue;
            }
            // A cue that needs "that" or a quoted object ("described it as
            // “…”") is skipped early when neither follows.
            let needs_object = cue_len == 1 && !ctx.lex.is_bare_cue(&lower(ctx.word(c)));
            let end = sent.tokens.end;
            if needs_object
                && quote_soon(&inside, c + 1, end).is_none()
                && !(c + 1..end.min(c + 8)).any(|k| ctx.word(k) == "that")
            {
                c += 1;
                continue;
            }
            if let Some(f) = reported(ctx, si, c, cue_len, &inside, &direct, &found) {
                found.push(f);
            }
            c += cue_len;
        }
    }

    // Transcript lines: "PENCE: Well, look, …". What a line reports of
    // others is the line's own speech, and so is a quotation opening it.
    let lines = transcript_lines(ctx);
    if !lines.is_empty() {
        let in_line = |span: &Span| {
            let i = lines.partition_point(|l| l.span.end <= span.start);
            lines.get(i).is_some_and(|l| l.span.start < span.end)
        };
        found.retain(|f| !in_line(&f.span));
        direct_skip = direct
            .iter()
            .map(|q| {
                let b = ctx.block_at(q.start);
                b.is_some_and(|b| ctx.blocks[b].0.start == q.start) && in_line(q)
            })
            .collect();
    }
    found.extend(lines);
    // Direct quotations not already inside reported speech.
    found.sort_by_key(|f| f.span.start);
    let mut attributed: Vec<Found> = Vec::new();
    // Both lists are in text order: one cursor walks the findings.
    let mut at = 0;
    for (qi, q) in direct.iter().enumerate() {
        if direct_skip.get(qi).copied().unwrap_or(false) {
            continue;
        }
        while at < found.len() && found[at].span.start <= q.start {
            at += 1;
        }
        if found[at.saturating_sub(4)..at]
            .iter()
            .any(|f| q.end <= f.span.end + 1)
        {
            continue;
        }
        // The finding just before this quotation, reported or direct.
        let prev = [found[..at].last(), attributed.last()]
            .into_iter()
            .flatten()
            .filter(|f| f.span.end <= q.start)
            .max_by_key(|f| f.span.end);
        if let Some(f) = attribute_direct(ctx, qi, &direct, &inside, prev) {
            attributed.push(f);
        }
    }
    found.append(&mut attributed);
    found.sort_by_key(|f| f.span.start);
    merge_split_quotes(ctx, &inside, &mut found);
    // “Denver,” he answered: one word its attribution follows is speech,
    // not a title.
    let one_word_answer = |f: &Found| {
        let (a, b) = (ctx.token_at(f.span.start), ctx.token_at(f.span.end));
        (a..b)
            .filter(|&k| ctx.tokens[k].kind != TokenKind::Punct)
            .count()
            == 1
            && matches!(f.speaker, Some(Speaker::Phrase(_)))
            && f.cue
                .as_ref()
                .is_some_and(|c| c.start >= f.span.end && ctx.token_at(c.start) <= b + 3)
    };
    found.retain(|f| {
        !(f.kind == QuoteKind::Direct && is_title(ctx, &f.span) && !one_word_answer(f))
    });
    drop_overlaps(&mut found);

    // Speakers, in reading order so that pronouns can prefer the last speaker.
    let mut out: Vec<Quote> = Vec::with_capacity(found.len());
    let mut last: Option<(usize, usize)> = None; // (entity, position)
    // The words that named the last speaker: a continued statement is named
    // by the attribution of the statement it continues.
    let mut last_mention: Option<Span> = None;
    // The first direct quotation starting at or after the finding.
    let mut first_inside = 0;
    for f in found {
        let inherit = |last: Option<(usize, usize)>| {
            last.map(|(e, _)| {
                let mut r = speakers.named(e);
                r.mention = last_mention.clone();
                r
            })
        };
        let resolved = match &f.speaker {
            Some(Speaker::Phrase(np)) => speakers.resolve(*np, last, &f.span),
            Some(Speaker::Subject(np)) => speakers
                .resolve(*np, last, &f.span)
                .filter(|r| r.entity.is_some_and(|e| speakers.is_person(e)))
                .or_else(|| inherit(last)),
            Some(Speaker::Inherit) => inherit(last),
            None => None,
        };
        let (speaker, speaker_id, speaker_mention) = match resolved {
            Some(r) => (Some(r.name), r.entity, r.mention),
            None => (None, None, None),
        };
        if let Some(e) = speaker_id {
            last = Some((e, f.span.start));
            last_mention = speaker_mention.clone();
        }
        // Direct quotations are in text order: the first starting inside decides.
        while first_inside < direct.len() && direct[first_inside].start < f.span.start {
            first_inside += 1;
        }
        let kind = if f.kind == QuoteKind::Indirect
            && direct
                .get(first_inside)
                .is_some_and(|d| d.end <= f.span.end)
        {
            QuoteKind::Mixed
        } else {
            f.kind
        };
        out.push(Quote {
            kind,
            span: f.span,
            speaker,
            speaker_id,
            speaker_mention,
            cue: f.cue,
        });
    }
    out
}

/// A quotation found, before its speaker is resolved.
#[derive(Debug, Clone)]
struct Found {
    kind: QuoteKind,
    span: Span,
    speaker: Option<Speaker>,
    cue: Option<Span>,
}

/// The number of tokens of a cue starting at `c` (0: none).
fn cue_at(ctx: &Context, c: usize) -> usize {
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

fn find_cue(ctx: &Context, c: usize) -> usize {
    let w = ctx.word(c);
    let kind = ctx.lex.cue_word(w);
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
                return p.len();
            }
        }
    }
    if w.eq_ignore_ascii_case("said") || w.eq_ignore_ascii_case("says") {
        return 1;
    }
    if ctx.is_cap(c) || !(kind.cue || kind.bare) {
        return 0;
    }
    // "the rules", "Editor's note", "24 states": the word is a noun here.
    let prev = lower(ctx.word(c.wrapping_sub(1)));
    // "He’s claiming": after a pronoun, ’s is "is".
    let contraction = matches!(prev.as_ref(), "’s" | "'s")
        && matches!(
            lower(ctx.word(c.wrapping_sub(2))).as_ref(),
            "he" | "she" | "it" | "that" | "what" | "who" | "there"
        );
    let noun = c > 0
        && !contraction
        && (noun_before(&prev)
            || ctx.tokens[c - 1].kind == TokenKind::Number
            || indefinite_name_before(ctx, c) && !w.ends_with("ed"));
    usize::from(!noun)
}

/// "a Donald Trump tweet", "an NBC report": a name after an indefinite
/// article, right before the word, makes the word a noun.
/// Words after which a cue word is a noun: "the rules", "Editor's note",
/// "the secretary of state", "his latest statement". (A match, not a hashed
/// list: it is asked of most cue words.)
fn noun_before(w: &str) -> bool {
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

fn indefinite_name_before(ctx: &Context, c: usize) -> bool {
    let mut k = c;
    while k > 0 && c - k < 4 && ctx.is_cap(k - 1) {
        k -= 1;
    }
    k < c && k > 0 && matches!(ctx.word(k - 1), "a" | "an")
}

/// Nouns for a message that "calls", "says" or "warns": "a statement calling …".
static MESSAGE_NOUNS: Words = Words::new(&[
    "statement",
    "letter",
    "tweet",
    "tweets",
    "post",
    "message",
    "email",
    "release",
    "video",
    "ad",
    "memo",
    "report",
    "note",
    "op-ed",
    "speech",
    "interview",
    "remarks",
]);

/// Where a list of quoted phrases starting with `q` ends: "“how the system
/// is rigged,” and “wounded American families” and “our own citizens”".
fn quoted_list_end(ctx: &Context, inside: &Owners, direct: &[Span], q: &Span, s1: usize) -> usize {
    let mut end = q.end;
    loop {
        let mut j = ctx.token_at(end);
        let from = j;
        while j < s1 && matches!(ctx.tok(j), "," | "and" | "or" | "then") {
            j += 1;
        }
        match inside.at(j) {
            Some(qi) if j > from && j < s1 && ctx.token_at(direct[qi].start) == j => {
                end = direct[qi].end;
            }
            _ => return end,
        }
    }
}

/// The writer's clause goes on after a quotation ("“a bomb” had gone off").
fn quote_goes_on(ctx: &Context, q: &Span, s1: usize) -> bool {
    let after = ctx.token_at(q.end);
    after < s1 && ctx.tokens[after].kind == TokenKind::Word
}

/// A quotation opens within the first words after `a` in the sentence: the
/// cue's object is quoted ("called the plan “a disaster”").
fn quote_soon(inside: &Owners, a: usize, s1: usize) -> Option<usize> {
    (a..s1.min(a + 20)).find(|&k| inside.at(k).is_some())
}

fn span_of(ctx: &Context, a: usize, b: usize) -> Span {
    ctx.tokens[a].start()..ctx.tokens[b - 1].end()
}

fn is_end_punct(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "\u{2026}")
}

/// Reported speech around the cue at `c`.
fn reported(
    ctx: &Context,
    si: usize,
    c: usize,
    cue_len: usize,
    inside: &Owners,
    direct: &[Span],
    found: &[Found],
) -> Option<Found> {
    let sent = &ctx.sentences[si];
    let (s0, s1) = (sent.tokens.start, sent.tokens.end);
    let cw = lower(ctx.word(c));
    let cue = span_of(ctx, c, c + cue_len);
    let after = c + cue_len;
    // "the last claim was …", "what he said is true": a verb after the cue
    // makes the cue a noun or a clause of its own.
    if after < s1 && AUXILIARIES.contains(&lower(ctx.word(after))) {
        return None;
    }

    // "according to SPEAKER, CONTENT" and "CONTENT, according to SPEAKER."
    if cw == "according" {
        let np_end = (after..s1)
            .find(|&k| ctx.tok(k) == "," || is_end_punct(ctx.tok(k)))
            .unwrap_or(s1);
        if np_end <= after {
            return None;
        }
        let speaker = Speaker::phrase(after..np_end);
        let (a, b) = if c > s0 + 2 && ctx.tok(c - 1) == "," {
            (s0, c - 1)
        } else if ctx.tok_or(np_end) == "," {
            (np_end + 1, content_end(ctx, np_end + 1, s1))
        } else {
            return None;
        };
        return content(ctx, a, b, speaker, cue, QuoteKind::Indirect);
    }

    // Participle: ", saying (that) …", ", adding that …" keeps the clause's
    // speaker, as does "began by saying …".
    // ", only saying …", "— again saying …": an adverb may come between.
    let mut p = c;
    while p > s0 + 1
        && (matches!(ctx.word(p - 1), "only" | "also" | "again" | "just" | "even")
            || is_ly_adverb(ctx.word(p - 1)))
    {
        p -= 1;
    }
    if cw.ends_with("ing")
        && c > s0
        && (matches!(ctx.tok(p - 1), "," | "\u{2014}" | "\u{2013}" | "-")
            || matches!(
                ctx.word(c - 1),
                "by" | "after" | "before" | "while" | "when"
            )
            // "issued a statement calling the test …".
            || MESSAGE_NOUNS.contains(&lower(ctx.word(c - 1))))
    {
        let a = skip_that(ctx, after, s1);
        let had_that = (after..a).any(|k| ctx.word(k).eq_ignore_ascii_case("that"));
        if !ctx.lex.is_bare_cue(&cw) && !had_that && quote_soon(inside, after, s1).is_none() {
            return None;
        }
        // “A,” she said, pointing at the crowd, “B.”: the participle only
        // interrupts a statement split by its attribution.
        if !had_that && !ctx.lex.is_bare_cue(&cw) && (s0..c).any(|k| inside.at(k).is_some()) {
            return None;
        }
        let speaker = found
            .iter()
            .rev()
            .take(4)
            .find(|f| {
                f.span.start >= ctx.tokens[s0].start()
                    || ctx.sentence_of_token(ctx.token_at(f.span.start)) == si
            })
            .and_then(|f| f.speaker.clone())
            .or_else(|| subject_of(ctx, s0, c).and_then(Speaker::phrase));
        // "…, saying, “A. B.”": the quotation whole, over its sentences,
        // unless the clause goes on after it ("saying that “race still
        // determines too much” in America").
        if let Some(qi) = inside.at(a)
            && ctx.token_at(direct[qi].start) == a
            && !(had_that && quote_goes_on(ctx, &direct[qi], s1))
        {
            return Some(Found {
                kind: QuoteKind::Direct,
                span: direct[qi].clone(),
                speaker,
                cue: Some(cue),
            });
        }
        return content(
            ctx,
            a,
            content_end(ctx, a, s1),
            speaker,
            cue,
            QuoteKind::Indirect,
        );
    }

    // Inverted: "CONTENT, said SPEAKER(, ROLE)."
    if c > s0 + 2
        && (ctx.tok(c - 1) == "," || is_quote_mark(ctx.tok(c - 1)))
        && cue_len == 1
        && ctx.lex.is_inverted_cue(&cw)
    {
        let np_end = noun_phrase_forward(ctx, after, s1);
        if np_end > after {
            // "said Rep. Jim Clyburn (D-S.C.), the assistant leader …".
            let rest = party_label_end(ctx, np_end, s1);
            let rest_ok = rest >= s1
                || matches!(ctx.tok(rest), "," | "." | ";" | "\u{2014}")
                || is_end_punct(ctx.tok(rest));
            if rest_ok {
                let b = if ctx.tok(c - 1) == "," { c - 1 } else { c };
                let (a, kind) = quote_before(ctx, s0, b, inside, direct);
                return content(ctx, a, b, Speaker::phrase(after..np_end), cue, kind);
            }
        }
    }

    // "CONTENT, SPEAKER said." and "SPEAKER said (that) CONTENT".
    let (np, np_start) = speaker_before(ctx, s0, c)?;
    let tail_empty =
        after >= s1 || is_end_punct(ctx.tok(after)) || trailing_adjunct(ctx, after, s1);
    // "“A,” she said during a rally, …": a speaker right after a quotation
    // attributes it, whatever follows the cue.
    let after_quote = np_start > s0 && {
        let p = ctx.tok(np_start - 1);
        is_quote_mark(p) || p == "," && np_start >= s0 + 2 && is_quote_mark(ctx.tok(np_start - 2))
    };
    // "In an interview with “Fox and Friends,” Trump said he …": a quotation
    // closing an opening adjunct is not what the cue reports.
    let after_quote = after_quote
        && (tail_empty
            || !opens_with_adjunct(ctx, s0)
            || quote_before(ctx, s0, np_start, inside, direct).1 == QuoteKind::Direct);
    if tail_empty || after_quote {
        // Post-posed: the content ends at the comma or quote before the speaker.
        if np_start <= s0 + 1 {
            return None;
        }
        let sep = np_start - 1;
        if !(ctx.tok(sep) == "," || is_quote_mark(ctx.tok(sep)) || ctx.tok(sep) == "\u{2014}") {
            return None;
        }
        let (a, kind) = quote_before(
            ctx,
            s0,
            sep + usize::from(is_quote_mark(ctx.tok(sep))),
            inside,
            direct,
        );
        return content(
            ctx,
            a,
            sep + usize::from(is_quote_mark(ctx.tok(sep))),
            Speaker::phrase(np),
            cue,
            kind,
        );
    }
    // "what she called a “rant,”": the speaker's own word for something.
    if np_start > s0
        && ctx.word(np_start - 1).eq_ignore_ascii_case("what")
        && let Some(k) = quote_soon(inside, after, s1.min(after + 8))
        && let Some(qi) = inside.at(k)
    {
        let end = ctx.token_at(direct[qi].end);
        return content(
            ctx,
            np_start - 1,
            end,
            Speaker::phrase(np),
            cue,
            QuoteKind::Indirect,
        );
    }
    // Pre-posed: the speaker is the subject; what follows the cue is said.
    // "footage of Trump saying …": a participle's own subject.
    let reduced = cw.ends_with("ing") && np_start > s0 && ctx.word(np_start - 1) == "of";
    if !subject_position(ctx, s0, np_start) && !reduced {
        return None;
    }
    // "Though she called it “a gamble,” the council …": what a subordinate
    // clause says ends with the clause.
    let s1 = if np_start > s0 && SUBORDINATORS.contains(&lower(ctx.word(np_start - 1))) {
        clause_end(ctx, after, s1, inside, direct)
    } else {
        s1
    };
    let mut a = after;
    if matches!(
        cw.as_ref(),
        "told" | "tell" | "tells" | "telling" | "asked" | "urged" | "urges" | "informed"
    ) {
        // Skip the listener: "told reporters (that)", "told the forum he …",
        // "told “Morning Joe” on Friday that …".
        let window = a..s1.min(a + 16);
        // "that" opening a clause, not "to accomplish that." at its end.
        let stop = window
            .clone()
            .find(|&k| {
                ctx.tok(k) == "that"
                    && inside.at(k).is_none()
                    && ctx.tokens.get(k + 1).is_some_and(|t| {
                        t.kind != TokenKind::Punct || is_quote_mark(t.text(ctx.text))
                    })
            })
            .or_else(|| {
                (a + 1..window.end).find(|&k| {
                    matches!(ctx.tok(k), "," | ":" | "to")
                        || inside.at(k).is_some()
                        || matches!(
                            ctx.word(k),
                            "he" | "she" | "they" | "it" | "we" | "I" | "there"
                        )
                })
            });
        // "told The Huffington Post on Thursday.": only a listener follows.
        if stop.is_none() && s1 - a <= 7 {
            return None;
        }
        a = stop.unwrap_or(a);
    }
    a = skip_that(ctx, a, s1);
    if a >= s1 {
        return None;
    }
    // "said of the election that …", "said in an interview: …": an adjunct
    // between the cue and what was said. A clause opening with "but" or "and"
    // is the writer's own.
    if a == after || !ctx.word(a - 1).eq_ignore_ascii_case("that") {
        let w = lower(ctx.word(a));
        // "describing as “unhinged”": what the speaker called it.
        let as_quoted = w == "as" && quote_soon(inside, a, s1.min(a + 4)).is_some();
        if CLAUSE_BREAK.contains(&w.as_ref()) && !as_quoted {
            return None;
        }
        // "told the crowd to …" and "promised to release …" are what was
        // said, not an adjunct.
        let next = ctx.word(a + 1);
        let infinitive = w == "to"
            && (a > after || !next.is_empty() && !ctx.is_cap(a + 1) && !DETERMINERS.contains(next));
        if ADJUNCT_START.contains(&w) && !infinitive {
            a = skip_that(ctx, adjunct_end(ctx, a, s1, inside)?, s1);
            if a >= s1 {
                return None;
            }
        }
    }
    // A quotation right after the cue: the quote is what was said, unless
    // the clause goes on after it ("said “a bomb” had gone off").
    if let Some(qi) = inside.at(a) {
        let q = direct[qi].clone();
        let had_that = (after..a).any(|k| ctx.word(k).eq_ignore_ascii_case("that"));
        // Without "that", a quoted fragment is the start of a longer
        // clause when words follow it: "claimed “Trump exaggerates” the
        // level of …", "said “budget reforms” and the collection of …".
        let fragment = || {
            let close = ctx.token_at(q.end).saturating_sub(1);
            let next = lower(ctx.word(close + 1));
            close > a
                && ctx.tokens[close - 1].kind != TokenKind::Punct
                && !is_title(ctx, &q)
                && !ADJUNCT_START.contains(&next)
                && !TIME_WORDS.contains(&next)
        };
        let goes_on = quote_goes_on(ctx, &q, s1) && (had_that || fragment());
        if !goes_on {
            // “A,” and “B” and “C”: quoted phrases listed together.
            let end = if is_title(ctx, &q) {
                q.end
            } else {
                quoted_list_end(ctx, inside, direct, &q, s1)
            };
            return Some(Found {
                kind: if end > q.end {
                    QuoteKind::Indirect
                } else {
                    QuoteKind::Direct
                },
                span: q.start..end,
                speaker: Speaker::phrase(np),
                cue: Some(cue),
            });
        }
        return content(
            ctx,
            a,
            content_end(ctx, a, s1),
            Speaker::phrase(np),
            cue,
            QuoteKind::Indirect,
        );
    }
    let object_cue = ctx.lex.is_object_cue(&cw) || cue_len > 1;
    let had_that = (after..a).any(|k| ctx.word(k).eq_ignore_ascii_case("that"));
    let mut b = content_end(ctx, a, s1);
    if !had_that && !object_cue && !ctx.lex.is_bare_cue(&cw) {
        // "described the law as a “crazy system”": the object with its quotation.
        quote_soon(inside, a, b)?;
        let last = (a..b).rev().find(|&k| inside.at(k).is_some())?;
        b = ctx.token_at(direct[inside.at(last)?].end);
    }
    // A speech act named by its object includes the act: "expressed gratitude for …".
    if (object_cue && cw != "called") && !had_that {
        a = c;
    }
    content(ctx, a, b, Speaker::phrase(np), cue, QuoteKind::Indirect)
}

/// After "said", "that" and the colon are not part of what was said.
fn skip_that(ctx: &Context, mut a: usize, s1: usize) -> usize {
    while a < s1
        && (matches!(ctx.tok(a), ":" | ",")
            || ctx.word(a).eq_ignore_ascii_case("that") && !ctx.is_cap(a))
    {
        a += 1;
    }
    a
}

/// Content runs to the end of the sentence, without its final stop.
fn content_end(ctx: &Context, a: usize, s1: usize) -> usize {
    // Inside a quotation nothing ends the content: "“taunts and insults”".
    // Only double marks count: a single one may be an apostrophe (crews’).
    let mut marks = 0;
    let mut b = (a + 1..s1)
        .find(|&k| {
            if is_quote_mark(ctx.tok(k)) && !matches!(ctx.tok(k), "'" | "\u{2018}" | "\u{2019}") {
                marks += 1;
            }
            marks % 2 == 0 && ends_content(ctx, k, s1)
        })
        .unwrap_or(s1);
    // “… values,” stating …: the statement closed inside the quotation.
    if b < s1 && is_quote_mark(ctx.tok(b)) {
        return b + 1;
    }
    let s1 = b;
    while b > a && (is_end_punct(ctx.tok(b - 1)) || ctx.tok(b - 1) == ",") {
        b -= 1;
    }
    // Keep a closing quotation mark with its opening one.
    if b < s1 && is_quote_mark(ctx.tok(b)) && b > a && (a..b).any(|k| is_quote_mark(ctx.tok(k))) {
        b += 1;
    }
    b
}

/// What was said ends at token `k`: ", saying …" and ", adding that …"
/// begin a statement of their own, as does another speaker's clause (", but
/// he said …", ", Ham also noted …"); so do a semicolon, the writer's ", but
/// …", ", citing …", ", implicitly putting …", and the speaker's next verb
/// ("… and encouraged Americans to …").
fn ends_content(ctx: &Context, k: usize, s1: usize) -> bool {
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
    match if comma_closed { "," } else { t } {
        ";" => true,
        "," => {
            let next = ctx.word(k + 1);
            // ", a charge that Colorado leaders denied": the writer's comment.
            let comment = matches!(next, "a" | "an")
                && (k + 3..s1.min(k + 6)).any(|j| matches!(ctx.word(j), "that" | "which"));
            comment
                || next.ends_with("ing") && cue_at(ctx, k + 1) > 0
                || next == "citing"
                || speaker_clause(ctx, k + 1, s1)
                // "…, but offered no proof"; not "…, but she knows that …".
                || next == "but"
                    && !is_subject_pronoun(ctx.word(k + 2))
                || is_ly_adverb(next) && ctx.word(k + 2).ends_with("ing")
        }
        // “… Trump,” but conceded …: the comma closed inside the quotation.
        "but" => {
            k >= 2
                && is_quote_mark(ctx.tok(k - 1))
                && ctx.tok(k - 2) == ","
                && !is_subject_pronoun(ctx.word(k + 1))
                || next_cue()
        }
        "and" => next_cue(),
        _ => false,
    }
}

/// A clause opening at `k` with a speaker and a cue: "but he said",
/// "Ham also noted".
fn speaker_clause(ctx: &Context, k: usize, s1: usize) -> bool {
    let start = if matches!(
        lower(ctx.word(k)).as_ref(),
        "but" | "and" | "while" | "although" | "though" | "yet"
    ) {
        k + 1
    } else {
        k
    };
    (start + 1..s1.min(start + 7))
        .find(|&c| cue_at(ctx, c) > 0)
        .and_then(|c| speaker_before(ctx, start, c))
        .is_some_and(|(_, np_start)| np_start == start)
}

fn content(
    ctx: &Context,
    a: usize,
    b: usize,
    speaker: Option<Speaker>,
    cue: Span,
    kind: QuoteKind,
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
        cue: Some(cue),
    })
}

/// The start of the content ending at `b`: the direct quotation that ends
/// there, or the sentence start.
fn quote_before(
    ctx: &Context,
    s0: usize,
    b: usize,
    inside: &Owners,
    direct: &[Span],
) -> (usize, QuoteKind) {
    let mut k = b;
    while k > s0 && matches!(ctx.tok(k - 1), "," | ".") {
        k -= 1;
    }
    if k > 0
        && let Some(qi) = inside.at(k - 1)
    {
        let q = &direct[qi];
        let a = ctx.token_at(q.start);
        let starts_sentence = a <= s0 || (s0..a).all(|j| ctx.tokens[j].kind == TokenKind::Punct);
        if a < k && starts_sentence {
            return (a, QuoteKind::Direct);
        }
    }
    (s0, QuoteKind::Indirect)
}

/// The speaker before a cue: "a senior law enforcement official", "he",
/// "Wang, the public security minister,". Returns the phrase and where the
/// whole subject (with any appositive) starts.
fn speaker_before(ctx: &Context, s0: usize, c: usize) -> Option<(std::ops::Range<usize>, usize)> {
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
fn nearest_speaker(ctx: &Context, s0: usize, c: usize) -> Option<(std::ops::Range<usize>, usize)> {
    let mut k = c;
    loop {
        let before = k;
        while k > s0
            && !ctx.is_cap(k - 1)
            && (ADVERBS.contains(&lower(ctx.word(k - 1))) || is_ly_adverb(ctx.word(k - 1)))
        {
            k -= 1;
        }
        // "in 2010 said", "on Friday said": a time between speaker and cue.
        if k >= s0 + 2
            && ctx.tokens[k - 1].kind == TokenKind::Number
            && matches!(ctx.word(k - 2), "in" | "on" | "since")
        {
            k -= 2;
        }
        // A party and state after a name: "Gov. Pat McCrory (R) said".
        if k > s0
            && ctx.tok(k - 1) == ")"
            && let Some(open) = (k.saturating_sub(8).max(s0)..k - 1)
                .rev()
                .find(|&j| ctx.tok(j) == "(")
        {
            k = open;
        }
        if k == before {
            break;
        }
    }
    // "McConnell, who said …": the relative pronoun speaks for its antecedent.
    if k > s0 && ctx.word(k - 1).eq_ignore_ascii_case("who") {
        return Some((k - 1..k, k - 1));
    }
    // "X bemoaned the unrest and said …": the subject of both verbs.
    if k > s0 && matches!(ctx.word(k - 1), "and" | "but") && c - k <= 2 {
        // "I laughed and said", "after she attacked the police and blamed":
        // the pronoun that is the first verb's subject.
        let pronoun = |j: usize| {
            matches!(
                ctx.word(j),
                "I" | "he" | "she" | "we" | "they" | "He" | "She" | "We" | "They"
            )
        };
        if let Some(j) = (k.saturating_sub(12).max(s0)..k - 1).rev().find(|&j| {
            pronoun(j)
                && (subject_position(ctx, s0, j)
                    || matches!(
                        ctx.word(j - 1),
                        "after" | "before" | "when" | "because" | "since" | "if" | "that"
                    ))
        }) {
            return Some((j..j + 1, j));
        }
        let np = subject_of(ctx, s0, k - 1)?;
        let start = np.start;
        return Some((np, start));
    }
    // Appositive: "Wang, the public security minister, said".
    if k > s0 && ctx.tok(k - 1) == "," {
        // "Steve Elmendorf, a top fundraiser close to the campaign in
        // Brooklyn, says": a name opening the sentence, however long its
        // appositive.
        if let Some(comma) = (s0 + 1..k - 1).find(|&j| ctx.tok(j) == ",")
            && k - comma > 14
            && np_back(ctx, s0, comma) == s0
            && ctx.is_cap(s0)
        {
            return Some((s0..comma, s0));
        }
        let lo = k.saturating_sub(14).max(s0);
        let comma = (lo..k - 1).rev().find(|&j| ctx.tok(j) == ",")?;
        let name_start = np_back(ctx, s0, comma);
        if name_start < comma && (name_start..comma).any(|j| ctx.is_cap(j)) {
            return Some((name_start..comma, name_start));
        }
        return None;
    }
    // Between dashes: "Jason Sims — a teacher from Mount Pleasant — says".
    if k > s0 + 2 && matches!(ctx.tok(k - 1), "\u{2014}" | "\u{2013}") {
        let lo = k.saturating_sub(14).max(s0);
        let dash = (lo..k - 1).rev().find(|&j| ctx.tok(j) == ctx.tok(k - 1))?;
        let name_start = np_back(ctx, s0, dash);
        if name_start < dash && (name_start..dash).all(|j| ctx.is_cap(j)) {
            return Some((name_start..dash, name_start));
        }
        return None;
    }
    let start = np_back(ctx, s0, k);
    (start < k).then_some((start..k, start))
}

/// The phrase between a quotation closing on a comma and the cue at `k`,
/// when it has commas of its own and a name: "Harry Bond, 30, of Raleigh,
/// N.C., who was among those polled,".
fn phrase_after_quote(ctx: &Context, s0: usize, k: usize) -> Option<std::ops::Range<usize>> {
    let lo = k.saturating_sub(24).max(s0 + 2);
    let close = (lo..k)
        .rev()
        .find(|&j| is_quote_mark(ctx.tok(j)) && matches!(ctx.tok(j - 1), "," | "?" | "!"))?;
    let (mut a, mut b) = (close + 1, k);
    while a < b && ctx.tok(a) == "," {
        a += 1;
    }
    while b > a && ctx.tok(b - 1) == "," {
        b -= 1;
    }
    let has_comma = (a..b).any(|j| ctx.tok(j) == ",");
    // No other quotation, sentence end or cue inside; "N.C." is no end.
    let clean = || {
        (a..b).all(|j| {
            let t = ctx.tok(j);
            !is_quote_mark(t) && !is_end_punct(t)
                || t == "." && j > a && ctx.lex.is_abbreviation(ctx.word(j - 1))
        }) && (a..b).all(|j| cue_at(ctx, j) == 0)
    };
    (has_comma && ctx.is_cap(a) && clean()).then_some(a..b)
}

/// Verbs that no cue takes as its object's first word.
static AUXILIARIES: Words = Words::new(&[
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should",
    "may", "might", "must",
]);

/// Common verbs whose past does not end in -ed.
static PAST_VERBS: Words = Words::new(&[
    "threw", "made", "took", "gave", "went", "came", "got", "ran", "won", "lost", "began", "left",
    "met", "sent", "spent", "held", "kept", "brought", "thought", "found", "spoke", "broke",
    "chose", "drove", "rose", "stood", "sat", "led", "fell", "felt", "heard", "paid", "became",
    "knew", "grew", "drew", "flew", "wore", "struck", "sought", "caught", "taught", "fought",
    "bought", "built", "meant", "sold", "shook", "swore", "saw", "put", "set", "hit", "let",
]);

/// Words that open a noun phrase.
static DETERMINERS: Words = Words::new(&[
    "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your",
    "some", "many", "most", "all", "no",
]);

/// Where what was said begins after an adjunct opening at `a` ("said on
/// Monday the ferry was …", "wrote in both listings he was …", "said in an
/// interview: …", "said of the election that …"): at "that", a quotation
/// or a colon, after a comma, or at a subject, a pronoun or a determiner
/// that no preposition governs.
fn adjunct_end(ctx: &Context, a: usize, s1: usize, inside: &Owners) -> Option<usize> {
    for k in a + 1..s1.min(a + 12) {
        let w = ctx.word(k);
        if inside.at(k).is_some() || w == "that" || ctx.tok(k) == ":" {
            return Some(k);
        }
        if ctx.tok(k) == "," {
            return Some(k + 1);
        }
        let governed = ADJUNCT_START.contains(&lower(ctx.word(k - 1)));
        let subject = is_subject_pronoun(w) || DETERMINERS.contains(w) && !governed && k > a + 1;
        if subject && k < a + 8 {
            return Some(k);
        }
    }
    None
}

/// Words that open a subordinate clause: "Though she said …, the council".
static SUBORDINATORS: Words = Words::new(&[
    "though", "although", "if", "since", "after", "before", "once", "until", "unless", "when",
    "while", "because", "as",
]);

/// The end of a clause starting at `a`: its first comma outside quotations,
/// or a quotation that closes on a comma (“a gamble,”) unless another
/// quoted phrase is listed after it.
fn clause_end(ctx: &Context, a: usize, s1: usize, inside: &Owners, direct: &[Span]) -> usize {
    let mut k = a;
    while k < s1 {
        if let Some(qi) = inside.at(k) {
            let end = ctx.token_at(direct[qi].end).max(k + 1);
            let comma_inside = end >= 2 && ctx.tok(end - 2) == ",";
            if comma_inside && !matches!(ctx.tok_or(end), "and" | "or") {
                return end.min(s1);
            }
            k = end;
        } else if ctx.tok(k) == "," {
            return k;
        } else {
            k += 1;
        }
    }
    s1
}

/// Words that open the writer's own clause after a cue: "she said, but …".
const CLAUSE_BREAK: &[&str] = &["but", "and", "or", "as", "while", "when", "because"];
/// Words that open an adjunct after a cue: "said of …", "said during …".
static ADJUNCT_START: Words = Words::new(&[
    "of",
    "during",
    "in",
    "on",
    "at",
    "for",
    "about",
    "to",
    "with",
    "from",
    "after",
    "over",
    "via",
    "through",
    "outside",
    "inside",
    "earlier",
    "later",
    "last",
    "this",
    "yesterday",
]);

/// Times and sentence adverbs: never part of a speaker's name.
static TIME_WORDS: Words = Words::new(&[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
    "once",
    "meanwhile",
    "however",
    "now",
    "then",
    "later",
    "earlier",
    "still",
    "instead",
    "also",
    "afterward",
    "finally",
    "recently",
    "again",
]);

/// "he", "she", "they", "it", "we", "I" as written: the subject of a clause.
fn is_subject_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "they" | "it" | "we" | "I")
}

fn is_time_word(w: &str) -> bool {
    TIME_WORDS.contains(&lower(w))
}

/// An adverb in -ly between a speaker and a cue: "increasingly worried".
fn is_ly_adverb(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ly")
        && w.chars().next().is_some_and(char::is_lowercase)
        && !matches!(
            w,
            "family" | "rally" | "ally" | "daily" | "weekly" | "monthly" | "assembly" | "supply"
        )
}

static NP_BREAK: Words = Words::new(&[
    "and", "but", "or", "that", "which", "who", "when", "while", "because", "as", "if", "is",
    "are", "was", "were", "in", "on", "at", "to", "from", "with", "by", "after", "before", "since",
    "about", "into", "than", "so", "said", "says", "told", "there", "what", "how", "why", "where",
    "has", "had", "have", "will", "did", "does", "do", "not", "can", "could", "would", "should",
    "may", "might", "must", "be", "been", "over", "under", "against", "through", "during",
    "without", "despite", "amid", "across", "toward", "towards", "upon", "among", "between", "via",
    "like",
]);

/// The start of the noun phrase ending at `end`.
fn np_back(ctx: &Context, s0: usize, end: usize) -> usize {
    let mut k = end;
    let limit = end.saturating_sub(10).max(s0);
    while k > limit {
        let t = ctx.tokens[k - 1];
        let w = ctx.tok(k - 1);
        // (whether the word belongs to the phrase, whether the phrase starts with it)
        let (ok, first) = with_lower(w, |lw| {
            let ok = match t.kind {
                // A nickname's marks: Thomas “Tip” Olsen.
                TokenKind::Punct => {
                    (matches!(w, "\u{2019}" | "'" | "-" | "." | "&")
                        || is_quote_mark(w) && k >= 2 && ctx.is_cap(k - 2) && ctx.is_cap(k))
                        && k - 1 > s0
                }
                // "63 percent said", "40% of voters said": a share speaks.
                TokenKind::Number => matches!(ctx.tok_or(k), "percent" | "%"),
                TokenKind::Word => {
                    // The cheap tests first: most words are refused by none.
                    // "the email said", "the secretary of state said": a cue
                    // word after a determiner is a noun.
                    !(NP_BREAK.contains(lw)
                        || TIME_WORDS.contains(lw)
                        || !ctx.is_cap(k - 1)
                            && ctx.lex.is_cue(lw)
                            && !(k >= 2 && noun_before(&lower(ctx.word(k - 2)))))
                        || lw == "’s"
                        || lw == "'s"
                }
            };
            let first = matches!(
                lw,
                "a" | "an" | "the" | "he" | "she" | "they" | "it" | "we" | "i"
            );
            (ok, first)
        });
        if !ok {
            break;
        }
        k -= 1;
        if first {
            break;
        }
    }
    // A phrase never starts on punctuation.
    while k < end && ctx.tokens[k].kind == TokenKind::Punct {
        k += 1;
    }
    // "Critics of the plan", "a spokeswoman for the ministry": the head
    // noun before a prepositional phrase.
    if k < end
        && k >= s0 + 2
        && matches!(ctx.word(k - 1), "of" | "for" | "at" | "from")
        && ctx.tokens[k - 2].kind == TokenKind::Word
        && !NP_BREAK.contains(&lower(ctx.word(k - 2)))
        && !is_time_word(ctx.word(k - 2))
    {
        let head = np_back(ctx, s0, k - 1);
        if head < k - 1 {
            return head;
        }
    }
    k
}

/// The noun phrase starting at `a` (after an inverted cue): "Andy Tsang
/// Wai-hung", "the minister", "a spokeswoman for the ministry".
fn noun_phrase_forward(ctx: &Context, a: usize, s1: usize) -> usize {
    // "said Tuesday", "said on Twitter": a time or place, not a speaker.
    let first = lower(ctx.word(a));
    if is_time_word(&first)
        || matches!(
            first.as_ref(),
            "on" | "in" | "at" | "during" | "last" | "this"
        )
    {
        return a;
    }
    let mut k = a;
    while k < s1 && k < a + 8 {
        let t = ctx.tokens[k];
        let w = lower(ctx.tok(k));
        let ok = match t.kind {
            // "9/11 widow Terry Strada": a slash between numbers.
            TokenKind::Punct => {
                matches!(ctx.tok(k), "-" | "\u{2019}" | "'" | ".")
                    || ctx.tok(k) == "/"
                        && k > a
                        && ctx.tokens[k - 1].kind == TokenKind::Number
                        && ctx
                            .tokens
                            .get(k + 1)
                            .is_some_and(|n| n.kind == TokenKind::Number)
            }
            // "9/11 widow Terry Strada", "a 2008 Clinton veteran", "the
            // 46-year-old": a number that a word or a hyphen follows.
            TokenKind::Number => {
                (k == a || ctx.tok(k - 1) == "/" || DETERMINERS.contains(&lower(ctx.word(k - 1))))
                    && ctx.tokens.get(k + 1).is_some_and(|n| {
                        n.kind == TokenKind::Word || matches!(ctx.tok(k + 1), "-" | "/")
                    })
            }
            TokenKind::Word => k == a || !NP_BREAK.contains(&w) || w == "for" || w == "of",
        };
        if !ok {
            break;
        }
        k += 1;
    }
    while k > a && ctx.tokens[k - 1].kind == TokenKind::Punct {
        k -= 1;
    }
    k
}

/// Past a party label after a name, "(D-S.C.)" or "(R)": where the label
/// ends, or `k` when there is none.
fn party_label_end(ctx: &Context, k: usize, s1: usize) -> usize {
    if ctx.tok_or(k) != "(" {
        return k;
    }
    (k + 1..s1.min(k + 10))
        .find(|&j| ctx.tok(j) == ")")
        .map_or(k, |j| j + 1)
}

/// "on Monday", "in a statement", "last week" after a final cue.
fn trailing_adjunct(ctx: &Context, a: usize, s1: usize) -> bool {
    let first = lower(ctx.word(a));
    let starts = matches!(
        first.as_ref(),
        "on" | "in"
            | "at"
            | "last"
            | "this"
            | "yesterday"
            | "today"
            | "earlier"
            | "later"
            | "during"
            | "to"
            | "after"
            | "before"
            | "via"
            | "over"
    ) || (first.len() > 3 && first.ends_with("ly"));
    if !starts {
        return false;
    }
    let rest = (a..s1).take_while(|&k| !is_end_punct(ctx.tok(k))).count();
    rest <= 8 && !(a..s1).any(|k| ctx.word(k).eq_ignore_ascii_case("that"))
}

/// The phrase before the cue starts the clause: at the sentence start, after a
/// comma or a conjunction, or after an opening phrase.
fn subject_position(ctx: &Context, s0: usize, np_start: usize) -> bool {
    if np_start <= s0 {
        return true;
    }
    let prev = ctx.tok(np_start - 1);
    // "About 40 percent of voters said": a share with its approximation.
    if ctx.tokens[np_start].kind == TokenKind::Number
        && matches!(
            lower(prev).as_ref(),
            "about" | "nearly" | "almost" | "roughly" | "only" | "just" | "some" | "over"
        )
    {
        return subject_position(ctx, s0, np_start - 1);
    }
    matches!(
        prev,
        "," | ":" | ";" | "\u{2014}" | "\u{2015}" | "\u{2013}" | "("
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
        )
}

/// The sentence's subject: its first noun phrase before `c`.
fn subject_of(ctx: &Context, s0: usize, c: usize) -> Option<std::ops::Range<usize>> {
    let mut k = s0;
    // "During a speech on Monday, Trump …", "Following a meeting, the
    // council …": the subject follows the opening phrase.
    if (opens_with_adjunct(ctx, s0)
        || matches!(
            lower(ctx.word(s0)).as_ref(),
            "meanwhile" | "however" | "still"
        ))
        && let Some(comma) = (s0..c).find(|&j| ctx.tok(j) == ",")
    {
        k = comma + 1;
    }
    while k < c && ctx.tokens[k].kind == TokenKind::Punct {
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
            // "Dr. Helen Park": the stop of an abbreviation.
            || ctx.tok(e) == "." && e > k && ctx.lex.is_abbreviation(ctx.word(e - 1)))
        && !NP_BREAK.contains(&lower(ctx.word(e)))
        && !ctx.lex.is_cue(ctx.word(e))
        // "Bolton distanced himself …", "Fiorina threw her support …": a
        // verb in the past after a name ends the subject.
        && !(e > k
            && !ctx.is_cap(e)
            && (ctx.word(e).len() > 4 && ctx.word(e).ends_with("ed") && ctx.word(e) != "hundred"
                || PAST_VERBS.contains(ctx.word(e)))
            && (k..e).all(|j| ctx.is_cap(j) || DETERMINERS.contains(&lower(ctx.word(j)))))
    {
        e += 1;
    }
    (e > k && e - k <= 8).then_some(k..e)
}

/// Paragraphs of a transcript: a speaker's name in capitals, a colon, and
/// what they said ("PENCE: Well, look, …").
fn transcript_lines(ctx: &Context) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    // The mark that opened the last line, when the paragraph just before
    // was a line or its continuation: a transcript quoted paragraph by
    // paragraph goes on in paragraphs that open with the same mark.
    let mut open_mark: Option<&str> = None;
    for (span, sents) in &ctx.blocks {
        let carried = open_mark.take();
        if sents.is_empty() {
            continue;
        }
        let toks = ctx.sentences[sents.start].tokens.start..ctx.sentences[sents.end - 1].tokens.end;
        let mut k = toks.start;
        // A stray opening mark before the name.
        while k < toks.end && is_quote_mark(ctx.tok(k)) {
            k += 1;
        }
        let mark = (k > toks.start).then(|| ctx.tok(toks.start));
        // A paragraph quoted whole keeps its closing mark out of the line.
        let end = match toks.end.checked_sub(1) {
            Some(last) if mark.is_some() && last > k && is_quote_mark(ctx.tok(last)) => {
                ctx.tokens[last].start()
            }
            _ => span.end,
        };
        let name = k;
        while k < toks.end
            && k < name + 3
            && ctx.tokens[k].kind == TokenKind::Word
            && ctx.word(k).chars().count() >= 2
            && ctx
                .word(k)
                .chars()
                .all(|c| c.is_uppercase() || c == '-' || c == '.')
        {
            k += 1;
        }
        let is_line = k > name
            && k + 1 < toks.end
            && ctx.tok(k) == ":"
            && !ctx
                .lex
                .is_label(&ctx.text[ctx.tokens[name].start()..ctx.tokens[k - 1].end()]);
        if !is_line {
            // "(CROSSTALK.)" ends the line; a paragraph opening with the
            // line's mark continues it.
            if let (Some(m), Some(last)) = (carried, out.last_mut())
                && mark == Some(m)
                && ctx.tok_or(name) != "("
            {
                last.span.end = end;
                open_mark = Some(m);
            }
            continue;
        }
        let words = (k + 1..toks.end)
            .filter(|&j| ctx.tokens[j].kind == TokenKind::Word)
            .count();
        if words < 3 {
            continue;
        }
        out.push(Found {
            kind: QuoteKind::Direct,
            span: ctx.tokens[k + 1].start()..end,
            speaker: Speaker::phrase(name..k),
            cue: Some(ctx.tokens[k].span()),
        });
        open_mark = mark;
    }
    out
}

/// A quotation with no cue in its sentence: attributed by "― Name", by a
/// speaker and cue right after it, by "NAME: “…”", or by the speaker of the
/// quotation it continues.
fn attribute_direct(
    ctx: &Context,
    qi: usize,
    direct: &[Span],
    inside: &Owners,
    prev: Option<&Found>,
) -> Option<Found> {
    let q = direct[qi].clone();
    let first = ctx.token_at(q.start);
    let mut last = ctx.token_at(q.end);
    let words = (first..last)
        .filter(|&k| ctx.tokens[k].kind != TokenKind::Punct)
        .count();
    let block = ctx.block_at(q.start)?;
    let (bspan, _) = &ctx.blocks[block];
    let sent_end = ctx.sentences
        [ctx.sentence_of_token(last.min(ctx.tokens.len().saturating_sub(1)))]
    .tokens
    .end;

    // "― Name" after the quote; "― Today" names nobody.
    if last < ctx.tokens.len()
        && matches!(ctx.tok(last), "\u{2015}" | "\u{2014}" | "-" | "\u{2013}")
        && ctx.is_cap(last + 1)
        && let e = noun_phrase_forward(ctx, last + 1, ctx.tokens.len().min(last + 6))
        && let Some(speaker) = Speaker::phrase(last + 1..e)
    {
        return Some(Found {
            kind: QuoteKind::Direct,
            span: q,
            speaker: Some(speaker),
            cue: Some(ctx.tokens[last].span()),
        });
    }
    // ", he said" right after, in the same sentence or the next few tokens.
    // A quotation that the writer's clause runs into ("to be Iowa’s “silver
    // standard,” says …", "said on CBS's “Face the Nation.”") is neither
    // what a cue after it reports nor the second part of a statement; one
    // joined by a conjunction ("she said, and “…”") may be.
    let sentence_start = ctx.sentences[ctx.sentence_of_token(first)].tokens.start;
    let embedded = first > sentence_start
        && matches!(
            ctx.tokens[first - 1].kind,
            TokenKind::Word | TokenKind::Number
        )
        && !matches!(ctx.word(first - 1), "and" | "but" | "or");
    if embedded && let Some(f) = embedded_statement(ctx, first, last, inside) {
        return Some(f);
    }
    while last < ctx.tokens.len() && ctx.tok(last) == "," {
        last += 1;
    }
    if !embedded
        && last < sent_end.max(last + 1)
        && last < ctx.tokens.len()
        && ctx.tokens[last].start() < bspan.end
    {
        let s_end = ctx.sentences[ctx.sentence_of_token(last)].tokens.end;
        if let Some(c) =
            (last..s_end.min(last + 9)).find(|&k| cue_at(ctx, k) > 0 && inside.at(k).is_none())
        {
            let s0 = last;
            // “…,” said Ana Ruiz / according to the report; not “…,”
            // promising a return, a participle with its object.
            if c == last {
                let according =
                    ctx.word(c).eq_ignore_ascii_case("according") && ctx.word(c + 1) == "to";
                let after = c + 1 + usize::from(according);
                let e = noun_phrase_forward(ctx, after, s_end);
                if e > after && (according || !ctx.word(c).ends_with("ing")) {
                    return Some(Found {
                        kind: QuoteKind::Direct,
                        span: q,
                        speaker: Speaker::phrase(after..e),
                        cue: Some(span_of(ctx, c, after)),
                    });
                }
            } else if let Some((np, start)) = speaker_before(ctx, s0, c)
                && start == s0
            {
                return Some(Found {
                    kind: QuoteKind::Direct,
                    span: q,
                    speaker: Speaker::phrase(np),
                    cue: Some(ctx.tokens[c].span()),
                });
            }
        }
    }
    // "PENCE: “…”" or "Smith said: “…”" before it.
    if first >= 2 && ctx.tok(first - 1) == ":" {
        let s0 = ctx.sentences[ctx.sentence_of_token(first - 1)].tokens.start;
        if let Some(c) = (s0..first - 1).rev().find(|&k| cue_at(ctx, k) > 0)
            && let Some((np, _)) = speaker_before(ctx, s0, c)
        {
            return Some(Found {
                kind: QuoteKind::Direct,
                span: q,
                speaker: Speaker::phrase(np),
                cue: Some(ctx.tokens[c].span()),
            });
        }
        let start = np_back(ctx, s0, first - 1);
        if start < first - 1 && (start..first - 1).all(|k| ctx.is_cap(k)) {
            return Some(Found {
                kind: QuoteKind::Direct,
                span: q,
                speaker: Speaker::phrase(start..first - 1),
                cue: None,
            });
        }
        // "Karl Obi, the port director, was blunt: “…”": the subject speaks.
        if let Some(np) = subject_of(ctx, s0, first - 1)
            && ctx.is_cap(np.start)
        {
            return Some(Found {
                kind: QuoteKind::Direct,
                span: q,
                speaker: Speaker::subject(np),
                cue: Some(ctx.tokens[first - 1].span()),
            });
        }
    }
    // “A,” she said. “B.”: the second part of a statement split by its
    // attribution, whatever its length.
    if let Some(p) = prev
        && !embedded
        && ends_quoted(ctx, p)
        && ctx.block_at(p.span.start) == Some(block)
        && p.cue
            .as_ref()
            .is_some_and(|c| c.start >= p.span.end && next_to_attribution(ctx, c, &q))
        && ctx.token_at(q.start) - ctx.token_at(p.span.end) <= 24
    {
        // A quotation the writer's sentence goes on after is a statement of
        // its own: “…” to drive up the stock price.
        let after_quote = ctx.token_at(q.end);
        let block_end = ctx.token_at(bspan.end);
        let own_end = ctx.sentences[ctx.sentence_of_token(after_quote.saturating_sub(1))]
            .tokens
            .end;
        let end = own_end.min(block_end);
        if after_quote < end
            && ctx.tokens[after_quote].kind == TokenKind::Word
            && cue_at(ctx, after_quote) == 0
            && !speaker_clause(ctx, after_quote, end)
        {
            let end = content_end(ctx, first, end);
            return Some(Found {
                kind: QuoteKind::Indirect,
                span: span_of(ctx, first, end),
                speaker: Some(Speaker::Inherit),
                cue: None,
            });
        }
        return Some(Found {
            kind: QuoteKind::Direct,
            span: q,
            speaker: Some(Speaker::Inherit),
            cue: None,
        });
    }
    // Scare quotes and titles of works are not speech, nor is a phrase quoted
    // in the middle of the writer's own sentence.
    let title_case = (first..last)
        .filter(|&k| ctx.tokens[k].kind == TokenKind::Word)
        .all(|k| ctx.is_cap(k) || ctx.word(k).len() <= 3);
    let sentence = &ctx.sentences[ctx.sentence_of_token(first)];
    let opens_sentence =
        (sentence.tokens.start..first).all(|k| ctx.tokens[k].kind == TokenKind::Punct);
    if words <= 3 || title_case || (!opens_sentence && words < 6) {
        return None;
    }
    // After a sentence about a person in the same paragraph, the quotation
    // is theirs ("Sanders named bigotry as a reason. “The younger people …”");
    // otherwise it continues the last speaker nearby.
    let si = ctx.sentence_of_token(first);
    let prev_sentence = si
        .checked_sub(1)
        .map(|p| ctx.sentences[p].tokens.clone())
        .filter(|p| {
            p.start < p.end && ctx.block_at(ctx.tokens[p.start].start()) == Some(block) && {
                // Each quotation in it once: only titles are allowed.
                let mut seen = None;
                (p.start..p.end).all(|k| match inside.at(k) {
                    Some(q) if seen != Some(q) => {
                        seen = Some(q);
                        is_title(ctx, &direct[q])
                    }
                    _ => true,
                })
            }
        });
    let subject = prev_sentence.and_then(|p| subject_of(ctx, p.start, p.end));
    let prev_nearby = prev.is_some_and(|f| {
        let fb = ctx.block_at(f.span.start);
        fb.is_some_and(|fb| fb + 1 >= block) && f.speaker.is_some()
    });
    let speaker = subject
        .and_then(Speaker::subject)
        .or_else(|| prev_nearby.then_some(Speaker::Inherit));
    Some(Found {
        kind: QuoteKind::Direct,
        span: q,
        speaker,
        cue: None,
    })
}

/// "This is “roughly the same advantage,” reported Reuters", "The
/// rejection signals “the beginning of the end” for the EU, said Geert
/// Wilders": a quotation inside the writer's clause, and a cue with its
/// speaker after the clause's comma. The clause is what was said.
fn embedded_statement(ctx: &Context, first: usize, last: usize, inside: &Owners) -> Option<Found> {
    let sentence = ctx.sentences[ctx.sentence_of_token(first)].tokens.clone();
    let s_end = sentence.end;
    let c = (last..s_end.min(last + 10)).find(|&k| cue_at(ctx, k) > 0 && inside.at(k).is_none())?;
    let comma = (last.saturating_sub(2)..c)
        .rev()
        .find(|&k| ctx.tok(k) == ",")?;
    if (last..comma).any(|k| inside.at(k).is_some() || is_end_punct(ctx.tok(k))) {
        return None;
    }
    // The comma closing the clause may stand inside the quotation (“…,”).
    let (end, from) = if comma < last {
        (last, last)
    } else {
        (comma, comma + 1)
    };
    let speaker = if from == c {
        // ", said Geert Wilders": an inverted cue, not a participle.
        if ctx.word(c).ends_with("ing") {
            return None;
        }
        let e = noun_phrase_forward(ctx, c + 1, s_end);
        (e > c + 1 && (ctx.is_cap(c + 1) || DETERMINERS.contains(&lower(ctx.word(c + 1)))))
            .then_some(c + 1..e)?
    } else {
        match speaker_before(ctx, from, c) {
            Some((np, start)) if start == from => np,
            _ => return None,
        }
    };
    // The cue closes the sentence ("…, Reuters reported on Friday."); one
    // that goes on ("In an interview with “Fox and Friends,” Trump said
    // that …") reports something else.
    let after = if from == c { speaker.end } else { c + 1 };
    let after = party_label_end(ctx, after, s_end);
    if after < s_end
        && !matches!(ctx.tok(after), "," | "\u{2014}")
        && !is_end_punct(ctx.tok(after))
        && !trailing_adjunct(ctx, after, s_end)
    {
        return None;
    }
    let start = (sentence.start..first)
        .find(|&k| ctx.tokens[k].kind != TokenKind::Punct)
        .unwrap_or(first);
    // "In particular, Bill Clinton has been “very worked up,” said …": an
    // opening adjunct is said with the clause after its comma, but is no
    // clause of its own ("When Trump said he would “protect …,”").
    let clause_after_comma = || {
        (start..first)
            .find(|&k| ctx.tok(k) == "," && inside.at(k).is_none())
            .is_some_and(|comma| comma + 1 < first && !opens_with_adjunct(ctx, comma + 1))
    };
    if opens_with_adjunct(ctx, start) && !clause_after_comma() {
        return None;
    }
    Some(Found {
        kind: QuoteKind::Indirect,
        span: span_of(ctx, start, end),
        speaker: Speaker::phrase(speaker),
        cue: Some(ctx.tokens[c].span()),
    })
}

/// Words opening an adverbial phrase or clause.
static ADJUNCT_OPENERS: Words = Words::new(&[
    "in",
    "on",
    "at",
    "with",
    "by",
    "from",
    "after",
    "before",
    "since",
    "during",
    "for",
    "of",
    "about",
    "according",
    "as",
    "when",
    "while",
    "because",
    "if",
    "though",
    "although",
    "once",
    "until",
    "unless",
    "despite",
    "amid",
    "without",
    "through",
    "under",
    "over",
    "to",
    "asked",
]);

/// A sentence opening at `a` with an adjunct ("In an interview with “Fox
/// and Friends,”", "When Trump said …", "Acknowledging that …"): up to its
/// comma it is the speaker's circumstance, not what was said.
fn opens_with_adjunct(ctx: &Context, a: usize) -> bool {
    let w = lower(ctx.word(a));
    ADJUNCT_OPENERS.contains(&w) || (w.len() > 4 && w.ends_with("ing"))
}

/// A statement that ends in quotation marks: a direct quotation, or reported
/// speech closing on a quoted phrase ('Both parties "saw Burma as …,"').
fn ends_quoted(ctx: &Context, f: &Found) -> bool {
    f.kind == QuoteKind::Direct
        || ctx
            .text
            .get(..f.span.end)
            .and_then(|t| t.chars().next_back())
            .is_some_and(|c| matches!(c, '"' | '\u{201d}' | '\u{bb}'))
}

/// “A,” he said. “B” and other issues.: a second part that the writer's
/// sentence goes on after, with no cue of its own.
fn goes_on_after_quote(ctx: &Context, inside: &Owners, b: &Found) -> bool {
    let (first, last) = (ctx.token_at(b.span.start), ctx.token_at(b.span.end));
    b.kind == QuoteKind::Indirect
        && b.cue.is_none()
        && matches!(b.speaker, Some(Speaker::Inherit))
        && is_quote_mark(ctx.tok(first))
        && (first..last).all(|k| inside.at(k).is_some() || cue_at(ctx, k) == 0)
}

/// The second part of a split statement opens in the attribution's sentence
/// or the next one: “A,” Tom said, pointing at his ears. Betsy shook her
/// head. “B.” is two statements.
fn next_to_attribution(ctx: &Context, cue: &Span, b: &Span) -> bool {
    let sentence = |pos: usize| ctx.sentence_of_token(ctx.token_at(pos));
    sentence(b.start) <= sentence(cue.start) + 1
}

/// “A,” he said.¶“B.”: a paragraph that is one quotation and no more,
/// right after a statement its attribution closes, goes on with it.
fn quoted_paragraph_after(ctx: &Context, a: &Found, b: &Found) -> bool {
    let (Some(ab), Some(bb)) = (ctx.block_at(a.span.start), ctx.block_at(b.span.start)) else {
        return false;
    };
    let whole = &ctx.blocks[bb].0;
    a.kind == QuoteKind::Direct
        && b.kind == QuoteKind::Direct
        && b.cue.is_none()
        && bb == ab + 1
        // The attribution is the paragraph's last sentence.
        && a.cue.as_ref().is_some_and(|c| {
            ctx.block_at(c.start) == Some(ab)
                && ctx.sentence_of_token(ctx.token_at(c.start)) + 1 == ctx.blocks[ab].1.end
        })
        && b.span.start == whole.start
        && ctx
            .text
            .get(b.span.end..whole.end)
            .is_some_and(|rest| rest.trim().is_empty())
}

/// “A,” she said. “B.” is one statement: the second part joins the first.
fn merge_split_quotes(ctx: &Context, inside: &Owners, found: &mut Vec<Found>) {
    let joinable = |a: &Found, b: &Found| {
        let block = ctx.block_at(a.span.start);
        ends_quoted(ctx, a)
            && (b.kind == QuoteKind::Direct || goes_on_after_quote(ctx, inside, b))
            && matches!(
                b.speaker,
                Some(Speaker::Inherit | Speaker::Subject(_)) | None
            )
            && block.is_some()
            && (block == ctx.block_at(b.span.end - 1) || quoted_paragraph_after(ctx, a, b))
            && a.cue.as_ref().is_some_and(|c| {
                c.end <= b.span.start
                    && c.start >= a.span.end
                    && next_to_attribution(ctx, c, &b.span)
            })
    };
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    // A title after the first part (“A,” he told “Fox and Friends.” “B.”)
    // joins only when nothing else follows (“A,” she said. “The Boss.”);
    // otherwise it is dropped below with the other titles.
    let mut title: Option<Span> = None;
    for b in found.drain(..) {
        // Reported speech inside the attribution ("“A,” said a staffer, who
        // said he feared retribution. “B.”") stands between the parts.
        let n = out.len();
        let nested = n >= 2 && {
            let (a, r) = (&out[n - 2], &out[n - 1]);
            let sentence = |pos: usize| ctx.sentence_of_token(ctx.token_at(pos));
            r.kind == QuoteKind::Indirect
                && r.span.start >= a.span.end
                && r.span.end <= b.span.start
                && a.cue
                    .as_ref()
                    .is_some_and(|c| sentence(c.start) == sentence(r.span.start))
                && joinable(a, &b)
        };
        if nested {
            out.pop();
        }
        if let Some(a) = out.last_mut() {
            let join = joinable(a, &b);
            if b.kind == QuoteKind::Direct && b.cue.is_none() && is_title(ctx, &b.span) {
                if join && title.is_none() {
                    title = Some(b.span);
                }
                continue;
            }
            if join {
                a.span.end = b.span.end;
                if b.kind == QuoteKind::Indirect {
                    a.kind = QuoteKind::Indirect;
                }
                title = None;
                continue;
            }
            if let Some(t) = title.take() {
                a.span.end = t.end;
            }
        }
        out.push(b);
    }
    if let (Some(a), Some(t)) = (out.last_mut(), title) {
        a.span.end = t.end;
    }
    *found = out;
}

/// A short quotation in title case names a work or a show ("“Morning Joe”",
/// "“The Steve Harvey Morning Show,”"), and one followed by a byline is a
/// headline; it is not speech.
fn is_title(ctx: &Context, span: &Span) -> bool {
    // "“Romney blasts Trump,” by Susan Page": a headline with its byline.
    if let Some(by) = ctx.text[span.end..]
        .trim_start_matches(' ')
        .strip_prefix("by ")
        && (by.starts_with(char::is_uppercase) || by.starts_with("the "))
    {
        return true;
    }
    // A long quotation is no title, and is told without looking up its tokens.
    if ctx.text.as_bytes()[span.clone()]
        .iter()
        .filter(|&&b| b == b' ')
        .nth(11)
        .is_some()
    {
        return false;
    }
    let (a, b) = (ctx.token_at(span.start), ctx.token_at(span.end));
    let mut words = (a..b).filter(|&k| ctx.tokens[k].kind != TokenKind::Punct);
    let Some(first) = words.next() else {
        return false;
    };
    let capital = |k: usize| ctx.is_cap(k) || ctx.tokens[k].kind == TokenKind::Number;
    // At most six words, the first capitalised, the others too or small.
    capital(first)
        && words.clone().take(6).count() < 6
        && words.all(|k| {
            capital(k)
                || matches!(
                    ctx.word(k),
                    "a" | "an" | "the" | "of" | "and" | "in" | "on" | "for" | "to" | "it"
                )
        })
}

/// Two findings for the same words: the first (the more specific) stays.
fn drop_overlaps(found: &mut Vec<Found>) {
    let mut keep: Vec<Found> = Vec::with_capacity(found.len());
    for f in found.drain(..) {
        // Findings come in text order: only the last few can overlap.
        let n = keep.len();
        let clash = keep[n.saturating_sub(8)..].iter().rposition(|k| {
            let ov = k
                .span
                .end
                .min(f.span.end)
                .saturating_sub(k.span.start.max(f.span.start));
            ov * 2 > (f.span.end - f.span.start).min(k.span.end - k.span.start)
        });
        match clash {
            None => keep.push(f),
            Some(i) => {
                // A quotation with its own speaker and cue inside reported
                // speech ("concludes with footage of Trump saying, “…”")
                // is the more specific finding.
                let k = &mut keep[n.saturating_sub(8) + i];
                let nested = f.kind == QuoteKind::Direct
                    && k.kind == QuoteKind::Indirect
                    && f.span.start >= k.span.start
                    && f.span.end <= k.span.end
                    && f.speaker.is_some()
                    && f.cue.as_ref().is_some_and(|c| c.start >= k.span.start);
                if nested {
                    *k = f;
                }
            }
        }
    }
    *found = keep;
}
