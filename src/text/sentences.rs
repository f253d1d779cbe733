//! Sentences: where a paragraph's tokens end one sentence and open the
//! next.

use super::tokens::{Token, TokenKind};
use crate::lexicon::Lexicon;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Range of indexes into the token list.
    pub tokens: std::ops::Range<usize>,
}

const CLOSERS: &[&str] = &["\"", "\u{201d}", "\u{2019}", "'", ")", "]", "\u{bb}"];

/// The most tokens a sentence holds. News sentences run to a hundred or so;
/// a longer run without a full stop (a transcript, a list, text with its
/// punctuation lost) is cut, so that every stage that looks across a
/// sentence does a bounded amount of work per token.
pub const MAX_SENTENCE_TOKENS: usize = 300;

/// Where to cut a run of tokens `start..end` that has grown too long: after
/// the last semicolon, colon or comma in its final third, or at `end`.
fn cut_point(text: &str, tokens: &[Token], start: usize, end: usize) -> usize {
    let window = (start + (end - start) * 2 / 3)..end;
    let after = |marks: &[&str]| {
        window
            .clone()
            .rev()
            .find(|&k| marks.contains(&tokens[k].text(text)))
            .map(|k| k + 1)
    };
    after(&[";", ":"]).or_else(|| after(&[","])).unwrap_or(end)
}

/// The most tokens a dateline holds: "SAN JUAN, Puerto Rico, Aug. 31
/// (Reuters) -".
const DATELINE_TOKENS: usize = 16;

/// Where a paragraph's dateline ends, past its dash: "WASHINGTON ―",
/// "PARIS, Aug 31 (Reuters) -", "Washington (AFP) –". A place in capitals
/// opens it, or a capitalised one with the wire in brackets before the
/// dash; a date may come between; a capitalised word follows the dash. The
/// dateline is a sentence of its own, so that no statement's subject
/// begins with it.
fn dateline_end(text: &str, tokens: &[Token], first: usize) -> Option<usize> {
    let place = tokens.get(first)?.text(text);
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    if tokens[first].kind != TokenKind::Word
        || letters < 2
        || !place.starts_with(char::is_uppercase)
    {
        return None;
    }
    let window = first + 1..tokens.len().min(first + DATELINE_TOKENS);
    let dash = window.clone().find(|&k| {
        matches!(
            tokens[k].text(text),
            "-" | "--" | "\u{2013}" | "\u{2014}" | "\u{2015}"
        )
    })?;
    let capitals = !place.chars().any(char::is_lowercase);
    let wire = dash >= first + 3
        && tokens[dash - 1].text(text) == ")"
        && tokens[dash - 3].text(text) == "(";
    let head_fits = (first + 1..dash).all(|k| {
        tokens[k].kind != TokenKind::Punct || matches!(tokens[k].text(text), "," | "(" | ")" | ".")
    });
    // "SOCCER - JAPAN GET LUCKY WIN": a headline in capitals, no dateline.
    let caps = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            let w = t.text(text);
            t.kind == TokenKind::Word
                && w.chars().filter(|c| c.is_alphabetic()).count() > 1
                && !w.chars().any(char::is_lowercase)
        })
    };
    if caps(dash + 1) && caps(dash + 2) {
        return None;
    }
    let next = tokens.get(dash + 1)?;
    let opens = next.kind != TokenKind::Punct
        && next
            .text(text)
            .starts_with(|c: char| c.is_uppercase() || c.is_numeric())
        || next.kind == TokenKind::Punct && matches!(next.text(text), "\"" | "\u{201c}");
    ((capitals || wire) && head_fits && opens).then_some(dash + 1)
}

/// Splits the tokens of one block (a paragraph) into sentences.
pub fn sentences(text: &str, tokens: &[Token], first: usize, lex: &Lexicon) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = first;
    if let Some(end) = dateline_end(text, tokens, first) {
        out.push(Sentence { tokens: first..end });
        start = end;
    }
    let mut i = start;
    while i < tokens.len() {
        if i - start >= MAX_SENTENCE_TOKENS {
            let cut = cut_point(text, tokens, start, i);
            out.push(Sentence { tokens: start..cut });
            start = cut;
            continue;
        }
        let t = tokens[i];
        let s = t.text(text);
        let ends = match s {
            "!" | "?" => true,
            "." | "\u{2026}" => !is_abbreviation(text, tokens, i, lex),
            // "in the U.S. The senator …": an initialism keeps its stop,
            // which ends the sentence too before a word that opens one.
            _ => {
                t.kind == TokenKind::Word
                    && s.len() > 2
                    && s.ends_with('.')
                    && tokens
                        .get(i + 1)
                        .is_some_and(|n| lex.opens_sentence(n.text(text)))
            }
        };
        if ends {
            let mut j = i + 1;
            // A closing mark hugs the stop; one after a space opens the next sentence.
            while j < tokens.len()
                && CLOSERS.contains(&tokens[j].text(text))
                && tokens[j].start() == tokens[j - 1].end()
            {
                j += 1;
            }
            // A sentence ends only where the next one can begin, and not
            // inside a quoted cry that the writer's sentence goes on after
            // ("chants of “Marco! Marco!,” the senator said …").
            let next_starts = j >= tokens.len()
                || starts_sentence(text, tokens, j)
                    && !(j == i + 1 && matches!(s, "!" | "?") && cry_goes_on(text, tokens, j));
            if next_starts {
                out.push(Sentence { tokens: start..j });
                start = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if start < tokens.len() {
        out.push(Sentence {
            tokens: start..tokens.len(),
        });
    }
    out
}

/// The most words a quoted cry runs on after an exclamation or question
/// mark inside it: "Marco! Marco!", "Lock her up! Lock her up!".
const CRY_TOKENS: usize = 8;

/// After a "!" or "?" inside a quotation, the quotation closes within a
/// few words, and the sentence goes on after it: the mark before the
/// closing one is a comma ("Marco! Marco!," Ruiz said), or the next word
/// is in lower case ("Help! Now!" she cried). The marks are the cry's,
/// not the sentence's ends.
fn cry_goes_on(text: &str, tokens: &[Token], j: usize) -> bool {
    let end = tokens.len().min(j + CRY_TOKENS);
    let close = (j + 1..end)
        .take_while(|&k| tokens[k].text(text) != ".")
        .find(|&k| {
            super::is_quote_mark(tokens[k].text(text))
                && matches!(tokens[k - 1].text(text), "!" | "?" | ",")
                && tokens[k - 1].end() == tokens[k].start()
        });
    // Words and the cry's own marks up to the closing one: no quotation
    // opens there ("Has the storm passed? ''I hope so,'' she said.").
    let cry = |k: usize| {
        (j..k).all(|t| {
            tokens[t].kind == TokenKind::Word || matches!(tokens[t].text(text), "!" | "?" | ",")
        })
    };
    close.is_some_and(|k| {
        cry(k)
            && (tokens[k - 1].text(text) == ","
                || tokens.get(k + 1).is_some_and(|n| {
                    let w = n.text(text);
                    w == "," || w.starts_with(char::is_lowercase)
                }))
    })
}

fn starts_sentence(text: &str, tokens: &[Token], j: usize) -> bool {
    let t = tokens[j];
    if text[tokens[j - 1].end()..t.start()].is_empty() {
        return false;
    }
    let c = t.text(text).chars().next().unwrap_or(' ');
    c.is_uppercase() || c.is_ascii_digit() || !c.is_alphanumeric()
}

fn is_abbreviation(text: &str, tokens: &[Token], i: usize, lex: &Lexicon) -> bool {
    if i == 0 {
        return false;
    }
    let prev = tokens[i - 1];
    if prev.end() != tokens[i].start() || prev.kind != TokenKind::Word {
        return false;
    }
    let w = prev.text(text);
    // An initial: "J. K. Rowling".
    if w.chars().count() == 1 && w.chars().all(char::is_uppercase) {
        return true;
    }
    if !lex.is_abbreviation(w) {
        return false;
    }
    let next = tokens.get(i + 1).map_or("", |t| t.text(text));
    crate::text::with_lower(w, |l| match l {
        // "No. 2", but "voted no. Assemblywoman Tenney …".
        "no" => next.starts_with(|c: char| c.is_ascii_digit()),
        // A stop that may end the sentence too: "Apple Inc. It said …",
        // "in Jan. The plan …".
        "etc" | "inc" | "corp" | "co" | "ltd" | "jr" | "sr" => !lex.opens_sentence(next),
        _ if lex.month(l).is_some() => !lex.opens_sentence(next),
        _ => true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::lexicon;
    use crate::text::tokenize;

    /// The sentences of `s`, as text.
    fn split(s: &str) -> Vec<&str> {
        let mut toks = Vec::new();
        tokenize(s, 0..s.len(), &mut toks);
        sentences(s, &toks, 0, lexicon())
            .iter()
            .map(|x| &s[toks[x.tokens.start].start()..toks[x.tokens.end - 1].end()])
            .collect()
    }

    #[test]
    fn a_dateline_is_a_sentence_of_its_own() {
        assert_eq!(
            split("PARIS, Aug. 31 (Reuters) - The port opened."),
            ["PARIS, Aug. 31 (Reuters) -", "The port opened."]
        );
        assert_eq!(
            split("Northport (AFP) \u{2013} The port opened."),
            ["Northport (AFP) \u{2013}", "The port opened."]
        );
        assert_eq!(
            split("NORTHPORT \u{2015} The port opened."),
            ["NORTHPORT \u{2015}", "The port opened."]
        );
        // An aside set off by dashes, and a name in ordinary case: no
        // dateline.
        assert_eq!(
            split("NATO - the alliance - met."),
            ["NATO - the alliance - met."]
        );
        assert_eq!(
            split("SOCCER - JAPAN GET LUCKY WIN."),
            ["SOCCER - JAPAN GET LUCKY WIN."]
        );
        assert_eq!(
            split("Obama \u{2013} The President \u{2013} spoke."),
            ["Obama \u{2013} The President \u{2013} spoke."]
        );
    }

    #[test]
    fn sentences_respect_abbreviations_and_quotes() {
        let s = "Mr. Smith said so. “It works.” Then J. K. Rowling left! Done";
        assert_eq!(
            split(s),
            [
                "Mr. Smith said so.",
                "“It works.”",
                "Then J. K. Rowling left!",
                "Done"
            ]
        );
    }

    #[test]
    fn a_stop_that_may_close_an_abbreviation_ends_a_sentence_before_its_opener() {
        let s = "He voted no. Assemblywoman Ruiz voted yes. It was the No. 2 seed. \
                 The plant is in the U.S. The firm, Obi Inc. of Leeds, said so at 9 p.m. \
                 on Jan. 5. Talks began in Jan. They failed.";
        assert_eq!(
            split(s),
            [
                "He voted no.",
                "Assemblywoman Ruiz voted yes.",
                "It was the No. 2 seed.",
                "The plant is in the U.S.",
                "The firm, Obi Inc. of Leeds, said so at 9 p.m. on Jan. 5.",
                "Talks began in Jan.",
                "They failed."
            ]
        );
    }

    #[test]
    fn a_quoted_cry_does_not_end_the_sentence_around_it() {
        let s = "To chants of \"Marco! Marco!,\" he said it was \"strong.\" \"Help! Now!\" \
                 she cried. Done? \"I hope so,\" he said. Then \"Go! Go!\" Over.";
        assert_eq!(
            split(s),
            [
                "To chants of \"Marco! Marco!,\" he said it was \"strong.\"",
                "\"Help! Now!\" she cried.",
                "Done?",
                "\"I hope so,\" he said.",
                "Then \"Go!",
                "Go!\"",
                "Over."
            ]
        );
    }

    #[test]
    fn a_straight_mark_after_a_stop_opens_the_next_sentence() {
        let s = "The charts were clear. \"And they're terrifying,\" he said. \"Yes.\" Done";
        assert_eq!(
            split(s),
            [
                "The charts were clear.",
                "\"And they're terrifying,\" he said.",
                "\"Yes.\"",
                "Done"
            ]
        );
    }
}
