//! Lower-casing for lookups.

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
