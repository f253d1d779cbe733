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
mod after_quote;
mod appositives;
mod assembly;
mod breaks;
mod candidates;
mod clause_subjects;
mod clauses;
mod cue_nouns;
mod cues;
mod direct;
mod finding;
mod marks;
mod overlaps;
mod page;
mod patterns;
mod phrases;
mod punctuation;
pub mod ranker;
mod resolving;
mod sentence_subject;
mod speakers;
mod subject_starts;
mod subjects;
mod titles;
mod windows;

use adjuncts::*;
use after_quote::*;
use appositives::*;
use assembly::*;
use breaks::*;
use clause_subjects::*;
use clauses::*;
use cue_nouns::*;
use cues::*;
use direct::*;
use finding::find_statements;
use marks::Quotations;
use overlaps::drop_overlaps;
use page::page_structure;
use patterns::*;
use phrases::*;
use punctuation::*;
use resolving::resolve_speakers;
use sentence_subject::*;
use speakers::Speaker;
use subject_starts::*;
use subjects::*;
use titles::*;
use windows::*;

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
pub fn extract_choosing(ctx: &Context, entities: &[Entity], choosing: Choosing) -> Vec<Quote> {
    let quotes = Quotations::of(ctx);
    let found = find_statements(ctx, &quotes);
    resolve_speakers(ctx, entities, &quotes, found, choosing)
}

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
