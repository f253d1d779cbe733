//! Roles: the titles written before a name ("State Councilor and Minister
//! of Public Security Wang Xiaohong") and the appositives after it ("Ivica
//! Dacic, Serbia’s Deputy Prime Minister,"). A role holds no honorific, and
//! an honorific alone is no role.

use super::{EntityKind, Mention, join};
use crate::analysis::Context;
use crate::lexicon::WordClass;
use crate::text::{TokenKind, lower};

/// Each distinct role once: an article can give one title to a name
/// thousands of times.
pub type Shared = crate::analysis::shared::Shared<str>;

/// "State Councilor and Minister of Public Security" → two roles.
fn title_roles(s: &str) -> Vec<String> {
    let lex = crate::lexicon::lexicon();
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
pub fn add_appositive_roles(ctx: &Context, mentions: &mut [Mention], shared: &mut Shared) {
    let lex = ctx.lex;
    for m in mentions.iter_mut() {
        if matches!(m.kind, EntityKind::Organization | EntityKind::Place) {
            continue;
        }
        let comma = m.tokens.end;
        if ctx.tok_or(comma) != "," {
            continue;
        }
        // "Schilling, through a spokeswoman, declined": a phrase opening on
        // a preposition is no role of the name's.
        let opening = lower(ctx.word(comma + 1));
        if lex.is(&opening, WordClass::AdjunctStart) || lex.is(&opening, WordClass::NoSpeakerOpener)
        {
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
        if m.kind == EntityKind::Person {
            let role = join(ctx, start..end);
            for r in title_roles(&role) {
                if !m.roles.iter().any(|known| **known == *r) {
                    m.roles.push(shared.get(r));
                }
            }
        }
    }
}

/// Words of address ("Mr", "Sir", "Dr") that are no role.
pub fn is_honorific(w: &str) -> bool {
    use crate::model::gazetteer::{bit, gazetteer};
    gazetteer().has(w, bit::HONORIFIC)
}

/// The roles a run of titles right before token `start` gives: "State
/// Councilor and Minister of Public Security", "Port director". Honorifics
/// are left out ("Chairman Sir" is the role "Chairman").
pub fn titles_before(ctx: &Context, start: usize, first: usize) -> Vec<String> {
    let lex = ctx.lex;
    let mut k = start;
    let mut title_at = None;
    // Back over title words and what may join them: "of", "and", the
    // capitalised words of a portfolio.
    // Past "and", only another title goes on: "Councilor and Minister",
    // never the name before ("Senator Mark Warner and Governor Pat
    // McCrory").
    let mut after_and = false;
    while k > first {
        let w = ctx.tok(k - 1);
        let joins = matches!(w, "of" | "and" | "for" | "the")
            || lex.is_portfolio(w)
            || ctx.is_cap(k - 1) && !is_honorific(w) && title_at.is_some() && !after_and;
        if lex.is_title_word(w) && !is_honorific(w) {
            title_at = Some(k - 1);
            after_and = false;
        } else if !(joins || is_honorific(w)) {
            break;
        }
        after_and |= w == "and";
        k -= 1;
        if start - k > 12 {
            break;
        }
    }
    let Some(t) = title_at else {
        return Vec::new();
    };
    // The run opens on its first title word and holds no honorific.
    let words: Vec<&str> = (t..start)
        .map(|j| ctx.tok(j))
        .filter(|w| !is_honorific(w))
        .collect();
    let end = words
        .iter()
        .rposition(|w| !matches!(*w, "of" | "and" | "for" | "the"))
        .map_or(0, |e| e + 1);
    if end == 0 {
        return Vec::new();
    }
    title_roles(&words[..end].join(" "))
}
