//! The command line: good input, and every kind of bad input (exit code 2,
//! one clear line on standard error, nothing on standard output).

mod common;

use std::process::{Command, Output};

fn byline(args: &[&str], stdin: Option<&[u8]>) -> Output {
    common::run(args, stdin.unwrap_or_default())
}

fn temp(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("byline-cli-{}", std::process::id()));
    let p = dir.join(name);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, bytes).unwrap();
    p
}

fn refused(out: &Output, needle: &str) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "stderr: {err}");
    assert!(
        out.stdout.is_empty(),
        "stdout: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.starts_with("byline: "), "{err}");
    assert!(err.contains(needle), "{err:?} lacks {needle:?}");
}

#[test]
fn missing_file() {
    refused(&byline(&["/no/such/article.txt"], None), "no such file");
}

#[test]
fn folder_without_articles() {
    let dir = temp("empty-folder/notes.md", b"# not an article").with_file_name("");
    refused(
        &byline(&[dir.to_str().unwrap()], None),
        "no article (.txt, .html, .htm) in this folder",
    );
}

#[test]
fn binary_file() {
    let p = temp(
        "binary.bin",
        b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0",
    );
    refused(&byline(&[p.to_str().unwrap()], None), "binary");
    let noise: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 32) as u8).collect();
    let p = temp("noise.bin", &noise);
    refused(&byline(&[p.to_str().unwrap()], None), "binary");
}

#[test]
fn empty_and_whitespace_files() {
    let p = temp("empty.txt", b"");
    refused(&byline(&[p.to_str().unwrap()], None), "empty");
    let p = temp("blank.txt", b" \n\t\r\n  ");
    refused(&byline(&[p.to_str().unwrap()], None), "empty");
    refused(&byline(&["-"], Some(b"")), "empty");
}

#[test]
fn file_over_the_limit() {
    let p = temp("huge.txt", b"");
    let f = std::fs::OpenOptions::new().write(true).open(&p).unwrap();
    f.set_len(256 * 1024 * 1024 + 1).unwrap();
    refused(&byline(&[p.to_str().unwrap()], None), "too large");
    std::fs::remove_file(&p).unwrap();
}

#[test]
fn unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let p = temp("secret.txt", b"Some article text.");
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&p).is_ok() {
        // Running with privileges that ignore file modes: nothing to refuse.
        eprintln!("skipped: this user can read mode-000 files");
        return;
    }
    refused(&byline(&[p.to_str().unwrap()], None), "permission denied");
}

#[test]
fn stdin_article_in_json() {
    let text = "Council approves budget\n\nThe council approved the budget on Monday, Mayor Jane Porter said.\n";
    let out = byline(&["--json", "-"], Some(text.as_bytes()));
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["title"], "Council approves budget");
    assert_eq!(v["quotes"][0]["speaker"], "Jane Porter");
}

#[test]
fn several_files_give_one_line_each() {
    let a = temp("a.txt", "Title A\n\nText of A, he said.\n".as_bytes());
    let b = temp("b.txt", "Title B\n\nText of B.\n".as_bytes());
    let out = byline(&["--json", a.to_str().unwrap(), b.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0));
    let lines: Vec<&[u8]> = out
        .stdout
        .split(|&c| c == b'\n')
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(lines.len(), 2);
    let b: serde_json::Value = serde_json::from_slice(lines[1]).unwrap();
    assert_eq!(b["title"], "Title B");
}

#[test]
fn utf16_and_invalid_utf8_inputs() {
    let mut bytes = vec![0xFF, 0xFE];
    for u in "Headline\n\nBody text here.".encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    let p = temp("utf16.txt", &bytes);
    let out = byline(&["--json", p.to_str().unwrap()], None);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["title"], "Headline");

    let p = temp(
        "latin1.txt",
        b"Caf\xe9 opens\n\nThe caf\xe9 opened today.\n",
    );
    let out = byline(&["--json", p.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["warnings"][0].as_str().unwrap().contains("UTF-8"));
}

#[test]
fn escape_sequences_never_reach_the_output() {
    let p = temp(
        "evil.txt",
        b"\x1b]0;pwned\x07Title \x1b[31mred\x1b[0m\n\nBody \x1b[2J\x1b[Htext, she said.\n",
    );
    let out = byline(&[p.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0));
    assert!(!out.stdout.contains(&0x1b));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("Title red\n"));
}

#[test]
fn sample_summary_when_given_no_file() {
    let out = byline(&[], None);
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.starts_with("Police training proposed to strengthen international cooperation\n"));
    assert!(s.contains("Wang Xiaohong · 4 · State Councilor"));
}

#[test]
fn eval_offsets_point_into_the_files_as_read() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("byline-eval-{}", std::process::id()));
    let (input, output) = (dir.join("in"), dir.join("out"));
    std::fs::create_dir_all(&input).unwrap();
    // A control character, a tab and a Windows line end before the quote:
    // byline's own text drops or changes them, the file keeps them.
    let article = "Harbour news of the week\r\n\r\nMayor Ana K\u{83}ruiz\tspoke.\r\n\r\n\
                   “The ferry is ready,” Mayor Ana Ruiz said on Monday.\r\n";
    std::fs::write(input.join("ferry.txt"), article).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_byline-eval"))
        .args([&input, &output])
        .output()
        .expect("byline-eval runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(output.join("ferry.json")).unwrap()).unwrap();
    let as_read: Vec<char> = article.replace("\r\n", "\n").chars().collect();
    assert_eq!(
        json["text"].as_str().unwrap(),
        as_read.iter().collect::<String>()
    );
    let q = &json["quotes"][0];
    let at = |v: &serde_json::Value| v.as_u64().unwrap() as usize;
    let said: String = as_read[at(&q["start"])..at(&q["end"])].iter().collect();
    assert_eq!(said, "“The ferry is ready,”");
    let cue = &q["cue"];
    let cue: String = as_read[at(&cue["start"])..at(&cue["end"])].iter().collect();
    assert_eq!(cue, "said");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn export_writes_a_table_the_file_name_chooses() {
    let story = temp(
        "export/story.txt",
        "Council backs new bridge\n\n\u{201c}We will build it this year,\u{201d} said Mayor Ana Ruiz on Monday.\n"
            .as_bytes(),
    );
    let out_csv = story.with_file_name("names.csv");
    let out = byline(
        &[
            "--export",
            out_csv.to_str().unwrap(),
            story.to_str().unwrap(),
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = std::fs::read_to_string(&out_csv).unwrap();
    assert!(
        csv.starts_with("name,kind,mentions,quoted,roles\n"),
        "{csv}"
    );
    assert!(csv.contains("Ana Ruiz,person,"), "{csv}");
    let bad = story.with_file_name("table.csv");
    refused(
        &byline(
            &["--export", bad.to_str().unwrap(), story.to_str().unwrap()],
            None,
        ),
        "quotes, names or figures",
    );
}
