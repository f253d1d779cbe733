//! One name, one kind across the article: the model tags each sentence on
//! its own, so "Tom Ekwe" may be a person in one and "Ekwe" an organisation
//! in the next. A name keeps the kind most of its mentions have, and a
//! word of a person's name that no list claims is that person, as is a
//! nationality's word used as a noun ("Cuban said"), a place's word where
//! it speaks ("Dayton tells") and a town's as a surname ("confirm
//! Garland").

use super::usage::{placed, speaks, stands_alone};
use super::{EntityKind, Mention};
use crate::analysis::Context;
use crate::model::gazetteer::{bit, gazetteer};
use crate::text::Span;
use std::collections::{HashMap, HashSet};

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

/// "Andy Tsang" then "Wai-hung": a hyphenated given name the model cut off,
/// tagged apart or not at all; so "Donald" then "J. Trump".
fn merge_given_names(ctx: &Context, out: &mut Vec<Mention>) {
    let mut i = 0;
    while i < out.len() {
        let a = &out[i];
        let k = a.tokens.end;
        let next = out.get(i + 1).filter(|b| b.tokens.start == k);
        // One space, and nothing else, between the name and the next word.
        let spaced =
            k < ctx.tokens.len() && ctx.text[a.span(ctx).end..ctx.tokens[k].start()] == *" ";
        let joins = a.kind == EntityKind::Person
            && spaced
            && next.is_none_or(|b| b.kind != EntityKind::Person && b.tokens.len() == 1)
            && ctx.tok(k).split_once('-').is_some_and(|(x, y)| {
                x.starts_with(char::is_uppercase) && y.starts_with(char::is_lowercase)
            })
            && !listed(ctx, ctx.tok(k));
        // "Donald" then "J. Trump": a first name the model parted from the
        // initial and surname after it.
        let initial_after = spaced
            && next.is_some_and(|b| {
                b.kind == EntityKind::Person
                    && a.tokens.len() == 1
                    && gazetteer().has(&a.name, bit::FIRST_NAME)
                    && ctx.tok(b.tokens.start).len() == 1
                    && ctx.tok_or(b.tokens.start + 1) == "."
            });
        if joins || initial_after {
            let end = if initial_after {
                out[i + 1].tokens.end
            } else {
                k + 1
            };
            if next.is_some() {
                out.remove(i + 1);
            }
            let a = &mut out[i];
            a.tokens.end = end;
            a.name = ctx.text[a.span(ctx)].into();
        }
        i += 1;
    }
}

/// A title or heading in title case ("Hillary Clinton Was Headed to ER But
/// Diverted") capitalises every word, and the model's names there are
/// guesses: one stays when the body names it the same way, a list names it,
/// or it is a person's name on a listed first name.
pub fn drop_headline_guesses(ctx: &Context, out: &mut Vec<Mention>) {
    let headlines: Vec<&Span> = ctx
        .title
        .iter()
        .chain(&ctx.headings)
        .filter(|h| title_case(ctx, h))
        .collect();
    if headlines.is_empty() {
        return;
    }
    let in_headline: Vec<bool> = out
        .iter()
        .map(|m| {
            let s = m.span(ctx);
            headlines
                .iter()
                .any(|h| h.start <= s.start && s.end <= h.end)
        })
        .collect();
    let body: HashSet<&str> = out
        .iter()
        .zip(&in_headline)
        .filter(|(_, h)| !**h)
        .map(|(m, _)| &m.name[..])
        .collect();
    let keep: Vec<bool> = out
        .iter()
        .zip(&in_headline)
        .map(|(m, h)| !h || body.contains(&m.name[..]) || listed(ctx, &m.name) || personal(m))
        .collect();
    let mut keep = keep.into_iter();
    out.retain(|_| keep.next().unwrap_or(true));
}

fn title_case(ctx: &Context, h: &Span) -> bool {
    crate::model::features::title_case(ctx.text[h.clone()].split(|c: char| !c.is_alphabetic()))
}

/// A person's name of two or three words on a listed first name.
fn personal(m: &Mention) -> bool {
    let mut words = m.name.split_whitespace();
    let first = words.next().unwrap_or_default();
    m.kind == EntityKind::Person
        && (1..=2).contains(&words.count())
        && gazetteer().has(first, bit::FIRST_NAME)
}

pub fn settle(ctx: &Context, out: &mut Vec<Mention>) {
    merge_given_names(ctx, out);
    people_not_organisations(out);
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
    // The words of people's names of two words or more, each with whether
    // it ends one (a surname).
    let mut person_words: HashMap<String, bool> = HashMap::new();
    for m in out.iter() {
        let n = m.name.split_whitespace().count();
        if winner.get(&m.name[..]).copied().unwrap_or(m.kind) == EntityKind::Person && n >= 2 {
            for (i, w) in m.name.split_whitespace().enumerate() {
                *person_words.entry(w.to_string()).or_default() |= i + 1 == n;
            }
        }
    }
    for m in out.iter_mut() {
        // A mention the lists name as what the model took it for keeps its
        // kind: "Jordan" the country beside Jordan the driver.
        if let Some(k) = winner.get(&m.name[..])
            && !listed_as(&m.name, m.kind)
        {
            m.kind = *k;
        }
        // "CLINTON: Well, …": a transcript's speaker in capitals is the
        // person the article names in ordinary case, or a person still.
        if let Some(name) = in_ordinary_case(&m.name) {
            let start = m.span(ctx).start;
            let label = ctx.tok_or(m.tokens.end) == ":"
                && ctx
                    .block_at(start)
                    .is_some_and(|b| ctx.blocks[b].0.start == start);
            if label || person_words.contains_key(&name) {
                m.name = name.into();
                m.kind = EntityKind::Person;
                m.roles.clear();
            }
        }
        // "Cuban said", after Mark Cuban: a group's word that is a person's
        // name stands for the person unless a noun follows ("Cuban exiles");
        // a place's, where it speaks ("Dayton tells", "said Dayton."), and
        // a town's that no news list holds, a surname, wherever nothing
        // around it places it ("confirm Garland" after Merrick Garland).
        if m.kind != EntityKind::Person
            && !m.name.contains(' ')
            && let Some(&surname) = person_words.get(&m.name[..])
            && (!listed_as(&m.name, m.kind)
                || m.kind == EntityKind::Group && stands_alone(ctx, m)
                || m.kind == EntityKind::Place && speaks(ctx, m)
                || m.kind == EntityKind::Place
                    && surname
                    && !ctx.lex.is_place(&m.name)
                    && !placed(ctx, m))
        {
            m.kind = EntityKind::Person;
            m.roles.clear();
        }
        // "Al Qaeda in Iraq", which the model took for a person: a name of
        // several words that the list holds as an organisation is one.
        if m.kind == EntityKind::Person
            && m.name.contains(' ')
            && listed_as(&m.name, EntityKind::Organization)
        {
            m.kind = EntityKind::Organization;
            m.roles.clear();
        }
    }
}

/// "Donald Trump", which the model took for an organisation where "Trump"
/// alone is a person: a listed first name and that person's name. "Ban
/// Ki-moon", taken for an organisation or a thing: a family name, listed or
/// a person alone, before a hyphenated given name, as Korean names are
/// written.
fn people_not_organisations(out: &mut [Mention]) {
    let lone_people: HashSet<String> = out
        .iter()
        .filter(|m| m.kind == EntityKind::Person && !m.name.contains(' '))
        .map(|m| m.name.to_string())
        .collect();
    for m in out
        .iter_mut()
        .filter(|m| matches!(m.kind, EntityKind::Organization | EntityKind::Other))
    {
        if let Some((family, given)) = m.name.split_once(' ')
            && hyphenated_given_name(given)
            && (lone_people.contains(family) || gazetteer().has(family, bit::SURNAME))
        {
            m.kind = EntityKind::Person;
            continue;
        }
        if m.kind != EntityKind::Organization {
            continue;
        }
        let mut words = m.name.split_whitespace();
        if words.clone().count() <= 3
            && let (Some(first), Some(last)) = (words.next(), words.next_back())
            && gazetteer().has(first, bit::FIRST_NAME)
            && lone_people.contains(last)
            && !listed_as(&m.name, EntityKind::Organization)
        {
            m.kind = EntityKind::Person;
        }
    }
}

/// "Ki-moon", "Jae-in": a capital, lower case, a hyphen, lower case; not
/// "York-based".
fn hyphenated_given_name(w: &str) -> bool {
    !super::bounds::is_compound_adjective(w)
        && w.split_once('-').is_some_and(|(a, b)| {
            let mut a = a.chars();
            a.next().is_some_and(char::is_uppercase)
                && a.clone().count() >= 1
                && a.all(char::is_lowercase)
                && b.len() >= 2
                && b.chars().all(char::is_lowercase)
        })
}

/// "CLINTON" as "Clinton": one word in capitals throughout, in the case a
/// name is written in; none for any other name.
fn in_ordinary_case(name: &str) -> Option<String> {
    let shouted =
        name.chars().count() >= 3 && name.chars().all(|c| c.is_alphabetic() && c.is_uppercase());
    let mut chars = name.chars();
    let first = chars.next().filter(|_| shouted)?;
    Some(first.to_string() + &chars.as_str().to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listed_name_keeps_the_kind_its_list_gives_it() {
        // Tokens: Jordan met Jordan in Jordan .
        let text = "Jordan met Jordan in Jordan.";
        let ctx = Context::new(text, std::iter::once(0..text.len()));
        let mention = |k: usize, kind| Mention {
            tokens: k..k + 1,
            kind,
            name: "Jordan".into(),
            roles: Vec::new(),
        };
        let mut out = vec![
            mention(0, EntityKind::Person),
            mention(2, EntityKind::Person),
            mention(4, EntityKind::Place),
        ];
        settle(&ctx, &mut out);
        let kinds: Vec<EntityKind> = out.iter().map(|m| m.kind).collect();
        assert_eq!(
            kinds,
            [EntityKind::Person, EntityKind::Person, EntityKind::Place]
        );
        // An unlisted name takes the kind most of its mentions have.
        let mut out = vec![
            Mention {
                name: "Obiland".into(),
                ..mention(0, EntityKind::Person)
            },
            Mention {
                name: "Obiland".into(),
                ..mention(2, EntityKind::Place)
            },
            Mention {
                name: "Obiland".into(),
                ..mention(4, EntityKind::Place)
            },
        ];
        settle(&ctx, &mut out);
        assert!(out.iter().all(|m| m.kind == EntityKind::Place));
    }

    fn person(ctx: &Context, tokens: std::ops::Range<usize>) -> Mention {
        let name =
            ctx.text[ctx.tokens[tokens.start].start()..ctx.tokens[tokens.end - 1].end()].into();
        Mention {
            tokens,
            kind: EntityKind::Person,
            name,
            roles: Vec::new(),
        }
    }

    #[test]
    fn a_first_name_parted_from_its_initial_and_surname_joins_them() {
        let text = "Donald J. Trump was at the top.";
        let ctx = Context::new(text, std::iter::once(0..text.len()));
        let mut out = vec![person(&ctx, 0..1), person(&ctx, 1..4)];
        merge_given_names(&ctx, &mut out);
        let names: Vec<&str> = out.iter().map(|m| &m.name[..]).collect();
        assert_eq!(names, ["Donald J. Trump"]);
        // Two people side by side stay two: "Ana Ruiz" is no initial.
        let text = "Karl Ana Ruiz left.";
        let ctx = Context::new(text, std::iter::once(0..text.len()));
        let mut out = vec![person(&ctx, 0..1), person(&ctx, 1..3)];
        merge_given_names(&ctx, &mut out);
        assert_eq!(out.len(), 2);
    }
}
