//! A reading session: the open articles one after another, the pages their
//! links lead to and the way back, each loaded while the reader watches and
//! may stop it.

use std::io;
use std::sync::mpsc;
use std::time::Duration;

use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::app::keymap::Keymap;
use crate::app::{Action, App, Request, Step, action_for, update};
use crate::config::Settings;
use crate::places::{Places, Remembered};
use crate::source::{Input, LoadError};
use crate::terminal::{Ended, Guard, SIGINT, exit_on_hangup, install_panic_hook};
use crate::{Document, signals, ui};

type Term = Terminal<CrosstermBackend<io::Stdout>>;

/// How often a wait looks at the keyboard.
const TICK: Duration = Duration::from_millis(100);

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

/// What ended the reading of one page.
enum Outcome {
    Ended(Ended),
    Request(Request),
}

/// What came of loading a page while the reader waited.
enum Loaded {
    Doc(Box<Document>),
    Failed(LoadError),
    /// The reader stopped it.
    Stopped,
    Ended(Ended),
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
        if let Input::Url(u) = &inputs[i]
            && io::IsTerminal::is_terminal(&io::stderr())
        {
            eprintln!("byline: fetching {u} …");
        }
        match crate::load(&inputs[i]) {
            Ok(doc) => return (Some((i, doc)), failed),
            Err(e) => failed.push(e),
        }
        at = next(i, step);
    }
    (None, failed)
}

fn next(i: usize, step: Step) -> Option<usize> {
    match step {
        Step::Next => i.checked_add(1),
        Step::Prev => i.checked_sub(1),
    }
}

/// A note for the status bar on the articles skipped.
fn skipped_note(failed: &[LoadError]) -> Option<String> {
    match failed {
        [] => None,
        [e] => Some(format!("skipped {e}")),
        [e, rest @ ..] => Some(format!("skipped {e}, and {} more", rest.len())),
    }
}

/// The input a link leads to: a web page, or a page on this machine.
fn link_input(url: &str) -> Option<Input> {
    let parsed = url::Url::parse(url).ok()?;
    match parsed.scheme() {
        "http" | "https" => Some(Input::Url(url.to_string())),
        "file" => parsed.to_file_path().ok().map(Input::File),
        _ => None,
    }
}

/// Opens the articles in the reader, the first that reads first; `>` and
/// `<` go through the others, skipping any that fail. The ones that fail
/// before the reader opens are reported on standard error; when none
/// reads, the last error is returned and the terminal is never touched.
/// A link opens its page in place of the article; Backspace goes back to
/// where the reader left the page before.
pub fn run(inputs: Vec<Input>, settings: Settings) -> Result<Ended, RunError> {
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
    let (mut places, unreadable) = Places::load();
    let keymap = settings.keymap;
    let mut app = fresh(&terminal, doc, &keymap)?;
    app.article = (at + 1, inputs.len());
    reopen(&mut app, &places);
    app.message = settings
        .warning
        .or_else(|| skipped_note(&failed))
        .or(unreadable);
    // The pages links were opened from, each as the reader left it.
    let mut history: Vec<App> = Vec::new();
    loop {
        terminal.clear()?;
        let request = match read(&mut terminal, &mut app, &caught)? {
            Outcome::Ended(end) => {
                remember(&mut places, &app);
                return Ok(end);
            }
            Outcome::Request(r) => r,
        };
        match request {
            Request::Article(step) => {
                let mut from = next(at, step);
                let mut failed = Vec::new();
                let mut found = None;
                while let Some(i) = from.filter(|&i| i < inputs.len()) {
                    match load_watching(&mut terminal, &mut app, &inputs[i], &caught)? {
                        Loaded::Doc(doc) => {
                            found = Some((i, *doc));
                            break;
                        }
                        Loaded::Failed(e) => failed.push(e),
                        Loaded::Stopped => break,
                        Loaded::Ended(end) => return Ok(end),
                    }
                    from = next(i, step);
                }
                let note = skipped_note(&failed);
                match found {
                    Some((i, doc)) => {
                        at = i;
                        history.clear();
                        remember(&mut places, &app);
                        app = fresh(&terminal, doc, &keymap)?;
                        reopen(&mut app, &places);
                        app.article = (at + 1, inputs.len());
                        app.message = note;
                    }
                    None => {
                        let none = match step {
                            Step::Next => "no article after this one reads",
                            Step::Prev => "no article before this one reads",
                        };
                        app.message =
                            Some(note.map_or(none.to_string(), |n| format!("{n}; {none}")));
                    }
                }
            }
            Request::Open(url) => {
                let Some(input) = link_input(&url) else {
                    app.message = Some(format!("byline opens web and file links, not {url}"));
                    continue;
                };
                match load_watching(&mut terminal, &mut app, &input, &caught)? {
                    Loaded::Doc(doc) => {
                        remember(&mut places, &app);
                        let mut page = fresh(&terminal, *doc, &keymap)?;
                        reopen(&mut page, &places);
                        page.article = app.article;
                        page.can_go_back = true;
                        app.message = None;
                        history.push(std::mem::replace(&mut app, page));
                    }
                    Loaded::Failed(e) => app.message = Some(e.to_string()),
                    Loaded::Stopped => app.message = Some(format!("stopped loading {url}")),
                    Loaded::Ended(end) => return Ok(end),
                }
            }
            Request::Export(table) => {
                let beside = match &inputs[at] {
                    Input::File(p) if history.is_empty() => Some(p.as_path()),
                    _ => None,
                };
                let path = export_path(beside, table);
                app.message = Some(match crate::tables::write(&app.doc, &path) {
                    Ok(()) => format!("wrote {}", path.display()),
                    Err(e) => e,
                });
            }
            Request::Copy(text) => {
                let message = app.message.take();
                copy_to_clipboard(&text)?;
                app.message = message;
            }
            Request::Back => {
                if let Some(previous) = history.pop() {
                    remember(&mut places, &app);
                    app = previous;
                    // The terminal may have changed size meanwhile.
                    let size = terminal.size()?;
                    update(&mut app, Action::Resize(size.width, size.height));
                }
            }
        }
    }
}

/// Where a table goes: beside the article's file ("story.quotes.md"), or in
/// the current folder for an article from elsewhere.
fn export_path(
    beside: Option<&std::path::Path>,
    table: crate::tables::Table,
) -> std::path::PathBuf {
    use crate::tables::Table;
    let what = match table {
        Table::Quotes => "quotes",
        Table::Names => "names",
        Table::Figures => "figures",
    };
    let stem = beside.and_then(|p| p.file_stem()).map_or_else(
        || "article".to_string(),
        |s| s.to_string_lossy().into_owned(),
    );
    let dir = beside
        .and_then(|p| p.parent())
        .map(std::path::Path::to_path_buf)
        .unwrap_or_default();
    dir.join(format!("{stem}.{what}.md"))
}

/// Puts `text` on the terminal's clipboard with an OSC 52 sequence, which
/// works over ssh too. The text is the article's, already free of control
/// characters, and travels base64-encoded.
fn copy_to_clipboard(text: &str) -> io::Result<()> {
    use base64::Engine;
    use std::io::Write;
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    let mut out = io::stdout();
    write!(out, "\x1b]52;c;{encoded}\x07")?;
    out.flush()
}

/// Goes back to where the reader left this article last time, with its
/// bookmarks.
fn reopen(app: &mut App, places: &Places) {
    if let Some(r) = places.get(&app.doc.article.text) {
        app.scroll_to(r.at);
        app.restore_bookmarks(&r.marks);
    }
}

/// Keeps where the reader is in this article and what is bookmarked. A
/// place that cannot be written is not worth stopping the reader for.
fn remember(places: &mut Places, app: &App) {
    let r = Remembered {
        at: app.position(),
        marks: app.bookmark_starts(),
    };
    let _ = places.save(&app.doc.article.text, r);
}

/// A new reader state for a page, at the terminal's size.
fn fresh(terminal: &Term, doc: Document, keymap: &Keymap) -> io::Result<App> {
    let size = terminal.size()?;
    let mut app = App::new(doc, size.width, size.height);
    app.keymap = keymap.clone();
    Ok(app)
}

/// Loads `input` on another thread while the reader shows that it waits;
/// Esc or q stops waiting (the fetch is left to end on its own), Ctrl-C
/// and signals end the session.
fn load_watching(
    terminal: &mut Term,
    app: &mut App,
    input: &Input,
    caught: &signals::Caught,
) -> io::Result<Loaded> {
    let (tx, rx) = mpsc::channel();
    let job = input.clone();
    std::thread::spawn(move || {
        let _ = tx.send(crate::load(&job));
    });
    let before = app.message.take();
    app.message = Some(format!("loading {} … (Esc stops)", input.name()));
    let outcome = loop {
        if let Ok(result) = rx.try_recv() {
            break match result {
                Ok(doc) => Loaded::Doc(Box::new(doc)),
                Err(e) => Loaded::Failed(e),
            };
        }
        if let Some(sig) = caught.get() {
            break Loaded::Ended(Ended::Signal(sig));
        }
        terminal.draw(|f| ui::draw(app, f))?;
        if !event::poll(TICK)? {
            continue;
        }
        match event::read()? {
            Event::Key(k) if k.kind != KeyEventKind::Release => match k.code {
                KeyCode::Char('c') if k.modifiers.contains(KeyModifiers::CONTROL) => {
                    break Loaded::Ended(Ended::Signal(SIGINT));
                }
                KeyCode::Esc | KeyCode::Char('q') => break Loaded::Stopped,
                _ => {}
            },
            Event::Resize(w, h) => update(app, Action::Resize(w, h)),
            _ => {}
        }
    };
    app.message = before;
    Ok(outcome)
}

/// The event loop for one page.
fn read(terminal: &mut Term, app: &mut App, caught: &signals::Caught) -> io::Result<Outcome> {
    terminal.draw(|f| ui::draw(app, f))?;
    loop {
        if let Some(sig) = caught.get() {
            return Ok(Outcome::Ended(Ended::Signal(sig)));
        }
        if !event::poll(TICK)? {
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
        if let Some(r) = app.request.take() {
            return Ok(Outcome::Request(r));
        }
        terminal.draw(|f| ui::draw(app, f))?;
    }
}
