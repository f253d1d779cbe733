//! Who may have spoken a quotation with no attribution of its own: the
//! people, organisations and groups named in its paragraph and the two
//! before it, in the sentence after it, and the last speaker, each
//! described by the features the ranker weighs.

use super::ranker::Feature;
use super::speakers::Resolver;
use super::*;
use crate::analysis::entities::EntityKind;

/// The most mentions looked at before a quotation and after it: enough for
/// the names of two or three paragraphs, whatever the paragraph's length.
const MENTIONS_BEFORE: usize = 24;
const MENTIONS_AFTER: usize = 6;
/// How many paragraphs before the quotation's own are looked at.
const PARAGRAPHS_BACK: usize = 2;
/// How near a cue must follow a name for the name to speak there ("Sanders
/// said", "Sanders, the senator, told").
const CUE_NEAR: usize = 6;
/// How many tokens before a quotation are searched for pronouns: the
/// sentence before and the quotation's own, however long they run.
const PRONOUN_TOKENS: usize = 60;

/// One possible speaker.
pub struct Candidate {
    pub entity: usize,
    /// The mention nearest the quotation.
    pub mention: Span,
    pub features: Vec<Feature>,
}

/// What the candidates of one quotation are weighed against.
pub struct Around {
    /// The last speaker and where their statement began.
    pub last: Option<(usize, usize)>,
    /// What the rules chose.
    pub rule: Option<usize>,
}

/// The candidates for the quotation `q`, the nearest first.
pub fn candidates(
    ctx: &Context,
    speakers: &Resolver,
    quotes: &Quotations,
    q: &Span,
    around: &Around,
) -> Vec<Candidate> {
    let Some(block) = ctx.block_at(q.start) else {
        return Vec::new();
    };
    let first = ctx.token_at(q.start);
    let si = ctx.sentence_of_token(first);
    let sent = ctx.sentences[si].tokens.clone();
    let sentences_of_block = ctx.blocks[block].1.clone();
    let opens = (sent.start..first).all(|k| ctx.tokens[k].kind == TokenKind::Punct);
    let lo = ctx.blocks[block.saturating_sub(PARAGRAPHS_BACK)].0.start;
    // After the quotation: to the end of the sentence after the one it ends
    // in, inside its paragraph.
    let end_tok = ctx.token_at(q.end).max(first + 1);
    let end_si = ctx.sentence_of_token(end_tok - 1);
    let hi_si = (end_si + 1)
        .min(sentences_of_block.end.saturating_sub(1))
        .max(end_si);
    let hi = ctx
        .tokens
        .get(ctx.sentences[hi_si].tokens.end.saturating_sub(1))
        .map_or(q.end, |t| t.end())
        .max(q.end);
    let subject_span = |r: std::ops::Range<usize>| span_of(ctx, r.start, r.end);
    let prev_subject = si
        .checked_sub(1)
        .filter(|p| sentences_of_block.contains(p))
        .and_then(|p| {
            let s = &ctx.sentences[p].tokens;
            subject_of(ctx, s.start, s.end)
        })
        .filter(|r| r.start < r.end)
        .map(subject_span);
    let own_subject = (!opens)
        .then(|| subject_of(ctx, sent.start, first))
        .flatten()
        .filter(|r| r.start < r.end)
        .map(subject_span);
    let overlaps = |a: &Span, b: &Option<Span>| {
        b.as_ref()
            .is_some_and(|b| a.start < b.end && b.start < a.end)
    };
    let speaks_after = |m: &Span| {
        let t = ctx.token_at(m.end);
        let end = ctx.sentences[ctx.sentence_of_token(t.saturating_sub(1))]
            .tokens
            .end;
        (t..end.min(t + CUE_NEAR)).any(|k| quotes.at(k).is_none() && cue_at(ctx, k) > 0)
    };
    let speaks_before = |m: &Span| {
        let t = ctx.token_at(m.start);
        (t.saturating_sub(3)..t).any(|k| quotes.at(k).is_none() && cue_at(ctx, k) > 0)
    };
    let kind_ok = |e: usize| {
        matches!(
            speakers.entity(e).kind,
            EntityKind::Person | EntityKind::Organization | EntityKind::Group
        )
    };

    let mut out: Vec<Candidate> = Vec::new();
    let mut rank = 0;
    for (m, e) in speakers
        .mentions_in(lo..q.start)
        .rev()
        .take(MENTIONS_BEFORE)
    {
        if m.end > q.start || !kind_ok(e) {
            continue;
        }
        if let Some(c) = out.iter_mut().find(|c| c.entity == e) {
            if overlaps(&m, &prev_subject) && !c.features.contains(&Feature::SubjectPrevious) {
                c.features.push(Feature::SubjectPrevious);
            }
            continue;
        }
        let mut f = Vec::with_capacity(16);
        f.push(match rank {
            0 => Feature::BeforeFirst,
            1 => Feature::BeforeSecond,
            2 => Feature::BeforeThird,
            _ => Feature::BeforeLater,
        });
        let mb = ctx.block_at(m.start).unwrap_or(0);
        let paragraph = match block - mb.min(block) {
            0 => Feature::ParagraphSame,
            1 => Feature::ParagraphPrevious,
            _ => Feature::ParagraphEarlier,
        };
        f.push(paragraph);
        let mt = ctx.token_at(m.start);
        let ms = ctx.sentence_of_token(mt);
        let sentence = if ms == si {
            Feature::SentenceOwn
        } else if ms + 1 == si {
            Feature::SentencePrevious
        } else {
            Feature::SentenceEarlier
        };
        f.push(sentence);
        if overlaps(&m, &prev_subject) {
            f.push(Feature::SubjectPrevious);
            if opens {
                f.push(Feature::OpensAndSubjectPrevious);
            }
        }
        if overlaps(&m, &own_subject) {
            f.push(Feature::SubjectOwn);
        }
        let person = speakers.is_person(e);
        if speaks_after(&m) || speaks_before(&m) {
            f.push(Feature::SpeaksNear);
            if person {
                f.push(Feature::PersonAndSpeaksNear);
            }
        }
        if quotes.at(mt).is_some() {
            f.push(Feature::Quoted);
        }
        let gap = first.saturating_sub(ctx.token_at(m.end));
        f.push(match gap {
            0..10 => Feature::GapUnder10,
            10..30 => Feature::GapUnder30,
            30..80 => Feature::GapUnder80,
            _ => Feature::GapFar,
        });
        if rank == 0 {
            if paragraph == Feature::ParagraphSame {
                f.push(Feature::FirstAndParagraphSame);
            }
            if sentence == Feature::SentencePrevious {
                f.push(Feature::FirstAndSentencePrevious);
            }
            match speakers.entity(e).kind {
                EntityKind::Person => f.push(Feature::PersonAndFirst),
                EntityKind::Organization => f.push(Feature::OrganisationAndFirst),
                _ => {}
            }
        }
        rank += 1;
        out.push(Candidate {
            entity: e,
            mention: m,
            features: f,
        });
    }
    let mut after_rank = 0;
    for (m, e) in speakers.mentions_in(q.end..hi).take(MENTIONS_AFTER) {
        if m.end > hi || !kind_ok(e) {
            continue;
        }
        let feature = if after_rank == 0 {
            Feature::AfterFirst
        } else {
            Feature::AfterLater
        };
        after_rank += 1;
        let speaks = speaks_after(&m) || speaks_before(&m);
        match out.iter_mut().find(|c| c.entity == e) {
            Some(c) => {
                if !c.features.contains(&feature) {
                    c.features.push(feature);
                }
                if speaks && !c.features.contains(&Feature::SpeaksAfter) {
                    c.features.push(Feature::SpeaksAfter);
                }
            }
            None => {
                let mut f = vec![Feature::AfterOnly, feature];
                if speaks {
                    f.push(Feature::SpeaksAfter);
                }
                out.push(Candidate {
                    entity: e,
                    mention: m,
                    features: f,
                });
            }
        }
    }
    // "Greta shook her head. “Tom is calmer than I am.”": a person the
    // quotation names is spoken of, seldom speaking.
    for (_, e) in speakers.mentions_in(q.clone()) {
        if let Some(c) = out.iter_mut().find(|c| c.entity == e)
            && !c.features.contains(&Feature::NamedInQuote)
        {
            c.features.push(Feature::NamedInQuote);
        }
    }
    // "He said he was sorry. “…”": a pronoun just before names its person
    // nearer than any name, and is the words that name the speaker here.
    let prev_start = si
        .checked_sub(1)
        .filter(|p| sentences_of_block.contains(p))
        .map_or(sent.start, |p| ctx.sentences[p].tokens.start);
    let mut pronouns = 0;
    for k in (prev_start.max(first.saturating_sub(PRONOUN_TOKENS))..first).rev() {
        let w = ctx.word(k);
        if !matches!(w, "he" | "she" | "they" | "He" | "She" | "They") || quotes.at(k).is_some() {
            continue;
        }
        let Some(np) = crate::text::Run::new(k..k + 1) else {
            continue;
        };
        let Some((e, mention)) = speakers
            .resolve(np, around.last, q)
            .and_then(|r| r.entity.zip(r.mention))
        else {
            continue;
        };
        pronouns += 1;
        if pronouns > 2 {
            break;
        }
        let mut f = vec![Feature::Pronoun];
        f.push(if ctx.sentence_of_token(k) == si {
            Feature::PronounOwn
        } else {
            Feature::PronounPrevious
        });
        if overlaps(&mention, &prev_subject) || overlaps(&mention, &own_subject) {
            f.push(Feature::PronounSubject);
        }
        match out.iter_mut().find(|c| c.entity == e) {
            Some(c) => {
                if !c.features.contains(&Feature::Pronoun) {
                    c.features.extend(f);
                    c.mention = mention;
                }
            }
            None => out.push(Candidate {
                entity: e,
                mention,
                features: f,
            }),
        }
    }
    // The last speaker and the rules' choice are always candidates.
    for e in [around.last.map(|(e, _)| e), around.rule]
        .into_iter()
        .flatten()
    {
        if !out.iter().any(|c| c.entity == e) {
            let mention = speakers
                .entity(e)
                .mentions
                .iter()
                .rev()
                .find(|m| m.end <= q.start)
                .or_else(|| speakers.entity(e).mentions.first())
                .cloned()
                .unwrap_or_else(|| q.clone());
            out.push(Candidate {
                entity: e,
                mention,
                features: Vec::new(),
            });
        }
    }
    // Another person the subject of the sentence just before: the turn
    // may have passed to them.
    let last_entity = around.last.map(|(e, _)| e);
    let new_subject = out.iter().any(|c| {
        c.features.contains(&Feature::SubjectPrevious)
            && Some(c.entity) != last_entity
            && speakers.is_person(c.entity)
    });
    for c in &mut out {
        let ent = speakers.entity(c.entity);
        if c.features.contains(&Feature::SubjectPrevious) && Some(c.entity) != last_entity {
            c.features.push(Feature::NewSubject);
            // "Greta Berg shook her head. “…”": a person doing something
            // other than speaking, then a quotation.
            if !c.features.contains(&Feature::SpeaksNear) {
                c.features.push(Feature::NewSilentSubject);
            }
        }
        if Some(c.entity) == last_entity && new_subject {
            c.features.push(Feature::LastSpeakerInterrupted);
        }
        c.features.push(match ent.kind {
            EntityKind::Person => Feature::KindPerson,
            EntityKind::Organization => Feature::KindOrganisation,
            EntityKind::Group => Feature::KindGroup,
            _ => Feature::KindPlace,
        });
        if ent.author {
            c.features.push(Feature::Author);
        }
        if !ent.roles.is_empty() {
            c.features.push(Feature::Role);
        }
        if around.rule == Some(c.entity) {
            c.features.push(Feature::Rule);
        }
        if let Some((e, pos)) = around.last
            && e == c.entity
        {
            c.features.push(Feature::LastSpeaker);
            if opens {
                c.features.push(Feature::OpensAndLastSpeaker);
            }
            match ctx.block_at(pos) {
                Some(b) if b == block => c.features.push(Feature::LastSpeakerSameParagraph),
                Some(b) if b + 1 == block => c.features.push(Feature::LastSpeakerPreviousParagraph),
                _ => {}
            }
        }
    }
    out
}
