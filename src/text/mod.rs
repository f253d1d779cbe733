//! Low-level text code shared by every stage: sanitising, tokens, sentences.

pub mod align;
pub mod dates;
pub mod index;
pub mod offsets;
pub mod run;
pub mod sanitize;
pub mod sentences;
pub mod tokens;

pub use crate::lexicon::{lower, with_lower};
pub use align::CharMap;
pub use index::StartIndex;
pub use offsets::Offsets;
pub use run::Run;
pub use sanitize::{sanitize, sanitize_owned};
pub use sentences::{Sentence, sentences};
pub use tokens::{Token, TokenKind, tokenize};

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
