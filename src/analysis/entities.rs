//! The entity recogniser: capitalised names found in the text and labelled
//! person, organisation, place or group by word lists and context. It sits
//! behind `recognise` so that a trained model can replace it.

use super::Context;
use crate::text::{Span, TokenKind, is_quote_mark};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Group,
    Other,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Group => "group",
            EntityKind::Other => "other",
        }
    }
}

/// One name found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub span: Span,
    /// Token indexes of the name.
    pub tokens: std::ops::Range<usize>,
    /// None: a lone capitalised word that grouping may tie to a known name.
    pub kind: Option<EntityKind>,
    /// The name as it should be listed: "Jiangsu" for "Jiangsu Province".
    pub name: String,
    pub roles: Vec<String>,
}

/// A person, organisation, place or group with all its mentions.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub kind: EntityKind,
    pub name: String,
    pub roles: Vec<String>,
    pub mentions: Vec<Span>,
    pub gender: Option<super::Gender>,
    /// Named in the byline as the article's author.
    pub author: bool,
}

const CONNECTORS: &[&str] = &[
    "of", "for", "the", "de", "da", "del", "van", "von", "der", "al", "bin", "la", "le", "y",
];
const EVENT_HEADS: &[&str] = &[
    "conference",
    "summit",
    "meeting",
    "session",
    "congress",
    "forum",
    "assembly",
    "convention",
];
const PLACE_PREPS: &[&str] = &[
    "in",
    "at",
    "near",
    "from",
    "across",
    "outside",
    "inside",
    "throughout",
];

/// Finds the names in the text, in reading order.
pub fn recognise(ctx: &Context) -> Vec<Mention> {
    let mut out = Vec::new();
    for sent in &ctx.sentences {
        let mut i = sent.tokens.start;
        while i < sent.tokens.end {
            if !starts_name(ctx, i) {
                i += 1;
                continue;
            }
            let end = extend_name(ctx, i, sent.tokens.end);
            label_run(ctx, i, end, &mut out);
            i = end;
        }
    }
    add_appositive_roles(ctx, &mut out);
    out
}

fn starts_name(ctx: &Context, i: usize) -> bool {
    ctx.is_cap(i) && !is_compound_adjective(ctx.tok(i))
}

/// "China-proposed", "US-led", "Beijing-based": an adjective, not a name.
fn is_compound_adjective(w: &str) -> bool {
    w.rsplit_once('-').is_some_and(|(_, last)| {
        last.starts_with(char::is_lowercase)
            && (last.ends_with("ed") || matches!(last, "run" | "born" | "made" | "style"))
    })
}

/// A run of capitalised words, joined by "of", "the", particles and, after
/// a title, "and" ("State Councilor and Minister of Public Security …").
fn extend_name(ctx: &Context, start: usize, limit: usize) -> usize {
    let lex = ctx.lex;
    let mut end = start + 1;
    while end < limit {
        let w = ctx.tok(end);
        // A middle initial: "Ronald R. Fieldstone", "J. K. Rowling".
        let initial = w == "."
            && ctx.tokens[end - 1].end == ctx.tokens[end].start
            && ctx.tok(end - 1).len() == 1
            && ctx.is_cap(end - 1)
            && ctx.is_cap(end + 1)
            && end + 1 < limit;
        if initial {
            end += 1;
            continue;
        }
        // A nickname in quotation marks: Thomas “Tip” Olsen.
        if end + 3 < limit
            && is_quote_mark(ctx.tok(end))
            && ctx.is_cap(end + 1)
            && is_quote_mark(ctx.tok(end + 2))
            && ctx.is_cap(end + 3)
            && (end..end + 4).all(|k| adjacent(ctx, k))
        {
            end += 4;
            continue;
        }
        // A headline's verb ends the name: "Chris Christie Calls Hillary …".
        let headline_verb = w.len() > 3 && w.ends_with('s') && lex.is_cue(&w.to_lowercase());
        if ctx.is_cap(end) && adjacent(ctx, end) && !is_compound_adjective(w) && !headline_verb {
            end += 1;
            continue;
        }
        // "Operation First Light 2024": a year closes an organisation's or event's name.
        if ctx.tokens[end].kind == TokenKind::Number
            && w.len() == 4
            && (start..end).any(|k| lex.is_org_word(ctx.tok(k)))
        {
            end += 1;
            break;
        }
        let lower = w.to_lowercase();
        let joins = CONNECTORS.contains(&lower.as_str())
            || (lower == "and" && (start..end).all(|k| lex.is_title_word(ctx.tok(k))));
        let next_cap = ctx.is_cap(end + 1)
            || (lower == "of" && ctx.word(end + 1) == "the" && ctx.is_cap(end + 2));
        if joins && next_cap && !w.starts_with(char::is_uppercase) {
            end += 1;
            continue;
        }
        break;
    }
    // A run never ends on a connector.
    while end > start + 1 && !ctx.is_cap(end - 1) && ctx.tokens[end - 1].kind != TokenKind::Number {
        end -= 1;
    }
    end
}

/// Token `i` follows the previous one across plain space only (no line break).
fn adjacent(ctx: &Context, i: usize) -> bool {
    let gap = &ctx.text[ctx.tokens[i - 1].end..ctx.tokens[i].start];
    !gap.contains('\n')
}

fn join(ctx: &Context, r: std::ops::Range<usize>) -> String {
    ctx.text[ctx.tokens[r.start].start..ctx.tokens[r.end - 1].end].to_string()
}

fn push(
    ctx: &Context,
    out: &mut Vec<Mention>,
    r: std::ops::Range<usize>,
    kind: Option<EntityKind>,
    name: String,
    roles: Vec<String>,
) {
    out.push(Mention {
        span: ctx.tokens[r.start].start..ctx.tokens[r.end - 1].end,
        tokens: r,
        kind,
        name,
        roles,
    });
}

/// The longest gazetteer name starting at `i` within `end`: its length and kind.
fn gazetteer_at(ctx: &Context, i: usize, end: usize) -> Option<(usize, EntityKind)> {
    let lex = ctx.lex;
    let max = (end - i).min(lex.longest_name);
    (1..=max).rev().find_map(|n| {
        let name = join(ctx, i..i + n);
        if lex.is_place(&name) {
            Some((n, EntityKind::Place))
        } else if lex.is_known_org(&name) {
            Some((n, EntityKind::Organization))
        } else if lex.is_group(&name) {
            Some((n, EntityKind::Group))
        } else {
            None
        }
    })
}

fn label_run(ctx: &Context, start: usize, end: usize, out: &mut Vec<Mention>) {
    let lex = ctx.lex;
    let mut i = start;
    // Sentence-opening words and months are not names.
    while i < end && (lex.is_stop_cap(ctx.tok(i)) || lex.month(ctx.tok(i)).is_some()) {
        i += 1;
    }
    if i >= end {
        return;
    }
    // Whole-run organisation or place: "Ministry of Public Security".
    let words: Vec<&str> = (i..end).map(|k| ctx.tok(k)).collect();
    let has_org_word = words.iter().any(|w| lex.is_org_word(w));
    let starts_title = lex.is_title_word(words[0]);
    // A generic word opening a sentence or headline ("Police training …") names nothing.
    let sentence_start = ctx.sentences[ctx.sentence_of_token(i)].tokens.start == i;
    if words.len() == 1 && has_org_word && sentence_start && !lex.is_known_org(words[0]) {
        return;
    }
    if has_org_word && !starts_title {
        label_org(ctx, i, end, out);
        return;
    }
    // Leading places, organisations and groups: "Malaysian Deputy Prime Minister …".
    while let Some((n, kind)) = gazetteer_at(ctx, i, end) {
        let rest = i + n;
        if rest < end
            && !lex.is_title_word(ctx.tok(rest))
            && !(kind == EntityKind::Place && lex.is_place_word(ctx.tok(rest)))
        {
            break;
        }
        if rest < end && lex.is_place_word(ctx.tok(rest)) {
            // "Jiangsu Province" is Jiangsu.
            push(
                ctx,
                out,
                i..rest + 1,
                Some(EntityKind::Place),
                join(ctx, i..rest),
                vec![],
            );
            i = rest + 1;
        } else {
            push(ctx, out, i..rest, Some(kind), join(ctx, i..rest), vec![]);
            i = rest;
        }
        if i >= end {
            return;
        }
    }
    // Titles, then the name: "State Councilor and Minister of Public Security Wang Xiaohong".
    let mut k = i;
    let mut seen_title = false;
    while k < end {
        let w = ctx.tok(k);
        if lex.is_title_word(w) {
            seen_title = true;
        } else if !(seen_title
            && (lex.is_portfolio(w) || matches!(w, "of" | "and" | "for" | "the")))
        {
            break;
        }
        k += 1;
    }
    if k >= end {
        return; // A title alone is not a person.
    }
    let role = seen_title.then(|| title_roles(&join(ctx, i..k)));
    // The stops of middle initials ("Ronald R. Fieldstone") are no words,
    // nor are the marks around a nickname (Thomas “Tip” Olsen).
    let name_words: Vec<&str> = (k..end)
        .map(|j| ctx.tok(j))
        .filter(|w| *w != "." && !is_quote_mark(w))
        .collect();
    let name = join(ctx, k..end);
    if let Some(role) = role
        && name_words.len() <= 4
        && !lex.is_known_org(&name)
        && !lex.is_place(&name)
    {
        push(ctx, out, k..end, Some(EntityKind::Person), name, role);
        return;
    }
    if lex.is_known_org(&name) || is_acronym(&name) && !lex.is_place(&name) {
        push(
            ctx,
            out,
            k..end,
            Some(EntityKind::Organization),
            name,
            vec![],
        );
        return;
    }
    if lex.is_place(&name) {
        push(ctx, out, k..end, Some(EntityKind::Place), name, vec![]);
        return;
    }
    if lex.is_group(&name) {
        push(ctx, out, k..end, Some(EntityKind::Group), name, vec![]);
        return;
    }
    if name_words.len() >= 2 && lex.is_place_word(name_words[name_words.len() - 1]) {
        let base = join(ctx, k..end - 1);
        let n = if lex.is_place(&base) { base } else { name };
        push(ctx, out, k..end, Some(EntityKind::Place), n, vec![]);
        return;
    }
    let first_name = lex.is_first_name(name_words[0]);
    let all_names = name_words
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase) || CONNECTORS.contains(w));
    if name_words.len() >= 2 && name_words.len() <= 5 && all_names {
        // Two or more capitalised words that are no known place or org: a person,
        // unless the words read as a thing ("Global Security Initiative" has an org word).
        let person_like = first_name || name_words.len() <= 4;
        if person_like
            && !name_words
                .iter()
                .any(|w| w.chars().all(|c| c.is_ascii_digit()))
        {
            push(ctx, out, k..end, Some(EntityKind::Person), name, vec![]);
            return;
        }
    }
    if name_words.len() == 1 {
        let prev = ctx.word(k.wrapping_sub(1)).to_lowercase();
        let sentence_start = ctx.sentences[ctx.sentence_of_token(k)].tokens.start == k;
        let kind = if first_name && !sentence_start {
            None
        } else if PLACE_PREPS.contains(&prev.as_str()) && !first_name {
            Some(EntityKind::Place)
        } else {
            None
        };
        push(ctx, out, k..end, kind, name, vec![]);
    } else {
        push(ctx, out, k..end, Some(EntityKind::Other), name, vec![]);
    }
}

/// An organisation name, or an event "of" an organisation: "Conference of the
/// World Public Security Cooperation Forum" names the forum.
fn label_org(ctx: &Context, start: usize, end: usize, out: &mut Vec<Mention>) {
    let lex = ctx.lex;
    if let Some(of) = (start + 1..end).find(|&k| ctx.tok(k) == "of") {
        let head = ctx.tok(of - 1).to_lowercase();
        let tail = if ctx.tok(of + 1) == "the" {
            of + 2
        } else {
            of + 1
        };
        let tail_is_org = tail < end && (tail..end).any(|k| lex.is_org_word(ctx.tok(k)));
        if EVENT_HEADS.contains(&head.as_str()) && tail_is_org {
            push(
                ctx,
                out,
                tail..end,
                Some(EntityKind::Organization),
                join(ctx, tail..end),
                vec![],
            );
            return;
        }
    }
    push(
        ctx,
        out,
        start..end,
        Some(EntityKind::Organization),
        join(ctx, start..end),
        vec![],
    );
}

fn is_acronym(name: &str) -> bool {
    let letters: Vec<char> = name.chars().filter(|c| *c != '.').collect();
    (2..=6).contains(&letters.len()) && letters.iter().all(|c| c.is_ascii_uppercase())
}

/// "State Councilor and Minister of Public Security" → two roles.
fn title_roles(s: &str) -> Vec<String> {
    let lex = super::lexicon();
    let parts: Vec<&str> = s.split(" and ").collect();
    let all_titled = parts.iter().all(|p| {
        p.split_whitespace()
            .next()
            .is_some_and(|w| lex.is_title_word(w))
    });
    if all_titled {
        parts.iter().map(|p| p.trim().to_string()).collect()
    } else {
        vec![s.trim().to_string()]
    }
}

/// "Ivica Dacic, Serbia’s Deputy Prime Minister and Interior Minister," and
/// "Wang, the public security minister," give roles to the person before them.
fn add_appositive_roles(ctx: &Context, mentions: &mut [Mention]) {
    let lex = ctx.lex;
    for m in mentions.iter_mut() {
        if m.kind == Some(EntityKind::Organization) || m.kind == Some(EntityKind::Place) {
            continue;
        }
        let comma = m.tokens.end;
        if ctx.tok_or(comma) != "," {
            continue;
        }
        let sent = &ctx.sentences[ctx.sentence_of_token(comma)];
        // "Serbia’s", "the", "a": not part of the role.
        let mut start = comma + 1;
        loop {
            let w = ctx.tok_or(start).to_lowercase();
            if matches!(w.as_str(), "the" | "a" | "an") {
                start += 1;
            } else if ctx.is_cap(start) && matches!(ctx.tok_or(start + 1), "’s" | "'s") {
                start += 2;
            } else {
                break;
            }
        }
        let mut end = start;
        while end < sent.tokens.end && end < start + 10 {
            let t = ctx.tok_or(end);
            if matches!(t, "," | "." | ";" | "—" | "\u{201c}" | "\u{201d}" | "\"")
                || ctx.tokens[end].kind == TokenKind::Punct && t != "-"
            {
                break;
            }
            end += 1;
        }
        if end <= start {
            continue;
        }
        let words: Vec<&str> = (start..end).map(|k| ctx.tok(k)).collect();
        let has_title = words.iter().any(|w| lex.is_title_word(w));
        let clause = words.iter().any(|w| {
            lex.is_cue(w) || matches!(*w, "who" | "which" | "that" | "is" | "was" | "has" | "had")
        });
        if !has_title || clause {
            continue;
        }
        if m.kind.is_none() {
            m.kind = Some(EntityKind::Person);
        }
        if m.kind == Some(EntityKind::Person) {
            let role = join(ctx, start..end);
            for r in title_roles(&role) {
                if !m.roles.contains(&r) {
                    m.roles.push(r);
                }
            }
        }
    }
}
