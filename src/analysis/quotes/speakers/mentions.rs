//! The mentions a resolver looks among: each with its entity, found by
//! where it starts, the nearest that fits looked for back from a place.

use super::super::super::entities::Entity;
use super::Resolver;
use crate::text::{Offsets, Span, offsets};

/// A mention and its entity, in 32-bit offsets: an article can hold a
/// hundred thousand mentions.
pub(super) struct Placed {
    at: Offsets,
    entity: u32,
}

impl Placed {
    pub(super) fn new(span: &Span, entity: usize) -> Placed {
        // Entity indexes are fewer than the text's bytes.
        Placed {
            at: Offsets::from(span),
            entity: offsets::small(entity),
        }
    }
    pub(super) fn start(&self) -> usize {
        self.at.start()
    }
    pub(super) fn end(&self) -> usize {
        self.at.end()
    }
    pub(super) fn entity(&self) -> usize {
        self.entity as usize
    }
}

impl Resolver<'_> {
    /// Every mention of `e` before the end of `r` lies inside `r`.
    pub(super) fn only_within(&self, e: &Entity, r: &Span) -> bool {
        e.mentions
            .iter()
            .take_while(|m| m.start < r.end)
            .all(|m| m.start >= r.start)
    }

    /// The mentions starting inside `r`, in text order.
    pub(super) fn within(&self, r: Span) -> &[Placed] {
        let a = self.index.first_at(&self.mentions, Placed::start, r.start);
        let b = self.index.first_at(&self.mentions, Placed::start, r.end);
        &self.mentions[a..b]
    }

    /// The entity of the nearest mention before `pos` that fits.
    pub(super) fn nearest(&self, pos: usize, fits: impl Fn(&Entity) -> bool) -> Option<usize> {
        self.nearest_before(pos, pos, fits)
    }

    /// The entity of the nearest mention that ends before `skip` and fits,
    /// looking back from `pos`.
    pub(super) fn nearest_before(
        &self,
        pos: usize,
        skip: usize,
        fits: impl Fn(&Entity) -> bool,
    ) -> Option<usize> {
        let lo = pos.saturating_sub(super::super::PRONOUN_REACH);
        self.within(lo..pos)
            .iter()
            .rev()
            .filter(|m| m.end() <= pos && m.start() < skip)
            .map(Placed::entity)
            .find(|&e| fits(&self.entities[e]))
    }

    /// The first person named in the paragraph after `pos` that fits.
    pub(super) fn named_next(&self, pos: usize, fits: impl Fn(&Entity) -> bool) -> Option<usize> {
        let blocks = &self.ctx.blocks;
        let bi = self.ctx.block_at(pos)?;
        let (next, _) = blocks.get(bi + 1)?;
        self.within(next.clone())
            .iter()
            .filter(|m| m.end() <= next.end)
            .map(Placed::entity)
            .find(|&e| fits(&self.entities[e]))
    }
}
