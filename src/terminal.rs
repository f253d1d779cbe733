//! The terminal session: raw mode, the alternate screen and mouse capture on
//! the way in, and all of it undone on every way out (quit, error return,
//! panic, Ctrl-C, SIGTERM).

use std::io::{self, IsTerminal, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crossterm::cursor::{Hide, Show};
use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::Document;
use crate::app::{App, action_for, update};
use crate::ui;

/// Undoes everything `enter` did. Safe to call more than once.
pub fn restore() {
    let _ = disable_raw_mode();
    let mut out = io::stdout();
    let _ = execute!(out, DisableMouseCapture, LeaveAlternateScreen, Show);
    let _ = out.flush();
}

/// Restores the terminal when dropped, so an early error return leaves it sane.
struct Guard;

impl Guard {
    fn enter() -> io::Result<Guard> {
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
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// Set when a termination signal arrives; the event loop checks it.
fn termination_flag() -> io::Result<Arc<AtomicBool>> {
    let flag = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    for sig in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(sig, Arc::clone(&flag))?;
    }
    Ok(flag)
}

/// A terminal that goes away (a closed window, a dropped connection) leaves
/// reads from it failing forever, and the event source would spin on them
/// instead of returning. A hung-up terminal is no longer a terminal to
/// `isatty`, so a watchdog notices and ends the process; there is no
/// terminal left to restore.
fn exit_on_hangup() {
    std::thread::spawn(|| {
        loop {
            std::thread::sleep(Duration::from_millis(500));
            if !io::stdout().is_terminal() {
                std::process::exit(129);
            }
        }
    });
}

/// Opens each article in turn in the reader: `q` goes on to the next,
/// Ctrl-C or a termination signal ends the session.
pub fn run(docs: Vec<Document>) -> io::Result<()> {
    let stop = termination_flag()?;
    install_panic_hook();
    exit_on_hangup();
    let _guard = Guard::enter()?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    for doc in docs {
        let size = terminal.size()?;
        let mut app = App::new(doc, size.width, size.height);
        terminal.clear()?;
        if !read(&mut terminal, &mut app, &stop)? {
            break;
        }
    }
    Ok(())
}

/// The event loop for one article. Returns false when the whole session
/// should end.
fn read(
    terminal: &mut Terminal<CrosstermBackend<io::Stdout>>,
    app: &mut App,
    stop: &AtomicBool,
) -> io::Result<bool> {
    terminal.draw(|f| ui::draw(app, f))?;
    loop {
        if stop.load(Ordering::Relaxed) {
            return Ok(false);
        }
        if !event::poll(Duration::from_millis(100))? {
            continue;
        }
        let ev = event::read()?;
        let Some(action) = action_for(app, &ev) else {
            continue;
        };
        update(app, action);
        if app.quit {
            return Ok(!app.interrupted);
        }
        terminal.draw(|f| ui::draw(app, f))?;
    }
}
