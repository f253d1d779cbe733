//! Web addresses, against an HTTP server the test starts on 127.0.0.1:
//! pages, redirects, and every way a fetch fails. Nothing leaves the
//! machine.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::process::Output;
use std::time::Duration;

const PAGE: &str = "<!DOCTYPE html><html><head><title>Ferry fares rise</title>\
    <meta property=\"og:site_name\" content=\"The Courier\"></head><body>\
    <nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a></nav><article><h1>Ferry fares rise</h1>\
    <p>“Fares will rise by a tenth in the spring,” said Ana Ruiz, the harbour master, on Monday. \
    It is the first rise in five years, and the <a href=\"/fares.html\">new fares</a> start in April.</p>\
    </article></body></html>";

/// A server on a free local port answering by path, one thread per
/// connection; it lives as long as the test process.
fn server() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || answer(stream));
        }
    });
    format!("http://{addr}")
}

fn answer(mut stream: TcpStream) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    // The rest of the request's head.
    let mut h = String::new();
    let mut gzip_ok = false;
    while reader.read_line(&mut h).is_ok_and(|n| n > 2) {
        let lower = h.to_ascii_lowercase();
        gzip_ok |= lower.starts_with("accept-encoding:") && lower.contains("gzip");
        h.clear();
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
    let respond = |stream: &mut TcpStream, status: &str, headers: &[(&str, &str)], body: &[u8]| {
        let mut head = format!(
            "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n",
            body.len()
        );
        for (k, v) in headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("\r\n");
        let _ = stream.write_all(head.as_bytes());
        let _ = stream.write_all(body);
    };
    match path.as_str() {
        "/page.html" => respond(
            &mut stream,
            "200 OK",
            &[("Content-Type", "text/html; charset=utf-8")],
            PAGE.as_bytes(),
        ),
        "/story.txt" => respond(
            &mut stream,
            "200 OK",
            &[("Content-Type", "text/plain; charset=windows-1252")],
            b"Harbour news\n\n\x93We will not close,\x94 said Ren\xe9e Dubois on Monday.\n",
        ),
        "/latin1.html" => {
            let body = "<html><head><title>Caf\u{e9} owners protest</title></head><body><article><p>\u{201c}We will \
                        not close,\u{201d} said Ren\u{e9}e Dubois, who has run the caf\u{e9} on the square for \
                        twenty years and pays \u{a3}900 a month in rent.</p></article></body></html>";
            let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(body);
            respond(
                &mut stream,
                "200 OK",
                &[("Content-Type", "text/html")],
                &bytes,
            );
        }
        p if p.starts_with("/hop/") => {
            let n: u32 = p[5..].parse().unwrap_or(0);
            let to = if n == 0 {
                "/page.html".to_string()
            } else {
                format!("/hop/{}", n - 1)
            };
            respond(&mut stream, "302 Found", &[("Location", &to)], b"");
        }
        "/loop" => respond(&mut stream, "302 Found", &[("Location", "/loop")], b""),
        "/gzip.html" if gzip_ok => respond(
            &mut stream,
            "200 OK",
            &[("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
            &gzip_stored(PAGE.as_bytes()),
        ),
        "/slow" => {
            std::thread::sleep(Duration::from_secs(4));
            respond(
                &mut stream,
                "200 OK",
                &[("Content-Type", "text/html")],
                PAGE.as_bytes(),
            );
        }
        "/big.html" => {
            let mut body = b"<html><body><p>".to_vec();
            body.resize(21 * 1024 * 1024, b'a');
            respond(
                &mut stream,
                "200 OK",
                &[("Content-Type", "text/html")],
                &body,
            );
        }
        "/picture.png" => respond(
            &mut stream,
            "200 OK",
            &[("Content-Type", "image/png")],
            b"\x89PNG\r\n\x1a\n",
        ),
        _ => respond(
            &mut stream,
            "404 Not Found",
            &[("Content-Type", "text/html")],
            b"<h1>Not found</h1>",
        ),
    }
}

/// `data` as a gzip stream of one stored (uncompressed) deflate block.
fn gzip_stored(data: &[u8]) -> Vec<u8> {
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255];
    out.push(1); // the last block, stored
    let len = data.len() as u16;
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(&(!len).to_le_bytes());
    out.extend_from_slice(data);
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    out.extend_from_slice(&(!crc).to_le_bytes());
    out.extend_from_slice(&(data.len() as u32).to_le_bytes());
    out
}

fn byline(args: &[&str]) -> Output {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_byline"));
    cmd.args(args).env("BYLINE_TIMEOUT", "2");
    cmd.output().unwrap()
}

fn json(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Fails with exit status 2 and a message naming the address: the JSON
/// line's error, and the summary's message on standard error.
fn fails(url: &str, message: &str) {
    let out = byline(&["--json", url]);
    assert_eq!(out.status.code(), Some(2), "{url}");
    let line: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let err = line["error"].as_str().unwrap_or_default();
    assert!(err.contains(url) && err.contains(message), "{url}: {err}");
    let out = byline(&[url]);
    assert_eq!(out.status.code(), Some(2), "{url}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(url) && err.contains(message), "{url}: {err}");
}

#[test]
fn a_page_from_an_address_is_read_with_its_links_made_absolute() {
    let base = server();
    let url = format!("{base}/page.html");
    let doc = json(&byline(&["--json", &url]));
    assert_eq!(doc["title"], "Ferry fares rise");
    assert_eq!(doc["source"], "The Courier");
    assert_eq!(doc["url"], url);
    assert_eq!(doc["path"], url);
    assert_eq!(doc["quotes"][0]["speaker"], "Ana Ruiz");
    assert_eq!(doc["links"][0]["text"], "new fares");
    assert_eq!(doc["links"][0]["url"], format!("{base}/fares.html"));
    assert!(!doc["text"].as_str().unwrap().contains("Sport"));
}

#[test]
fn a_gzipped_page_is_read() {
    let base = server();
    let doc = json(&byline(&["--json", &format!("{base}/gzip.html")]));
    assert_eq!(doc["title"], "Ferry fares rise");
}

#[test]
fn redirects_are_followed_to_the_page_and_the_page_keeps_its_own_address() {
    let base = server();
    let doc = json(&byline(&["--json", &format!("{base}/hop/3")]));
    assert_eq!(doc["title"], "Ferry fares rise");
    assert_eq!(doc["url"], format!("{base}/page.html"));
    fails(&format!("{base}/hop/7"), "more than 5 redirects");
    fails(&format!("{base}/loop"), "more than 5 redirects");
}

#[test]
fn text_and_legacy_pages_are_decoded_by_the_servers_label_or_their_bytes() {
    let base = server();
    let doc = json(&byline(&["--json", &format!("{base}/latin1.html")]));
    assert_eq!(doc["title"], "Café owners protest");
    assert!(doc["text"].as_str().unwrap().contains("Renée Dubois"));
    let doc = json(&byline(&["--json", &format!("{base}/story.txt")]));
    assert_eq!(doc["quotes"][0]["speaker"], "Renée Dubois");
}

#[test]
fn each_failure_has_its_own_message_and_status_2() {
    let base = server();
    fails(&format!("{base}/missing"), "HTTP 404 Not Found");
    fails(
        &format!("{base}/picture.png"),
        "image/png, neither HTML nor text",
    );
    fails(&format!("{base}/big.html"), "larger than 20 MiB");
    fails(&format!("{base}/slow"), "no answer within 2 seconds");
    fails("ftp://127.0.0.1/a", "only http and https");
    // A server that does not speak TLS.
    let plain = base.replace("http://", "https://");
    fails(&format!("{plain}/page.html"), "secure connection failed");
    // A port nobody listens on.
    let closed = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    fails(&format!("http://{closed}/"), "refused");
}

#[test]
fn a_batch_mixes_addresses_and_files_in_order() {
    let base = server();
    let page = format!("{base}/page.html");
    let missing = format!("{base}/missing");
    let out = byline(&["--json", &page, &missing]);
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["path"], page);
    assert_eq!(lines[1]["path"], missing);
    assert!(lines[1]["error"].as_str().unwrap().contains("404"));
}
