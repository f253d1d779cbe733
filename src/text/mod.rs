//! Low-level text code shared by every stage: sanitising, tokens, sentences.

pub mod dates;
pub mod sanitize;
pub mod tokens;

pub use sanitize::sanitize;
pub use tokens::{Sentence, Token, TokenKind, sentences, tokenize};

/// A byte range into `Article::text`.
pub type Span = std::ops::Range<usize>;
