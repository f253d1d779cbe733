//! Low-level text code shared by every stage: sanitising, tokens, sentences.

pub mod dates;
pub mod index;
pub mod sanitize;
pub mod tokens;

pub use index::StartIndex;
pub use sanitize::sanitize;
pub use tokens::{Sentence, Token, TokenKind, sentences, tokenize};

/// A byte range into `Article::text`.
pub type Span = std::ops::Range<usize>;

/// `w` in lower case; most words already are, and are not copied.
pub fn lower(w: &str) -> std::borrow::Cow<'_, str> {
    if w.bytes().any(|b| b.is_ascii_uppercase()) || !w.is_ascii() {
        w.to_lowercase().into()
    } else {
        w.into()
    }
}
