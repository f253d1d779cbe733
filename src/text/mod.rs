//! Low-level text code shared by every stage: sanitising, tokens, sentences.

pub mod align;
pub mod dates;
pub mod index;
pub mod run;
pub mod sanitize;
pub mod tokens;

pub use align::CharMap;
pub use index::StartIndex;
pub use run::Run;
pub use sanitize::sanitize;
pub use tokens::{Sentence, Token, TokenKind, sentences, tokenize};

/// A byte range into `Article::text`.
pub type Span = std::ops::Range<usize>;

/// " “ ” « » ‘ ’ ', told by their bytes: every token of a sentence may be
/// asked.
pub fn is_quote_mark(s: &str) -> bool {
    matches!(
        s.as_bytes(),
        [b'"' | b'\''] | [0xC2, 0xAB | 0xBB] | [0xE2, 0x80, 0x98 | 0x99 | 0x9C | 0x9D]
    )
}

/// `f` of `w` in lower case, without allocating for a short ASCII word:
/// for the lookups asked of every word of a large article.
pub fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    if !w.is_ascii() {
        return f(&lower(w));
    }
    if !w.bytes().any(|b| b.is_ascii_uppercase()) {
        return f(w);
    }
    let mut buf = [0u8; 24];
    match buf.get_mut(..w.len()) {
        Some(buf) => {
            buf.copy_from_slice(w.as_bytes());
            buf.make_ascii_lowercase();
            // ASCII stays valid UTF-8 when lower-cased.
            f(std::str::from_utf8(buf).unwrap_or_default())
        }
        None => f(&w.to_ascii_lowercase()),
    }
}

/// `w` in lower case; most words already are, and are not copied.
pub fn lower(w: &str) -> std::borrow::Cow<'_, str> {
    if w.bytes().any(|b| b.is_ascii_uppercase()) || !w.is_ascii() {
        w.to_lowercase().into()
    } else {
        w.into()
    }
}
