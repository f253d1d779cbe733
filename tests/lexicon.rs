//! The word lists in `assets/`: every file reads in its format, and the
//! reader refuses the slips a hand-edited list is prone to.

use byline::lexicon::format::{self, CueKind, Gender, WordClass};
use byline::lexicon::{Lexicon, Source};
use byline::model::gazetteer::Gazetteer;

/// A list made at run time, as the embedded ones are made at build time.
fn source(name: &'static str, text: &str) -> Source {
    Source {
        name,
        text: Box::leak(text.to_string().into_boxed_str()),
    }
}

#[test]
fn every_list_in_assets_reads_in_its_format() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/assets");
    let mut checked = 0;
    for dir in ["lexicon", "gazetteer"] {
        for entry in std::fs::read_dir(format!("{root}/{dir}")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "txt") {
                continue;
            }
            let name = format!("{dir}/{}", path.file_name().unwrap().to_string_lossy());
            let text = std::fs::read_to_string(&path).unwrap();
            let src = source(Box::leak(name.into_boxed_str()), &text);
            if let Err(e) = format::check(src) {
                panic!("{e}");
            }
            checked += 1;
        }
    }
    assert!(checked >= 25, "only {checked} lists found");
    assert!(Lexicon::load().is_ok());
    assert!(Gazetteer::load().is_ok());
}

#[test]
fn an_unknown_cue_kind_is_refused_with_its_file_and_line() {
    let src = source(
        "lexicon/cue_kinds.txt",
        "# kinds\nbare: say said\nbaer: told\n",
    );
    let e = format::cue_kinds(src).unwrap_err();
    assert_eq!(e.line, 3);
    assert_eq!(e.file, "lexicon/cue_kinds.txt");
    assert!(
        e.to_string()
            .starts_with("assets/lexicon/cue_kinds.txt:3: unknown cue kind \"baer\"")
    );
    let ok = format::cue_kinds(source("lexicon/cue_kinds.txt", "object: pledged\n")).unwrap();
    assert_eq!(ok, vec![(CueKind::Object, vec!["pledged"])]);
}

#[test]
fn an_unknown_word_class_is_refused_and_a_word_may_have_several() {
    let src = source(
        "lexicon/word_classes.txt",
        "adverb: also later\ndeterminer: the\nadverbs: again\n",
    );
    let e = format::word_classes(src).unwrap_err();
    assert_eq!(e.line, 3);
    assert!(
        e.to_string()
            .starts_with("assets/lexicon/word_classes.txt:3: unknown word class \"adverbs\"")
    );
    let lex = byline::lexicon::lexicon();
    assert!(lex.is("later", WordClass::Adverb) && lex.is("later", WordClass::TimeWord));
    assert!(lex.is("the", WordClass::Determiner) && !lex.is("the", WordClass::Adverb));
    // Exactly as written: the finder lower-cases where case does not matter.
    assert!(!lex.is("The", WordClass::Determiner));
    // The last class listed has a bit of its own, shared with no other.
    assert!(lex.is("dubbed", WordClass::NamingVerb) && !lex.is("dubbed", WordClass::Adverb));
    assert!(!lex.is("also", WordClass::NamingVerb));
}

#[test]
fn a_gender_other_than_m_or_f_is_refused() {
    let e = format::genders(source("lexicon/gender.txt", "m mr\nx sir\n")).unwrap_err();
    assert_eq!(e.line, 2);
    assert!(e.reason.contains("neither m nor f"), "{e}");
    let e = format::genders(source("lexicon/gender.txt", "f\n")).unwrap_err();
    assert_eq!(e.line, 1);
    let ok = format::genders(source("lexicon/gender.txt", "f dame\n")).unwrap();
    assert_eq!(ok, vec![(Gender::Female, "dame")]);
}

#[test]
fn a_month_number_out_of_range_is_refused() {
    let e = format::months(source("lexicon/months.txt", "january 1\nsmarch 13\n")).unwrap_err();
    assert_eq!(e.line, 2);
    assert!(format::months(source("lexicon/months.txt", "may\n")).is_err());
    assert_eq!(
        format::months(source("lexicon/months.txt", "monday 0\n")).unwrap(),
        vec![("monday", 0)]
    );
}

#[test]
fn cue_lines_are_verbs_or_phrases_and_nothing_else() {
    let ok = format::cues(source(
        "lexicon/cues.txt",
        "say says\nphrase: according to\n",
    ))
    .unwrap();
    assert_eq!(
        ok,
        vec![
            format::Cue::Verbs(vec!["say", "says"]),
            format::Cue::Phrase(vec!["according", "to"])
        ]
    );
    assert!(format::cues(source("lexicon/cues.txt", "phrase: alone\n")).is_err());
    assert!(format::cues(source("lexicon/cues.txt", "phrsae: according to\n")).is_err());
}

#[test]
fn plain_lists_refuse_tabs_and_doubled_spaces() {
    let e = format::list(source("gazetteer/places.txt", "Paris\nNew\tYork\n")).unwrap_err();
    assert_eq!(e.line, 2);
    assert!(e.reason.contains("control character"), "{e}");
    assert!(format::list(source("gazetteer/places.txt", "New  York\n")).is_err());
    assert_eq!(
        format::list(source(
            "gazetteer/places.txt",
            "# a comment\n\n  New York \n"
        ))
        .unwrap(),
        vec!["New York"]
    );
}
