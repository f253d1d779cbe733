//! A bound on how deep a page nests. Building a tree costs, for each tag,
//! time in proportion to how many elements are open around it, and finding
//! the article costs more again, so a page of elements nested ten thousand
//! deep would take minutes. Real pages nest a few dozen deep; past
//! `MAX_DEPTH` the extra tags are dropped (their text is kept), in one pass
//! over the page before it is parsed.

/// Deeper than any real page nests.
pub const MAX_DEPTH: usize = 256;

/// Elements that never hold others.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements whose content is text up to their end tag.
const RAW: &[&str] = &["script", "style", "textarea", "title", "xmp", "noscript"];

/// The page with tags nested past `MAX_DEPTH` removed; the page itself
/// when it nests no deeper.
pub fn flatten(html: &str) -> std::borrow::Cow<'_, str> {
    let tags = scan(html);
    if tags.iter().all(|t| t.depth < MAX_DEPTH) {
        return std::borrow::Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    for t in tags.iter().filter(|t| t.depth >= MAX_DEPTH) {
        out.push_str(&html[at..t.range.start]);
        at = t.range.end;
    }
    out.push_str(&html[at..]);
    std::borrow::Cow::Owned(out)
}

/// An opening or closing tag and the depth it opens or closes at.
struct Tag {
    range: std::ops::Range<usize>,
    depth: usize,
}

/// The tags of a page that open or close an element, each with its depth:
/// a linear scan that knows comments, quoted attributes and raw text.
fn scan(html: &str) -> Vec<Tag> {
    let b = html.as_bytes();
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(k) = memchr::memchr(b'<', &b[i..]) {
        let start = i + k;
        if b[start..].starts_with(b"<!--") {
            i = find(b, start + 4, b"-->").map_or(b.len(), |e| e + 3);
            continue;
        }
        let closing = b.get(start + 1) == Some(&b'/');
        let name_at = start + 1 + usize::from(closing);
        let name_end = (name_at..b.len())
            .find(|&j| !b[j].is_ascii_alphanumeric())
            .unwrap_or(b.len());
        if name_end == name_at || !b[name_at].is_ascii_alphabetic() {
            i = start + 1;
            continue;
        }
        let end = tag_end(b, name_end);
        let name = html[name_at..name_end].to_ascii_lowercase();
        let self_closing = end >= 2 && b[end - 2] == b'/';
        if closing {
            depth = depth.saturating_sub(1);
            out.push(Tag {
                range: start..end,
                depth,
            });
        } else if !VOID.contains(&name.as_str()) && !self_closing {
            out.push(Tag {
                range: start..end,
                depth,
            });
            depth += 1;
            if RAW.contains(&name.as_str()) {
                // Skip to the end tag; it closes the element.
                let close = format!("</{name}");
                let lower_from = end;
                let found = find_ci(b, lower_from, close.as_bytes());
                i = found.unwrap_or(b.len());
                continue;
            }
        }
        i = end;
    }
    out
}

/// Where a tag ends: after its `>`, outside quoted attribute values.
fn tag_end(b: &[u8], from: usize) -> usize {
    let mut quote = None;
    for (j, &c) in b.iter().enumerate().skip(from) {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => quote = Some(c),
            None if c == b'>' => return j + 1,
            None => {}
        }
    }
    b.len()
}

fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(&b[from.min(b.len())..], needle).map(|k| from + k)
}

fn find_ci(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let mut i = from;
    while let Some(k) = memchr::memchr(b'<', &b[i.min(b.len())..]) {
        let at = i + k;
        if b.len() - at >= needle.len() && b[at..at + needle.len()].eq_ignore_ascii_case(needle) {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_of_real_depth_is_left_alone() {
        let html =
            "<html><body><div><p>A <b>bold</b> <a href='x>y'>link</a></p><br></div></body></html>";
        assert!(matches!(flatten(html), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn tags_past_the_bound_go_and_their_text_stays() {
        let n = MAX_DEPTH + 50;
        let html = format!(
            "{}<p>deep words</p>{}",
            "<div>".repeat(n),
            "</div>".repeat(n)
        );
        let flat = flatten(&html);
        assert_eq!(flat.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(flat.matches("</div>").count(), MAX_DEPTH);
        assert!(flat.contains("deep words"));
    }

    #[test]
    fn script_text_and_comments_open_nothing() {
        let html = format!(
            "<script>{}</script><!-- {} --><p>text</p>",
            "<div>".repeat(1000),
            "<div>".repeat(1000)
        );
        assert!(scan(&html).iter().all(|t| t.depth < 2));
    }
}
