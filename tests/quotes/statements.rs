//! Where a statement ends: the writer's words around what was said, other
//! speakers' clauses, asides and cues that close it.

use super::*;

#[test]
fn a_second_cue_after_an_opening_time_ends_the_first_statement() {
    let d = doc(
        "Mayor Ana Ruiz has changed her mind.\n\nAlthough in May she said the pier was safe, at the meeting this week she said it was “a danger to everyone.”",
    );
    check(
        &d,
        "pier was safe",
        "the pier was safe",
        QuoteKind::Indirect,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "a danger",
        "it was “a danger to everyone.”",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

#[test]
fn a_cue_opening_the_next_quotation_is_not_the_last_ones() {
    let d = doc(
        "“We are refugees,” Ana Ruiz said. “We are not terrorists.” Karl Obi said: “The attack was the work of terrorists.”",
    );
    check(
        &d,
        "refugees",
        "“We are refugees,” Ana Ruiz said. “We are not terrorists.”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "attack",
        "“The attack was the work of terrorists.”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
}

#[test]
fn but_that_goes_on_with_the_reported_speech() {
    let d = doc(
        "Karl Obi, the port director, said that the ferry had drawn crowds all summer, but that “the winter will be hard for everyone.”",
    );
    check(
        &d,
        "drawn crowds",
        "the ferry had drawn crowds all summer, but that “the winter will be hard for everyone.”",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
}

#[test]
fn reported_speech_then_its_quotation_is_one_statement() {
    let d = doc(
        "The ferry is not a luxury, Karl Obi said. “It is the only way to the mainland!”\n\nThe council meets on Friday.",
    );
    check(
        &d,
        "luxury",
        "The ferry is not a luxury, Karl Obi said. “It is the only way to the mainland!”",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
}

#[test]
fn a_time_after_the_cue_is_not_what_was_said() {
    let d = doc(
        "Karl Obi said on Monday the ferry was late. Ana Ruiz said Tuesday the crew was tired. The harbour staff say this is just a bad summer.",
    );
    check(
        &d,
        "ferry was late",
        "the ferry was late",
        QuoteKind::Indirect,
        Some("Karl Obi"),
    );
    check(
        &d,
        "crew was tired",
        "the crew was tired",
        QuoteKind::Indirect,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "bad summer",
        "this is just a bad summer",
        QuoteKind::Indirect,
        Some("The harbour staff"),
    );
}

#[test]
fn partial_quote_inside_reported_speech() {
    let d = doc("Mayor Ana Ruiz said that the old ferry was “a danger to everyone” on board.");
    check(
        &d,
        "danger",
        "the old ferry was “a danger to everyone” on board",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

#[test]
fn a_clause_of_the_writer_after_the_quoted_words_is_not_said() {
    let d = doc(
        "Mayor Ana Ruiz praised the crew, calling the captain a “true sailor” and she \
         handed him a medal.\n\nKarl Obi called the timetable \"a mess,\" and he left \
         the meeting early.",
    );
    check(
        &d,
        "true sailor",
        "the captain a “true sailor”",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
    not_speech(&d, "medal");
    not_speech(&d, "left the meeting");
}

#[test]
fn quoted_phrases_listed_together_are_one_statement() {
    let d = doc(
        "Karl Obi went on about “the broken cranes,” and “the missing money” and “the empty docks” for an hour.",
    );
    let q = quote(&d, "broken cranes");
    assert_eq!(
        &d.article.text[q.span.clone()],
        "“the broken cranes,” and “the missing money” and “the empty docks”"
    );
    assert_eq!(q.kind, QuoteKind::Mixed);
    assert_eq!(q.speaker.as_deref(), Some("Karl Obi"));
}

#[test]
fn a_quoted_fragment_that_a_clause_goes_on_after() {
    let d = doc(
        "The council claimed “the mayor exaggerates” the cost of the ferry. The vote was delayed.",
    );
    check(
        &d,
        "exaggerates",
        "“the mayor exaggerates” the cost of the ferry",
        QuoteKind::Mixed,
        Some("The council"),
    );
}

#[test]
fn a_comma_inside_the_closing_mark_ends_what_was_said() {
    let d = doc(
        "Mayor Ana Ruiz said last week that the ferry is \"a lifeline for the island,\" stating that \
         the council must fund it.",
    );
    check(
        &d,
        "lifeline",
        "the ferry is \"a lifeline for the island,\"",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

#[test]
fn a_second_cue_after_but_and_the_writers_comment_end_what_was_said() {
    let d = doc(
        "Mayor Ana Ruiz says she respects the crews’ “skill and patience” but argues that the ferry must run on time.\n\n\
         Karl Obi complained that the vote had been \"rigged\" against the port, a charge that the council denied.",
    );
    check(
        &d,
        "skill and patience",
        "she respects the crews’ “skill and patience”",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "must run on time",
        "the ferry must run on time",
        QuoteKind::Indirect,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "rigged",
        "the vote had been \"rigged\" against the port",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
}

#[test]
fn reported_speech_opening_a_quotation_ends_where_it_closes() {
    let d = doc(
        "Councillor Ana Ruiz said the ferry would \u{201c}run every hour. We have the boats and the crews for it.\u{201d}\n\nThe council meets on Monday.",
    );
    check(
        &d,
        "ferry",
        "the ferry would \u{201c}run every hour. We have the boats and the crews for it.\u{201d}",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

#[test]
fn what_a_relative_clause_says_ends_with_the_clause() {
    let d = doc(
        "Karl Obi, who says the harbour needs a new pier, told reporters that the budget \u{201c}will not stretch that far.\u{201d}",
    );
    check(
        &d,
        "pier",
        "the harbour needs a new pier",
        QuoteKind::Indirect,
        Some("Karl Obi"),
    );
    check(
        &d,
        "budget",
        "the budget \u{201c}will not stretch that far.\u{201d}",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
}

#[test]
fn what_was_said_ends_where_the_speaker_denies_more() {
    let d = doc(
        "Karl Obi said that he would offer \u{201c}a warm welcome\u{201d} to the new harbour master but did not say who it would be.",
    );
    check(
        &d,
        "welcome",
        "he would offer \u{201c}a warm welcome\u{201d} to the new harbour master",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
}

#[test]
fn another_speakers_clause_or_a_next_cue_ends_what_was_said() {
    let d = doc(
        "Karl Obi accuses the council of \"leading from behind\" and Ana Ruiz says \
         it is \"losing the harbour,\" part of a week of attacks.\n\n\
         In an interview, Obi insisted it was \"premature\" to back the plan while adding \
         on the budget, \"I do not have any doubt that the money is there.\"",
    );
    check(
        &d,
        "leading from behind",
        "the council of \"leading from behind\"",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
    check(
        &d,
        "premature",
        "it was \"premature\" to back the plan",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
}

#[test]
fn the_writers_aside_or_participle_after_quoted_words_is_not_said() {
    let d = doc(
        "Karl Obi said he would gladly meet the “ferry (not) captain” — a play on the title the council gave him.\n\n\
         Ana Ruiz said the repairs “should be done by Easter,” referring to the spring sailing season.\n\n\
         Tom Reed called the plan — “a harbour for everyone” — a promise to the town.",
    );
    check(
        &d,
        "ferry (not) captain",
        "he would gladly meet the “ferry (not) captain”",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
    check(
        &d,
        "done by Easter",
        "the repairs “should be done by Easter,”",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
    // A dash that closes the aside: the clause goes on after it.
    assert!(
        d.article.text[quote(&d, "for everyone").span.clone()].ends_with("a promise to the town")
    );
}

/// The writer's words after what was said: a concession after a comma
/// ("…, though she did not …") and a participle after "before" or "after".
#[test]
fn the_writers_concession_and_participle_after_what_was_said() {
    let d = doc(
        "Ana Ruiz said all crews sign contracts, though she did not discuss their terms.\n\nKarl Obi called the new pier a triumph before explaining why it had cost so much.",
    );
    check(
        &d,
        "crews sign",
        "all crews sign contracts",
        QuoteKind::Indirect,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "triumph",
        "the new pier a triumph",
        QuoteKind::Indirect,
        Some("Karl Obi"),
    );
}

/// Another speaker's clause ends what was said: after "but" with no comma,
/// after "and" opening on a pronoun, and after "even" before the subject.
#[test]
fn another_speakers_clause_ends_what_was_said() {
    let d = doc(
        "The group claimed the attack but officials have said they doubt the claim.\n\nAna Ruiz said the ferry was safe and she accused the council of lying.\n\nThe crews want a raise, even a council member said the pay was too low.",
    );
    check(
        &d,
        "doubt the claim",
        "they doubt the claim",
        QuoteKind::Indirect,
        Some("officials"),
    );
    check(
        &d,
        "ferry was safe",
        "the ferry was safe",
        QuoteKind::Indirect,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "pay was too low",
        "the pay was too low",
        QuoteKind::Indirect,
        Some("a council member"),
    );
}

/// "…“non-starters,” but she gave …": past quoted words, a clause with a
/// subject of its own after "but" is the writer's.
#[test]
fn a_clause_after_but_and_a_pronoun_past_quoted_words_is_not_said() {
    let d = doc(
        "Ana Ruiz said both plans were \"non-starters,\" but she paid the council a compliment: \"They tried.\"",
    );
    check(
        &d,
        "non-starters",
        "both plans were \"non-starters,\"",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
    check(
        &d,
        "They tried",
        "\"They tried.\"",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
}

/// "Ruiz - who said she would “sink” the plan - said …": what the aside
/// reports ends with the aside, and the subject before it speaks the cue
/// after it, whether the dashes are hyphens, two hyphens or em dashes; a
/// hyphen inside a word ("20-year", "U.S.-based") is no dash.
#[test]
fn an_aside_between_dashes_ends_what_it_reports() {
    let sink = "she would “sink the whole plan” in the harbour";
    let steal = "the port's 20-year lease with a U.S.-based firm was “a steal” for the town";
    for (dash, aside, quoted) in [
        ("-", sink, "sink the whole plan"),
        ("--", sink, "sink the whole plan"),
        ("\u{2014}", sink, "sink the whole plan"),
        ("-", steal, "a steal"),
    ] {
        let d = doc(&format!(
            "Mayor Ana Ruiz {dash} who once said {aside} {dash} said on Monday that the ferry would sail."
        ));
        check(&d, quoted, aside, QuoteKind::Mixed, Some("Ana Ruiz"));
        check(
            &d,
            "ferry would sail",
            "the ferry would sail",
            QuoteKind::Indirect,
            Some("Ana Ruiz"),
        );
    }
}

/// "… “a farce” - a word the council rejected": a hyphen standing alone is
/// a dash, and the writer's aside after it is not said.
#[test]
fn the_writers_aside_after_a_lone_hyphen_is_not_said() {
    let d = doc("Karl Obi said the vote was \"a farce\" - a word the council rejected on Monday.");
    check(
        &d,
        "a farce",
        "the vote was \"a farce\"",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
}

/// "after Obi told a meeting in Salem, Oregon on Monday that …": the comma
/// between a town and its state ends no clause; a date before a comma
/// names no town.
#[test]
fn a_town_and_its_state_are_one_place_in_a_subordinate_clause() {
    let d = doc(
        "The council met after Karl Obi told a meeting in Salem, Oregon on Monday that the ferry was “safe enough.”",
    );
    check(
        &d,
        "safe enough",
        "the ferry was “safe enough.”",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
}

/// "Though Ruiz said the pier was “unsafe” — a claim … — the ferry …":
/// what a subordinate clause says ends at a dash.
#[test]
fn what_a_subordinate_clause_says_ends_at_a_dash() {
    let d = doc(
        "Though Ana Ruiz said the pier was “unsafe” in the storm — a claim the council denied — the ferry sailed.",
    );
    check(
        &d,
        "unsafe",
        "the pier was “unsafe” in the storm",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

/// "the old, insecure email pier": a cue word in its base form after an
/// adjective is a noun, and opens no other speaker's clause.
#[test]
fn a_cue_word_as_a_noun_after_a_comma_opens_no_clause() {
    let d = doc("Karl Obi said the old, unsafe email system was open to attack.");
    check(
        &d,
        "email system",
        "the old, unsafe email system was open to attack",
        QuoteKind::Indirect,
        Some("Karl Obi"),
    );
}

/// "21 percent said “not too likely” and 14 percent said “…”": content
/// opening on a quotation mark counts that mark, so another speaker's
/// clause after the quotation ends it.
#[test]
fn content_opening_on_a_quotation_ends_at_another_speakers_clause() {
    let d = doc(
        "Of the pilots polled, 21 percent said “not too likely” and 14 percent said “not at all likely.”",
    );
    check(
        &d,
        "not too likely",
        "“not too likely”",
        QuoteKind::Direct,
        Some("21 percent"),
    );
    check(
        &d,
        "not at all",
        "“not at all likely.”",
        QuoteKind::Direct,
        Some("14 percent"),
    );
}
