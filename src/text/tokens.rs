//! Tokens as byte ranges into the text.

use super::Span;

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
                            && (n != '.'
                                || is_initialism(&text[start..end])
                                || is_degree(&text[start..end], after, cs.clone().next()))
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

/// "Ph.D.", "Ed.D.": a capital and a small letter, a full stop, then one
/// capital and its full stop (`after` and `then`), is an academic degree,
/// one word.
fn is_degree(word: &str, after: Option<char>, then: Option<char>) -> bool {
    let mut cs = word.chars();
    matches!(
        (cs.next(), cs.next(), cs.next()),
        (Some(a), Some(b), None) if a.is_ascii_uppercase() && b.is_ascii_lowercase()
    ) && after.is_some_and(|c| c.is_ascii_uppercase())
        && then == Some('.')
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(words("a Ph.D. in law"), ["a", "Ph.D.", "in", "law"]);
        assert_eq!(words("Mr.Smith"), ["Mr", ".", "Smith"]);
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
}
