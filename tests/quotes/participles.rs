//! Whose words a participle reports when clauses stand between it and the
//! sentence's subject.

use super::*;

/// A participle right after a relative clause in which its person acts is
/// that person's; after one that only describes its person ("who is under
/// investigation"), the sentence's subject's.
#[test]
fn a_participle_after_a_relative_clause() {
    let d = doc(
        "The mayor spoke for a retired captain named Karl Obi, who is running for the council and who worked the crowd, praising “the mayor's quiet courage” as he promised to save the pier.\n\n\
         Greta Berg rose to the defence of the harbour master, Tom Reed, who is under investigation, saying Mr. Reed should be given a medal.",
    );
    assert_eq!(
        quote(&d, "quiet courage").speaker.as_deref(),
        Some("Karl Obi")
    );
    assert_eq!(
        quote(&d, "given a medal").speaker.as_deref(),
        Some("Greta Berg")
    );
}

/// "footage of Karl Obi saying …", "a clip of Ana Ruiz saying …": the name
/// a recording shows speaks, and "concludes with" reports nothing.
#[test]
fn the_name_a_recording_shows_speaks() {
    let d = doc(
        "The ad concludes with footage of Karl Obi saying during the debate, “That makes me smart,” when Ana Ruiz blasted him.\n\n\
         The ad then cuts to a clip of Ana Ruiz saying, “We will fix the pier.”",
    );
    assert_eq!(
        quote(&d, "makes me smart").speaker.as_deref(),
        Some("Karl Obi")
    );
    let q = quote(&d, "fix the pier");
    assert_eq!(q.speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(
        &d.article.text[q.speaker_mention.unwrap().span()],
        "Ana Ruiz"
    );
}

/// "we watch the ferry crews relentlessly calling …", "with many
/// marchers chanting “…”": the noun phrase after a verb of seeing or
/// hearing, or after "with", is the participle's subject. A passive's
/// subject is the sentence's ("Obi was heard on a microphone telling …").
#[test]
fn a_participle_after_what_is_seen_or_heard() {
    let d = doc(
        "Down at the quay we watch the ferry crews in Northport relentlessly calling the mayor “the great wrecker.”\n\n\
         The march was loud, with many dockers and their families chanting “Save the pier” and “No to the sale.”\n\n\
         Karl Obi was heard on a microphone telling Greta Berg to “go home and stay there.”",
    );
    assert_eq!(
        quote(&d, "great wrecker").speaker.as_deref(),
        Some("the ferry crews in Northport")
    );
    assert_eq!(
        quote(&d, "Save the pier").speaker.as_deref(),
        Some("many dockers and their families")
    );
    assert_eq!(quote(&d, "go home").speaker.as_deref(), Some("Karl Obi"));
}

/// "I remember Karl Obi going on radio in May, declaring …": the person
/// remembered or seen doing something does the participle after the comma
/// too, not the sentence's subject.
#[test]
fn a_participle_after_someone_seen_doing_something() {
    let d = doc(
        "I remember Karl Obi going on the radio in May 1977, declaring a “war on rust” and \
         telling the town that “we need a new pier.”",
    );
    assert_eq!(
        quote(&d, "war on rust").speaker.as_deref(),
        Some("Karl Obi")
    );
    assert_eq!(quote(&d, "new pier").speaker.as_deref(), Some("Karl Obi"));
}

/// "a radio spot in which children sink a toy ferry, yelling “…”": the
/// participle is the relative clause's people's, a bare noun alone.
#[test]
fn a_participle_after_a_relative_clause_on_a_thing() {
    let d = doc(
        "The campaign began with a radio spot, “Playing Obi,” in which children sink a toy ferry in a bath, yelling “Save the pier!”",
    );
    assert_eq!(
        quote(&d, "Save the pier").speaker.as_deref(),
        Some("children")
    );
}
