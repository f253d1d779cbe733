//! A speaker's phrase that runs on into a verb before the cue: the
//! subject speaks, not "Cook declined to" or "Officials searched their
//! records for"; a phrase that describes keeps its words.

use super::*;

fn speaker_of(body: &str, containing: &str) -> Option<String> {
    let d = doc(body);
    quote(&d, containing).speaker.as_deref().map(str::to_string)
}

#[test]
fn a_name_before_a_past_verb_is_the_subject() {
    let body = "Port spokesman Peter Cook met the press on Monday.\n\nCook declined to comment on the sale, and said the port “does not discuss its clients.”";
    assert_eq!(
        speaker_of(body, "discuss its clients").as_deref(),
        Some("Peter Cook")
    );
    let body = "Mayor Ana Ruiz faced her rival on Tuesday.\n\nRuiz used the debate to attack him, saying he was “unfit to lead.”";
    assert_eq!(speaker_of(body, "unfit").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_verb_with_its_object_ends_the_subject() {
    let body = "The Harbour Trust released a statement on Wednesday saying the claims “are false.”";
    assert_eq!(
        speaker_of(body, "are false").as_deref(),
        Some("Harbour Trust")
    );
}

#[test]
fn what_a_person_delivered_is_theirs() {
    let body = "Mayor Ana Ruiz spoke at the harbour on Friday.\n\nAccording to a speech Ruiz delivered at the harbour, the plan is “reckless.”";
    assert_eq!(speaker_of(body, "reckless").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_participle_that_describes_stays() {
    let body = "People briefed on the talks said the deal was “all but done.”";
    assert_eq!(
        speaker_of(body, "all but done").as_deref(),
        Some("People briefed on the talks")
    );
    let body = "Those surveyed said the harbour was “getting worse.”";
    assert_eq!(
        speaker_of(body, "getting worse").as_deref(),
        Some("Those surveyed")
    );
}

#[test]
fn a_plural_subject_ends_before_its_verb() {
    let body = "All of the harbour pilots oppose Ana Ruiz's plan and said the pier was unsafe.";
    assert_eq!(
        speaker_of(body, "pier was unsafe").as_deref(),
        Some("All of the harbour pilots")
    );
}

#[test]
fn an_initial_goes_on_with_the_name() {
    let body = "A spokesman for Mayor Frank G. Jackson of Northport defended the route and said the police were ready.";
    assert_eq!(
        speaker_of(body, "police were ready").as_deref(),
        Some("A spokesman for Mayor Frank G. Jackson of Northport")
    );
}

#[test]
fn an_adverb_of_time_ends_the_subject() {
    let body = "A spokeswoman for the harbour board later ruled out the sale and said the pier was unsafe.";
    assert_eq!(
        speaker_of(body, "pier was unsafe").as_deref(),
        Some("A spokeswoman for the harbour board")
    );
}

#[test]
fn an_adverb_set_off_before_the_subject_is_no_part_of_it() {
    let body = "Instead, Karl Obi ruled out the sale and said the pier was unsafe.";
    assert_eq!(
        speaker_of(body, "pier was unsafe").as_deref(),
        Some("Karl Obi")
    );
}

/// "director of news and talk Ana Ruiz called …": a base form right
/// before a name whose own cue follows is part of a title, not the cue.
#[test]
fn a_base_form_inside_a_title_is_no_cue() {
    let d = doc("Harbour Radio director of news and talk Ana Ruiz called the show “a gem.”");
    let q = quote(&d, "a gem");
    assert_eq!(&d.article.text[q.span.clone()], "the show “a gem.”");
    assert!(
        q.speaker
            .as_deref()
            .is_some_and(|s| s.ends_with("Ana Ruiz")),
        "{:?}",
        q.speaker
    );
}

/// "and began talking about …", "the crew immediately began calling …": a
/// verb of starting or keeping on before the participle is no part of the
/// subject, who is the first verb's.
#[test]
fn a_verb_of_starting_before_the_participle() {
    let body = "Karl Obi insisted at a rally that he is still in the race.\n\n\
                But he laid off half his staff and began talking about what will happen “if we do not win.”";
    assert_eq!(speaker_of(body, "do not win").as_deref(), Some("Karl Obi"));
    let body = "After the vote, the ferry crew immediately began calling for the mayor to “step down now.”";
    assert_eq!(
        speaker_of(body, "step down").as_deref(),
        Some("the ferry crew")
    );
}
