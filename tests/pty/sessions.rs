//! Opening, moving, signals, several articles, links: the reader as a session.

use super::*;

#[test]
fn keys_move_through_the_sample_and_q_restores_the_terminal() {
    let mut s = Session::start(byline());
    s.wait_for("Police training proposed");
    assert!(s.parser.screen().alternate_screen());

    s.send("\t");
    s.wait_for("· names");
    s.send("j");
    s.send("\r");
    s.wait_for("mention 1/");
    s.send("n");
    s.wait_for("mention 2/");
    s.send("]");
    s.wait_for("quote ");
    s.send("/interpol");
    s.wait_for("/interpol▏  ");
    assert!(s.screen().contains("matches"));
    s.send("\r");
    s.wait_for("match ");
    s.send("q");
    let status = s.finish();
    assert!(status.success(), "exit status {status:?}");
    s.assert_restored();
}

#[test]
fn escape_sequences_in_an_article_never_reach_the_terminal() {
    let dir = Scratch::new("escapes");
    let file = dir.join("escapes.txt");
    std::fs::write(
        &file,
        "Escape test headline\n\n\
         \x1b]0;PWNED\x07The council met on Monday and \x1b[31mred words\x1b[0m \
         appeared beside \x1b[5;5Hmoved text in the minutes.\n\n\
         The mayor said the budget was balanced.\n",
    )
    .unwrap();
    // The article comes through standard input; keys come from the terminal.
    let mut cmd = CommandBuilder::new("sh");
    cmd.args([
        "-c",
        &format!(
            "exec '{}' - < '{}'",
            env!("CARGO_BIN_EXE_byline"),
            file.display()
        ),
    ]);
    cmd.env("TERM", "xterm-256color");
    let mut s = Session::start(cmd);
    s.wait_for("Escape test headline");
    s.wait_for("red words appeared beside moved text");
    let screen = s.parser.screen();
    // No title was set, no colour leaked in, no text was moved.
    assert!(s.parser.callbacks().titles.is_empty());
    assert!(!s.screen().contains("PWNED"));
    let (row, col) = (0..40u16)
        .find_map(|r| {
            let cells: Vec<String> = (0..120u16)
                .map(|c| match screen.cell(r, c).map(|x| x.contents()) {
                    Some(t) if !t.is_empty() => t.to_string(),
                    _ => " ".to_string(),
                })
                .collect();
            let line = cells.concat();
            let i = line.find("red words")?;
            Some((r, line[..i].chars().count() as u16))
        })
        .expect("the words are on screen");
    assert_eq!(
        screen.cell(row, col).unwrap().fgcolor(),
        vt100::Color::Default
    );
    s.send("j");
    s.quit();
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut s = Session::start(byline());
    s.wait_for("Police training proposed");
    let pid = s.child.process_id().expect("a process id");
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    let status = s.finish();
    assert_eq!(status.exit_code(), 143);
    s.assert_restored();
}

#[test]
fn ctrl_c_ends_with_status_130_and_restores_the_terminal() {
    let mut s = Session::start(byline());
    s.wait_for("Police training proposed");
    s.send("\x03");
    let status = s.finish();
    assert_eq!(status.exit_code(), 130);
    s.assert_restored();
}

#[test]
fn the_reader_skips_an_article_that_fails_and_counts_the_rest() {
    let dir = Scratch::new("many");
    let write = |name: &str, text: &str| {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p.display().to_string()
    };
    let first = write(
        "1.txt",
        "Council backs new bridge\n\nThe council voted to build a bridge.\n",
    );
    let bad = write("2.txt", "");
    let third = write(
        "3.txt",
        "Port strike ends\n\nDock workers returned to work.\n",
    );
    let mut cmd = byline();
    cmd.args([&first, &bad, &third]);
    let mut s = Session::start(cmd);
    s.wait_for("Council backs new bridge");
    s.wait_for("article 1/3");
    s.send(">");
    s.wait_for("Port strike ends");
    s.wait_for("article 3/3");
    s.wait_for("skipped");
    assert!(s.screen().contains("empty"), "{}", s.screen());
    s.send(">");
    s.wait_for("this is the last article");
    s.send("<");
    s.wait_for("Council backs new bridge");
    s.wait_for("article 1/3");
    s.quit();
}

#[test]
fn a_first_file_that_fails_is_skipped_and_said_on_the_status_bar() {
    let dir = Scratch::new("first");
    let missing = dir.join("missing.txt").display().to_string();
    let good = dir.join("good.txt");
    std::fs::write(
        &good,
        "Port strike ends\n\nDock workers returned to work.\n",
    )
    .unwrap();
    let mut cmd = byline();
    cmd.args([missing.as_str(), &good.display().to_string()]);
    let mut s = Session::start(cmd);
    s.wait_for("Port strike ends");
    s.wait_for("article 2/2");
    // The message names the file; how much of its path shows depends on
    // where the tests run, the article's number always does.
    s.wait_for("skipped /");
    s.quit();
}

#[test]
fn a_link_opens_its_page_and_backspace_comes_back_to_the_same_place() {
    let dir = Scratch::new("links");
    let mut body = String::new();
    for i in 1..=40 {
        body.push_str(&format!(
            "<p>Paragraph {i} of the harbour story: the council met again on Monday to talk about the quay.</p>"
        ));
        if i == 3 {
            body.push_str(
                "<p>The <a href=\"marina.html\">marina report</a> was published last week.</p>",
            );
        }
    }
    let a = dir.join("harbour.html");
    std::fs::write(
        &a,
        format!("<html><head><title>Harbour story</title></head><body><article>{body}</article></body></html>"),
    )
    .unwrap();
    std::fs::write(
        dir.join("marina.html"),
        "<html><head><title>Marina reopens after repairs</title></head><body><article>\
         <p>The marina reopened on Friday after a month of repairs to its moorings, the harbour office said.</p>\
         </article></body></html>",
    )
    .unwrap();
    let mut cmd = byline();
    cmd.arg(a.display().to_string());
    let mut s = Session::start(cmd);
    s.wait_for("Harbour story");
    assert!(!s.screen().contains("Paragraph 20 of"), "{}", s.screen());
    // A page down: the place to come back to.
    s.send(" ");
    s.wait_for("Paragraph 20 of");
    let before = s.screen();
    assert!(!before.contains("Paragraph 2 of"), "{before}");
    s.send("L");
    s.wait_for("Links (1)");
    s.send("\r");
    s.wait_for("Marina reopens after repairs");
    s.send("\x7f");
    s.wait_for("Paragraph 20 of");
    assert!(!s.screen().contains("Marina reopens"), "{}", s.screen());
    assert!(!s.screen().contains("Paragraph 2 of"), "{}", s.screen());
    s.send("\x7f");
    s.wait_for("no page to go back to");
    s.quit();
}
