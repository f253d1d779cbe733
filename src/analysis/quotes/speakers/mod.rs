//! Speakers: the words naming who speaks, resolved to an entity. Names match
//! their entity; pronouns go to the closest fitting person, preferring the
//! last speaker; descriptions go to the person whose role they name.

use super::super::Context;
use super::super::entities::{Entity, EntityKind};
use crate::lexicon::Gender;
use crate::lexicon::WordClass;
use crate::text::TokenKind;
use crate::text::{Run, Span, StartIndex, lower};

mod mentions;
mod pronouns;
mod words;

use super::phrases::is_person_noun;
use mentions::Placed;
use words::{head_of, plausible, subject_of};

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
        mentions.sort_unstable_by_key(|p| (p.start(), p.entity(), p.end()));
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
        let np = head_of(ctx, plausible(ctx, np)?);
        // A person's or an organisation's name.
        let names = |k: usize| {
            let t = &ctx.tokens[k];
            self.within(ctx.tokens[np.start()].start()..t.end())
                .iter()
                .any(|m| {
                    m.start() <= t.start()
                        && m.end() >= t.end()
                        && matches!(
                            self.entities[m.entity()].kind,
                            EntityKind::Person | EntityKind::Organization
                        )
                })
        };
        let np = plausible(ctx, subject_of(ctx, np, names))?.range();
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
}
