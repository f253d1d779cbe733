//! Tokens and sentences as byte ranges into the text.

use super::Span;
use crate::lexicon::Lexicon;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Starts with a letter: "Wang", "Wai-hung", "don't", "U.S."
    Word,
    /// Starts with a digit: "3,000", "1.2", "2024".
    Number,
    /// Any other single visible character.
    Punct,
}

/// The longest token, in bytes. No word of any language comes near it; a
/// longer run of letters (a hash, a base64 blob) is cut into several tokens,
/// so that a token's length fits in 16 bits.
pub const MAX_TOKEN_BYTES: usize = 1024;

/// A token's place in the text: a 32-bit start (byline reads at most
/// 256 MiB) and a 16-bit length. An article has about one token for every
/// five bytes, so this size decides much of the analysis's memory: packed,
/// a token takes seven bytes, not eight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(C, packed)]
pub struct Token {
    start: u32,
    len: u16,
    pub kind: TokenKind,
}

const _: () = assert!(std::mem::size_of::<Token>() == 7);

impl Token {
    pub fn new(span: Span, kind: TokenKind) -> Token {
        // `tokenize` cuts tokens at `MAX_TOKEN_BYTES`, so the length fits.
        Token {
            start: super::offsets::small(span.start),
            len: u16::try_from(span.len()).unwrap_or(u16::MAX),
            kind,
        }
    }
    pub fn start(&self) -> usize {
        self.start as usize
    }
    pub fn end(&self) -> usize {
        self.start as usize + self.len as usize
    }
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.span()]
    }
    pub fn span(&self) -> Span {
        self.start()..self.end()
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Joins the letters on either side into one word: "Jean-Luc", "U.S.",
/// "O'Neill", "AT&T".
fn is_joiner(c: char) -> bool {
    c == '-' || c == '\u{2010}' || c == '\u{2011}' || c == '.' || c == '&' || is_apostrophe(c)
}

/// Splits `text[range]` into tokens. A possessive "’s" is its own token, so
/// that "China’s" yields "China".
pub fn tokenize(text: &str, range: Span, out: &mut Vec<Token>) {
    let bytes = &text[range.clone()];
    let base = range.start;
    let mut it = bytes.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        let start = base + i;
        if c.is_alphanumeric() {
            let kind = if c.is_ascii_digit() {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            let mut end = start + c.len_utf8();
            loop {
                let rest = &text[end..range.end];
                let mut cs = rest.chars();
                let Some(n) = cs.next() else { break };
                // Room is kept for a joiner, a letter and a final full stop.
                if end - start + 12 > MAX_TOKEN_BYTES {
                    break;
                }
                if n.is_alphanumeric() {
                    end += n.len_utf8();
                    continue;
                }
                let after = cs.next();
                let joins = match kind {
                    TokenKind::Number => {
                        (n == ',' || n == '.') && after.is_some_and(|a| a.is_ascii_digit())
                    }
                    _ => {
                        is_joiner(n)
                            && after.is_some_and(|a| a.is_alphanumeric())
                            && !(is_apostrophe(n) && is_possessive(cs.clone(), after))
                            && (n != '.' || is_initialism(&text[start..end]))
                    }
                };
                if !joins {
                    break;
                }
                end += n.len_utf8();
            }
            // "U.S." keeps its final full stop.
            if kind == TokenKind::Word
                && text[end..range.end].starts_with('.')
                && text[start..end].contains('.')
            {
                end += 1;
            }
            out.push(Token::new(start..end, kind));
            while it.peek().is_some_and(|&(j, _)| base + j < end) {
                it.next();
            }
        } else if is_apostrophe(c)
            && out
                .last()
                .is_some_and(|t: &Token| t.end() == start && t.kind != TokenKind::Punct)
            && {
                let mut rest = text[start + c.len_utf8()..range.end].chars();
                let after = rest.next();
                is_possessive(rest, after)
            }
        {
            // The possessive "’s" as one token.
            let end = start + c.len_utf8() + 1;
            out.push(Token::new(start..end, TokenKind::Word));
            while it.peek().is_some_and(|&(j, _)| base + j < end) {
                it.next();
            }
        } else {
            out.push(Token::new(start..start + c.len_utf8(), TokenKind::Punct));
        }
    }
}

/// "’s" followed by a non-letter: a possessive, split off.
fn is_possessive(mut rest: std::str::Chars, after: Option<char>) -> bool {
    matches!(after, Some('s' | 'S')) && !rest.next().is_some_and(|c| c.is_alphanumeric())
}

/// "U.S", "U.N": single letters joined by full stops.
fn is_initialism(word: &str) -> bool {
    word.split('.').all(|p| p.chars().count() == 1)
}

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

/// Splits the tokens of one block (a paragraph) into sentences.
pub fn sentences(text: &str, tokens: &[Token], first: usize, lex: &Lexicon) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = first;
    let mut i = first;
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
            _ => false,
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
    lex.is_abbreviation(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::lexicon;

    fn words(s: &str) -> Vec<&str> {
        let mut toks = Vec::new();
        tokenize(s, 0..s.len(), &mut toks);
        toks.iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn splits_possessives_and_keeps_inner_joiners() {
        assert_eq!(
            words("China’s Wai-hung don't"),
            ["China", "’s", "Wai-hung", "don't"]
        );
        assert_eq!(
            words("3,000 officials, 1.2bn."),
            ["3,000", "officials", ",", "1.2bn", "."]
        );
        assert_eq!(words("the U.S. said"), ["the", "U.S.", "said"]);
        assert_eq!(words("end. Next"), ["end", ".", "Next"]);
        assert_eq!(
            words("AT&T and S&P & Co"),
            ["AT&T", "and", "S&P", "&", "Co"]
        );
    }

    #[test]
    fn a_run_of_letters_past_the_longest_token_is_cut_whole() {
        assert_eq!(std::mem::size_of::<Token>(), 7);
        let blob = "é".repeat(3000) + "-x";
        let parts = words(&blob);
        assert!(parts.len() > 1);
        assert!(parts.iter().all(|p| p.len() <= MAX_TOKEN_BYTES));
        assert_eq!(parts.concat(), blob);
    }

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
