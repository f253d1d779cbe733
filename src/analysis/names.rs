//! Grouping mentions under one canonical name: "Wang" joins Wang Xiaohong,
//! "Al Raisi" joins Ahmed Naser Al Raisi. A byline author is never merged
//! with a person named in the body.

use std::collections::HashMap;

use super::Context;
use super::entities::{Entity, EntityKind, Mention};
use crate::article::Article;
use crate::lexicon::Gender;
use crate::text::Span;

/// How many people sharing a word a short form is compared with: the most
/// recently named. A text names a handful of Smiths; a list of thousands
/// must not make each short form cost the whole list.
const CANDIDATES: usize = 64;

pub fn group(ctx: &Context, mentions: Vec<Mention>, article: &Article) -> Vec<Entity> {
    let mut ents: Vec<Entity> = Vec::new();
    let mut by_key: HashMap<(EntityKind, String), usize> = HashMap::new();
    let mut add =
        |ents: &mut Vec<Entity>, kind: EntityKind, name: &str, span: Option<Span>, author: bool| {
            let key = (kind, name.to_string());
            let idx = match by_key.get(&key) {
                Some(&i) if !author => i,
                _ => {
                    ents.push(Entity {
                        kind,
                        name: name.to_string(),
                        roles: if author {
                            vec!["author".into()]
                        } else {
                            vec![]
                        },
                        mentions: vec![],
                        gender: None,
                        author,
                    });
                    if !author {
                        by_key.insert(key, ents.len() - 1);
                    }
                    ents.len() - 1
                }
            };
            if let Some(s) = span {
                ents[idx].mentions.push(s);
            }
            idx
        };

    // Metadata first: authors, the source, the dateline.
    for a in &article.authors {
        add(&mut ents, EntityKind::Person, &a.name, a.span.clone(), true);
    }
    if let Some(s) = &article.source {
        add(
            &mut ents,
            EntityKind::Organization,
            &s.name,
            s.span.clone(),
            false,
        );
    }
    for d in &article.dateline {
        add(&mut ents, EntityKind::Place, &d.name, d.span.clone(), false);
    }

    // Full names of people, to tie short forms to, by each of their words.
    let full: Vec<&Mention> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person && m.name.split_whitespace().count() >= 2)
        .collect();
    let mut full_by_word: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, f) in full.iter().enumerate() {
        for w in f.name.split_whitespace() {
            full_by_word.entry(w).or_default().push(i);
        }
    }

    let mut last_seen: Vec<usize> = Vec::new();
    // People by the words of their names, so a short form finds its full
    // name without looking at everyone.
    let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
    for (order, m) in mentions.iter().enumerate() {
        let words: Vec<&str> = m.name.split_whitespace().collect();
        let idx = match m.kind {
            EntityKind::Person => {
                // "Mrs. Clinton", "Hillary Clinton": the gender its honorific
                // or first name tells, which a namesake must not contradict.
                let gender = honorific_before(ctx, m.tokens.start)
                    .or_else(|| first_name_gender(ctx, &m.name));
                let person =
                    find_person(&ents, &last_seen, &words, &by_word, gender).or_else(|| {
                        // A short form before its full name: "Clinton … Hillary
                        // Clinton", among the first full names with its rarest word.
                        let list = words
                            .iter()
                            .map(|w| full_by_word.get(w).map_or(&[][..], Vec::as_slice))
                            .min_by_key(|l| l.len())?;
                        list.iter()
                            .take(CANDIDATES)
                            .map(|&i| full[i])
                            .find(|f| {
                                contains_words(&f.name, &words)
                                    && agrees(first_name_gender(ctx, &f.name), gender)
                            })
                            .map(|f| add(&mut ents, EntityKind::Person, &f.name, None, false))
                    });
                match person {
                    Some(p) => {
                        ents[p].gender = ents[p].gender.or(gender);
                        let known: Vec<&str> = ents[p].name.split_whitespace().collect();
                        if words.len() > known.len()
                            && (runs_within(&words, &known) || same_but_initials(&words, &known))
                        {
                            ents[p].name = m.name.to_string();
                        }
                        ents[p].mentions.push(m.span(ctx));
                        p
                    }
                    None => {
                        let p = add(
                            &mut ents,
                            EntityKind::Person,
                            &m.name,
                            Some(m.span(ctx)),
                            false,
                        );
                        ents[p].gender = ents[p].gender.or(gender);
                        p
                    }
                }
            }
            EntityKind::Organization if let Some(o) = expansion(&ents, &m.name) => {
                ents[o].mentions.push(m.span(ctx));
                o
            }
            k => add(&mut ents, k, &m.name, Some(m.span(ctx)), false),
        };
        for r in &m.roles {
            let honorific = super::entities::is_honorific(r);
            if !honorific && !ents[idx].roles.iter().any(|known| **known == **r) {
                ents[idx].roles.push(r.to_string());
            }
        }
        if last_seen.len() < ents.len() {
            last_seen.resize(ents.len(), 0);
        }
        last_seen[idx] = order + 1;
        if ents[idx].kind == EntityKind::Person && !ents[idx].author {
            for w in ents[idx].name.split_whitespace() {
                let v = by_word.entry(w.to_string()).or_default();
                // The most recently named last; the oldest drop out.
                v.retain(|&i| i != idx);
                v.push(idx);
                if v.len() > CANDIDATES {
                    v.remove(0);
                }
            }
        }
    }

    short_forms(ctx, &mut ents);
    for e in &mut ents {
        e.mentions.sort_unstable_by_key(|s| (s.start, s.end));
        e.mentions.dedup();
        // Kept for the whole analysis: no room left over from growing.
        e.mentions.shrink_to_fit();
        if e.kind == EntityKind::Person {
            e.gender = gender_of(ctx, e);
        }
    }
    ents.retain(|e| !e.mentions.is_empty());
    ents.sort_by_key(|e| (e.mentions[0].start, e.kind));
    ents
}

/// The noun an organisation's name can be shortened to: "ministry" for
/// the Ministry of Public Security, "council" for Hartfield City Council.
fn org_head(ctx: &Context, name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let head = match words.as_slice() {
        [first, "of" | "for", ..] => first,
        [.., last] => last,
        [] => return None,
    };
    let head = head.to_lowercase();
    ctx.lex.is_org_head(&head).then_some(head)
}

/// "the ministry", "the council": after an organisation is named in full,
/// "the" and its head noun in lower case are another mention of it, when
/// it is the article's only organisation with that head.
fn short_forms(ctx: &Context, ents: &mut [Entity]) {
    let mut by_head: HashMap<String, Option<usize>> = HashMap::new();
    for (i, e) in ents.iter().enumerate() {
        if e.kind != EntityKind::Organization || !e.name.contains(' ') {
            continue;
        }
        if let Some(head) = org_head(ctx, &e.name) {
            by_head
                .entry(head)
                .and_modify(|o| *o = None)
                .or_insert(Some(i));
        }
    }
    if by_head.is_empty() {
        return;
    }
    // Where each entity's first mention ends, asked at every "the ministry".
    let first_end: Vec<usize> = ents
        .iter()
        .map(|e| e.mentions.iter().map(|m| m.end).min().unwrap_or(usize::MAX))
        .collect();
    for k in 1..ctx.tokens.len() {
        let head = ctx.word(k);
        if !head.starts_with(char::is_lowercase) || !ctx.word(k - 1).eq_ignore_ascii_case("the") {
            continue;
        }
        let Some(&Some(e)) = by_head.get(head) else {
            continue;
        };
        // Only after the full name, and not "the ministry's" own "the
        // ministry of …", which is a name of its own.
        let start = ctx.tokens[k - 1].start();
        let named_before = first_end[e] <= start;
        if named_before && !matches!(ctx.word(k + 1), "of" | "for") {
            ents[e].mentions.push(start..ctx.tokens[k].end());
        }
    }
}

/// The person (not an author) whose name holds these words, the most recently
/// mentioned first.
fn find_person(
    ents: &[Entity],
    last_seen: &[usize],
    words: &[&str],
    by_word: &HashMap<String, Vec<usize>>,
    gender: Option<Gender>,
) -> Option<usize> {
    let mut candidates: Vec<usize> = words
        .iter()
        .filter_map(|w| by_word.get(*w))
        .flatten()
        .copied()
        .collect();
    candidates.sort_unstable();
    candidates.dedup();
    candidates
        .into_iter()
        .filter(|&i| {
            ents[i].kind == EntityKind::Person && !ents[i].author && agrees(ents[i].gender, gender)
        })
        .filter(|&i| {
            let e = &ents[i];
            let name: Vec<&str> = e.name.split_whitespace().collect();
            runs_within(&name, words)
                || runs_within(words, &name)
                || same_but_initials(&name, words)
        })
        // One whose gender is known to agree before one whose is not.
        .max_by_key(|&i| {
            (
                gender.is_some() && ents[i].gender == gender,
                last_seen.get(i).copied().unwrap_or(0),
            )
        })
}

/// The organisation an acronym stands for: "NAO" for the National Audit
/// Office named before it.
fn expansion(ents: &[Entity], acronym: &str) -> Option<usize> {
    let letters: String = acronym.chars().filter(|c| *c != '.').collect();
    if !(2..=8).contains(&letters.len()) || !letters.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    ents.iter().position(|e| {
        let initials: String = e
            .name
            .split_whitespace()
            .filter(|w| !matches!(*w, "of" | "the" | "and" | "for" | "on" | "&"))
            .filter_map(|w| w.chars().next())
            .collect();
        e.kind == EntityKind::Organization && e.name.contains(' ') && initials == letters
    })
}

/// `name`'s words hold `words` as a contiguous run.
fn contains_words(name: &str, words: &[&str]) -> bool {
    let n: Vec<&str> = name.split_whitespace().collect();
    runs_within(&n, words)
}

/// `name` holds `words` as a contiguous run.
fn runs_within(name: &[&str], words: &[&str]) -> bool {
    !words.is_empty() && name.windows(words.len()).any(|w| w == words)
}

/// "Loretta Lynch" and Loretta E. Lynch: one name written with a middle
/// initial and once without; never two different initials (John A. Smith
/// and John B. Smith). So with a middle name: "Hillary Clinton" and
/// Hillary Rodham Clinton.
fn same_but_initials(a: &[&str], b: &[&str]) -> bool {
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    let middle =
        short.len() == 2 && long.len() > 2 && short[0] == long[0] && short.last() == long.last();
    // Most names have no initial: nothing is set aside for them.
    middle
        || (a.iter().any(|w| is_initial(w)) && runs_within(&without_initials(a), b))
        || (b.iter().any(|w| is_initial(w)) && runs_within(a, &without_initials(b)))
}

/// "E.": a capital and its stop.
fn is_initial(w: &str) -> bool {
    let mut c = w.chars();
    c.next().is_some_and(char::is_uppercase) && c.as_str() == "."
}

/// A name's words without its initials ("E." of Loretta E. Lynch).
fn without_initials<'a>(words: &[&'a str]) -> Vec<&'a str> {
    words.iter().filter(|w| !is_initial(w)).copied().collect()
}

/// Two genders that may be one person's: equal, or one unknown.
fn agrees(a: Option<Gender>, b: Option<Gender>) -> bool {
    a.is_none() || b.is_none() || a == b
}

/// The gender a name's first name tells ("Hillary Clinton"); none for a
/// name of one word, which may be a surname that is a first name too
/// ("Madison").
fn first_name_gender(ctx: &Context, name: &str) -> Option<Gender> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    words.next()?;
    ctx.lex.gender(first)
}

/// The gender the word before token `start` tells: "Mrs. Clinton", "Mr
/// Blair".
fn honorific_before(ctx: &Context, start: usize) -> Option<Gender> {
    let k = start.checked_sub(1)?;
    // "Mrs." may be two tokens, the word and its stop; not "… bill.
    // Clinton", a sentence's end.
    let k = if ctx.tok(k) == "." {
        k.checked_sub(1)?
    } else {
        k
    };
    let w = ctx.word(k);
    if super::entities::is_honorific(w) {
        ctx.lex.gender(w)
    } else {
        None
    }
}

fn gender_of(ctx: &Context, e: &Entity) -> Option<Gender> {
    let lex = ctx.lex;
    if let Some(g) = e
        .mentions
        .iter()
        .find_map(|s| honorific_before(ctx, ctx.token_at(s.start)))
    {
        return Some(g);
    }
    // A role's own words ("congresswoman"), not a name inside it ("vice
    // president in the office of John Burns").
    if let Some(g) = e
        .roles
        .iter()
        .flat_map(|r| r.split_whitespace())
        .filter(|w| w.starts_with(char::is_lowercase))
        .chain(e.name.split_whitespace().take(1))
        .find_map(|w| lex.gender(w))
    {
        return Some(g);
    }
    // The article's own pronouns: "he" or "she" in the sentence after a
    // mention, before anyone else is named ("Karl Obi said he …").
    for s in &e.mentions {
        let start = ctx.token_at(s.end);
        let end = ctx.sentences[ctx.sentence_of_token(start.saturating_sub(1))]
            .tokens
            .end;
        for k in start..end.min(start + 12) {
            match ctx.word(k) {
                "he" | "his" | "himself" => return Some(Gender::Male),
                "she" | "her" | "herself" => return Some(Gender::Female),
                // Anyone else named first may own the pronoun.
                _ if ctx.is_cap(k) => break,
                _ => {}
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::contains_words;

    #[test]
    fn contiguous_words_only() {
        assert!(contains_words("Ahmed Naser Al Raisi", &["Al", "Raisi"]));
        assert!(!contains_words("Ahmed Naser Al Raisi", &["Ahmed", "Raisi"]));
        assert!(contains_words("Andy Tsang Wai-hung", &["Tsang"]));
    }
}
