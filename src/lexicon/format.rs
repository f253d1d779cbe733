//! The formats of the word lists in `assets/`, read strictly: a line that
//! does not fit its file's format is an error naming the file and line, so a
//! slip in a hand-written list cannot silently drop or change a word.

use std::fmt;

/// One embedded list: its path under `assets/` and its text.
#[derive(Debug, Clone, Copy)]
pub struct Source {
    pub name: &'static str,
    pub text: &'static str,
}

/// A line that does not fit its file's format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "assets/{}:{}: {}", self.file, self.line, self.reason)
    }
}

impl std::error::Error for LineError {}

/// A gender a word tells (`gender.txt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// What a cue kind line says about its words (`cue_kinds.txt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    Bare,
    Object,
    Inverted,
    /// Attributes only a quotation right before it: "“…,” the statement
    /// read".
    AfterQuote,
    /// A cue only before "to" and its object named as quoted words:
    /// "referred to him as “a reformer”".
    AsQuoted,
    /// A cue only in "as SPEAKER put it," before what was said.
    AsPut,
    /// A cue only before "that" or a quotation, after a subject pronoun, or
    /// right after a quotation: "the report states that …".
    Introducing,
    /// Says aloud what it opens: "chanting “Dump Trump”".
    Aloud,
}

/// A closed class of words the extractors read (`word_classes.txt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordClass {
    Adverb,
    TimeWord,
    NpBreak,
    Determiner,
    Auxiliary,
    PastVerb,
    Subordinator,
    ClauseBreak,
    AdjunctStart,
    AdjunctOpener,
    PhraseAdverb,
    MessageNoun,
    SpeechNoun,
    PersonNoun,
    NoSpeakerOpener,
    OpeningAdverb,
    NumberLabel,
    Postmodifier,
    NamingVerb,
    EventNoun,
    GatheringNoun,
    Facility,
    Institution,
    QuantityPronoun,
    SentenceOpener,
    PluralNoun,
    Motion,
    PerceptionVerb,
}

// Every class has a bit of its own in a word's set.
const _: () = assert!(WordClass::ALL.len() <= u32::BITS as usize);

impl WordClass {
    const ALL: [(WordClass, &'static str); 28] = [
        (WordClass::Adverb, "adverb"),
        (WordClass::TimeWord, "time-word"),
        (WordClass::NpBreak, "np-break"),
        (WordClass::Determiner, "determiner"),
        (WordClass::Auxiliary, "auxiliary"),
        (WordClass::PastVerb, "past-verb"),
        (WordClass::Subordinator, "subordinator"),
        (WordClass::ClauseBreak, "clause-break"),
        (WordClass::AdjunctStart, "adjunct-start"),
        (WordClass::AdjunctOpener, "adjunct-opener"),
        (WordClass::PhraseAdverb, "phrase-adverb"),
        (WordClass::MessageNoun, "message-noun"),
        (WordClass::SpeechNoun, "speech-noun"),
        (WordClass::PersonNoun, "person-noun"),
        (WordClass::NoSpeakerOpener, "no-speaker-opener"),
        (WordClass::OpeningAdverb, "opening-adverb"),
        (WordClass::NumberLabel, "number-label"),
        (WordClass::Postmodifier, "postmodifier"),
        (WordClass::NamingVerb, "naming-verb"),
        (WordClass::EventNoun, "event-noun"),
        (WordClass::GatheringNoun, "gathering-noun"),
        (WordClass::Facility, "facility"),
        (WordClass::Institution, "institution"),
        (WordClass::QuantityPronoun, "quantity-pronoun"),
        (WordClass::SentenceOpener, "sentence-opener"),
        (WordClass::PluralNoun, "plural-noun"),
        (WordClass::Motion, "motion"),
        (WordClass::PerceptionVerb, "perception-verb"),
    ];

    /// The class's bit in a word's set of classes.
    pub fn bit(self) -> u32 {
        1 << self as u32
    }

    fn named(name: &str) -> Option<WordClass> {
        WordClass::ALL
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(c, _)| *c)
    }
}

/// A line of `cues.txt`: single speech verbs, or one multi-word cue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cue<'a> {
    Verbs(Vec<&'a str>),
    Phrase(Vec<&'a str>),
}

/// The lines that hold entries, numbered from 1, trimmed; blank lines and
/// `#` comments are skipped.
fn entries(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
}

/// Reads every entry line of `src` with `parse`, stopping at the first
/// line it refuses.
fn parse_lines<T>(
    src: Source,
    mut parse: impl FnMut(&'static str) -> Result<T, String>,
) -> Result<Vec<T>, LineError> {
    let mut out = Vec::new();
    visit_lines(src, |l| parse(l).map(|t| out.push(t)))?;
    Ok(out)
}

/// Hands every entry line of `src` to `visit`, stopping at the first line
/// it refuses: a long list read without a copy of its lines.
fn visit_lines(
    src: Source,
    mut visit: impl FnMut(&'static str) -> Result<(), String>,
) -> Result<(), LineError> {
    for (line, l) in entries(src.text) {
        let visited = match l.chars().find(|c| c.is_control()) {
            Some(c) => Err(format!("control character {c:?}")),
            None => visit(l),
        };
        if let Err(reason) = visited {
            return Err(LineError {
                file: src.name.to_string(),
                line,
                reason: format!("{reason} in {l:?}"),
            });
        }
    }
    Ok(())
}

/// A plain list: one word or name a line, words separated by single
/// spaces.
pub fn list(src: Source) -> Result<Vec<&'static str>, LineError> {
    parse_lines(src, |l| {
        if l.contains("  ") {
            Err("two spaces in a row".to_string())
        } else {
            Ok(l)
        }
    })
}

/// A list of single words, each handed to `visit` as it is read.
pub fn each_word(src: Source, mut visit: impl FnMut(&'static str)) -> Result<(), LineError> {
    visit_lines(src, |l| {
        if l.contains(' ') {
            Err("a space in a word".to_string())
        } else {
            visit(l);
            Ok(())
        }
    })
}

/// `gender.txt`: "m WORD" or "f WORD".
pub fn genders(src: Source) -> Result<Vec<(Gender, &'static str)>, LineError> {
    parse_lines(
        src,
        |l| match l.split_whitespace().collect::<Vec<_>>()[..] {
            ["m", w] => Ok((Gender::Male, w)),
            ["f", w] => Ok((Gender::Female, w)),
            [g, _] => Err(format!("gender {g:?} is neither m nor f")),
            _ => Err("expected a gender and one word".to_string()),
        },
    )
}

/// `months.txt`: "WORD N", N the month from 1 to 12, or 0 for a weekday.
pub fn months(src: Source) -> Result<Vec<(&'static str, u32)>, LineError> {
    parse_lines(
        src,
        |l| match l.split_whitespace().collect::<Vec<_>>()[..] {
            [w, n] => match n.parse::<u32>() {
                Ok(n) if n <= 12 => Ok((w, n)),
                _ => Err(format!("{n:?} is not a month number from 0 to 12")),
            },
            _ => Err("expected a word and a month number".to_string()),
        },
    )
}

/// `cue_kinds.txt`: "KIND: words…".
pub fn cue_kinds(src: Source) -> Result<Vec<(CueKind, Vec<&'static str>)>, LineError> {
    parse_lines(src, |l| {
        let (kind, words) = l
            .split_once(':')
            .ok_or_else(|| "expected \"KIND: words\"".to_string())?;
        let kind = match kind.trim() {
            "bare" => CueKind::Bare,
            "object" => CueKind::Object,
            "inverted" => CueKind::Inverted,
            "after-quote" => CueKind::AfterQuote,
            "as-quoted" => CueKind::AsQuoted,
            "as-put" => CueKind::AsPut,
            "introducing" => CueKind::Introducing,
            "aloud" => CueKind::Aloud,
            k => return Err(format!("unknown cue kind {k:?}")),
        };
        let words: Vec<&str> = words.split_whitespace().collect();
        if words.is_empty() {
            return Err("a cue kind with no words".to_string());
        }
        Ok((kind, words))
    })
}

/// `word_classes.txt`: "CLASS: words…".
pub fn word_classes(src: Source) -> Result<Vec<(WordClass, Vec<&'static str>)>, LineError> {
    parse_lines(src, |l| {
        let (class, words) = l
            .split_once(':')
            .ok_or_else(|| "expected \"CLASS: words\"".to_string())?;
        let class = WordClass::named(class.trim())
            .ok_or_else(|| format!("unknown word class {:?}", class.trim()))?;
        let words: Vec<&str> = words.split_whitespace().collect();
        if words.is_empty() {
            return Err("a word class with no words".to_string());
        }
        Ok((class, words))
    })
}

/// `cues.txt`: speech verbs, several a line, or "phrase: WORDS" for one
/// multi-word cue.
pub fn cues(src: Source) -> Result<Vec<Cue<'static>>, LineError> {
    parse_lines(src, |l| match l.split_once(':') {
        Some(("phrase", words)) => {
            let words: Vec<&str> = words.split_whitespace().collect();
            if words.len() < 2 {
                Err("a phrase needs two words or more".to_string())
            } else {
                Ok(Cue::Phrase(words))
            }
        }
        Some((prefix, _)) => Err(format!("unknown prefix {prefix:?}")),
        None => Ok(Cue::Verbs(l.split_whitespace().collect())),
    })
}

/// `clusters.txt`: "word FINE COARSE", a lower-case word with its word
/// cluster at two granularities, each line handed to `visit` as it is read.
pub fn each_cluster(
    src: Source,
    mut visit: impl FnMut(&'static str, u16, u16),
) -> Result<(), LineError> {
    visit_lines(src, |l| {
        let mut parts = l.split(' ');
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some(w), Some(fine), Some(coarse), None) => {
                match (fine.parse::<u16>(), coarse.parse::<u16>()) {
                    (Ok(f), Ok(c)) if f < u16::MAX && c < u16::MAX => {
                        visit(w, f, c);
                        Ok(())
                    }
                    _ => Err(format!("{fine:?} {coarse:?} are not cluster numbers")),
                }
            }
            _ => Err("expected a word and two cluster numbers".to_string()),
        }
    })
}

/// Checks a list by its file's format, known from its name: for the test
/// that every file in `assets/` reads.
pub fn check(src: Source) -> Result<(), LineError> {
    let file = src.name.rsplit('/').next().unwrap_or(src.name);
    match file {
        "gender.txt" => genders(src).map(drop),
        "months.txt" => months(src).map(drop),
        "cue_kinds.txt" => cue_kinds(src).map(drop),
        "word_classes.txt" => word_classes(src).map(drop),
        "cues.txt" => cues(src).map(drop),
        "clusters.txt" => each_cluster(src, |_, _, _| ()),
        "dictionary.txt" => each_word(src, drop),
        _ => list(src).map(drop),
    }
}
