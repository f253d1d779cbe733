//! The byline command: the reader, the JSON export, or the plain summary
//! when standard output is not a terminal; one article or a whole corpus.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use byline::batch::{self, Tally};
use byline::signals::{self, Mode};
use byline::source::Input;
use byline::terminal::{Ended, RunError};

/// A terminal reader for news articles: who speaks, what they said, who and
/// what the story is about, and the figures it rests on.
#[derive(Parser)]
#[command(name = "byline", version, about)]
struct Cli {
    /// Articles to read (text or web pages), or folders to read every .txt,
    /// .html and .htm file under ("-" for standard input). With none, the
    /// sample article.
    files: Vec<PathBuf>,
    /// Print the analysis as JSON, one line per article; in a batch each
    /// line carries its "path", and an article that fails is a line
    /// {"path", "error"}. Exit status 1 when some failed, 2 when all did.
    #[arg(long)]
    json: bool,
    /// Read articles as JSON Lines, one {"id", "text"} a line, from FILE
    /// ("-" for standard input), and write one analysis a line carrying its
    /// "id", as the lines arrive.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["files", "json"])]
    jsonl: Option<PathBuf>,
    /// Write the article's statements, names or figures to FILE, as CSV or
    /// Markdown: the name says which ("quotes.csv", "names.md",
    /// "figures.csv").
    #[arg(long, value_name = "FILE", conflicts_with_all = ["json", "jsonl"])]
    export: Option<PathBuf>,
    /// Draw the reader without colour, in bold, italics, underlining and
    /// reverse video alone (as the NO_COLOR environment variable does).
    #[arg(long)]
    no_color: bool,
    /// The reader's colours for a dark or a light background (the
    /// configuration file's `theme`, else dark).
    #[arg(long, value_enum, value_name = "THEME")]
    theme: Option<byline::ui::palette::Shade>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let settings = byline::config::settings(cli.theme, cli.no_color);
    byline::ui::theme::install(settings.theme.clone());
    if let Some(source) = &cli.jsonl {
        return jsonl(source);
    }
    let inputs = if cli.files.is_empty() {
        vec![Input::Sample]
    } else {
        batch::expand(&cli.files)
    };
    if let Some(path) = &cli.export {
        return export(&inputs, path);
    }
    if inputs.is_empty() {
        // Each empty folder has been named on standard error.
        return ExitCode::from(2);
    }
    // The reader takes keys from the terminal even when the article came
    // through standard input.
    if !cli.json && std::io::stdout().is_terminal() {
        return read(inputs, settings);
    }
    let caught = watch();
    let progress = progress_bar(inputs.len());
    let tick = || progress.inc(1);
    let mut out = std::io::stdout();
    let result = if cli.json {
        batch::json(&inputs, &mut out, &tick)
    } else {
        batch::summaries(&inputs, &mut out, &tick)
    };
    progress.finish_and_clear();
    finish(result, &caught)
}

/// Batches end on a termination signal with the signal's status.
fn watch() -> signals::Caught {
    signals::watch(Mode::Exit).unwrap_or_else(|e| {
        eprintln!("byline: cannot watch for signals: {e}");
        signals::Caught::default()
    })
}

fn read(inputs: Vec<Input>, settings: byline::config::Settings) -> ExitCode {
    if let Some(w) = &settings.warning {
        eprintln!("byline: {w}");
    }
    match byline::terminal::run(inputs, settings) {
        Ok(Ended::Quit) => ExitCode::SUCCESS,
        Ok(Ended::Signal(sig)) => ExitCode::from(signals::status(sig)),
        Err(RunError::Terminal(e)) => {
            eprintln!("byline: terminal: {e}");
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("byline: {e}");
            ExitCode::from(2)
        }
    }
}

/// `--export FILE`: one article's table, written to FILE.
fn export(inputs: &[Input], path: &std::path::Path) -> ExitCode {
    let [input] = inputs else {
        eprintln!("byline: --export takes one article");
        return ExitCode::from(2);
    };
    let written = byline::tables::kind_of(path)
        .and_then(|_| byline::load(input).map_err(|e| e.to_string()))
        .and_then(|doc| byline::tables::write(&doc, path));
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("byline: {e}");
            ExitCode::from(2)
        }
    }
}

fn jsonl(source: &std::path::Path) -> ExitCode {
    let caught = watch();
    let mut out = std::io::stdout();
    let result = if source.as_os_str() == "-" {
        batch::jsonl(std::io::BufReader::new(std::io::stdin()), &mut out)
    } else {
        match std::fs::File::open(source) {
            Ok(f) => batch::jsonl(std::io::BufReader::new(f), &mut out),
            Err(e) => {
                eprintln!("byline: {}: {e}", source.display());
                return ExitCode::from(2);
            }
        }
    };
    finish(result, &caught)
}

/// The exit status of a batch: see `Tally::status`; a signal's when one
/// came. A reader that closed the pipe early is no failure.
fn finish(result: std::io::Result<Tally>, caught: &signals::Caught) -> ExitCode {
    if let Some(sig) = caught.get() {
        return ExitCode::from(signals::status(sig));
    }
    match result {
        Ok(tally) => ExitCode::from(tally.status()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = std::io::stdout().flush();
            eprintln!("byline: {e}");
            ExitCode::FAILURE
        }
    }
}

/// A progress bar on standard error for a batch, when someone watches it.
fn progress_bar(len: usize) -> indicatif::ProgressBar {
    if len < 2 || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{bar:30} {pos}/{len} articles · {per_sec} · {eta} left",
    ) {
        bar.set_style(style);
    }
    bar
}
