//! Who said what: direct quotations in quotation marks and reported speech,
//! each with its cue and its speaker resolved to an entity where the article
//! allows.

use super::Context;
use super::entities::Entity;
use super::shared::Shared;
use crate::lexicon::WordClass;
use crate::text::{Offsets, Span, TokenKind, is_quote_mark, lower, offsets, with_lower};
use std::sync::Arc;

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

/// The construction that found a statement: errors can be counted per
/// pattern on any set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    /// "…, according to X" and "according to X, …".
    AccordingTo,
    /// "…, saying …".
    Participle,
    /// "…, said X".
    Inverted,
    /// "…, X said".
    Postposed,
    /// "X said (that) …", "X said: “…”".
    Preposed,
    /// "what she called a “rant”".
    WhatCalled,
    /// "PENCE: …" lines.
    Transcript,
    /// "“…” ― Name".
    Signed,
    /// "Name: “…”".
    Labelled,
    /// "Karl Obi was blunt: “…”": the sentence's subject speaks.
    Subject,
    /// The second part of a statement split by its attribution, or a
    /// quotation continuing the last speaker's.
    Continuation,
    /// A quotation after a sentence about its speaker.
    Context,
    /// A statement inside the writer's sentence: "X has been “very worked
    /// up,” said …".
    Embedded,
    /// A page's block quotation, spoken by the subject of the sentence
    /// before it or the last speaker.
    BlockQuote,
    /// "her claim that …": the possessor of a noun for speech.
    Possessed,
}

impl Pattern {
    pub fn as_str(self) -> &'static str {
        match self {
            Pattern::AccordingTo => "according-to",
            Pattern::Participle => "participle",
            Pattern::Inverted => "inverted",
            Pattern::Postposed => "postposed",
            Pattern::Preposed => "preposed",
            Pattern::WhatCalled => "what-called",
            Pattern::Transcript => "transcript",
            Pattern::Signed => "signed",
            Pattern::Labelled => "labelled",
            Pattern::Subject => "subject",
            Pattern::Continuation => "continuation",
            Pattern::Context => "context",
            Pattern::Embedded => "embedded",
            Pattern::BlockQuote => "block-quote",
            Pattern::Possessed => "possessed",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub kind: QuoteKind,
    /// The construction that found it.
    pub pattern: Pattern,
    pub span: Span,
    /// The entity's name, a description ("a senior official"), or None;
    /// shared by every statement of one speaker.
    pub speaker: Option<Arc<str>>,
    /// Index into the analysis's entities.
    pub speaker_id: Option<u32>,
    /// The words naming the speaker here: "he", "Dacic".
    pub speaker_mention: Option<Offsets>,
    pub cue: Option<Offsets>,
}

impl Quote {
    /// The speaker's index into the analysis's entities.
    pub fn speaker_entity(&self) -> Option<usize> {
        self.speaker_id.map(|e| e as usize)
    }
}

// The quotations take the memory of the findings they come from (an
// article can hold tens of thousands): a quotation is no larger.
const _: () = assert!(std::mem::size_of::<Quote>() <= std::mem::size_of::<Found>());
const _: () = assert!(std::mem::align_of::<Quote>() == std::mem::align_of::<Found>());

mod adjuncts;
mod assembly;
mod candidates;
mod clause_subjects;
mod clauses;
mod cues;
mod direct;
mod marks;
mod page;
mod patterns;
mod phrases;
pub mod ranker;
mod speakers;
mod subjects;

use adjuncts::*;
use assembly::*;
use clause_subjects::*;
use clauses::*;
use cues::*;
use direct::*;
use marks::Quotations;
use page::page_structure;
use patterns::*;
use phrases::*;
use speakers::Speaker;
use subjects::*;

/// How a statement with no attribution of its own gets its speaker.
pub enum Choosing<'r> {
    /// The ranker chooses among its candidates, unless it rates the rules'
    /// choice as high.
    Ranker(&'r ranker::Ranker),
    /// The rules choose, and every choice is recorded, for training.
    Record(&'r mut Vec<Choice>),
}

/// A statement's candidate speakers, as training sees them.
pub struct Choice {
    pub span: Span,
    /// Each candidate's entity, the words naming it nearest the statement,
    /// and its features.
    pub candidates: Vec<(usize, Span, Vec<ranker::Feature>)>,
}

/// The patterns whose speakers the ranker chooses: those with no
/// attribution of their own.
fn ranked(p: Pattern) -> bool {
    matches!(p, Pattern::Context | Pattern::Subject)
}

/// Finds every quotation and its speaker.
pub fn extract(ctx: &Context, entities: &[Entity]) -> Vec<Quote> {
    extract_choosing(ctx, entities, Choosing::Ranker(ranker::ranker()))
}

/// Finds every quotation and its speaker, choosing speakers as `choosing`
/// says.
pub fn extract_choosing(ctx: &Context, entities: &[Entity], mut choosing: Choosing) -> Vec<Quote> {
    let quotes = Quotations::of(ctx);
    let mut found: Vec<Found> = Vec::new();
    // Quotations that open a transcript line: the line stands for them.
    let mut direct_skip: Vec<bool> = Vec::new();

    // Reported speech, sentence by sentence.
    for (si, sent) in ctx.sentences.iter().enumerate() {
        let mut c = sent.tokens.start;
        while c < sent.tokens.end {
            // "her claim that she “never sent” …": a statement its
            // speaker's noun names, before a quotation.
            if ctx.tok(c) == "that"
                && quotes.at(c).is_none()
                && quote_soon(&quotes, c + 1, sent.tokens.end).is_some()
                && let Some(f) = possessed(ctx, &quotes, sent.tokens.start, sent.tokens.end, c)
            {
                found.push(f);
                c += 1;
                continue;
            }
            // Cues are words, outside quotations; most words are refused by
            // the lexicon before anything is remembered of them.
            if ctx.tokens[c].kind != TokenKind::Word
                || quotes.at(c).is_some()
                || !ctx.lex.cue_word(ctx.tok(c)).may_cue()
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
                && quote_soon(&quotes, c + 1, end).is_none()
                && !(c + 1..end.min(c + NAMED_WORDS)).any(|k| ctx.word(k) == "that")
            {
                c += 1;
                continue;
            }
            if let Some(f) = reported(ctx, si, c, cue_len, &quotes, &found) {
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
        direct_skip = quotes
            .spans
            .iter()
            .map(|q| {
                let b = ctx.block_at(q.start);
                b.is_some_and(|b| ctx.blocks[b].0.start == q.start) && in_line(q)
            })
            .collect();
    }
    found.extend(lines);
    // Direct quotations not already inside reported speech.
    sort_in_text_order(&mut found);
    let mut attributed: Vec<Found> = Vec::new();
    // Both lists are in text order: one cursor walks the findings.
    let mut at = 0;
    for (qi, q) in quotes.spans.iter().enumerate() {
        if direct_skip.get(qi).copied().unwrap_or(false) {
            continue;
        }
        while at < found.len() && found[at].span.start <= q.start {
            at += 1;
        }
        if found[at.saturating_sub(RECENT_FINDINGS)..at]
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
        if let Some(f) = attribute_direct(ctx, qi, &quotes, prev) {
            attributed.push(f);
        }
    }
    found.append(&mut attributed);
    sort_in_text_order(&mut found);
    merge_split_quotes(ctx, &quotes, &mut found);
    // “Denver,” he answered; Priebus said, “Probably.”; Cruz said “CNN”:
    // one word its attribution follows or opens is speech, not a title; so
    // are words right after "said" ("He said “The Hispanics”").
    let answer = |f: &Found| {
        let (a, b) = (ctx.token_at(f.span.start), ctx.token_at(f.span.end));
        let opens = |c: &Span| {
            let after = ctx.token_at(c.end);
            after <= a && (after..a).all(|k| matches!(ctx.tok(k), "," | ":"))
        };
        let one_word = (a..b)
            .filter(|&k| ctx.tokens[k].kind != TokenKind::Punct)
            .count()
            == 1;
        let said = |c: &Span| {
            matches!(
                ctx.text[c.clone()].to_lowercase().as_str(),
                "said" | "says" | "say" | "saying"
            )
        };
        matches!(f.speaker, Some(Speaker::Phrase(_)))
            && f.cue.as_ref().is_some_and(|c| {
                one_word && c.start >= f.span.end && ctx.token_at(c.start) <= b + 3
                    || opens(c) && (said(c) || one_word && ctx.token_at(c.end) < a)
            })
    };
    found.retain(|f| !(f.kind == QuoteKind::Direct && is_title(ctx, &f.span) && !answer(f)));
    drop_overlaps(&mut found);
    page_structure(ctx, &mut found);

    // Speakers, in reading order so that pronouns can prefer the last speaker.
    let speakers = speakers::Resolver::new(ctx, entities);
    let mut last: Option<(usize, usize)> = None; // (entity, position)
    // The words that named the last speaker: a continued statement is named
    // by the attribution of the statement it continues.
    let mut last_mention: Option<Span> = None;
    // The first direct quotation starting at or after the finding.
    let mut first_inside = 0;
    // Each speaker's name is kept once, however often they speak.
    let mut names: Shared<str> = Shared::default();
    let mut quote = |f: Found| {
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
        let resolved = if ranked(f.pattern) {
            let rule = resolved.as_ref().and_then(|r| r.entity);
            let around = candidates::Around { last, rule };
            let cands = candidates::candidates(ctx, &speakers, &quotes, &f.span, &around);
            match &mut choosing {
                Choosing::Ranker(r) => {
                    let features: Vec<&[ranker::Feature]> =
                        cands.iter().map(|c| c.features.as_slice()).collect();
                    match r.decide(&features).map(|i| &cands[i]) {
                        Some(c) if !c.features.contains(&ranker::Feature::Rule) => {
                            Some(speakers::Resolved {
                                mention: Some(c.mention.clone()),
                                ..speakers.named(c.entity)
                            })
                        }
                        _ => resolved,
                    }
                }
                Choosing::Record(out) => {
                    out.push(Choice {
                        span: f.span.clone(),
                        candidates: cands
                            .into_iter()
                            .map(|c| (c.entity, c.mention, c.features))
                            .collect(),
                    });
                    resolved
                }
            }
        } else {
            resolved
        };
        let (speaker, speaker_id, speaker_mention) = match resolved {
            Some(r) => (Some(names.get(r.name)), r.entity, r.mention),
            None => (None, None, None),
        };
        if let Some(e) = speaker_id {
            last = Some((e, f.span.start));
            last_mention = speaker_mention.clone();
        }
        // Direct quotations are in text order: the first starting inside decides.
        while first_inside < quotes.spans.len() && quotes.spans[first_inside].start < f.span.start {
            first_inside += 1;
        }
        let kind = if f.kind == QuoteKind::Indirect
            && quotes
                .spans
                .get(first_inside)
                .is_some_and(|d| d.end <= f.span.end)
        {
            QuoteKind::Mixed
        } else {
            f.kind
        };
        Quote {
            kind,
            pattern: f.pattern,
            span: f.span,
            speaker,
            speaker_id: speaker_id.map(offsets::small),
            speaker_mention: speaker_mention.map(Offsets::from),
            cue: f.cue.map(Offsets::from),
        }
    };
    found.into_iter().map(&mut quote).collect()
}

/// How far after a quotation its cue may come, in tokens: "“…,” the
/// former governor of Texas said".
const CUE_AFTER_QUOTE: usize = 9;
/// The tokens a speaker's name and its appositive take before a cue
/// ("Cory James, 22, of Flint, Mich., said"), and how many comma-set parts.
const APPOSITIVE: usize = 20;
const APPOSITIVE_PARTS: usize = 4;
/// How far past a cue another clause may open: "said, and her husband".
const CLAUSE_AFTER_CUE: usize = 6;
/// How many tokens after a quotation a cue may close the writer's clause
/// it stands in: "This is “…,” reported Reuters".
const CUE_AFTER_CLAUSE: usize = 10;
/// How many tokens a listener may take after "told": "told “Morning Joe”
/// on Friday that …".
const LISTENER: usize = 16;
/// How many tokens may stand between the parts of a split statement: “A,”
/// the former governor of Texas said on Friday. “B.”
const BETWEEN_PARTS: usize = 24;
/// How close after a cue its "that" comes ("said last week that …"), and a
/// naming cue's quoted words ("what he called the “…”").
const NAMED_WORDS: usize = 8;
/// How long an adjunct between a cue and what was said may be: "said in an
/// interview on Monday with the paper that …".
const ADJUNCT: usize = 12;
/// How long a speaker's appositive may run before the cue when the name
/// opens the sentence, or between dashes: "Jason Sims — a teacher from
/// Mount Pleasant — says".
const LONG_APPOSITIVE: usize = 14;
/// How many tokens a noun phrase before a cue may take: "former Secretary
/// of State Hillary Rodham Clinton".
const NOUN_PHRASE: usize = 10;
/// How far before "and" the first verb's subject may stand: "after she
/// attacked the police and blamed …".
const FIRST_VERB: usize = 12;
/// How long a subject with its own clause may run before the cue.
const LONG_SUBJECT: usize = 16;
/// How long a subordinate clause a participle hangs on may be: "…, when
/// protesters from the university interrupted her speech, shouting …".
const CLAUSE: usize = 20;
/// How long a party label after a name may be: "(D-S.C.)".
const PARTY_LABEL: usize = 10;
/// How many of the last findings a participle or a quotation looks back at
/// for the statement it belongs to: those of its own sentence.
const RECENT_FINDINGS: usize = 4;
/// How far another speaker's cue may stand in a clause that ends what was
/// said: ", but the former mayor said".
const SPEAKER_CLAUSE: usize = 7;
/// How far a dash may stand from the one pairing with it around quoted
/// words: "— “No to Free Lawyers” —".
const ASIDE: usize = 40;
/// How long the writer's comment closing a sentence after quoted words may
/// run: "“reckless,” a rare rebuke.".
const COMMENT: usize = 6;
/// How many tokens a title in an appositive may run to: "star of
/// television’s “Scandal,”".
const TITLE_WORDS: usize = 8;
/// How long a signature after a dash may be: "― Ana Ruiz, mayor".
const SIGNATURE: usize = 6;
/// How far after a cue its quoted object may open: "called the plan, in a
/// speech on Monday, “a disaster”".
const QUOTED_OBJECT: usize = 20;
/// How far back a pronoun looks for its person, in bytes of text: a few
/// paragraphs.
const PRONOUN_REACH: usize = 3000;
/// How close the last speaker must be for a pronoun to stay with them, in
/// bytes: a paragraph or two.
const LAST_SPEAKER_REACH: usize = 1500;
/// How many findings before a new one can overlap it: findings come in
/// text order, so only the last few can.
const OVERLAP_LOOKBACK: usize = 8;

/// Findings by where they start, those starting together in the order
/// found. Sorting by a cached key keeps them so while setting aside a key and
/// an index for each, not a copy of every finding as a stable sort would.
fn sort_in_text_order(found: &mut [Found]) {
    found.sort_by_cached_key(|f| f.span.start);
}

/// A quotation found, before its speaker is resolved.
#[derive(Debug, Clone)]
struct Found {
    kind: QuoteKind,
    pattern: Pattern,
    span: Span,
    speaker: Option<Speaker>,
    cue: Option<Span>,
}

fn span_of(ctx: &Context, a: usize, b: usize) -> Span {
    ctx.tokens[a].start()..ctx.tokens[b - 1].end()
}

/// The stop at `k` closes an abbreviation or an initial ("Rep.", "E. J.
/// Fleming"), not a sentence.
fn abbreviation_stop(ctx: &Context, k: usize) -> bool {
    k >= 1
        && ctx.tok(k) == "."
        && (ctx.lex.is_abbreviation(ctx.word(k - 1))
            || ctx.word(k - 1).len() == 1 && ctx.is_cap(k - 1))
}

fn is_end_punct(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "\u{2026}")
}

/// Token `k` is a dash, however it is written: "—", "–", or a hyphen
/// standing apart from a word on one side at least ("Trump - who said …";
/// "--" is two of them), not the hyphen of "20-year" or "U.S.-based".
fn is_dash(ctx: &Context, k: usize) -> bool {
    let touches = |j: usize| {
        j < ctx.tokens.len()
            && ctx.tok(j) != "-"
            && (ctx.tokens[j].end() == ctx.tokens[k].start()
                || ctx.tokens[j].start() == ctx.tokens[k].end())
    };
    match ctx.tok(k) {
        "\u{2014}" | "\u{2013}" => true,
        "-" => !(k >= 1 && touches(k - 1) && touches(k + 1)),
        _ => false,
    }
}

/// Token `k` opens a dash: "--" counts once.
fn opens_dash(ctx: &Context, k: usize) -> bool {
    is_dash(ctx, k)
        && !(k >= 1 && ctx.tok(k - 1) == "-" && ctx.tokens[k - 1].end() == ctx.tokens[k].start())
}
