//! The terminal session: raw mode, the alternate screen and mouse capture on
//! the way in, and all of it undone on every way out (quit, error return,
//! panic, Ctrl-C, SIGTERM).

use std::io::{self, IsTerminal, Write};
use std::time::Duration;

use crossterm::cursor::{Hide, Show};
use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::app::{App, Step, action_for, update};
use crate::source::{Input, LoadError};
use crate::{Document, signals, ui};

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

/// How a reading session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    Quit,
    /// Ended by a signal (Ctrl-C counts as SIGINT), with its number.
    Signal(i32),
}

/// The Unix number of SIGINT, which Ctrl-C stands for in raw mode.
const SIGINT: i32 = 2;

/// What ended the reading of one article.
enum Outcome {
    Ended(Ended),
    Switch(Step),
}

/// Loads the first article from `at` on, going `step` at a time, that
/// reads; the ones that fail are returned with it, to be reported.
fn load_from(
    inputs: &[Input],
    mut at: Option<usize>,
    step: Step,
) -> (Option<(usize, Document)>, Vec<LoadError>) {
    let mut failed = Vec::new();
    while let Some(i) = at.filter(|&i| i < inputs.len()) {
        match crate::load(&inputs[i]) {
            Ok(doc) => return (Some((i, doc)), failed),
            Err(e) => failed.push(e),
        }
        at = match step {
            Step::Next => i.checked_add(1),
            Step::Prev => i.checked_sub(1),
        };
    }
    (None, failed)
}

/// A note for the status bar on the articles skipped.
fn skipped_note(failed: &[LoadError]) -> Option<String> {
    match failed {
        [] => None,
        [e] => Some(format!("skipped {e}")),
        [e, rest @ ..] => Some(format!("skipped {e}, and {} more", rest.len())),
    }
}

/// Opens the articles in the reader, the first that reads first; `>` and
/// `<` go through the others, skipping any that fail. The ones that fail
/// before the reader opens are reported on standard error; when none
/// reads, the last error is returned and the terminal is never touched.
pub fn run(inputs: Vec<Input>) -> Result<Ended, RunError> {
    let (first, failed) = load_from(&inputs, Some(0), Step::Next);
    let Some((mut at, doc)) = first else {
        let last = failed.into_iter().last();
        return Err(last.map_or(RunError::NoInput, RunError::Load));
    };
    for e in &failed {
        eprintln!("byline: {e} (skipped)");
    }
    let caught = signals::watch(signals::Mode::Record)?;
    install_panic_hook();
    exit_on_hangup();
    let _guard = Guard::enter()?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let size = terminal.size()?;
    let mut app = App::new(doc, size.width, size.height);
    app.article = (at + 1, inputs.len());
    app.message = skipped_note(&failed);
    loop {
        terminal.clear()?;
        let step = match read(&mut terminal, &mut app, &caught)? {
            Outcome::Ended(end) => return Ok(end),
            Outcome::Switch(step) => step,
        };
        let from = match step {
            Step::Next => at.checked_add(1),
            Step::Prev => at.checked_sub(1),
        };
        let (found, failed) = load_from(&inputs, from, step);
        let note = skipped_note(&failed);
        match found {
            Some((i, doc)) => {
                at = i;
                let size = terminal.size()?;
                app = App::new(doc, size.width, size.height);
                app.article = (at + 1, inputs.len());
                app.message = note;
            }
            None => {
                let none = match step {
                    Step::Next => "no article after this one reads",
                    Step::Prev => "no article before this one reads",
                };
                app.message = Some(note.map_or(none.to_string(), |n| format!("{n}; {none}")));
            }
        }
    }
}

/// Why the reader could not run.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("{0}")]
    Load(LoadError),
    #[error("no article to read")]
    NoInput,
    #[error("terminal: {0}")]
    Terminal(#[from] io::Error),
}

/// The event loop for one article.
fn read(
    terminal: &mut Terminal<CrosstermBackend<io::Stdout>>,
    app: &mut App,
    caught: &signals::Caught,
) -> io::Result<Outcome> {
    terminal.draw(|f| ui::draw(app, f))?;
    loop {
        if let Some(sig) = caught.get() {
            return Ok(Outcome::Ended(Ended::Signal(sig)));
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
            let end = if app.interrupted {
                Ended::Signal(SIGINT)
            } else {
                Ended::Quit
            };
            return Ok(Outcome::Ended(end));
        }
        if let Some(step) = app.switch.take() {
            return Ok(Outcome::Switch(step));
        }
        terminal.draw(|f| ui::draw(app, f))?;
    }
}
