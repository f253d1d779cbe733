//! One name, one kind across the article: the model tags each sentence on
//! its own, so "Tom Ekwe" may be a person in one and "Ekwe" an organisation
//! in the next. A name keeps the kind most of its mentions have, and a
//! word of a person's name that no list claims is that person.

use super::{EntityKind, Mention};
use crate::analysis::Context;
use crate::model::gazetteer::gazetteer;
use std::collections::HashMap;

fn listed(ctx: &Context, name: &str) -> bool {
    gazetteer().list_of(name).is_some()
        || ctx.lex.is_place(name)
        || ctx.lex.is_known_org(name)
        || ctx.lex.is_group(name)
}

/// The gazetteer names `name` as what the model took it for: "Jordan"
/// tagged a place is a place, whoever else is called Jordan.
fn listed_as(name: &str, kind: EntityKind) -> bool {
    use crate::model::gazetteer::ListKind;
    let list = gazetteer().list_of(name);
    matches!(
        (kind, list),
        (EntityKind::Place, Some(ListKind::Place))
            | (EntityKind::Organization, Some(ListKind::Org))
            | (EntityKind::Group, Some(ListKind::Group))
    )
}

/// "Andy Tsang" then "Wai-hung": a hyphenated given name the model cut off.
fn merge_given_names(ctx: &Context, out: &mut Vec<Mention>) {
    let mut i = 0;
    while i + 1 < out.len() {
        let (a, b) = (&out[i], &out[i + 1]);
        let w = ctx.tok(b.tokens.start);
        let joins = a.kind == EntityKind::Person
            && b.kind != EntityKind::Person
            && b.tokens.start == a.tokens.end
            && b.tokens.len() == 1
            && ctx.text[a.span(ctx).end..b.span(ctx).start] == *" "
            && w.split_once('-').is_some_and(|(x, y)| {
                x.starts_with(char::is_uppercase) && y.starts_with(char::is_lowercase)
            })
            && !listed(ctx, w);
        if joins {
            let b = out.remove(i + 1);
            let a = &mut out[i];
            a.tokens.end = b.tokens.end;
            a.name = ctx.text[a.span(ctx)].into();
        }
        i += 1;
    }
}

pub fn settle(ctx: &Context, out: &mut Vec<Mention>) {
    merge_given_names(ctx, out);
    // The kind most mentions of each exact name have; the first on a tie.
    let mut votes: HashMap<&str, Vec<(EntityKind, usize)>> = HashMap::new();
    for m in out.iter() {
        let v = votes.entry(&m.name[..]).or_default();
        match v.iter_mut().find(|(kind, _)| *kind == m.kind) {
            Some((_, n)) => *n += 1,
            None => v.push((m.kind, 1)),
        }
    }
    let winner: HashMap<String, EntityKind> = votes
        .into_iter()
        .filter(|(_, v)| v.len() > 1)
        .map(|(name, v)| {
            let best = v.iter().fold(v[0], |a, b| if b.1 > a.1 { *b } else { a });
            (name.to_string(), best.0)
        })
        .collect();
    // The words of people's names of two words or more.
    let mut person_words: HashMap<String, ()> = HashMap::new();
    for m in out.iter() {
        if winner.get(&m.name[..]).copied().unwrap_or(m.kind) == EntityKind::Person
            && m.name.split_whitespace().count() >= 2
        {
            for w in m.name.split_whitespace() {
                person_words.insert(w.to_string(), ());
            }
        }
    }
    for m in out.iter_mut() {
        if let Some(k) = winner.get(&m.name[..]) {
            m.kind = *k;
        }
        if m.kind != EntityKind::Person
            && !m.name.contains(' ')
            && person_words.contains_key(&m.name[..])
            && !listed_as(&m.name, m.kind)
        {
            m.kind = EntityKind::Person;
            m.roles.clear();
        }
    }
}
