//! Reading input: a file, standard input or the built-in sample, decoded to
//! text. Bad input is refused here with a typed error.

pub mod charset;
mod flatten;
pub mod html;
pub mod web;

use std::io::Read;
use std::path::{Path, PathBuf};

/// The most byline reads from one input.
pub const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// The article byline opens when given no file.
pub const SAMPLE: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/sample.txt"));

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    File(PathBuf),
    /// A web address.
    Url(String),
    Stdin,
    Sample,
}

impl Input {
    /// What the status bar and messages call this input.
    pub fn name(&self) -> String {
        match self {
            Input::File(p) => p.display().to_string(),
            Input::Url(u) => u.clone(),
            Input::Stdin => "standard input".into(),
            Input::Sample => "sample article".into(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{0}: no such file")]
    NotFound(String),
    #[error("{0}: is a directory, not an article")]
    IsDirectory(String),
    #[error("{0}: permission denied")]
    PermissionDenied(String),
    #[error("{0}: too large ({1} bytes; byline reads at most 256 MiB)")]
    TooLarge(String, u64),
    #[error("{0}: looks like a binary file, not an article")]
    Binary(String),
    #[error("{0}: empty, nothing to read")]
    Empty(String),
    #[error("{0}: {1}")]
    Io(String, std::io::Error),
    #[error("{0}: {1}")]
    Web(String, web::WebError),
}

/// Decoded text plus what went wrong along the way without stopping us.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub warnings: Vec<String>,
}

/// Reads the input's bytes, refusing what is not an article.
pub fn read_bytes(input: &Input) -> Result<Vec<u8>, LoadError> {
    let name = input.name();
    match input {
        Input::Sample => Ok(SAMPLE.as_bytes().to_vec()),
        Input::Url(u) => web::fetch(u)
            .map(|f| f.bytes)
            .map_err(|e| LoadError::Web(name, e)),
        Input::Stdin => read_limited(std::io::stdin().lock(), &name, 0),
        Input::File(path) => {
            let meta = std::fs::metadata(path).map_err(|e| io_error(&name, e))?;
            if meta.is_dir() {
                return Err(LoadError::IsDirectory(name));
            }
            if meta.len() > MAX_BYTES {
                return Err(LoadError::TooLarge(name, meta.len()));
            }
            let file = std::fs::File::open(path).map_err(|e| io_error(&name, e))?;
            read_limited(file, &name, meta.len() as usize)
        }
    }
}

/// Reads at most `MAX_BYTES`, into a buffer of the `expected` size: the
/// text of an article is kept in it, with no room left over.
fn read_limited(reader: impl Read, name: &str, expected: usize) -> Result<Vec<u8>, LoadError> {
    let mut buf = Vec::with_capacity(expected);
    reader
        .take(MAX_BYTES + 1)
        .read_to_end(&mut buf)
        .map_err(|e| io_error(name, e))?;
    if buf.len() as u64 > MAX_BYTES {
        return Err(LoadError::TooLarge(name.to_string(), buf.len() as u64));
    }
    buf.shrink_to_fit();
    Ok(buf)
}

fn io_error(name: &str, e: std::io::Error) -> LoadError {
    match e.kind() {
        std::io::ErrorKind::NotFound => LoadError::NotFound(name.to_string()),
        std::io::ErrorKind::PermissionDenied => LoadError::PermissionDenied(name.to_string()),
        std::io::ErrorKind::IsADirectory => LoadError::IsDirectory(name.to_string()),
        _ => LoadError::Io(name.to_string(), e),
    }
}

/// Decodes bytes to text: UTF-8 with or without BOM, UTF-16 with a BOM.
/// Invalid UTF-8 is decoded lossily and reported. Binary data is refused.
pub fn decode(bytes: &[u8], name: &str) -> Result<Decoded, LoadError> {
    decode_owned(bytes.to_vec(), name)
}

/// `decode`, keeping UTF-8 in the bytes it was read into: a large article
/// is not copied.
pub fn decode_owned(mut bytes: Vec<u8>, name: &str) -> Result<Decoded, LoadError> {
    let mut warnings = Vec::new();
    let text = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        decode_utf16(rest, u16::from_le_bytes, &mut warnings)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        decode_utf16(rest, u16::from_be_bytes, &mut warnings)
    } else {
        if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
            bytes.drain(..3);
        }
        if looks_binary(&bytes) {
            return Err(LoadError::Binary(name.to_string()));
        }
        match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => {
                warnings.push("invalid UTF-8 replaced with \u{fffd}".to_string());
                String::from_utf8_lossy(e.as_bytes()).into_owned()
            }
        }
    };
    if text.contains('\0') || looks_binary(text.as_bytes()) {
        return Err(LoadError::Binary(name.to_string()));
    }
    if text.trim().is_empty() {
        return Err(LoadError::Empty(name.to_string()));
    }
    Ok(Decoded { text, warnings })
}

fn decode_utf16(bytes: &[u8], word: fn([u8; 2]) -> u16, warnings: &mut Vec<String>) -> String {
    if bytes.len() % 2 == 1 {
        warnings.push("UTF-16 text ends in half a character".to_string());
    }
    let units = bytes.chunks_exact(2).map(|c| word([c[0], c[1]]));
    let mut bad = false;
    let s: String = char::decode_utf16(units)
        .map(|r| {
            r.unwrap_or_else(|_| {
                bad = true;
                '\u{fffd}'
            })
        })
        .collect();
    if bad {
        warnings.push("invalid UTF-16 replaced with \u{fffd}".to_string());
    }
    s
}

/// A NUL byte, or mostly bytes that text never holds, in the first 64 KiB.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(64 * 1024)];
    if head.contains(&0) {
        return true;
    }
    let odd = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b))
        .count();
    let invalid = match std::str::from_utf8(head) {
        Ok(_) => 0,
        Err(_) => String::from_utf8_lossy(head).matches('\u{fffd}').count(),
    };
    !head.is_empty() && (odd + invalid) * 10 > head.len() * 3
}

/// Reads and decodes one input.
pub fn load(input: &Input) -> Result<Decoded, LoadError> {
    let bytes = read_bytes(input)?;
    decode_owned(bytes, &input.name())
}

/// What an input holds: plain text, or a web page's article.
pub enum Content {
    Text(Decoded),
    Page {
        page: html::Page,
        /// Where the page came from, for its links.
        url: Option<String>,
        warnings: Vec<String>,
    },
}

/// Reads one input as text or as a web page, whichever it is.
pub fn read(input: &Input) -> Result<Content, LoadError> {
    if let Input::Url(address) = input {
        let name = input.name();
        let f = web::fetch(address).map_err(|e| LoadError::Web(name.clone(), e))?;
        if f.html || html::sniff(&f.bytes) {
            return page(&f.bytes, f.charset.as_deref(), Some(f.url), &name);
        }
        // Plain text in the charset the server named.
        let text = match f
            .charset
            .as_deref()
            .and_then(|c| encoding_rs::Encoding::for_label(c.as_bytes()))
        {
            Some(enc) if enc != encoding_rs::UTF_8 => {
                enc.decode(&f.bytes).0.into_owned().into_bytes()
            }
            _ => f.bytes,
        };
        return decode_owned(text, &name).map(Content::Text);
    }
    let bytes = read_bytes(input)?;
    let is_page = html::sniff(&bytes)
        || matches!(input, Input::File(p) if p
            .extension()
            .is_some_and(|e| ["html", "htm", "xhtml"].iter().any(|x| e.eq_ignore_ascii_case(x))));
    if !is_page {
        return decode_owned(bytes, &input.name()).map(Content::Text);
    }
    let url = match input {
        Input::File(p) => std::fs::canonicalize(p)
            .ok()
            .and_then(|abs| url::Url::from_file_path(abs).ok())
            .map(String::from),
        _ => None,
    };
    page(&bytes, None, url, &input.name())
}

/// A web page's article from its bytes; `charset` is the label a server
/// gave, `url` where the page came from.
pub fn page(
    bytes: &[u8],
    charset: Option<&str>,
    url: Option<String>,
    name: &str,
) -> Result<Content, LoadError> {
    let decoded = charset::decode(bytes, charset);
    if decoded.text.contains('\0') {
        return Err(LoadError::Binary(name.to_string()));
    }
    let page = html::read(&decoded.text, url.as_deref());
    Ok(Content::Page {
        page,
        url,
        warnings: decoded.warning.into_iter().collect(),
    })
}

/// A path argument as an input: "-" is standard input, an address with a
/// scheme ("https://…") a web page.
pub fn input_from_arg(arg: &Path) -> Input {
    if arg.as_os_str() == "-" {
        Input::Stdin
    } else if let Some(a) = arg.to_str().filter(|a| web::is_address(a)) {
        Input::Url(a.to_string())
    } else {
        Input::File(arg.to_path_buf())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_boms_and_utf16() {
        assert_eq!(decode(b"\xEF\xBB\xBFhi", "x").unwrap().text, "hi");
        let le = [0xFF, 0xFE, b'h', 0, b'i', 0];
        assert_eq!(decode(&le, "x").unwrap().text, "hi");
        let be = [0xFE, 0xFF, 0, b'h', 0, b'i'];
        assert_eq!(decode(&be, "x").unwrap().text, "hi");
    }

    #[test]
    fn invalid_utf8_is_lossy_with_a_warning() {
        let d = decode(b"caf\xE9 news", "x").unwrap();
        assert_eq!(d.text, "caf\u{fffd} news");
        assert_eq!(d.warnings.len(), 1);
    }

    #[test]
    fn refuses_binary_and_empty() {
        assert!(matches!(decode(b"ab\0cd", "x"), Err(LoadError::Binary(_))));
        assert!(matches!(
            decode(&[1, 2, 3, 4, 5, 6, 7, 8], "x"),
            Err(LoadError::Binary(_))
        ));
        assert!(matches!(decode(b" \n\t ", "x"), Err(LoadError::Empty(_))));
    }
}
