//! Speakers: the words naming who speaks, resolved to an entity. Names match
//! their entity; pronouns go to the closest fitting person, preferring the
//! last speaker; descriptions go to the person whose role they name.

use super::super::Context;
use super::super::entities::{Entity, EntityKind};
use crate::lexicon::Gender;
use crate::lexicon::WordClass;
use crate::text::TokenKind;
use crate::text::{Offsets, Run, Span, StartIndex, lower, offsets};

mod pronouns;

/// Who speaks, before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Speaker {
    /// The tokens of the phrase naming the speaker.
    Phrase(Run),
    /// The speaker of the quotation this one continues.
    Inherit,
    /// The subject of the sentence before, when it is a person; else as
    /// `Inherit`.
    Subject(Run),
}

impl Speaker {
    /// The phrase over `np`; none when `np` holds no token.
    pub fn phrase(np: std::ops::Range<usize>) -> Option<Speaker> {
        Run::new(np).map(Speaker::Phrase)
    }

    /// The subject over `np`; none when `np` holds no token.
    pub fn subject(np: std::ops::Range<usize>) -> Option<Speaker> {
        Run::new(np).map(Speaker::Subject)
    }
}

pub struct Resolved {
    pub name: String,
    pub entity: Option<usize>,
    pub mention: Option<Span>,
}

/// The phrase as a speaker: without an opening adverb, "he" of "he’s";
/// none when it opens on a preposition or a participle ("featuring
/// Hispanics", "… and carrying signs", not "protesting workers") or is a
/// demonstrative alone ("This was the Trump who … claims that …").
fn plausible(ctx: &Context, mut np: Run) -> Option<Run> {
    while np.len() > 1
        && ctx
            .lex
            .is(&lower(ctx.word(np.start())), WordClass::OpeningAdverb)
    {
        np = np.drop_first()?;
    }
    if np.len() == 2
        && super::phrases::is_possessive_mark(ctx.tok(np.last()))
        && matches!(
            ctx.word(np.start()),
            "he" | "she" | "it" | "He" | "She" | "It"
        )
    {
        np = np.drop_last()?;
    }
    // "featuring Hispanics", "hearing him": a participle with its object
    // (not "restructuring experts"; a capitalised -ing word may be a name).
    let first = ctx.word(np.start());
    let object_follows = match np.drop_first() {
        None => true,
        Some(rest) => {
            let k = rest.start();
            // "calling for his firing and carrying signs": a participle
            // joined to one before it takes an object.
            let joined = np.start() > 0 && matches!(ctx.tok(np.start() - 1), "and" | "or" | ",");
            ctx.is_cap(k)
                || joined && rest.len() == 1 && !is_person_noun(ctx, &lower(ctx.word(k)))
                || ctx.tokens[k].kind == TokenKind::Number
                || super::phrases::is_number_word(ctx.word(k))
                || matches!(
                    ctx.word(k),
                    "him" | "her" | "them" | "it" | "the" | "a" | "an" | "his" | "their" | "its"
                )
        }
    };
    let demonstrative = np.len() == 1
        && matches!(
            lower(first).as_ref(),
            "this" | "that" | "these" | "there" | "here"
        );
    // "At least half of voters": a count, not a place.
    let at_least =
        first.eq_ignore_ascii_case("at") && matches!(ctx.word(np.start() + 1), "least" | "most");
    let bad = demonstrative
        || ctx.lex.is(&lower(first), WordClass::NoSpeakerOpener) && !at_least
        || !ctx.is_cap(np.start()) && super::phrases::is_ing_form(first) && object_follows;
    (!bad).then_some(np)
}

/// The head of a subject longer than a noun phrase, with a clause or a
/// place after it: "Democrats" of "Democrats trying to regain control of
/// the Senate", "Several people" of "Several people I have spoken with
/// since", "officials" of "officials in the Obama administration".
/// Whoever the clause names does not speak.
fn head_of(ctx: &Context, np: Run) -> Run {
    // A noun phrase alone keeps its words: "a Washington Post database
    // tracking such deaths" is the database's, named by the paper.
    if np.len() <= super::NOUN_PHRASE {
        return np;
    }
    let clause = (np.start() + 1..np.end()).find(|&k| {
        let w = ctx.word(k);
        !ctx.is_cap(k)
            && (super::phrases::is_ing_form(w)
                || matches!(w, "who" | "whom" | "whose" | "that" | "which" | "in")
                || w == "to"
                    && !ctx.is_cap(k + 1)
                    && ctx.tokens[k + 1].kind == TokenKind::Word
                    && !ctx.lex.is(&lower(ctx.word(k - 1)), WordClass::Postmodifier))
            || super::is_subject_pronoun(w)
    });
    clause.and_then(|k| Run::new(np.start()..k)).unwrap_or(np)
}

/// A noun for people, singular or plural: "an expert", "experts say".
fn is_person_noun(ctx: &Context, w: &str) -> bool {
    ctx.lex.is(w, WordClass::PersonNoun)
        || w.strip_suffix('s')
            .is_some_and(|one| ctx.lex.is(one, WordClass::PersonNoun))
}

/// A mention and its entity, in 32-bit offsets: an article can hold a
/// hundred thousand mentions.
struct Placed {
    at: Offsets,
    entity: u32,
}

impl Placed {
    fn new(span: &Span, entity: usize) -> Placed {
        // Entity indexes are fewer than the text's bytes.
        Placed {
            at: Offsets::from(span),
            entity: offsets::small(entity),
        }
    }
    fn start(&self) -> usize {
        self.at.start()
    }
    fn end(&self) -> usize {
        self.at.end()
    }
    fn entity(&self) -> usize {
        self.entity as usize
    }
}

pub struct Resolver<'a> {
    ctx: &'a Context<'a>,
    entities: &'a [Entity],
    /// Every mention in text order.
    mentions: Vec<Placed>,
    /// Where the mentions start, for `within`.
    index: StartIndex,
    /// Where the first person other than the byline's author is named.
    first_person: usize,
}

impl<'a> Resolver<'a> {
    pub fn new(ctx: &'a Context<'a>, entities: &'a [Entity]) -> Resolver<'a> {
        let mut mentions: Vec<Placed> = entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.mentions.iter().map(move |m| Placed::new(m, i)))
            .collect();
        // No two mentions start at one place: the order is total.
        // Unstable, and so without a copy of the list; no two are equal.
        mentions.sort_unstable_by_key(|p| (p.start(), p.entity, p.end()));
        let index = StartIndex::new(ctx.text.len(), mentions.iter().map(Placed::start));
        let first_person = mentions
            .iter()
            .find(|m| {
                let e = &entities[m.entity()];
                e.kind == EntityKind::Person && !e.author
            })
            .map_or(usize::MAX, Placed::start);
        Resolver {
            ctx,
            entities,
            mentions,
            index,
            first_person,
        }
    }

    pub fn entity(&self, e: usize) -> &Entity {
        &self.entities[e]
    }

    /// The mentions starting inside `r`, in text order, with their
    /// entities.
    pub fn mentions_in(
        &self,
        r: Span,
    ) -> impl DoubleEndedIterator<Item = (Span, usize)> + ExactSizeIterator + '_ {
        self.within(r)
            .iter()
            .map(|m| (m.start()..m.end(), m.entity()))
    }

    pub fn is_person(&self, e: usize) -> bool {
        self.entities[e].kind == EntityKind::Person
    }

    pub fn named(&self, e: usize) -> Resolved {
        Resolved {
            name: self.entities[e].name.clone(),
            entity: Some(e),
            mention: None,
        }
    }

    /// Entity `e`, named by the words at `span`.
    fn mentioned(&self, e: usize, span: &Span) -> Resolved {
        Resolved {
            mention: Some(span.clone()),
            ..self.named(e)
        }
    }

    /// The speaker `np` names for the statement `said`: a name, a pronoun's
    /// antecedent or a description. A pronoun never stands for someone
    /// named only inside the statement itself (“Northport,” she answered).
    pub fn resolve(&self, np: Run, last: Option<(usize, usize)>, said: &Span) -> Option<Resolved> {
        let ctx = self.ctx;
        let np = head_of(ctx, plausible(ctx, np)?).range();
        let span = ctx.tokens[np.start].start()..ctx.tokens[np.end - 1].end();
        let found = |e: usize| self.mentioned(e, &span);
        // A transcript's "PENCE": the person of that surname.
        let word = ctx.word(np.start);
        if np.len() == 1
            && word.chars().count() > 1
            && word.chars().all(|c| c.is_uppercase() || c == '-')
            && let Some(e) = self.entities.iter().position(|e| {
                e.kind == EntityKind::Person
                    && !e.author
                    && e.name
                        .split_whitespace()
                        .last()
                        .is_some_and(|l| lower(l) == lower(word))
            })
        {
            return Some(found(e));
        }
        // "A spokeswoman for the ministry": a description whose head noun is
        // a person; the organisation after it is not the speaker.
        // Only before the first comma: "Scott Pruitt, the attorney general
        // of Oklahoma" names its person first.
        let head_end = (np.start..np.end)
            .find(|&k| ctx.tok(k) == ",")
            .unwrap_or(np.end);
        let described = (np.start + 1..head_end).any(|k| {
            // "people with knowledge of …", "a source close to …".
            matches!(
                ctx.word(k),
                "for" | "of" | "at" | "from" | "with" | "close" | "familiar"
            ) && is_person_noun(ctx, &lower(ctx.word(k - 1)))
        });
        // A named person, else a named organisation, inside the phrase; a
        // name before the phrase's noun only modifies it: "a Trump
        // supporter", "Clinton's spokesman", "an ICE spokeswoman".
        let names_the_head = |m: &&Placed| {
            let next = ctx.token_at(m.end());
            let noun = || {
                let w = lower(ctx.word(next));
                ctx.tokens[next].kind == TokenKind::Word
                    && !ctx.is_cap(next)
                    && !ctx.lex.is(&w, WordClass::Adverb)
                    && !ctx.lex.is(&w, WordClass::NpBreak)
                    && !super::phrases::is_ly_adverb(&w)
                    && !ctx.lex.is_cue(&w)
            };
            next >= np.end || !(super::phrases::is_possessive_mark(ctx.tok(next)) || noun())
        };
        let placed: Vec<&Placed> = if described {
            Vec::new()
        } else {
            self.within(span.clone())
                .iter()
                .filter(|m| m.end() <= span.end)
                .filter(names_the_head)
                .collect()
        };
        let of_kind = |kind: EntityKind| {
            placed
                .iter()
                .copied()
                .filter(move |m| self.entities[m.entity()].kind == kind)
        };
        // "David Albright and Serena Kelleher-Vergantini wrote": two people
        // joined speak together, under both their names.
        let people: Vec<&Placed> = of_kind(EntityKind::Person).collect();
        if let [a, b] = people[..]
            && a.entity() != b.entity()
            && ctx.text[a.end()..b.start()].trim() == "and"
        {
            return Some(Resolved {
                name: format!(
                    "{} and {}",
                    self.entities[a.entity()].name,
                    self.entities[b.entity()].name
                ),
                entity: None,
                mention: Some(span),
            });
        }
        // "Port director Karl Obi": the fullest name, the last on a tie.
        if let Some(e) = people
            .iter()
            .map(|m| m.entity())
            .filter(|&e| !self.entities[e].author)
            .max_by_key(|&e| self.entities[e].name.split_whitespace().count())
        {
            return Some(found(e));
        }
        // "House Republicans supporting the bill": an organisation that
        // modifies the capitalised noun after it does not speak.
        let modifier = |m: &Placed| {
            let next = ctx.token_at(m.end());
            next < np.end && ctx.tokens[next].kind == TokenKind::Word && ctx.is_cap(next)
        };
        if let Some(m) = of_kind(EntityKind::Organization).find(|m| !modifier(m)) {
            let words = np.len();
            if words <= 4 || ctx.is_cap(np.start) {
                return Some(found(m.entity()));
            }
        }
        let head = lower(ctx.word(np.end - 1));
        let first = lower(ctx.word(np.start));
        if let Some(r) = self.pronoun(np.clone(), &span, &head, last, said) {
            return r;
        }
        // Descriptions.
        let text = ctx.text[span.clone()].to_string();
        if is_person_noun(ctx, &head) {
            let definite = matches!(first.as_ref(), "the" | "this" | "that");
            let role_match = |e: &Entity| {
                e.kind == EntityKind::Person
                    && !e.author
                    && e.roles
                        .iter()
                        .any(|r| r.split_whitespace().any(|w| lower(w) == head))
            };
            if definite {
                if let Some(e) = self.nearest(span.start, role_match) {
                    return Some(found(e));
                }
            } else if matches!(first.as_ref(), "a" | "an") {
                // The news lead: "…, a senior official said." then the next
                // paragraph names the official. Once the article has named
                // people, only one holding that role: "a veteran diplomat"
                // is not whoever comes next.
                let lead = self.first_person >= span.start;
                // The lead's person is introduced there, with a role.
                let introduced = |e: &Entity| {
                    e.kind == EntityKind::Person
                        && !e.author
                        && !e.roles.is_empty()
                        && e.mentions.first().is_some_and(|m| m.start > span.end)
                };
                if let Some(e) =
                    self.named_next(span.start, |e| role_match(e) || lead && introduced(e))
                {
                    return Some(found(e));
                }
            }
        }
        if ctx.is_cap(np.start) && np.len() <= 4 && !matches!(first.as_ref(), "the" | "a" | "an") {
            return Some(Resolved {
                name: text,
                entity: None,
                mention: Some(span),
            });
        }
        // "most said", "another added": a quantity standing for people.
        let quantity = np.len() == 1 && ctx.lex.is(&head, WordClass::QuantityPronoun);
        (is_person_noun(ctx, &head) || quantity || np.len() >= 2).then_some(Resolved {
            name: text,
            entity: None,
            mention: Some(span),
        })
    }

    /// Every mention of `e` before the end of `r` lies inside `r`.
    fn only_within(&self, e: &Entity, r: &Span) -> bool {
        e.mentions
            .iter()
            .take_while(|m| m.start < r.end)
            .all(|m| m.start >= r.start)
    }

    /// The mentions starting inside `r`, in text order.
    fn within(&self, r: Span) -> &[Placed] {
        let a = self.index.first_at(&self.mentions, Placed::start, r.start);
        let b = self.index.first_at(&self.mentions, Placed::start, r.end);
        &self.mentions[a..b]
    }

    /// The entity of the nearest mention before `pos` that fits.
    fn nearest(&self, pos: usize, fits: impl Fn(&Entity) -> bool) -> Option<usize> {
        let lo = pos.saturating_sub(super::PRONOUN_REACH);
        self.within(lo..pos)
            .iter()
            .rev()
            .filter(|m| m.end() <= pos)
            .map(Placed::entity)
            .find(|&e| fits(&self.entities[e]))
    }

    /// The first person named in the paragraph after `pos` that fits.
    fn named_next(&self, pos: usize, fits: impl Fn(&Entity) -> bool) -> Option<usize> {
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
