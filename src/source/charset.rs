//! Web pages in any encoding: the byte order mark, then the label the server
//! gave, then UTF-8 when the bytes are valid UTF-8 with letters outside
//! ASCII, then the page's own `<meta charset>`, and a guess from the bytes
//! (chardetng) for unlabelled legacy pages.

use encoding_rs::{Encoding, UTF_8};

/// How far into a page its `<meta charset>` is looked for, as browsers do.
const PRESCAN: usize = 1024;

/// The page's text, and a warning when bytes had to be replaced.
pub struct Decoded {
    pub text: String,
    pub warning: Option<String>,
}

/// Decodes a page; `label` is the charset of a `Content-Type` header.
pub fn decode(bytes: &[u8], label: Option<&str>) -> Decoded {
    let encoding = Encoding::for_bom(bytes)
        .map(|(e, _)| e)
        .or_else(|| label.and_then(|l| Encoding::for_label(l.trim().as_bytes())))
        // A page saved as UTF-8 often keeps the label it was served with;
        // text in a legacy encoding is almost never valid UTF-8 once it
        // holds a letter outside ASCII.
        .or_else(|| (!bytes.is_ascii() && std::str::from_utf8(bytes).is_ok()).then_some(UTF_8))
        .or_else(|| meta_charset(bytes))
        .map(Encoding::output_encoding)
        .unwrap_or_else(|| guess(bytes));
    let (text, _, replaced) = encoding.decode(bytes);
    Decoded {
        text: text.into_owned(),
        warning: replaced.then(|| format!("bytes invalid in {} replaced", encoding.name())),
    }
}

/// UTF-8 when the page is valid UTF-8, else what the bytes look like.
fn guess(bytes: &[u8]) -> &'static Encoding {
    if std::str::from_utf8(bytes).is_ok() {
        return UTF_8;
    }
    // byline runs no scripts, so ISO-2022-JP needs no caution here.
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Allow);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Allow)
}

/// The encoding a `<meta charset="…">` or `<meta http-equiv="Content-Type"
/// content="…; charset=…">` near the start names.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(at) = memchr::memmem::find(&lower[from..], b"charset") {
        let mut k = from + at + b"charset".len();
        from = k;
        while k < lower.len() && lower[k].is_ascii_whitespace() {
            k += 1;
        }
        if lower.get(k) != Some(&b'=') {
            continue;
        }
        k += 1;
        while k < lower.len() && matches!(lower[k], b' ' | b'"' | b'\'') {
            k += 1;
        }
        let end = (k..lower.len())
            .find(|&j| {
                matches!(lower[j], b'"' | b'\'' | b';' | b'>' | b'/')
                    || lower[j].is_ascii_whitespace()
            })
            .unwrap_or(lower.len());
        if let Some(e) = Encoding::for_label(&lower[k..end]) {
            return Some(e);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_label_order_is_bom_header_meta_then_a_guess() {
        let page =
            b"<html><head><meta charset=\"windows-1252\"></head><body>\xa35 caf\xe9</body></html>";
        assert!(decode(page, None).text.contains("£5 café"));
        // The server's label outranks the page's own.
        assert!(decode(page, Some("iso-8859-2")).text.contains("Ł5 café"));
        let http_equiv =
            b"<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'><p>na\xefve";
        assert!(decode(http_equiv, None).text.contains("naïve"));
        let bom = b"\xEF\xBB\xBF<p>\xE2\x80\x9CHi\xE2\x80\x9D</p>";
        assert_eq!(
            decode(bom, Some("windows-1252")).text,
            "<p>\u{201c}Hi\u{201d}</p>"
        );
    }

    #[test]
    fn a_page_saved_as_utf8_under_its_old_label_reads_as_utf8() {
        let page = "<meta charset=\"gb2312\"><title>人工智能迈上新台阶</title>";
        assert!(decode(page.as_bytes(), None).text.contains("人工智能"));
    }

    #[test]
    fn an_unlabelled_legacy_page_is_guessed() {
        let text = "Le ministre a déclaré que l’économie française était « très solide » \
                    et que les élèves étrangers étaient bienvenus à l’école.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
        let d = decode(&bytes, None);
        assert!(d.text.contains("déclaré"), "{}", d.text);
        assert!(d.warning.is_none());
    }
}
