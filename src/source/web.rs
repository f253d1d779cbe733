//! Pages from the web: `http` and `https` only, through a blocking client
//! with rustls, within fixed bounds (time, redirects, size), each failure
//! told apart. byline fetches the page and nothing else: no scripts, no
//! images, no browser.

use std::time::Duration;
use ureq::ResponseExt;

/// How long to wait for a connection, and for the whole response; the
/// environment's `BYLINE_TIMEOUT` (seconds) shortens the wait for both.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
pub const WHOLE_TIMEOUT: Duration = Duration::from_secs(30);

/// The bounds in force: the fixed ones, or `BYLINE_TIMEOUT` when it is
/// shorter.
fn timeouts() -> (Duration, Duration) {
    let limit = std::env::var("BYLINE_TIMEOUT")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .filter(|&s| s > 0)
        .map(Duration::from_secs);
    match limit {
        Some(l) => (CONNECT_TIMEOUT.min(l), WHOLE_TIMEOUT.min(l)),
        None => (CONNECT_TIMEOUT, WHOLE_TIMEOUT),
    }
}
/// How many redirects are followed.
pub const MAX_REDIRECTS: u32 = 5;
/// The largest body read.
pub const MAX_BODY: u64 = 20 * 1024 * 1024;

/// Why a page could not be fetched.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum WebError {
    #[error("only http and https addresses are read")]
    Scheme,
    #[error("not a web address ({0})")]
    BadAddress(String),
    #[error("the server's name could not be resolved")]
    HostNotFound,
    #[error("the connection was refused")]
    Refused,
    #[error("the server could not be reached ({0})")]
    Unreachable(String),
    #[error("secure connection failed ({0})")]
    Tls(String),
    #[error("the server answered HTTP {0}{reason}", reason = reason(*.0))]
    Status(u16),
    #[error("the page is {0}, neither HTML nor text")]
    ContentType(String),
    #[error("the page is larger than 20 MiB")]
    TooLarge,
    #[error("no answer within {0} seconds")]
    Timeout(u64),
    #[error("more than {MAX_REDIRECTS} redirects")]
    TooManyRedirects,
    #[error("{0}")]
    Other(String),
}

fn reason(code: u16) -> String {
    http_reason(code).map_or_else(String::new, |r| format!(" {r}"))
}

fn http_reason(code: u16) -> Option<&'static str> {
    Some(match code {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        410 => "Gone",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => return None,
    })
}

/// What a fetch brought back.
#[derive(Debug)]
pub struct Fetched {
    pub bytes: Vec<u8>,
    /// Where the page ended up, after redirects.
    pub url: String,
    /// The charset the server named.
    pub charset: Option<String>,
    /// The server called it HTML.
    pub html: bool,
}

/// The argument names a web address (any scheme before "://").
pub fn is_address(arg: &str) -> bool {
    arg.split_once("://").is_some_and(|(scheme, _)| {
        !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    })
}

/// Fetches one page.
pub fn fetch(address: &str) -> Result<Fetched, WebError> {
    let parsed = url::Url::parse(address).map_err(|e| WebError::BadAddress(e.to_string()))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(WebError::Scheme);
    }
    let (connect, whole) = timeouts();
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_connect(Some(connect))
        .timeout_global(Some(whole))
        .max_redirects(MAX_REDIRECTS)
        .max_redirects_will_error(true)
        .http_status_as_error(false)
        .user_agent(concat!("byline/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let mut resp = agent
        .get(parsed.as_str())
        .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9")
        .call()
        .map_err(|e| match web_error(e, connect, whole) {
            // A server that closes or garbles the connection before it
            // answers an https request failed the handshake.
            WebError::Unreachable(why) if parsed.scheme() == "https" => WebError::Tls(why),
            other => other,
        })?;
    let status = resp.status().as_u16();
    if !(200..300).contains(&status) {
        return Err(WebError::Status(status));
    }
    let url = resp.get_uri().to_string();
    let body = resp.body_mut();
    let mime = body.mime_type().unwrap_or("").to_ascii_lowercase();
    let charset = body.charset().map(str::to_string);
    let html = matches!(mime.as_str(), "text/html" | "application/xhtml+xml");
    if !(html || mime.is_empty() || mime.starts_with("text/")) {
        return Err(WebError::ContentType(mime));
    }
    let bytes = body
        .with_config()
        .limit(MAX_BODY)
        .read_to_vec()
        .map_err(|e| web_error(e, connect, whole))?;
    Ok(Fetched {
        bytes,
        url,
        charset,
        html,
    })
}

fn web_error(e: ureq::Error, connect: Duration, whole: Duration) -> WebError {
    use ureq::Error as E;
    match e {
        E::StatusCode(code) => WebError::Status(code),
        E::BadUri(s) => WebError::BadAddress(s),
        E::HostNotFound => WebError::HostNotFound,
        E::Timeout(t) => WebError::Timeout(match t {
            ureq::Timeout::Connect => connect.as_secs(),
            _ => whole.as_secs(),
        }),
        E::BodyExceedsLimit(_) => WebError::TooLarge,
        E::TooManyRedirects | E::RedirectFailed => WebError::TooManyRedirects,
        E::Tls(s) => WebError::Tls(s.to_string()),
        E::Rustls(e) => WebError::Tls(e.to_string()),
        E::ConnectionFailed => WebError::Unreachable("connection failed".into()),
        E::Io(io) => match io.kind() {
            std::io::ErrorKind::ConnectionRefused => WebError::Refused,
            std::io::ErrorKind::TimedOut => WebError::Timeout(whole.as_secs()),
            _ => WebError::Unreachable(io.to_string()),
        },
        other => WebError::Other(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_told_from_paths() {
        assert!(is_address("https://news.example/a"));
        assert!(is_address("ftp://files.example/a"));
        assert!(!is_address("news/today.html"));
        assert!(!is_address("://odd"));
        assert_eq!(
            fetch("ftp://files.example/a").unwrap_err(),
            WebError::Scheme
        );
        assert!(matches!(
            fetch("http://").unwrap_err(),
            WebError::BadAddress(_)
        ));
    }

    #[test]
    fn statuses_read_as_people_say_them() {
        assert_eq!(
            WebError::Status(404).to_string(),
            "the server answered HTTP 404 Not Found"
        );
        assert_eq!(
            WebError::Status(599).to_string(),
            "the server answered HTTP 599"
        );
    }
}
