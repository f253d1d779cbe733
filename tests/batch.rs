//! Batches through the real binary: folders, a bad file among good ones,
//! JSON Lines in and out, plain summaries, and the exit status after each
//! termination signal.

mod common;

use common::{run, spawn};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output};

const STORY: &str = "Council backs new bridge\n\n\
    The council voted on Tuesday to build a bridge over the river.\n\n\
    \"We will open it next spring,\" said Mayor Ann Lee.\n";

const OTHER: &str = "Port strike ends\n\n\
    Dock workers in Harwich returned to work after a two-week strike.\n\n\
    \"The deal is fair,\" union leader Sam Ortiz said.\n";

/// A folder of its own for one test.
fn folder(name: &str) -> PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("byline-batch-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, text).unwrap();
    p
}

fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("every line is JSON"))
        .collect()
}

#[test]
fn a_bad_file_in_a_folder_is_one_error_line_and_the_batch_goes_on() {
    let dir = folder("mixed");
    write(&dir, "a.txt", STORY);
    write(&dir, "b.txt", "");
    write(&dir, "notes.md", "not an article");
    write(&dir, "sub/c.txt", OTHER);
    write(
        &dir,
        "sub/d.html",
        "<!DOCTYPE html><html><head><title>Ferry fares rise</title></head><body><article>\
         <p>Ferry fares will rise by a tenth in the spring, the harbour office said on Monday, \
         the first rise in five years.</p></article></body></html>",
    );
    let missing = dir.join("missing.txt");
    let out = run(
        &["--json", dir.to_str().unwrap(), missing.to_str().unwrap()],
        b"",
    );
    assert_eq!(out.status.code(), Some(1), "some failed");
    let got = lines(&out);
    let paths: Vec<&str> = got.iter().map(|l| l["path"].as_str().unwrap()).collect();
    let p = |n: &str| dir.join(n).display().to_string();
    assert_eq!(
        paths,
        [
            p("a.txt"),
            p("b.txt"),
            p("sub/c.txt"),
            p("sub/d.html"),
            p("missing.txt")
        ]
    );
    assert!(got[0]["error"].is_null());
    assert_eq!(got[0]["title"], "Council backs new bridge");
    assert!(got[1]["error"].as_str().unwrap().contains("empty"));
    assert!(got[1].get("text").is_none());
    assert_eq!(got[2]["quotes"][0]["speaker"], "Sam Ortiz");
    assert_eq!(got[3]["title"], "Ferry fares rise");
    assert!(got[4]["error"].as_str().unwrap().contains("no such file"));
}

#[test]
fn a_batch_where_nothing_reads_exits_2() {
    let dir = folder("none");
    let empty = write(&dir, "empty.txt", "  \n");
    let out = run(
        &["--json", empty.to_str().unwrap(), "/no/such/file.txt"],
        b"",
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(lines(&out).len(), 2);
}

#[test]
fn output_order_is_the_order_given_across_chunks() {
    let dir = folder("order");
    let mut args = vec!["--json".to_string()];
    for i in 0..600 {
        let text = if i % 2 == 0 { STORY } else { OTHER };
        args.push(
            write(&dir, &format!("{i:04}.txt"), text)
                .display()
                .to_string(),
        );
    }
    args.swap(1, 600);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = run(&args, b"");
    assert_eq!(out.status.code(), Some(0));
    let got = lines(&out);
    assert_eq!(got.len(), 600);
    for (line, arg) in got.iter().zip(&args[1..]) {
        assert_eq!(line["path"], *arg);
    }
}

#[test]
fn jsonl_in_gives_one_analysis_per_line_with_its_id() {
    let input = format!(
        "{}\n\n{}\nnot json\n{}\n",
        serde_json::json!({"id": "a1", "text": STORY}),
        serde_json::json!({"id": 7, "text": OTHER}),
        serde_json::json!({"id": "blank", "text": " "}),
    );
    let out = run(&["--jsonl", "-"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let got = lines(&out);
    assert_eq!(got.len(), 4);
    assert_eq!(got[0]["id"], "a1");
    assert_eq!(got[0]["quotes"][0]["speaker"], "Ann Lee");
    assert_eq!(got[1]["id"], 7);
    assert!(
        got[2]["error"]
            .as_str()
            .unwrap()
            .starts_with("line 4: not JSON")
    );
    assert_eq!(got[3]["id"], "blank");
    assert!(got[3]["error"].as_str().unwrap().contains("empty"));

    let good = format!("{}\n", serde_json::json!({"id": 1, "text": STORY}));
    assert_eq!(
        run(&["--jsonl", "-"], good.as_bytes()).status.code(),
        Some(0)
    );
}

#[test]
fn summaries_of_several_files_name_each_file() {
    let dir = folder("summaries");
    let a = write(&dir, "a.txt", STORY);
    let b = write(&dir, "b.txt", "");
    let c = write(&dir, "c.txt", OTHER);
    let out = run(
        &[
            a.to_str().unwrap(),
            b.to_str().unwrap(),
            c.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    let a_at = text.find(&format!("==> {} <==", a.display())).unwrap();
    let c_at = text.find(&format!("==> {} <==", c.display())).unwrap();
    assert!(a_at < c_at);
    assert!(text[a_at..c_at].contains("Council backs new bridge"));
    assert!(!text.contains(&b.display().to_string()));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains(&format!("byline: {}: empty", b.display())),
        "{err}"
    );
}

/// Starts `byline --jsonl -` waiting on a stream that has sent one article.
fn streaming() -> Child {
    let mut child = spawn(&["--jsonl", "-"]);
    let line = format!("{}\n", serde_json::json!({"id": 1, "text": STORY}));
    child
        .stdin
        .as_mut()
        .unwrap()
        .write_all(line.as_bytes())
        .unwrap();
    child
}

#[cfg(unix)]
#[test]
fn each_termination_signal_gives_its_own_exit_status() {
    use std::io::BufRead;
    for (signal, status) in [("INT", 130), ("TERM", 143), ("HUP", 129)] {
        let mut child = streaming();
        // The first analysis comes out while the stream stays open.
        let mut first = String::new();
        std::io::BufReader::new(child.stdout.as_mut().unwrap())
            .read_line(&mut first)
            .unwrap();
        assert!(first.contains("\"id\":1"), "{first}");
        let killed = Command::new("kill")
            .args([&format!("-{signal}"), &child.id().to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(status), "after SIG{signal}");
    }
}
