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
        Session::start_at(cmd, 120, 40)
    }

    /// The program in a terminal of `cols` × `rows`.
    fn start_at(cmd: CommandBuilder, cols: u16, rows: u16) -> Session {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
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
                NonZeroU16::new(rows).expect("rows"),
                NonZeroU16::new(cols).expect("columns"),
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

/// A folder of one test's own, emptied when made and removed when the test
/// ends, passed or failed.
struct Scratch(std::path::PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
            "byline-pty-{name}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }
}

impl std::ops::Deref for Scratch {
    type Target = std::path::Path;
    fn deref(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
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
fn with_config(text: &str) -> (CommandBuilder, Scratch) {
    let dir = Scratch::new("config");
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

mod comforts;
mod fixed;
mod sessions;
