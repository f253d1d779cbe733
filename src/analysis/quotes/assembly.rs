//! Putting the findings together: statements split by their attribution
//! joined, quotations running over paragraphs, titles in marks dropped.

use super::*;

/// A statement that ends in quotation marks: a direct quotation, or reported
/// speech closing on a quoted phrase ('Both parties "saw Burma as …,"',
/// "The address ''was …,''" in archives that write the mark as two
/// apostrophes).
pub(super) fn ends_quoted(ctx: &Context, f: &Found) -> bool {
    f.kind == QuoteKind::Direct
        || ctx
            .text
            .get(..f.span.end)
            .is_some_and(|t| t.ends_with("''") || t.ends_with(['"', '\u{201d}', '\u{bb}']))
}

/// “A,” he said. “B” and other issues.: a second part that the writer's
/// sentence goes on after, with no cue of its own.
pub(super) fn goes_on_after_quote(ctx: &Context, quotes: &Quotations, b: &Found) -> bool {
    let (first, last) = (ctx.token_at(b.span.start), ctx.token_at(b.span.end));
    b.kind == QuoteKind::Indirect
        && b.cue.is_none()
        && matches!(b.speaker, Some(Speaker::Inherit))
        && is_quote_mark(ctx.tok(first))
        && (first..last).all(|k| quotes.at(k).is_some() || cue_at(ctx, k) == 0)
}

/// The second part of a split statement opens in the attribution's sentence
/// or the next one: “A,” Tom said, pointing at his ears. Betsy shook her
/// head. “B.” is two statements.
/// So is one after a clause with a subject of its own: “A,” Ebeling said,
/// and her husband cut in. “B.”
pub(super) fn next_to_attribution(ctx: &Context, cue: &Span, b: &Span) -> bool {
    let sentence = |pos: usize| ctx.sentence_of_token(ctx.token_at(pos));
    let (from, to) = (ctx.token_at(cue.end), ctx.token_at(b.start));
    let own_subject = |k: usize| {
        let w = ctx.word(k);
        // Determiners take in "her", "his" and "their".
        is_subject_pronoun(w) || ctx.lex.is(&lower(w), WordClass::Determiner) || ctx.is_cap(k)
    };
    let (sc, sb) = (sentence(cue.start), sentence(b.start));
    // “A,” the board said, reasoning that he “B”: a participle's clause
    // before a quotation in the same sentence is the writer's, and the
    // quotation in it is not the statement's second part.
    // Not "“A,” Tester said, pointing at the chart, “b.”": a participle set
    // off by commas, the second part going on in lower case.
    let set_off_before = to > 0
        && ctx.tok(to - 1) == ","
        && is_quote_mark(ctx.tok(to))
        && ctx
            .tokens
            .get(to + 1)
            .is_some_and(|t| t.kind == TokenKind::Word)
        && !ctx.is_cap(to + 1);
    let new_clause = (from + 1..to.min(from + CLAUSE_AFTER_CUE)).any(|k| {
        ctx.tok(k - 1) == ","
            && (matches!(ctx.word(k), "and" | "but") && own_subject(k + 1)
                || sb == sc && ctx.word(k).ends_with("ing") && k + 1 < to && !set_off_before)
    });
    // “A,” said Leslie Feldman, a plaintiff who waited in an “…”: a
    // quotation inside the speaker's relative clause is no second part;
    // one set off by a comma is ("“A,” said Leamer, an economist who is
    // the director of the forecast, “is that …”").
    let relative = sb == sc
        && (from..to).any(|k| matches!(ctx.word(k), "who" | "which"))
        && !(to > 0 && ctx.tok(to - 1) == ",");
    // “A,” Woolson said. They lie in a dead zone. “B.”: the writer's
    // sentences between, with no speech of their own, keep the speaker.
    // No one new is their subject: they open on a pronoun, a determiner or
    // a conjunction ("Betsy shook her head." names someone else).
    let quiet = |si: usize| {
        let r = ctx.sentences[si].tokens.clone();
        let first = lower(ctx.word(r.start));
        (is_subject_pronoun(&first)
            || ctx.lex.is(&first, WordClass::Determiner)
            || matches!(first.as_ref(), "but" | "and" | "yet" | "so"))
            && r.len() <= 30
            && r.clone()
                .all(|k| cue_at(ctx, k) == 0 && !is_quote_mark(ctx.tok(k)))
    };
    // “A,” he said. GOP nominees Mitt Romney “B.”: a second part in a later
    // sentence opens it, after a conjunction or an adverb at most; one deep
    // in a sentence of the writer's is that sentence's.
    let opens_sentence = sb == sc || {
        let lead = ctx.sentences[sb].tokens.start..to;
        lead.len() <= SENTENCE_LEAD && lead.skip(1).all(|k| !ctx.is_cap(k))
    };
    (sb <= sc + 1 || sb <= sc + 3 && (sc + 1..sb).all(quiet))
        && opens_sentence
        && !new_clause
        && !relative
}

/// “A,” he said.¶“B.”: a paragraph that is one quotation and no more,
/// right after a statement its attribution closes, goes on with it; so
/// does one after reported speech ("A, he said.¶“B.”").
pub(super) fn quoted_paragraph_after(ctx: &Context, a: &Found, b: &Found) -> bool {
    let (Some(ab), Some(bb)) = (ctx.block_at(a.span.start), ctx.block_at(b.span.start)) else {
        return false;
    };
    let whole = &ctx.blocks[bb].0;
    (a.kind == QuoteKind::Direct || matches!(a.pattern, Pattern::Postposed | Pattern::Inverted))
        && b.kind == QuoteKind::Direct
        && b.cue.is_none()
        && bb == ab + 1
        // The attribution is the paragraph's last sentence, or the
        // statement runs to the paragraph's end (“A,” he said. “B.”¶“C.”).
        && a.cue.as_ref().is_some_and(|c| {
            ctx.block_at(c.start) == Some(ab)
                && (ctx.sentence_of_token(ctx.token_at(c.start)) + 1 == ctx.blocks[ab].1.end
                    || a.span.end > c.end
                        && ctx
                            .text
                            .get(a.span.end..ctx.blocks[ab].0.end)
                            .is_some_and(|rest| rest.trim().is_empty()))
        })
        && b.span.start == whole.start
        && ctx
            .text
            .get(b.span.end..whole.end)
            .is_some_and(|rest| rest.trim().is_empty())
}

/// The paragraphs `f` fills from its first to its last, with nothing
/// else in them.
fn whole_paragraphs(ctx: &Context, f: &Found) -> Option<(usize, usize)> {
    let (first, last) = (
        ctx.block_at(f.span.start)?,
        ctx.block_at(f.span.end.saturating_sub(1))?,
    );
    let blank = |t: Option<&str>| t.is_some_and(|t| t.trim().is_empty());
    (blank(ctx.text.get(ctx.blocks[first].0.start..f.span.start))
        && blank(ctx.text.get(f.span.end..ctx.blocks[last].0.end)))
    .then_some((first, last))
}

/// “A.”¶“B.”: paragraphs that are each one quotation with no cue, one
/// after the other, are one statement.
fn quoted_paragraphs(ctx: &Context, a: &Found, b: &Found) -> bool {
    a.kind == QuoteKind::Direct
        && b.kind == QuoteKind::Direct
        && a.cue.is_none()
        && b.cue.is_none()
        && matches!(b.speaker, Some(Speaker::Inherit) | None)
        && whole_paragraphs(ctx, a)
            .zip(whole_paragraphs(ctx, b))
            .is_some_and(|((_, x), (y, _))| x + 1 == y)
}

/// “A,” she said. “B.” is one statement: the second part joins the first.
/// So does a quotation after reported speech and its attribution: "A, she
/// said. “B.”".
pub(super) fn merge_split_quotes(ctx: &Context, quotes: &Quotations, found: &mut Vec<Found>) {
    let joinable = |a: &Found, b: &Found| {
        // “A,” he said. “B.”¶“C.”: a statement joined already goes on
        // into a paragraph that is one quotation.
        let joined = a.cue.as_ref().is_some_and(|c| a.span.end > c.end);
        if quoted_paragraphs(ctx, a, b)
            || joined
                && matches!(b.speaker, Some(Speaker::Inherit) | None)
                && quoted_paragraph_after(ctx, a, b)
        {
            return true;
        }
        let block = ctx.block_at(a.span.start);
        (ends_quoted(ctx, a)
            || a.kind == QuoteKind::Indirect
                && matches!(a.pattern, Pattern::Postposed | Pattern::Inverted)
                && b.kind == QuoteKind::Direct
                && b.cue.is_none())
            && (b.kind == QuoteKind::Direct || goes_on_after_quote(ctx, quotes, b))
            && matches!(
                b.speaker,
                Some(Speaker::Inherit | Speaker::Subject(_)) | None
            )
            && block.is_some()
            && (block == ctx.block_at(b.span.start) || quoted_paragraph_after(ctx, a, b))
            && a.cue.as_ref().is_some_and(|c| {
                c.end <= b.span.start
                    && c.start >= a.span.end
                    && next_to_attribution(ctx, c, &b.span)
            })
    };
    // The statements kept so far are the start of `found` itself, `w` of
    // them: an article's findings are not copied into a second list.
    let mut w = 0;
    // A title after the first part (“A,” he told “Fox and Friends.” “B.”)
    // joins only when nothing else follows (“A,” she said. “The Boss.”);
    // otherwise it is dropped below with the other titles.
    let mut title: Option<Span> = None;
    for r in 0..found.len() {
        found.swap(w, r);
        // Reported speech inside the attribution ("“A,” said a staffer, who
        // said he feared retribution. “B.”") stands between the parts.
        let nested = w >= 2 && {
            let (a, r, b) = (&found[w - 2], &found[w - 1], &found[w]);
            let sentence = |pos: usize| ctx.sentence_of_token(ctx.token_at(pos));
            r.kind == QuoteKind::Indirect
                && r.span.start >= a.span.end
                && r.span.end <= b.span.start
                && a.cue
                    .as_ref()
                    .is_some_and(|c| sentence(c.start) == sentence(r.span.start))
                && joinable(a, b)
        };
        if nested {
            found.swap(w - 1, w);
            w -= 1;
        }
        let (out, rest) = found.split_at_mut(w);
        let b = &rest[0];
        if let Some(a) = out.last_mut() {
            let join = joinable(a, b);
            let title_part =
                b.kind == QuoteKind::Direct && b.cue.is_none() && is_title(ctx, &b.span);
            if title_part {
                if join && title.is_none() {
                    title = Some(b.span.clone());
                }
            } else if join {
                a.span.end = b.span.end;
                if b.kind == QuoteKind::Indirect {
                    a.kind = QuoteKind::Indirect;
                }
                title = None;
            }
            if title_part || join {
                // The reported speech between the parts stays a statement
                // of its own, after the one it stands in.
                if nested {
                    found.swap(w, w + 1);
                    w += 1;
                }
                continue;
            }
            if let Some(t) = title.take() {
                a.span.end = t.end;
            }
        }
        w += 1;
    }
    found.truncate(w);
    if let (Some(a), Some(t)) = (found.last_mut(), title) {
        a.span.end = t.end;
    }
}
