//! Pronouns as speakers: "he" and "she" by gender, preferring the person
//! opening their sentence and then the last speaker; "I" the article's
//! author; "they" and "it" an organisation; "who" the person described
//! right before it.

use super::super::phrases::np_back;
use super::*;

impl Resolver<'_> {
    /// The speaker the one-word pronoun `np` (its text lower-cased in
    /// `word`) stands for; None when `np` is no pronoun, Some(None) when
    /// it stands for no one known.
    pub(super) fn pronoun(
        &self,
        np: std::ops::Range<usize>,
        span: &Span,
        word: &str,
        last: Option<(usize, usize)>,
        said: &Span,
    ) -> Option<Option<Resolved>> {
        if np.len() != 1 {
            return None;
        }
        let ctx = self.ctx;
        // "her claim that …": a possessive stands for its person.
        let word = match word {
            "his" => "he",
            "her" => "she",
            "their" => "they",
            w => w,
        };
        let gender = match word {
            "he" => Some(Gender::Male),
            "she" => Some(Gender::Female),
            "we" => None,
            // The writer: the article's one author, else "I" as written.
            "i" => {
                let mut authors = (0..self.entities.len()).filter(|&e| self.entities[e].author);
                return Some(Some(match (authors.next(), authors.next()) {
                    (Some(e), None) => self.mentioned(e, span),
                    _ => Resolved {
                        name: ctx.text[span.clone()].to_string(),
                        entity: None,
                        mention: Some(span.clone()),
                    },
                }));
            }
            "who" => return Some(self.relative(np.start, span, last, said)),
            "they" | "it" => {
                let e = self.nearest(span.start, |e| e.kind == EntityKind::Organization);
                return Some(e.map(|e| self.mentioned(e, span)));
            }
            _ => return None,
        };
        let fits = |e: &Entity| {
            e.kind == EntityKind::Person
                && !e.author
                && (gender.is_none() || e.gender.is_none() || e.gender == gender)
        };
        // "Ed Krayewski may have said it best when he blogged": the person
        // opening the pronoun's own sentence, before the last speaker.
        let s0 = ctx.sentences[ctx.sentence_of_token(np.start)].tokens.start;
        // The mentions from the sentence's start to the pronoun.
        let opened = self.within(ctx.tokens[s0].start()..span.start);
        if let Some(m) = opened
            .iter()
            .find(|m| m.end() <= said.start || m.start() >= said.end)
            && ctx.token_at(m.start()) <= s0 + 1
            && fits(&self.entities[m.entity()])
        {
            return Some(Some(self.mentioned(m.entity(), span)));
        }
        // "After he blasted the film …, Pastor Kevin Swanson said": in an
        // opening subordinate clause the pronoun looks ahead to the name
        // opening the main clause.
        let s1 = ctx.sentences[ctx.sentence_of_token(np.start)].tokens.end;
        if ctx.lex.is(&lower(ctx.word(s0)), WordClass::Subordinator)
            && (s0..np.start).all(|j| ctx.tok(j) != ",")
            && let Some(comma) =
                (np.start + 1..s1.min(np.start + super::super::CLAUSE)).find(|&j| ctx.tok(j) == ",")
            && comma + 1 < s1
            && let Some(m) = self
                .within(ctx.tokens[comma + 1].start()..ctx.tokens[(comma + 3).min(s1 - 1)].end())
                .first()
            && fits(&self.entities[m.entity()])
        {
            return Some(Some(self.mentioned(m.entity(), span)));
        }
        if let Some(e) = self.clause_subject(opened, np.start, s0, said, fits) {
            return Some(Some(self.mentioned(e, span)));
        }
        if let Some(e) = self.opening_before(np.start, span, fits) {
            return Some(Some(self.mentioned(e, span)));
        }
        if let Some((e, pos)) = last {
            let close = span.start.saturating_sub(pos) < super::super::LAST_SPEAKER_REACH;
            if close && fits(&self.entities[e]) {
                return Some(Some(self.mentioned(e, span)));
            }
        }
        // Past a quotation the pronoun follows, the nearest person named
        // outside it: in "“Rubio is not going to be the one,” he said" the
        // name the quotation holds is not who "he" is.
        let outside = |e: &Entity| fits(e) && !self.only_within(e, said);
        let quoted =
            said.end <= span.start && crate::text::is_quote_mark(ctx.tok(ctx.token_at(said.start)));
        let skip = if quoted { said.start } else { span.start };
        Some(
            self.nearest_before(span.start, skip, outside)
                .map(|e| self.mentioned(e, span)),
        )
    }

    /// "In West Miami, where Mr. Rubio began his career, he showed …",
    /// "When Trump arrived, he said": the subject of a clause opening the
    /// sentence of the pronoun at token `k`, after that clause's comma,
    /// when it is the one person who fits named before the pronoun
    /// (`opened`, the mentions from the sentence's start at `s0`). Not
    /// when a pronoun is the clause's subject ("When he took the stage
    /// after Mr. Vander Plaats's introduction"), nor a possessive.
    fn clause_subject(
        &self,
        opened: &[Placed],
        k: usize,
        s0: usize,
        said: &Span,
        fits: impl Fn(&Entity) -> bool,
    ) -> Option<usize> {
        let ctx = self.ctx;
        let mut fitting = opened.iter().filter(|m| {
            fits(&self.entities[m.entity()]) && !(said.start..said.end).contains(&m.start())
        });
        let m = fitting.next()?;
        let t = ctx.token_at(m.start());
        let after = ctx.token_at(m.end());
        (fitting.all(|o| o.entity() == m.entity())
            && k > s0
            && ctx.tok(k - 1) == ","
            && (t.saturating_sub(3).max(s0)..t).any(|j| {
                let w = lower(ctx.word(j));
                w == "where" || ctx.lex.is(&w, WordClass::Subordinator)
            })
            && (s0..k).all(|j| {
                ctx.tok(j) != ";" && !super::super::is_subject_pronoun(&lower(ctx.word(j)))
            })
            && !super::super::phrases::is_possessive_mark(ctx.tok_or(after)))
        .then_some(m.entity())
    }

    /// "Clinton's rival, Sen. Bernie Sanders, skipped the meeting. Instead
    /// he gave a speech in which he pledged …": the person opening the
    /// sentence before the pronoun at token `k`, in its block, comes before
    /// the last speaker when no other person who fits is named between
    /// them. The person opens the sentence as its first words or as the
    /// name set off after a description ("Clinton's rival, Sen. Bernie
    /// Sanders"), with no pronoun before.
    fn opening_before(
        &self,
        k: usize,
        span: &Span,
        fits: impl Fn(&Entity) -> bool,
    ) -> Option<usize> {
        let ctx = self.ctx;
        let si = ctx.sentence_of_token(k);
        let before = ctx.sentences.get(si.checked_sub(1)?)?.tokens.clone();
        let from = ctx.tokens[before.start].start();
        if span.start - from > super::super::PRONOUN_REACH
            || ctx.block_at(from) != ctx.block_at(span.start)
        {
            return None;
        }
        let m = self.within(from..span.start);
        let first = m.iter().position(|m| fits(&self.entities[m.entity()]))?;
        let e = m[first].entity();
        let t = ctx.token_at(m[first].start());
        let set_off = || {
            let comma = (t.saturating_sub(3).max(before.start + 1)..t)
                .rev()
                .find(|&j| ctx.tok(j) == ",");
            comma.is_some_and(|c| {
                t <= before.start + super::super::OPENING_SUBJECT
                    && (c + 1..t).all(|j| ctx.is_cap(j) || ctx.tok(j) == ".")
                    && (before.start..c).all(|j| !super::super::is_subject_pronoun(ctx.word(j)))
            })
        };
        let opens = t <= before.start + 1 || set_off();
        (opens
            && m[first + 1..]
                .iter()
                .all(|o| o.entity() == e || !fits(&self.entities[o.entity()])))
        .then_some(e)
    }

    /// Who "who" at token `k` stands for. "an architect who said …": with
    /// no comma, the person or share described right before it, the
    /// mention staying "who"; else ("McConnell, now the majority leader,
    /// who said …") the nearest person.
    fn relative(
        &self,
        k: usize,
        span: &Span,
        last: Option<(usize, usize)>,
        said: &Span,
    ) -> Option<Resolved> {
        let ctx = self.ctx;
        let s0 = ctx.sentences[ctx.sentence_of_token(k)].tokens.start;
        let percent =
            k >= s0 + 2 && ctx.tok(k - 1) == "%" && ctx.tokens[k - 2].kind == TokenKind::Number;
        if k > s0 && (percent || ctx.tokens[k - 1].kind == TokenKind::Word) {
            let start = if percent { k - 2 } else { np_back(ctx, s0, k) };
            // Not the last of a list ("a liar, a racist and birther who"),
            // nor "a radio program who".
            let listed = start > s0 && matches!(ctx.tok(start - 1), "," | "and" | "or");
            let person = |r: &Resolved| match r.entity {
                Some(e) => self.entities[e].kind == EntityKind::Person,
                None => {
                    let head = lower(ctx.tok(k - 1));
                    let one = head.strip_suffix('s').unwrap_or(&head);
                    // "a staffer", "a pianist", "a historian".
                    let agent = ["er", "or", "ist", "ian"].iter().any(|e| one.ends_with(e));
                    // "18% who say": a share of people.
                    let share = ctx.tokens[start].kind == TokenKind::Number;
                    !listed && (agent || share || is_person_noun(ctx, &head))
                }
            };
            if let Some(r) = Run::new(start..k)
                .and_then(|a| self.resolve(a, last, said))
                .filter(person)
            {
                return Some(Resolved {
                    mention: Some(span.clone()),
                    ..r
                });
            }
        }
        let e = self.nearest(span.start, |e| e.kind == EntityKind::Person && !e.author)?;
        Some(self.mentioned(e, span))
    }
}
