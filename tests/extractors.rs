//! Each extractor on short articles written for the purpose.

use byline::Document;
use byline::analysis::{EntityKind, FigureKind, QuoteKind};

fn doc(body: &str) -> Document {
    byline::document_from_text(&format!("A headline for the test\n\n{body}"), vec![])
}

fn quote<'a>(d: &'a Document, containing: &str) -> &'a byline::analysis::Quote {
    d.analysis
        .quotes
        .iter()
        .find(|q| d.article.text[q.span.clone()].contains(containing))
        .unwrap_or_else(|| panic!("no quote with {containing:?} in {:?}", d.analysis.quotes))
}

fn entity<'a>(d: &'a Document, name: &str) -> &'a byline::analysis::Entity {
    d.analysis
        .entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entity {name}"))
}

#[test]
fn surname_joins_full_name_and_title_becomes_role() {
    let d = doc(
        "Finance Minister Maria Lopez presented the plan on Tuesday.\n\nLopez said the deficit would fall.",
    );
    let e = entity(&d, "Maria Lopez");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(e.mentions.len(), 2);
    assert_eq!(e.roles, ["Finance Minister"]);
    assert_eq!(
        quote(&d, "deficit would fall").speaker.as_deref(),
        Some("Maria Lopez")
    );
}

#[test]
fn a_title_alone_is_no_person() {
    let d = doc("The Minister arrived late. The President spoke first.");
    assert!(
        d.analysis
            .entities
            .iter()
            .all(|e| e.kind != EntityKind::Person)
    );
}

#[test]
fn organisations_places_and_groups() {
    let d = doc(
        "The Ministry of Health met officials from Interpol in Nairobi, where Kenyan doctors work.",
    );
    assert_eq!(
        entity(&d, "Ministry of Health").kind,
        EntityKind::Organization
    );
    assert_eq!(entity(&d, "Interpol").kind, EntityKind::Organization);
    assert_eq!(entity(&d, "Nairobi").kind, EntityKind::Place);
    assert_eq!(entity(&d, "Kenyan").kind, EntityKind::Group);
}

#[test]
fn figures_with_units_qualifiers_and_counts() {
    let d = doc(
        "The fund lent more than €1.2bn to 45 small firms, about 5 per cent of the total, and hired three thousand workers in 2019.",
    );
    let f = |t: &str| {
        d.analysis
            .figures
            .iter()
            .find(|f| &d.article.text[f.span()] == t)
            .unwrap_or_else(|| panic!("no figure {t}"))
    };
    let eur = f("€1.2bn");
    assert_eq!(
        (eur.kind, eur.value(), eur.unit()),
        (FigureKind::Money, Some(1.2e9), Some("EUR"))
    );
    assert_eq!(eur.qualifier(), Some("more than"));
    assert_eq!(f("45").counts(), Some("small firms"));
    let pct = f("5 per cent");
    assert_eq!(
        (pct.kind, pct.value(), pct.qualifier()),
        (FigureKind::Percent, Some(5.0), Some("about"))
    );
    let words = f("three thousand");
    assert_eq!(
        (words.value(), words.counts()),
        (Some(3000.0), Some("workers"))
    );
    assert_eq!(f("2019").kind, FigureKind::Date);
}

#[test]
fn scores_titles_names_and_date_ranges_are_not_counts() {
    let d = doc(
        "The first minister opened the courts. Nadal won 6-2, 7-6 in the final. She spoke on BBC Radio 4's \
         Today programme. The festival runs from 6 to 9 January, and sales rose 10-15 percent while 3 new \
         courts opened.",
    );
    let shown: Vec<(&str, FigureKind)> = d
        .analysis
        .figures
        .iter()
        .map(|f| (&d.article.text[f.span()], f.kind))
        .collect();
    assert_eq!(
        shown,
        [
            ("6 to 9 January", FigureKind::Date),
            ("10-15 percent", FigureKind::Percent),
            ("3", FigureKind::Count),
        ]
    );
}

#[test]
fn a_number_labelled_by_the_word_before_it_is_no_figure() {
    let d = doc(
        "The number 9 bus left No. 10 with 40 passengers. Flight 370 was late, section 5 of the law \
         covers 12 towns, and there were no 5 people on platform 2.",
    );
    let shown: Vec<&str> = d
        .analysis
        .figures
        .iter()
        .map(|f| &d.article.text[f.span()])
        .collect();
    assert_eq!(shown, ["40", "12", "5"]);
}

#[test]
fn reported_speech_patterns() {
    let d = doc("Prices will rise next year, the central bank said.\n\n\
         Governor Tom Ekwe said that rates would stay high.\n\n\
         The plan is working, said Ann Miles, a spokeswoman for the bank.\n\n\
         According to Ekwe, the economy is growing.");
    assert_eq!(
        quote(&d, "Prices will rise").speaker.as_deref(),
        Some("the central bank")
    );
    let q = quote(&d, "rates would stay high");
    assert_eq!(
        (q.kind, q.speaker.as_deref()),
        (QuoteKind::Indirect, Some("Tom Ekwe"))
    );
    assert_eq!(
        quote(&d, "The plan is working").speaker.as_deref(),
        Some("Ann Miles")
    );
    assert_eq!(
        quote(&d, "the economy is growing").speaker.as_deref(),
        Some("Tom Ekwe")
    );
}

#[test]
fn direct_quotes_pronouns_and_split_statements() {
    let d = doc("Sarah Brooks, the mayor, opened the bridge.\n\n\
         “This bridge joins two towns,” she said. “It took ten years.”\n\n\
         Her deputy, Paul Grant, was less sure. “We will see,” Grant said.");
    let q = quote(&d, "This bridge joins");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(q.speaker.as_deref(), Some("Sarah Brooks"));
    assert!(
        d.article.text[q.span.clone()].contains("It took ten years"),
        "split statement kept whole"
    );
    let m = q.speaker_mention.unwrap().span();
    assert_eq!(&d.article.text[m], "she");
    assert_eq!(
        quote(&d, "We will see").speaker.as_deref(),
        Some("Paul Grant")
    );
}

#[test]
fn partial_quote_inside_reported_speech_is_mixed() {
    let d = doc("Dr. Lee Chan warned that the outbreak was “far from over” in the region.");
    let q = quote(&d, "far from over");
    assert_eq!(q.kind, QuoteKind::Mixed);
    assert_eq!(q.speaker.as_deref(), Some("Lee Chan"));
}

#[test]
fn apostrophes_and_titles_of_works_are_not_quotes() {
    let d =
        doc("The band’s hit “Summer Rain” topped charts in the ’90s, the label’s boss recalled.");
    assert!(
        d.analysis
            .quotes
            .iter()
            .all(|q| q.kind != QuoteKind::Direct)
    );
}

#[test]
fn unbalanced_mark_stays_in_its_paragraph() {
    let d = doc("He said “this never closes.\n\nThe next paragraph is plain, Kim Ode said.");
    let q = quote(&d, "next paragraph is plain");
    assert_eq!(q.speaker.as_deref(), Some("Kim Ode"));
    assert!(!d.article.text[q.span.clone()].contains("never closes"));
}

#[test]
fn quote_over_several_paragraphs_keeps_its_speaker() {
    let d = doc(
        "Nora Vance said: “The first part ends here.\n\n“And the second part continues the same statement.”",
    );
    let q = quote(&d, "first part");
    assert!(d.article.text[q.span.clone()].contains("second part"));
    assert_eq!(q.speaker.as_deref(), Some("Nora Vance"));
}

#[test]
fn byline_author_never_merges_with_a_namesake() {
    let d = byline::document_from_text(
        "Storm hits coast\n\nBy LI MING | Coast Times\n\nLi Wei, the mayor, said the storm was severe.\n\nLi said help was coming.",
        vec![],
    );
    let author = d.analysis.entities.iter().find(|e| e.author).unwrap();
    assert_eq!(author.name, "Li Ming");
    assert_eq!(author.mentions.len(), 1);
    assert_eq!(
        quote(&d, "help was coming").speaker.as_deref(),
        Some("Li Wei")
    );
}

#[test]
fn split_statement_with_a_long_attribution_is_one_quote() {
    let d = doc(
        "“The referee will be fair,” Mayor Ana Ruiz said during a rally in Toledo, Ohio, “but everyone will be watching him closely.”",
    );
    let q = quote(&d, "referee will be fair");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert!(d.article.text[q.span.clone()].ends_with("closely.”"));
    assert_eq!(q.speaker.as_deref(), Some("Ana Ruiz"));
    // The words between the parts are not a statement of their own.
    assert!(
        !d.analysis
            .quotes
            .iter()
            .any(|q| d.article.text[q.span.clone()].starts_with("during"))
    );
}

#[test]
fn short_second_part_of_a_split_statement_joins_the_first() {
    let d = doc("“Here comes the boss,” Lena Ford said, laughing. “The Boss.”");
    let q = quote(&d, "Here comes the boss");
    assert!(d.article.text[q.span.clone()].ends_with("The Boss.”"));
    assert_eq!(q.speaker.as_deref(), Some("Lena Ford"));
}

#[test]
fn characterising_verb_with_a_quoted_object_is_mixed_speech() {
    let d = doc(
        "Senator Paul Grant described the new tax law as a “crazy system” in a speech on Monday.",
    );
    let q = quote(&d, "crazy system");
    assert_eq!(q.kind, QuoteKind::Mixed);
    assert_eq!(
        &d.article.text[q.span.clone()],
        "the new tax law as a “crazy system”"
    );
    assert_eq!(q.speaker.as_deref(), Some("Paul Grant"));
}

#[test]
fn adjuncts_and_the_writers_clause_after_a_cue_are_not_speech() {
    let d = doc(
        "“It is over,” Lena Ford said of the election, in which she had voted early.\n\n“You winning?” she said, but her husband was already asleep on the couch.",
    );
    for q in &d.analysis.quotes {
        let t = &d.article.text[q.span.clone()];
        assert!(t.starts_with('“'), "{t:?} is not speech");
    }
    assert_eq!(
        quote(&d, "It is over").speaker.as_deref(),
        Some("Lena Ford")
    );
    assert_eq!(
        quote(&d, "You winning").speaker.as_deref(),
        Some("Lena Ford")
    );
}

#[test]
fn a_straight_mark_does_not_continue_into_a_curly_quotation() {
    let d = doc(
        "\"Tom was tired of the long campaign and wanted to go home.\n\n“Here he is,” Lena Ford said.",
    );
    let q = quote(&d, "Here he is");
    assert_eq!(&d.article.text[q.span.clone()], "“Here he is,”");
}

#[test]
fn a_party_label_coordinated_verbs_and_relative_speakers() {
    let d = doc(
        "Gov. Pat McCrory (R) said it would be “improper” for him to comment on the video.\n\n\
         Senator Mitch Harlan bemoaned the unrest in the city and said he thought that drugs were a “very, very big factor” in the violence.\n\n\
         Nobody doubted Maria Okafor, the party leader, who in 2010 said the most important goal was to win a “second term.”",
    );
    let q = quote(&d, "improper");
    assert!(d.article.text[q.span.clone()].starts_with("it would be"));
    assert_eq!(q.speaker.as_deref(), Some("Pat McCrory"));
    let q = quote(&d, "very big factor");
    assert!(d.article.text[q.span.clone()].starts_with("he thought"));
    assert_eq!(q.speaker.as_deref(), Some("Mitch Harlan"));
    assert_eq!(
        quote(&d, "second term").speaker.as_deref(),
        Some("Maria Okafor")
    );
}

#[test]
fn a_participle_after_by_keeps_the_subject_as_speaker() {
    let d = doc(
        "Dr. Helen Park appeared on television on Tuesday and began by saying she would “never” diagnose anyone from afar.",
    );
    let q = quote(&d, "never");
    assert!(d.article.text[q.span.clone()].starts_with("she would"));
    assert_eq!(q.speaker.as_deref(), Some("Helen Park"));
}

#[test]
fn another_speakers_clause_ends_the_content() {
    let d = doc(
        "While he acknowledged that money was a major reason for the delay, Minister Omar Ruiz also noted several “intangibles” had slowed the work.",
    );
    let q = quote(&d, "intangibles");
    assert!(d.article.text[q.span.clone()].starts_with("several"));
    assert_eq!(q.speaker.as_deref(), Some("Omar Ruiz"));
}

#[test]
fn what_was_said_ends_before_the_speakers_next_verb_and_a_semicolon() {
    let d = doc(
        "Mayor Ana Ruiz said the tunnel would open in May and warned drivers to expect delays.\n\n\
         Port director Karl Obi said the timing was not intentional; the board learned of it on Friday.",
    );
    let q = quote(&d, "tunnel would open");
    assert_eq!(
        &d.article.text[q.span.clone()],
        "the tunnel would open in May"
    );
    let q = quote(&d, "timing was not");
    assert_eq!(
        &d.article.text[q.span.clone()],
        "the timing was not intentional"
    );
}

#[test]
fn cue_words_used_as_nouns_are_not_cues() {
    let d = doc(
        "The new rules limit what 24 states can spend. Editor’s note: the council meets on Monday.",
    );
    assert!(d.analysis.quotes.is_empty(), "{:?}", d.analysis.quotes);
    // After a pronoun, ’s is "is": the verb still introduces speech.
    let d = doc("He’s claiming that voting fraud is “a big problem” in this country.");
    assert_eq!(quote(&d, "big problem").kind, QuoteKind::Mixed);
}

#[test]
fn a_listener_alone_after_told_is_not_speech() {
    let d = doc(
        "The plan was first described by Mayor Ana Ruiz, who told The Harbour Post on Thursday.",
    );
    assert!(
        d.analysis
            .quotes
            .iter()
            .all(|q| !d.article.text[q.span.clone()].contains("Harbour Post")),
        "{:?}",
        d.analysis.quotes
    );
}

#[test]
fn titles_of_shows_in_quotation_marks_are_not_speech() {
    let d = doc("Senator Paul Grant told “Morning Joe” on Friday that the bill would pass.");
    let q = quote(&d, "bill would pass");
    assert_eq!(&d.article.text[q.span.clone()], "the bill would pass");
    assert!(
        d.analysis
            .quotes
            .iter()
            .all(|q| &d.article.text[q.span.clone()] != "“Morning Joe”")
    );
}

#[test]
fn a_middle_initial_stays_in_the_name() {
    let d = doc(
        "\"The port needs oversight,\" said Ronald R. Fieldstone, a lawyer in Lindenport.\n\nLater, Fieldstone said the rules were clear.",
    );
    let e = entity(&d, "Ronald R. Fieldstone");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(e.mentions.len(), 2);
    assert_eq!(
        quote(&d, "needs oversight").speaker.as_deref(),
        Some("Ronald R. Fieldstone")
    );
}

#[test]
fn dates_say_which_day_they_mean() {
    let d = byline::document_from_text(
        "Council backs new bridge\n\nBy Lena Park | The Courier | 2024-09-10\n\n\
         The council met on Monday and will meet again on 2 October. The bridge opened in 2015.\n",
        vec![],
    );
    let json: serde_json::Value = serde_json::from_str(&byline::export::to_json(&d)).unwrap();
    let resolved = |t: &str| {
        json["figures"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["text"] == t)
            .unwrap_or_else(|| panic!("no figure {t}"))["resolved"]
            .clone()
    };
    assert_eq!(resolved("Monday"), "2024-09-09");
    assert_eq!(resolved("2 October"), "2024-10-02");
    assert!(resolved("2015").is_null());
}
