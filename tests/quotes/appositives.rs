//! A name with its appositive, age, home town or aside before the cue,
//! and a description with the name it stands for.

use super::*;

#[test]
fn a_name_with_a_long_appositive_before_the_cue() {
    let d = doc(
        "Karl Obi, a ferry captain who has sailed the harbour route for thirty years and trained most of its crews, says the new timetable is “a fantasy,” but conceded that it was popular.",
    );
    check(
        &d,
        "a fantasy",
        "the new timetable is “a fantasy,”",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
}

#[test]
fn a_name_before_appositive_parts_that_open_in_lower_case() {
    // "now 81 and retired in Leeds" is a description, not a name, however
    // capitalised its last word: the cue's own subject speaks.
    let d =
        doc("“We waited too long,” Karl Obi, now 81 and retired in Leeds, Yorks., said this week.");
    let q = quote(&d, "waited");
    assert_eq!(q.pattern, Pattern::Postposed);
    assert_eq!(q.speaker.as_deref(), Some("Karl Obi"));
    assert_eq!(
        &d.article.text[q.speaker_mention.unwrap().span()],
        "Karl Obi"
    );
}

#[test]
fn a_description_with_an_aside_between_dashes_speaks() {
    let d = doc(
        "Many sailors at the pier — including captains, cooks and deckhands — said the new timetable was unworkable.",
    );
    check(
        &d,
        "unworkable",
        "the new timetable was unworkable",
        QuoteKind::Indirect,
        Some("Many sailors at the pier"),
    );
}

#[test]
fn a_speaker_with_an_appositive_between_dashes() {
    let d =
        doc("Lea Moss — a fisher from the north harbour — says she will vote for the ferry plan.");
    check(
        &d,
        "she will vote",
        "she will vote for the ferry plan",
        QuoteKind::Indirect,
        Some("Lea Moss"),
    );
}

#[test]
fn an_age_and_a_home_town_stand_between_the_name_and_the_cue() {
    let d = doc("Mayor Ana Ruiz spoke first.\n\n\
         Cory James, 22, of Flint, Mich., said he had not given up hope that the ferry would return.\n\n\
         Lena Park, 61, from Oslo, said the quay was never safe.");
    check(
        &d,
        "given up hope",
        "he had not given up hope that the ferry would return",
        QuoteKind::Indirect,
        Some("Cory James"),
    );
    check(
        &d,
        "never safe",
        "the quay was never safe",
        QuoteKind::Indirect,
        Some("Lena Park"),
    );
}

#[test]
fn an_age_before_the_noun_or_a_place_after_it_is_part_of_the_speaker() {
    let d = doc("“Who will pay for the pier?” the 43-year-old asked.\n\n\
         “The ferry is the only one strong enough,” a voice-over in the ad states.");
    check(
        &d,
        "pay for the pier",
        "“Who will pay for the pier?”",
        QuoteKind::Direct,
        Some("the 43-year-old"),
    );
    check(
        &d,
        "strong enough",
        "“The ferry is the only one strong enough,”",
        QuoteKind::Direct,
        Some("a voice-over in the ad"),
    );
}

/// "“…,” the harbour master, Ana Ruiz, said": the description after the
/// quotation opens the subject and the name in commas speaks, by the cue
/// itself rather than by being near; the description is not part of what
/// was said.
#[test]
fn a_description_then_a_name_after_the_quotation() {
    let d = doc("“The pier is safe again,” the harbour master, Ana Ruiz, said on Monday.");
    check(
        &d,
        "pier is safe",
        "“The pier is safe again,”",
        QuoteKind::Direct,
        Some("Ana Ruiz"),
    );
    assert_eq!(quote(&d, "pier is safe").pattern, Pattern::Postposed);
}

/// "And a third, Karl Obi, said": a description and the name after it
/// speak past an opening conjunction.
#[test]
fn a_description_and_its_name_after_an_opening_conjunction() {
    let d = doc(
        "Two pilots backed the plan.\n\nAnd a third, Karl Obi, said he would wait for the survey.",
    );
    assert_eq!(
        quote(&d, "wait for the survey").speaker.as_deref(),
        Some("Karl Obi")
    );
}

/// A surname that is also a place's name speaks when it opens the
/// sentence before its description; a place inside a description does not.
#[test]
fn a_surname_that_is_a_place_speaks_before_its_description() {
    let d = doc(
        "Houston, the harbour agent, said that the pier was closed.\n\n“It failed,” Cory James, 22, of Flint, Mich., said.",
    );
    assert_eq!(
        quote(&d, "pier was closed").speaker.as_deref(),
        Some("Houston")
    );
    assert_eq!(
        quote(&d, "It failed").speaker.as_deref(),
        Some("Cory James")
    );
}

/// "But Tom Fitton, the president of …, a group that …, said", "When the
/// director, James Comey, said": past an opening conjunction or
/// subordinator, the name before its appositive speaks.
#[test]
fn a_name_and_its_appositive_after_an_opening_word() {
    let d = doc(
        "But Karl Obi, the head of the pilots' union, a group that has sued the council over the harbour's dredging plans, said that “the damage is done.”\n\n\
         When the harbour master, Ana Ruiz, said on Monday that the pier was “unsafe,” the council listened.",
    );
    check(
        &d,
        "the damage is done",
        "“the damage is done.”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
    check(
        &d,
        "unsafe",
        "the pier was “unsafe,”",
        QuoteKind::Mixed,
        Some("Ana Ruiz"),
    );
}

/// "Obi, the head of the union -- the group that … -- told me": the name
/// before the description that the aside follows speaks.
#[test]
fn a_name_before_its_description_and_an_aside_speaks() {
    let d = doc(
        "Karl Obi, the head of the pilots' union -- the group that runs the night ferries, which also carry freight -- told me, “We are ready to sail.”",
    );
    check(
        &d,
        "ready to sail",
        "“We are ready to sail.”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
}

/// "Obi, star of the radio show “Harbour Nights,” said …": the
/// appositive's comma closes inside the title's marks.
#[test]
fn an_appositive_closing_inside_a_titles_marks() {
    let d = doc(
        "Karl Obi, star of the radio show “Harbour Nights,” said the ferry was “a joy to ride.”",
    );
    check(
        &d,
        "a joy to ride",
        "the ferry was “a joy to ride.”",
        QuoteKind::Mixed,
        Some("Karl Obi"),
    );
}

/// "Just last week, Karl Obi, …, a long appositive, wrote, “…”": past an
/// opening time, the name before its appositive speaks.
#[test]
fn a_name_and_its_long_appositive_after_an_opening_time() {
    let d = doc(
        "Just last week, Karl Obi, editor at large of the Harbour Herald, an influential weekly paper, wrote, “The pier has never looked better.”",
    );
    check(
        &d,
        "never looked better",
        "“The pier has never looked better.”",
        QuoteKind::Direct,
        Some("Karl Obi"),
    );
}

#[test]
fn a_party_label_set_off_by_commas_is_part_of_the_description() {
    let d = doc(
        "Sen. Ana Ruiz, D-Calif., the ranking member, said the port was “a mess.”\n\n\
         Rep. Tom Wade, R-S.C., a harbour pilot, said the dredging was “overdue.”",
    );
    assert_eq!(quote(&d, "a mess").speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(quote(&d, "overdue").speaker.as_deref(), Some("Tom Wade"));
}
