//! The real binary in a pseudo-terminal, read through a terminal emulator.

#![cfg(unix)]

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

/// Remembers what the program asked the terminal to do besides drawing.
#[derive(Default)]
struct Seen {
    titles: Vec<Vec<u8>>,
}

impl vt100::Callbacks for Seen {
    fn set_window_title(&mut self, _: &mut vt100::Screen, title: &[u8]) {
        self.titles.push(title.to_vec());
    }
    fn set_window_icon_name(&mut self, _: &mut vt100::Screen, name: &[u8]) {
        self.titles.push(name.to_vec());
    }
}

struct Session {
    child: Box<dyn Child + Send + Sync>,
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
    output: Receiver<Vec<u8>>,
    parser: vt100::Parser<Seen>,
    /// Everything the program wrote, for what the emulator does not keep.
    raw: Vec<u8>,
}

impl Session {
    fn start(cmd: CommandBuilder) -> Session {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 40,
                cols: 120,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let child = pair.slave.spawn_command(cmd).expect("byline starts");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = Arc::new(Mutex::new(pair.master.take_writer().unwrap()));
        let (tx, output) = channel();
        let answer = Arc::clone(&writer);
        std::thread::spawn(move || {
            // Keeps the master open for as long as the child writes.
            let _master = pair.master;
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                // A cursor position query gets an answer, as a terminal would.
                if buf[..n].windows(4).any(|w| w == b"\x1b[6n") {
                    let _ = answer.lock().unwrap().write_all(b"\x1b[1;1R");
                }
                if tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Session {
            child,
            writer,
            output,
            parser: vt100::Parser::new_with_callbacks(
                NonZeroU16::new(40).unwrap(),
                NonZeroU16::new(120).unwrap(),
                0,
                Seen::default(),
            ),
            raw: Vec::new(),
        }
    }

    fn send(&mut self, keys: &str) {
        let mut w = self.writer.lock().unwrap();
        w.write_all(keys.as_bytes()).unwrap();
        w.flush().unwrap();
    }

    fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// Reads output until the screen shows `want`.
    fn wait_for(&mut self, want: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while !self.screen().contains(want) {
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "timed out waiting for {want:?}; screen:\n{}",
                self.screen()
            );
            if let Ok(bytes) = self
                .output
                .recv_timeout(left.min(Duration::from_millis(200)))
            {
                self.raw.extend_from_slice(&bytes);
                self.parser.process(&bytes);
            }
        }
    }

    /// Reads output until the screen satisfies `ok`.
    fn wait_until(&mut self, what: &str, ok: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while !ok(&self.screen()) {
            assert!(
                Instant::now() < deadline,
                "timed out waiting until {what}; screen:\n{}",
                self.screen()
            );
            if let Ok(bytes) = self.output.recv_timeout(Duration::from_millis(100)) {
                self.raw.extend_from_slice(&bytes);
                self.parser.process(&bytes);
            }
        }
    }

    /// The first screen row holding `needle`.
    fn row_of(&self, needle: &str) -> Option<usize> {
        self.screen().lines().position(|l| l.contains(needle))
    }

    /// Waits for the process to end and reads the rest of its output.
    fn finish(&mut self) -> portable_pty::ExitStatus {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            while let Ok(bytes) = self.output.recv_timeout(Duration::from_millis(50)) {
                self.parser.process(&bytes);
            }
            if let Some(status) = self.child.try_wait().unwrap() {
                while let Ok(bytes) = self.output.recv_timeout(Duration::from_millis(200)) {
                    self.parser.process(&bytes);
                }
                return status;
            }
            assert!(Instant::now() < deadline, "byline did not exit");
        }
    }

    /// `q` ends byline with success and the terminal restored.
    fn quit(&mut self) {
        self.send("q");
        let status = self.finish();
        assert!(status.success(), "exit status {status:?}");
        self.assert_restored();
    }

    fn assert_restored(&self) {
        let s = self.parser.screen();
        assert!(!s.alternate_screen(), "still on the alternate screen");
        assert!(!s.hide_cursor(), "cursor still hidden");
        assert_eq!(s.mouse_protocol_mode(), vt100::MouseProtocolMode::None);
    }
}

impl Drop for Session {
    /// A failed test never leaves the program running.
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// The binary with a state folder of its own, so that no test reopens an
/// article where another left it.
fn byline() -> CommandBuilder {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let state = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "byline-pty-state-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    byline_with_state(&state)
}

fn byline_with_state(state: &std::path::Path) -> CommandBuilder {
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_byline"));
    cmd.env("TERM", "xterm-256color");
    cmd.env("BYLINE_STATE_DIR", state.display().to_string());
    // The tests' own configuration, never the user's: none unless a test
    // writes one here.
    cmd.env(
        "BYLINE_CONFIG",
        state.join("config.toml").display().to_string(),
    );
    cmd
}

/// A configuration file in the test's own state folder.
fn with_config(text: &str) -> (CommandBuilder, std::path::PathBuf) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "byline-pty-config-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("config.toml"), text).unwrap();
    (byline_with_state(&dir), dir)
}

/// The cell where `needle` begins on screen.
fn cell_of(s: &Session, needle: &str) -> vt100::Cell {
    let screen = s.parser.screen();
    let (rows, cols) = screen.size();
    let (rows, cols): (u16, u16) = (rows.into(), cols.into());
    for r in 0..rows {
        let line = screen.contents_between(r, 0, r, cols);
        if let Some(i) = line.find(needle) {
            let c = line[..i].chars().count() as u16;
            return screen.cell(r, c).cloned().expect("a cell");
        }
    }
    panic!("{needle} not on screen:\n{}", s.screen());
}

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
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("byline-pty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
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
    let _ = std::fs::remove_dir_all(&dir);
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
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("byline-pty-many-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
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
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_first_file_that_fails_is_skipped_and_said_on_the_status_bar() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("byline-pty-first-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
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
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_link_opens_its_page_and_backspace_comes_back_to_the_same_place() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("byline-pty-links-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
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
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn no_color_draws_people_and_places_apart_without_colour() {
    let mut cmd = byline();
    cmd.env("NO_COLOR", "1");
    let mut s = Session::start(cmd);
    s.wait_for("Wang Xiaohong made");
    s.wait_for("Lianyungang, Jiangsu Province");
    let person = cell_of(&s, "Wang Xiaohong made");
    let place = cell_of(&s, "Lianyungang, Jiangsu Province");
    for c in [&person, &place] {
        assert_eq!(c.fgcolor(), vt100::Color::Default);
        assert_eq!(c.bgcolor(), vt100::Color::Default);
    }
    assert!(person.bold() && !person.underline());
    assert!(place.underline() && !place.bold());
    s.quit();
}

#[test]
fn y_copies_the_quotation_to_the_terminals_clipboard() {
    let mut s = Session::start(byline());
    s.wait_for("Police training proposed");
    s.send("]");
    s.wait_for("quote 1/");
    s.send("y");
    s.wait_for("quotation copied");
    let raw = String::from_utf8_lossy(&s.raw).into_owned();
    let at = raw.find("\x1b]52;c;").expect("an OSC 52 sequence");
    let rest = &raw[at + 7..];
    let end = rest.find('\x07').expect("the sequence ends");
    use base64::Engine;
    let text = base64::engine::general_purpose::STANDARD
        .decode(&rest[..end])
        .expect("base64");
    let text = String::from_utf8(text).unwrap();
    assert!(text.starts_with("China will provide training"), "{text}");
    assert!(text.contains("― Wang Xiaohong"), "{text}");
    assert!(text.contains("China Daily"), "{text}");
    s.quit();
}

#[test]
fn z_gives_the_article_the_screen_and_brings_the_lists_back() {
    let mut s = Session::start(byline());
    s.wait_for("Names (22)");
    s.send("z");
    let deadline = Instant::now() + Duration::from_secs(20);
    while s.screen().contains("Names (22)") {
        assert!(
            Instant::now() < deadline,
            "the lists stayed:\n{}",
            s.screen()
        );
        if let Ok(bytes) = s.output.recv_timeout(Duration::from_millis(100)) {
            s.parser.process(&bytes);
        }
    }
    assert!(s.screen().contains("Police training proposed"));
    s.send("z");
    s.wait_for("Names (22)");
    s.quit();
}

#[test]
fn f_narrows_the_quotes_to_one_speaker_and_back() {
    let mut s = Session::start(byline());
    s.wait_for("Names (22)");
    // The names list, its first name (under the People heading), then f.
    s.send("\t");
    s.wait_for("· names");
    s.send("j");
    s.send("f");
    s.wait_for("Quotes by Wang Xiaohong (5)");
    s.send("f");
    s.wait_for("Quotes (17)");
    s.quit();
}

#[test]
fn e_writes_the_quotations_beside_the_article() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("byline-pty-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let story = dir.join("story.txt");
    std::fs::write(
        &story,
        "Council backs new bridge\n\n\u{201c}We will build it this year,\u{201d} said Mayor Ana Ruiz.\n",
    )
    .unwrap();
    let mut cmd = byline();
    cmd.arg(story.display().to_string());
    let mut s = Session::start(cmd);
    s.wait_for("Council backs new bridge");
    s.send("e");
    s.wait_for("wrote");
    let table = std::fs::read_to_string(dir.join("story.quotes.md")).expect("the table");
    assert!(
        table.starts_with("| speaker | kind | statement |"),
        "{table}"
    );
    assert!(table.contains("| Ana Ruiz | direct |"), "{table}");
    s.quit();
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn reopening_an_article_goes_back_to_where_it_was_left() {
    let state = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("byline-pty-remember-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&state);
    let mut s = Session::start(byline_with_state(&state));
    s.wait_for("Police training proposed");
    s.send("G");
    s.wait_for("regularly publishing the index");
    let left = s.screen();
    assert!(!left.contains("Police training proposed"), "{left}");
    s.quit();
    // The second time, the same place.
    let mut s = Session::start(byline_with_state(&state));
    s.wait_for("regularly publishing the index");
    assert!(
        !s.screen().contains("Police training proposed"),
        "{}",
        s.screen()
    );
    s.quit();
    // A state file that cannot be read is ignored, with a warning.
    std::fs::write(state.join("places.json"), b"{ not json").unwrap();
    let mut s = Session::start(byline_with_state(&state));
    s.wait_for("Police training proposed");
    s.wait_for("unreadable");
    s.quit();
    let _ = std::fs::remove_dir_all(&state);
}

#[test]
fn a_malformed_configuration_is_reported_with_its_line_and_ignored() {
    let (cmd, dir) = with_config("theme = \"dark\"\n\n[keys]\nnext_quote = \"hyper-x\"\n");
    let mut s = Session::start(cmd);
    s.wait_for("Police training proposed");
    s.wait_for("line 4");
    assert!(s.screen().contains("ignored"), "{}", s.screen());
    // The default keys work.
    s.send("]");
    s.wait_for("quote 1/");
    s.quit();
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn configured_keys_work_and_the_help_shows_them() {
    let (cmd, dir) = with_config("[keys]\nnext_quote = [\"x\"]\nhelp = \"F1\"\n");
    let mut s = Session::start(cmd);
    s.wait_for("Police training proposed");
    s.send("x");
    s.wait_for("quote 1/");
    // F1, as xterm sends it.
    s.send("\x1bOP");
    s.wait_for("next quotation");
    let help = s.screen();
    let line = help
        .lines()
        .find(|l| l.contains("next quotation") && !l.contains("same speaker"))
        .unwrap();
    assert!(line.contains(" x "), "{line}");
    assert!(help.contains("Esc or F1 closes"), "{help}");
    // q closes the help, and the status bar names the configured key.
    s.send("q");
    s.wait_for("F1 help");
    s.quit();
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_light_theme_draws_people_in_its_own_colour() {
    let colour_of_person = |args: &[&str]| {
        let mut cmd = byline();
        cmd.args(args);
        let mut s = Session::start(cmd);
        s.wait_for("Wang Xiaohong made");
        let c = cell_of(&s, "Wang Xiaohong made").fgcolor();
        s.quit();
        c
    };
    let dark = colour_of_person(&[]);
    let light = colour_of_person(&["--theme", "light"]);
    // At 256 colours (the tests' TERM), the palettes' own xterm colours.
    assert_eq!(dark, vt100::Color::Idx(81));
    assert_eq!(light, vt100::Color::Idx(25));
}

#[test]
fn a_bookmark_is_listed_and_kept_for_the_next_time() {
    let state = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("byline-pty-marks-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&state);
    let mut s = Session::start(byline_with_state(&state));
    s.wait_for("Police training proposed");
    s.send("]");
    s.wait_for("quote 1/");
    s.send("m");
    s.wait_for("bookmarked (1 in all)");
    s.send("]");
    s.send("[");
    s.wait_for("· ★");
    s.quit();
    // The second time the bookmark is there: ' lists it.
    let mut s = Session::start(byline_with_state(&state));
    s.wait_for("China will provide training");
    s.send("'");
    s.wait_for("Bookmarks (1)");
    s.send("\r");
    s.wait_for("quote 1/");
    s.wait_for("· ★");
    s.quit();
    let _ = std::fs::remove_dir_all(&state);
}

/// An article with one of each thing the reader once got wrong.
const FIXED_POINTS: &str = "\"Blair 'will not quit'\" says aide\n\n\
By Tom Reed | The Harbour Post | 2024-09-10 09:06\n\n\
Mayor Ana Ruiz spoke for an hour on Monday. The first minister of the region listened, \
and BBC Radio 4's Today programme covered the talks, which run from 6 to 9 January. \
The mayor won the charity match 6-2, 7-6.\n\n";

#[test]
fn the_points_once_wrong_are_right_in_the_real_reader() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("byline-pty-fixed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut text = FIXED_POINTS.to_string();
    for i in 1..=11 {
        text.push_str(&format!(
            "“Point number {i} matters to the harbour and to everyone who works on it,” Ruiz said.\n\n"
        ));
    }
    for i in 1..=30 {
        text.push_str(&format!(
            "Paragraph {i} of the council's notes on the harbour works.\n\n"
        ));
    }
    text.push_str("The last note is about the lighthouse.\n");
    let path = dir.join("fixed.txt");
    std::fs::write(&path, &text).unwrap();
    let mut cmd = byline();
    cmd.arg(path.display().to_string());
    let mut s = Session::start(cmd);
    s.wait_for("says aide");
    s.wait_for("@ 6 to 9 January");
    s.wait_for("? help");
    let screen = s.screen();
    // A headline opening with a quotation mark is the title, in bold.
    assert_eq!(s.row_of("says aide"), Some(0), "{screen}");
    assert!(cell_of(&s, "\"Blair").bold());
    // The date keeps its time on its line.
    assert!(s.row_of("2024-09-10").is_some(), "{screen}");
    assert_eq!(s.row_of("2024-09-10"), s.row_of("09:06"), "{screen}");
    // A count of ten or more does not run into the name.
    assert!(screen.contains("“11 Ana Ruiz"), "{screen}");
    // Headings in the names list.
    assert!(
        screen.contains("People (") && screen.contains("Organisations ("),
        "{screen}"
    );
    // Figures: a title's ordinal, a station's number and tennis scores are
    // not figures; a span of days is one date, resolved.
    assert!(!screen.contains("º first"), "{screen}");
    assert!(!screen.contains("# 4 · 's"), "{screen}");
    // "Point number 1": a label, not a figure.
    assert!(!screen.contains("# 1 · matters"), "{screen}");
    assert!(!screen.contains("# 6-2"), "{screen}");
    assert!(screen.contains("@ 6 to 9 January"), "{screen}");
    assert!(screen.contains("@ Monday · 2024-09-09"), "{screen}");

    // q closes the help, as in less, and byline goes on.
    s.send("?");
    s.wait_for("keys · Esc or ? closes");
    s.send("q");
    s.wait_until("the help closes", |sc| !sc.contains("keys · Esc"));
    assert!(s.screen().contains("says aide"));

    // Esc while typing a search goes back to where it began.
    s.send("d");
    s.wait_until("the title scrolls away", |sc| !sc.contains("says aide"));
    let before = s.screen().lines().next().unwrap_or_default().to_string();
    s.send("/lighthouse");
    s.wait_for("1 match");
    s.wait_for("about the lighthouse");
    s.send("\x1b");
    s.wait_until("the view goes back", |sc| {
        sc.lines().next() == Some(before.as_str())
    });

    // ] after scrolling goes to the next quotation from the view, not the
    // one after the last shown.
    s.send("g");
    s.wait_for("says aide");
    s.send("]");
    s.wait_for("quote 1/");
    s.send("G");
    s.send("[");
    s.wait_until("a later quotation", |sc| {
        !sc.contains("quote 1/") && sc.contains("quote ")
    });

    // Tab from the quotes to the figures keeps the quotes in the upper slot.
    s.send("\t\t\t");
    s.wait_for("· figures");
    let screen = s.screen();
    assert!(
        screen.contains("Quotes (") && screen.contains("Figures ("),
        "{screen}"
    );
    assert!(!screen.contains("Names ("), "{screen}");
    s.quit();
    let _ = std::fs::remove_dir_all(&dir);
}
