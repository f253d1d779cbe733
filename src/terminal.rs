//! The terminal session: raw mode, the alternate screen and mouse capture on
//! the way in, and all of it undone on every way out (quit, error return,
//! panic, Ctrl-C, SIGTERM).

use std::io::{self, IsTerminal, Write};
use std::time::Duration;

use crossterm::cursor::{Hide, Show};
use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

pub use crate::session::{RunError, run};

/// Undoes everything `enter` did. Safe to call more than once.
pub fn restore() {
    let _ = disable_raw_mode();
    let mut out = io::stdout();
    let _ = execute!(out, DisableMouseCapture, LeaveAlternateScreen, Show);
    let _ = out.flush();
}

/// Restores the terminal when dropped, so an early error return leaves it sane.
pub(crate) struct Guard;

impl Guard {
    pub(crate) fn enter() -> io::Result<Guard> {
        let guard = Guard;
        enable_raw_mode()?;
        execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture, Hide)?;
        Ok(guard)
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// A panic restores the terminal before its message is printed.
pub(crate) fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// A terminal that goes away (a closed window, a dropped connection) leaves
/// reads from it failing forever, and the event source would spin on them
/// instead of returning. A hung-up terminal is no longer a terminal to
/// `isatty`, so a watchdog notices and ends the process; there is no
/// terminal left to restore.
pub(crate) fn exit_on_hangup() {
    std::thread::spawn(|| {
        loop {
            std::thread::sleep(Duration::from_millis(500));
            if !io::stdout().is_terminal() {
                std::process::exit(129);
            }
        }
    });
}

/// How a reading session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    Quit,
    /// Ended by a signal (Ctrl-C counts as SIGINT), with its number.
    Signal(i32),
}

/// The Unix number of SIGINT, which Ctrl-C stands for in raw mode.
pub(crate) const SIGINT: i32 = 2;
