//! Pre-posed: "SPEAKER said (that) CONTENT", "told reporters that …",
//! "said of the election that …", "SPEAKER said: “…”".

use super::*;

/// What a cue reports after it, its speaker `np` the subject before it.
pub(super) fn preposed(at: &CueAt, np: std::ops::Range<usize>, np_start: usize) -> Option<Found> {
    let (ctx, quotes, s0, s1, c, after) = (at.ctx, at.quotes, at.s0, at.s1, at.c, at.after);
    let (cw, cue_len): (&str, usize) = (&at.cw, at.cue_len);
    let cue = at.cue.clone();
    // "footage of Trump saying …", "praised Trump for saying …": a
    // participle's own subject.
    let reduced = cw.ends_with("ing")
        && np_start > s0
        && (ctx.word(np_start - 1) == "of"
            || ctx.word(np.end) == "for"
            || perceived_from(ctx, s0, np.end) == Some((np_start - 1, false)));
    if !subject_position(ctx, s0, np_start) && !reduced {
        return None;
    }
    // "As the day went on, Trump offered …": the time is no speaker.
    if np.len() == 2 && ctx.word(np.start).eq_ignore_ascii_case("the") && {
        let head = ctx.word(np.start + 1);
        head == "day" || is_time_unit(head)
    } {
        return None;
    }
    // "Though she called it “a gamble,” the council …": what a subordinate
    // clause says ends with the clause, as does what a relative clause says
    // ("Graham, who says allies should send troops, tweeted that …", "which
    // she said represented …", "who officials say is tied to …").
    let relative = np_start > s0
        && (ctx.tok(np_start - 1) == "," && ctx.word(np_start).eq_ignore_ascii_case("who")
            || after_relative(ctx, s0, np_start));
    // "As Comey noted, people involved could still be …": what the clause
    // introduces is the sentence after its comma. Not an aside's "— as
    // many believe, and others allege, —", nor a comparison's "at the same
    // level as the Benghazi attacks, Carson said …".
    if np_start > s0
        && ctx.word(np_start - 1).eq_ignore_ascii_case("as")
        && (np_start - 1 == s0
            || matches!(
                lower(ctx.word(np_start - 2)).as_ref(),
                "and" | "but" | "even" | "just"
            )
            || matches!(ctx.tok(np_start - 2), "," | ";"))
        && ctx.tok_or(after) == ","
        && after + 1 < s1
        && quotes.at(after + 1).is_none()
        && !matches!(ctx.word(after + 1), "and" | "but" | "or")
    {
        let a = after + 1;
        return content(
            ctx,
            a,
            through_quotation(ctx, quotes, a, content_end(ctx, a, s1)),
            Speaker::phrase(np),
            cue,
            QuoteKind::Indirect,
            Pattern::Preposed,
        );
    }
    let s1 = if relative
        || np_start > s0
            && ctx
                .lex
                .is(&lower(ctx.word(np_start - 1)), WordClass::Subordinator)
    {
        let end = clause_end(ctx, after, s1, quotes);
        // "Mike Lee, who declared in the spin room, “…”", "As one employee
        // told the paper, “…”": the quotation right after the clause's
        // comma is what it says.
        // "… when she said, “…”": a quotation right after the cue's comma.
        // "… when he told Fox News, “…”": past the listener.
        let says = relative
            || ctx.word(np_start - 1).eq_ignore_ascii_case("as")
            || end == after
            || tells_someone(cw);
        match quotes.at(end + 1) {
            Some(qi)
                if says
                    && ctx.tok_or(end) == ","
                    && ctx.token_at(quotes.spans[qi].start) == end + 1 =>
            {
                ctx.token_at(quotes.spans[qi].end).min(s1)
            }
            _ => end,
        }
    } else {
        s1
    };
    let mut a = preposed_start(at, np_start, s1)?;
    if let Some(qi) = quotes.at(a) {
        return quotation_first(at, qi, a, np, s1);
    }
    let object_cue = ctx.lex.is_object_cue(cw) || cue_len > 1;
    let had_that = (after..a).any(|k| ctx.word(k).eq_ignore_ascii_case("that"));
    let mut b = content_end(ctx, a, s1);
    // "predicting he will do “very, very well” in Nevada": a clause with
    // its subject, no object, runs on as if "that" opened it; so do the
    // verbs of "promising to “bomb the hell” out of …, bring back …".
    let clause =
        is_subject_pronoun(ctx.word(a)) || ctx.word(a) == "to" && quotes.opens_at(ctx, a + 1);
    if !had_that && !clause && !object_cue && !ctx.lex.is_bare_cue(cw) {
        b = quoted_object_end(ctx, quotes, a, b)?;
    } else if !had_that {
        b = named_end(at, a, b);
    }
    let b = through_quotation(ctx, quotes, a, b);
    // "She went on to say:" with the quotation in the next paragraph: no
    // words but the cue's own.
    if (a..b).all(|k| {
        ctx.tokens[k].kind == TokenKind::Punct || ctx.word(k) == "to" || cue_at(ctx, k) > 0
    }) {
        return None;
    }
    // A speech act named by its object includes the act: "expressed gratitude for …".
    // Not "announced he supported …", a clause.
    if (object_cue && cw != "called") && !had_that && !is_subject_pronoun(ctx.word(a)) {
        a = c;
    }
    content(
        ctx,
        a,
        b,
        Speaker::phrase(np),
        cue,
        QuoteKind::Indirect,
        Pattern::Preposed,
    )
}

examples!(Preposed:
    (
        "Outside the town hall, about 200 ferry workers gathered in the rain, holding signs and chanting “Save the Pier.”",
        "“Save the Pier.”",
        "200 ferry workers",
    ),
    (
        "Asked if the delay was as long as the Harbour attacks, Karl Obi said that it was not, but was referring to the “same kind of trouble.”",
        "it was not, but was referring to the “same kind of trouble.”",
        "Karl Obi",
    ),
    (
        "The ferry captain arrived at noon and in a later interview said the crossing had been “rough.”",
        "the crossing had been “rough.”",
        "The ferry captain",
    ),
    (
        "The harbour master first said the gate was shut, but later said it had been “left open.”",
        "it had been “left open.”",
        "The harbour master",
    ),
    (
        "With fares rising again, a report by the Harbour Gazette says that “the ferry line is doomed.”",
        "“the ferry line is doomed.”",
        "a report by the Harbour Gazette",
    ),
    (
        "The harbour master said quietly, “Go home.”",
        "“Go home.”",
        "The harbour master",
    ),
    (
        "Dock workers are crying “foul” over ferry fares and threatening to strike.",
        "“foul” over ferry fares",
        "Dock workers",
    ),
    (
        "Ana Ruiz demanded “a complete ban” on all ferries entering the harbour.",
        "“a complete ban” on all ferries entering the harbour",
        "Ana Ruiz",
    ),
    (
        "Karl Obi demanded “a complete ban” on Monday.",
        "“a complete ban”",
        "Karl Obi",
    ),
    (
        "Karl Obi is promising to “close the pier” to all ferries, fine the captains and sell the boats.",
        "to “close the pier” to all ferries, fine the captains and sell the boats",
        "Karl Obi",
    ),
    (
        "Mayor Ana Ruiz vowed to “take our fight” to the council in the spring.",
        "vowed to “take our fight” to the council in the spring",
        "Ana Ruiz",
    ),
    (
        "Karl Obi said because the tide is low, “the ferry will wait for the morning.”",
        "because the tide is low, “the ferry will wait for the morning.”",
        "Karl Obi",
    ),
    (
        "Karl Obi is predicting he will do “very, very well” in the next race in Northport.",
        "he will do “very, very well” in the next race in Northport",
        "Karl Obi",
    ),
    (
        "On the mayor's claim that there are pilots who agree with her, Karl Obi said he believes “the pier is not safe.”",
        "he believes “the pier is not safe.”",
        "Karl Obi",
    ),
    (
        "Asked about the storm, Ruiz said “the pier is safe,” she said.",
        "“the pier is safe,”",
        "Ruiz",
    ),
    (
        "Mayor Ana Ruiz said the pier would close in May.",
        "the pier would close in May",
        "Ana Ruiz",
    ),
    (
        "Karl Obi told reporters that the ferry would sail again.",
        "the ferry would sail again",
        "Karl Obi",
    ),
    (
        "Karl Obi said of the storm that it was the worst in years.",
        "it was the worst in years",
        "Karl Obi",
    ),
    (
        "Mayor Ana Ruiz said: “The pier is ours again.”",
        "“The pier is ours again.”",
        "Ana Ruiz",
    ),
    (
        "When the storm passed, Ana Ruiz said, “The pier is ours again.”",
        "“The pier is ours again.”",
        "Ana Ruiz",
    ),
    (
        "Karl Obi said ''there could be'' a storm that closes the pier.",
        "''there could be'' a storm that closes the pier",
        "Karl Obi",
    ),
    (
        "Karl Obi decried the council for “turning its back” on the harbour, as the crowd cheered.",
        "the council for “turning its back” on the harbour",
        "Karl Obi",
    ),
    (
        "Karl Obi lamented the “sorry” state of the harbour.",
        "the “sorry” state of the harbour",
        "Karl Obi",
    ),
    (
        "Ana Ruiz blamed the “storm season” for the delays at the pier - and the council agreed.",
        "the “storm season” for the delays at the pier",
        "Ana Ruiz",
    ),
    (
        "In response to questions from reporters, Karl Obi indicated that the pier “would close in May.”",
        "the pier “would close in May.”",
        "Karl Obi",
    ),
    (
        "When Karl Obi later toured the damaged pier at the north end of the old harbour and said it was “beyond repair,” the crowd fell silent.",
        "it was “beyond repair,”",
        "Karl Obi",
    ),
    (
        "There were sharp words, such as when Karl Obi toured the pier and called it “a ruin,” a jab at the council.",
        "it “a ruin,”",
        "Karl Obi",
    ),
    (
        "When Karl Obi called the pier ''a ruin,'' the crowd booed.",
        "the pier ''a ruin,''",
        "Karl Obi",
    ),
    (
        "When Ana Ruiz said, “The pier is closed,” the crowd booed.",
        "“The pier is closed,”",
        "Ana Ruiz",
    ),
    (
        "Ana Ruiz called the ferry plan “a disgrace,” and the council voted it down.",
        "the ferry plan “a disgrace,”",
        "Ana Ruiz",
    ),
    (
        "Karl Obi called the mayor a “bully,” an “amateur” and “unfit.”",
        "the mayor a “bully,” an “amateur” and “unfit.”",
        "Karl Obi",
    ),
    (
        "Ana Ruiz called the vote “a step forward” in the fight to save the pier.",
        "the vote “a step forward” in the fight to save the pier",
        "Ana Ruiz",
    ),
    (
        "Karl Obi referred to the mayor as “our captain” at the opening of the pier.",
        "the mayor as “our captain”",
        "Karl Obi",
    ),
    (
        "Ana Ruiz called on the council to “act now” and to fund the pier.",
        "the council to “act now” and to fund the pier",
        "Ana Ruiz",
    ),
    (
        "The ferry was late again; most said they would not wait for it again.",
        "they would not wait for it again",
        "most",
    ),
    (
        "Karl Obi criticized the pier plan, which the harbour board said was “a waste of money.”",
        "was “a waste of money.”",
        "the harbour board",
    ),
    (
        "The anger at the harbour was underscored on Monday when Mayor Ana Ruiz lamented the “sorry” state of the old pier at the harbour and criticized the “endless” delays at the quay.",
        "the “endless” delays at the quay",
        "Ana Ruiz",
    ),
    (
        "The council praised Karl Obi for saying “the pier belongs to everyone.”",
        "“the pier belongs to everyone.”",
        "Karl Obi",
    ),
    (
        "Even people who backed the plan sounded unsure: Ana Ruiz called it “the least bad option.”",
        "it “the least bad option.”",
        "Ana Ruiz",
    ),
    (
        "Karl Obi dismissed the pier plan in May, when he told the council that the harbour was “a lost cause.”",
        "the harbour was “a lost cause.”",
        "Karl Obi",
    ),
    (
        "During an interview, Karl Obi was talking about the ferry when he told Harbour Radio, “The pier is finished.”",
        "“The pier is finished.”",
        "Karl Obi",
    ),
    (
        "After the vote -- and a long night -- Obi told reporters that the pier “will reopen.”",
        "the pier “will reopen.”",
        "Obi",
    ),
    (
        "Ana Ruiz said the plan had been spoiled by “insiders” at the council — and she named three of them.",
        "the plan had been spoiled by “insiders” at the council",
        "Ana Ruiz",
    ),
    (
        "Karl Obi said he was “going to close the pier for good,” while trying to calm the crowd.",
        "he was “going to close the pier for good,”",
        "Karl Obi",
    ),
    (
        "The loudest critic is Karl Obi, the pilot who made headlines in 2009 when he shouted “Close the pier!” at a meeting.",
        "“Close the pier!”",
        "Karl Obi",
    ),
    (
        "Ana Ruiz told reporters the pier is not safe but “getting better every week.”",
        "the pier is not safe but “getting better every week.”",
        "Ana Ruiz",
    ),
    (
        "Karl Obi asked whether the pier would be “open by the summer.”",
        "whether the pier would be “open by the summer.”",
        "Karl Obi",
    ),
    (
        "Karl Obi, who said the pier was “perfectly safe,” said he would ride the ferry.",
        "the pier was “perfectly safe,”",
        "Karl Obi",
    ),
    (
        "The council's new ad hits Karl Obi for the delays and claims that “the pier is safe.”",
        "“the pier is safe.”",
        "The council's new ad",
    ),
);
