//! A named person's surname where the model tagged nothing: "Mr. Band
//! wrote" after Douglas J. Band, "Tester added:" after Jon Tester. A word
//! on the lists ("Band", "King") or at a sentence's start ("Sanders asks")
//! may pass the model by; a title of address before it or a speech verb
//! after it says it is the person.

use super::bounds::is_title_token;
use super::usage::{addressed, speaks};
use super::{EntityKind, Mention};
use crate::analysis::Context;
use crate::text::TokenKind;
use std::collections::HashSet;

/// Adds the untagged surnames of people named in full to `out`, which is
/// in text order and stays so.
pub fn add_untagged(ctx: &Context, out: &mut Vec<Mention>) {
    let surnames: HashSet<&str> = out
        .iter()
        .filter(|m| m.kind == EntityKind::Person)
        .filter_map(|m| {
            let mut words = m.name.split_whitespace();
            let last = words.next_back()?;
            words.next().map(|_| last)
        })
        .filter(|w| w.chars().count() > 1)
        .collect();
    if surnames.is_empty() {
        return;
    }
    let mut found = Vec::new();
    let mut next = out.iter().map(|m| m.tokens.clone()).peekable();
    for k in 0..ctx.tokens.len() {
        while next.peek().is_some_and(|r| r.end <= k) {
            next.next();
        }
        let covered = next.peek().is_some_and(|r| r.start <= k);
        if covered || ctx.tokens[k].kind != TokenKind::Word || !ctx.is_cap(k) {
            continue;
        }
        let w = ctx.word(k);
        if !surnames.contains(w) || ctx.is_cap(k + 1) {
            continue;
        }
        let m = Mention {
            tokens: k..k + 1,
            kind: EntityKind::Person,
            name: w.into(),
            roles: Vec::new(),
        };
        let addressed = addressed(ctx, k);
        // "Rolling Stone said": a capitalised word before it, not a title,
        // makes it part of another name.
        let joined = k > 0 && ctx.is_cap(k - 1) && !is_title_token(ctx, k - 1);
        if addressed || !joined && speaks(ctx, &m) {
            found.push(m);
        }
    }
    if !found.is_empty() {
        out.extend(found);
        out.sort_by_key(|m| m.tokens.start);
    }
}
