//! The subject past a clause set off inside what opens its sentence: a
//! relative clause on the opening phrase's place, a comma between its
//! adjectives, an adverb set off after it.

use super::*;

/// "Speaking in Northport, which votes on Tuesday, Karl Obi …": the
/// relative clause is the opening phrase's, and the subject after it
/// speaks for a second verb too.
#[test]
fn the_subject_after_a_relative_clause_in_the_opening_phrase() {
    let d = doc(
        "Speaking to the Harbour Radio on Monday in Northport, which is set to vote on the pier on Tuesday, \
         Karl Obi referred to the mayor as “a careful planner” but described the plan as “a disaster.”",
    );
    assert_eq!(
        quote(&d, "careful planner").speaker.as_deref(),
        Some("Karl Obi")
    );
    assert_eq!(quote(&d, "a disaster").speaker.as_deref(), Some("Karl Obi"));
}

/// "Following a swiftly called, late-afternoon meeting, the board …": a
/// comma between the opening phrase's adjectives does not end it, nor does
/// an adverb set off after it ("At the same time, however, Obi …").
#[test]
fn the_subject_past_commas_inside_the_opening_phrase() {
    let d = doc(
        "Following a swiftly called, late-afternoon meeting, the Harbour Board issued a statement \
         calling the plan “a clear mistake.”\n\n\
         At the same time, however, Karl Obi has worked to calm the crews, reassuring them that \
         the pier “will stay open.”",
    );
    assert_eq!(
        quote(&d, "clear mistake").speaker.as_deref(),
        Some("Harbour Board")
    );
    assert_eq!(quote(&d, "stay open").speaker.as_deref(), Some("Karl Obi"));
}
