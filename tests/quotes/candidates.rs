//! Who the speaker ranker may choose among for a quotation with no
//! attribution of its own.

/// "Syrian refugees", "GOP leaders": a group's name before the noun it
/// qualifies is no candidate; the group named alone is.
#[test]
fn a_group_name_before_its_noun_is_no_candidate() {
    let names = |body: &str| {
        let d = byline::document_from_text(&format!("Harbour news\n\n{body}"), vec![]);
        let (entities, choices) = byline::analysis::speaker_choices(&d.article);
        assert!(!choices.is_empty(), "no choice in {body:?}");
        choices
            .iter()
            .flat_map(|c| {
                c.candidates
                    .iter()
                    .map(|(e, _, _)| entities[*e].name.clone())
            })
            .collect::<Vec<_>>()
    };
    let qualified = names(
        "Mayor Ana Ruiz spent the morning at the pier with Syrian refugees.\n\n“We will find every family a home before the winter comes to the harbour.”",
    );
    assert!(qualified.iter().any(|n| n == "Ana Ruiz"), "{qualified:?}");
    assert!(!qualified.iter().any(|n| n == "Syrian"), "{qualified:?}");
    let alone = names(
        "Mayor Ana Ruiz spent the morning at the pier, where the Syrians were waiting.\n\n“We will find every family a home before the winter comes to the harbour.”",
    );
    assert!(alone.iter().any(|n| n.starts_with("Syrian")), "{alone:?}");
}
