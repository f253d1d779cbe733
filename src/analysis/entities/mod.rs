//! The entity recogniser: names found by the trained model of `model/`
//! (people, organisations, places, and other names), with the roles their
//! titles and appositives give. It sits behind `recognise`, so that the
//! model can change without touching what reads its output.

mod bounds;
mod consistency;
mod kinds;
mod person_bounds;
mod roles;
mod surnames;
mod usage;

pub(crate) use bounds::party_label_state;
pub use roles::is_honorific;

use super::Context;
use crate::lexicon::WordClass;
use crate::model::features::DocStats;
use crate::model::tags::{Kind, names};
use crate::model::{Scratch, recogniser, tag_sentence};
use crate::text::{Span, with_lower};
use std::sync::Arc;

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
    /// Token indexes of the name.
    pub tokens: std::ops::Range<usize>,
    pub kind: EntityKind,
    /// The name as it should be listed: "Jiangsu" for "Jiangsu Province".
    pub name: Box<str>,
    /// Shared with every mention given the same role.
    pub roles: Vec<Arc<str>>,
}

impl Mention {
    /// Where the name stands in the text: kept as its tokens, for an
    /// article can name fifty thousand.
    pub fn span(&self, ctx: &Context) -> Span {
        ctx.tokens[self.tokens.start].start()..ctx.tokens[self.tokens.end - 1].end()
    }
}

/// A person, organisation, place or group with all its mentions.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub kind: EntityKind,
    pub name: String,
    pub roles: Vec<String>,
    pub mentions: Vec<Span>,
    pub gender: Option<crate::lexicon::Gender>,
    /// Named in the byline as the article's author.
    pub author: bool,
}

/// The most tokens a name holds: the longest in the name lists have ten
/// words; a longer run of capitalised words is a headline or a list, not
/// one name, and comparing such runs word by word would cost their square.
const MAX_NAME_TOKENS: usize = 16;

/// The text of tokens `r`.
fn join(ctx: &Context, r: std::ops::Range<usize>) -> String {
    ctx.text[ctx.tokens[r.start].start()..ctx.tokens[r.end - 1].end()].to_string()
}

/// Finds the names in the text, in reading order.
pub fn recognise(ctx: &Context) -> Vec<Mention> {
    // The shipped model is checked by the tests; should it ever fail to
    // read, the article is shown without names rather than not at all.
    let Ok(model) = recogniser() else {
        return Vec::new();
    };
    // Two passes, each making one sentence's words at a time: the first
    // learns how the article writes its words, the second tags.
    let mut stats = DocStats::default();
    for s in &ctx.sentences {
        stats.add(&words_of(ctx, s.tokens.clone()).0);
    }
    let mut scratch = Scratch::default();
    let mut tags = Vec::new();
    let mut out = Vec::new();
    let mut shared = roles::Shared::default();
    for sent in &ctx.sentences {
        let (w, at) = words_of(ctx, sent.tokens.clone());
        let (w, at) = (&w, &at);
        tag_sentence(model, w, &stats, &mut scratch, &mut tags);
        let (first, end) = (sent.tokens.start, sent.tokens.end);
        for n in names(&tags) {
            // Word indexes to token indexes: a word may span two tokens.
            let r = at[n.tokens.start]..at.get(n.tokens.end).copied().unwrap_or(end);
            if r.len() > MAX_NAME_TOKENS
                || n.kind != Kind::Misc && title_case_clause(ctx, &r)
                || r.len() == 1 && is_acronym_plural(ctx.tok(r.start))
            {
                continue;
            }
            if let Some((r, kind)) = bounds::adjust(ctx, r, n.kind, first, end) {
                // A name that took in its neighbour ("Thomas “Tip” Olsen"
                // takes "Thomas"; "Expo 2020" takes the year) stands alone.
                while out.last().is_some_and(|m: &Mention| m.tokens.end > r.start) {
                    out.pop();
                }
                out.push(mention(ctx, r, kind, first, &mut shared));
            }
        }
    }
    consistency::drop_headline_guesses(ctx, &mut out);
    consistency::settle(ctx, &mut out);
    usage::places_taken_for_people(ctx, &mut out);
    surnames::add_untagged(ctx, &mut out);
    // After the mentions agree: the film “Michael Collins” is a title where
    // the man Michael Collins stays a person.
    for m in out.iter_mut().filter(|m| in_marks(ctx, &m.tokens)) {
        m.kind = EntityKind::Other;
        m.roles.clear();
    }
    roles::add_appositive_roles(ctx, &mut out, &mut shared);
    out
}

/// "Republican Officeholders Who Endorse Trump Are Sellouts": three or
/// more capitalised words with a pronoun or a verb's auxiliary after the
/// first are a clause in title case, a headline, not the name of a person,
/// an organisation or a place. A work's title may be one ("The Spy Who
/// Loved Me"); "May", "Will" and "Can" may be names.
fn title_case_clause(ctx: &Context, r: &std::ops::Range<usize>) -> bool {
    r.len() >= 3
        && (r.start + 1..r.end).any(|k| {
            ctx.is_cap(k)
                && with_lower(ctx.tok(k), |w| {
                    ctx.lex.is(w, WordClass::Auxiliary)
                        && !matches!(w, "will" | "can" | "may" | "might" | "must")
                        || matches!(
                            w,
                            "do" | "does"
                                | "did"
                                | "who"
                                | "we"
                                | "you"
                                | "they"
                                | "me"
                                | "he"
                                | "she"
                                | "it"
                                | "not"
                                | "why"
                                | "how"
                        )
                })
        })
}

/// "PACs", "NGOs", "MPs": an acronym's plural is a common noun, not a name.
fn is_acronym_plural(w: &str) -> bool {
    w.strip_suffix('s')
        .is_some_and(|stem| stem.len() >= 2 && stem.chars().all(|c| c.is_ascii_uppercase()))
}

/// The words the model reads over tokens `r`, and the token each starts
/// at: an initial or an abbreviation and its stop ("D. Bicknell", "Sen.
/// Warren", "Port St. Lucie") are one word, as in the text the model
/// learned from.
fn words_of<'a>(ctx: &Context<'a>, r: std::ops::Range<usize>) -> (Vec<&'a str>, Vec<usize>) {
    let mut words = Vec::with_capacity(r.len());
    let mut at = Vec::with_capacity(r.len());
    let mut k = r.start;
    while k < r.end {
        let w = ctx.tok(k);
        let with_stop = k + 1 < r.end
            && ctx.tok(k + 1) == "."
            && ctx.tokens[k].end() == ctx.tokens[k + 1].start()
            && (w.chars().count() == 1 && w.chars().all(char::is_uppercase)
                || ctx.lex.is_abbreviation(w));
        at.push(k);
        if with_stop {
            words.push(&ctx.text[ctx.tokens[k].start()..ctx.tokens[k + 1].end()]);
            k += 2;
        } else {
            words.push(w);
            k += 1;
        }
    }
    (words, at)
}

fn mention(
    ctx: &Context,
    r: std::ops::Range<usize>,
    kind: Kind,
    first: usize,
    shared: &mut roles::Shared,
) -> Mention {
    let lex = ctx.lex;
    let full = join(ctx, r.clone());
    let entity = if usage::named_person(ctx, &r) {
        EntityKind::Person
    } else {
        kinds::entity_kind(ctx, kind, &full)
    };
    let roles = if entity == EntityKind::Person {
        let titles = roles::titles_before(ctx, r.start, first);
        titles.into_iter().map(|t| shared.get(t)).collect()
    } else {
        Vec::new()
    };
    // "Jiangsu Province" is Jiangsu, when Jiangsu is a place by itself.
    let name =
        (entity == EntityKind::Place && r.len() >= 2 && lex.is_place_word(ctx.tok(r.end - 1)))
            .then(|| join(ctx, r.start..r.end - 1))
            .filter(|base| is_listed_place(ctx, base))
            .unwrap_or(full);
    Mention {
        tokens: r,
        kind: entity,
        name: name.into_boxed_str(),
        roles,
    }
}

/// How a quotation mark is written, for an opening one to pair with its
/// closing one.
#[derive(PartialEq)]
enum Marks {
    Double,
    Single,
    /// Two apostrophes, as some archives write the double mark.
    Apostrophes,
}

/// "''Training Day,'' “Cruel Intentions”": a name that is all a pair of
/// quotation marks holds is the title of a work. Not a possessive's
/// apostrophe ("the parents' Dominican Republic") nor marks of two
/// different quotations.
fn in_marks(ctx: &Context, r: &std::ops::Range<usize>) -> bool {
    let glued = |a: usize, b: usize| ctx.tokens[a].end() == ctx.tokens[b].start();
    let apostrophe = |k: usize| matches!(ctx.tok_or(k), "'" | "\u{2019}");
    let Some(o) = r.start.checked_sub(1) else {
        return false;
    };
    let opening = match ctx.tok(o) {
        "\u{201c}" | "\u{ab}" | "\"" => Marks::Double,
        "'" if o > 0 && apostrophe(o - 1) && glued(o - 1, o) => Marks::Apostrophes,
        "\u{2018}" | "'" if o == 0 || !glued(o - 1, o) => Marks::Single,
        _ => return false,
    };
    let c = r.end + usize::from(matches!(ctx.tok_or(r.end), "," | "." | "?" | "!"));
    let closing = match ctx.tok_or(c) {
        "\u{201d}" | "\u{bb}" | "\"" => Marks::Double,
        "'" | "\u{2019}" if apostrophe(c + 1) && glued(c, c + 1) => Marks::Apostrophes,
        "'" | "\u{2019}" => Marks::Single,
        _ => return false,
    };
    opening == closing
}

fn is_listed_place(ctx: &Context, name: &str) -> bool {
    ctx.lex.is_place(name)
        || crate::model::gazetteer::gazetteer().list_of(name)
            == Some(crate::model::gazetteer::ListKind::Place)
}
