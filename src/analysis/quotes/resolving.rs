//! Resolving speakers: each statement's speaker phrase to an entity, in
//! reading order so that pronouns can prefer the last speaker; the ranker
//! chooses for statements with no attribution of their own.

use super::*;

/// The statements found, with their speakers resolved, as quotations.
pub(super) fn resolve_speakers(
    ctx: &Context,
    entities: &[Entity],
    quotes: &Quotations,
    found: Vec<Found>,
    mut choosing: Choosing,
) -> Vec<Quote> {
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
            let cands = candidates::candidates(ctx, &speakers, quotes, &f.span, &around);
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
