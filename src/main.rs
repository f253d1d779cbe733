//! The byline command: the reader, the JSON export, or the plain summary
//! when standard output is not a terminal.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use byline::source::{Input, input_from_arg};

/// A terminal reader for news articles: who speaks, what they said, who and
/// what the story is about, and the figures it rests on.
#[derive(Parser)]
#[command(name = "byline", version, about)]
struct Cli {
    /// Articles to read ("-" for standard input). With none, the sample article.
    files: Vec<PathBuf>,
    /// Print the analysis as JSON (one object per line per file).
    #[arg(long)]
    json: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let inputs: Vec<Input> = if cli.files.is_empty() {
        vec![Input::Sample]
    } else {
        cli.files.iter().map(|f| input_from_arg(f)).collect()
    };
    let mut docs = Vec::with_capacity(inputs.len());
    for input in &inputs {
        match byline::load(input) {
            Ok(doc) => docs.push(doc),
            Err(e) => {
                eprintln!("byline: {e}");
                return ExitCode::from(2);
            }
        }
    }
    // The reader takes keys from the terminal even when the article came
    // through standard input.
    if !cli.json && std::io::stdout().is_terminal() {
        return match byline::terminal::run(docs) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("byline: terminal: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let mut out = std::io::stdout().lock();
    let result = docs.iter().try_for_each(|doc| {
        if cli.json {
            writeln!(out, "{}", byline::export::to_json(doc))
        } else {
            write!(out, "{}", byline::summary::summary(doc))
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("byline: {e}");
            ExitCode::FAILURE
        }
    }
}
