//! Many articles at once: files and folders expanded in the order given,
//! analysed on every core a chunk at a time, written in that same order. A
//! file that fails becomes a line of its own and the batch goes on.

use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::export::{self, Label};
use crate::source::{Input, input_from_arg};

/// Articles analysed together before their lines are written: enough to
/// keep every core busy, few enough that memory stays bounded whatever the
/// length of the batch.
const CHUNK: usize = 256;

/// The extensions of the files a folder is searched for.
const EXTENSIONS: &[&str] = &["txt", "html", "htm"];

/// What came of one article: what goes to standard output, and for a
/// failure, a message for standard error.
pub enum Done {
    Ok(String),
    Failed {
        out: String,
        message: Option<String>,
    },
}

impl Done {
    /// The JSON line of an article that failed, named by `label`.
    fn error(label: Label, message: &str) -> Done {
        Done::Failed {
            out: export::error_json(label, message) + "\n",
            message: None,
        }
    }
}

/// How a batch went.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub ok: usize,
    pub failed: usize,
}

impl Tally {
    /// Writes what came of one article, whole, and counts it.
    fn write(&mut self, out: &mut dyn Write, done: Done) -> io::Result<()> {
        match done {
            Done::Ok(text) => {
                self.ok += 1;
                out.write_all(text.as_bytes())?;
            }
            Done::Failed { out: text, message } => {
                self.failed += 1;
                out.write_all(text.as_bytes())?;
                if let Some(m) = message {
                    eprintln!("byline: {m}");
                }
            }
        }
        out.flush()
    }

    /// 0 when every article was analysed, 2 when none was, 1 in between.
    pub fn status(self) -> u8 {
        match (self.ok, self.failed) {
            (_, 0) => 0,
            (0, _) => 2,
            _ => 1,
        }
    }
}

/// The inputs named on the command line: "-" is standard input, a folder
/// stands for the article files under it, sorted by path.
pub fn expand(args: &[PathBuf]) -> Vec<Input> {
    let mut inputs = Vec::new();
    for arg in args {
        if arg.is_dir() {
            let found = articles_under(arg);
            if found.is_empty() {
                eprintln!(
                    "byline: {}: no article (.txt, .html, .htm) in this folder",
                    arg.display()
                );
            }
            inputs.extend(found.into_iter().map(Input::File));
        } else {
            inputs.push(input_from_arg(arg));
        }
    }
    inputs
}

fn articles_under(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .into_iter()
        // An unreadable sub-folder is skipped; the files found still count.
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(walkdir::DirEntry::into_path)
        .filter(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
        })
        .collect();
    found.sort();
    found
}

/// The path an input is named by in a batch.
fn path_of(input: &Input) -> Option<String> {
    match input {
        Input::File(p) => Some(p.display().to_string()),
        Input::Url(u) => Some(u.clone()),
        _ => None,
    }
}

/// One input's JSON line: its analysis, or the error that stopped it.
pub fn json_line(input: &Input) -> Done {
    let path = path_of(input);
    let label = Label {
        path: path.as_deref(),
        id: None,
    };
    match crate::load(input) {
        Ok(doc) => Done::Ok(export::to_json_labelled(&doc, label) + "\n"),
        Err(e) => Done::error(label, &e.to_string()),
    }
}

/// One input's plain summary, headed by its name when there are several;
/// an error goes to standard error.
fn summary(input: &Input, several: bool) -> Done {
    match crate::load(input) {
        Ok(doc) => {
            let body = crate::summary::summary(&doc);
            Done::Ok(if several {
                format!("==> {} <==\n{body}\n", input.name())
            } else {
                body
            })
        }
        Err(e) => Done::Failed {
            out: String::new(),
            message: Some(e.to_string()),
        },
    }
}

/// Analyses `inputs` on every core, a chunk at a time, and writes what
/// `render` makes of each, in order. `tick` is told of every article done.
fn each(
    inputs: &[Input],
    out: &mut dyn Write,
    tick: &(dyn Fn() + Sync),
    render: &(dyn Fn(&Input) -> Done + Sync),
) -> io::Result<Tally> {
    let mut tally = Tally::default();
    for chunk in inputs.chunks(CHUNK) {
        let done: Vec<Done> = chunk
            .par_iter()
            .map(|input| {
                let d = render(input);
                tick();
                d
            })
            .collect();
        for d in done {
            tally.write(out, d)?;
        }
    }
    Ok(tally)
}

/// One JSON line per input, in order.
pub fn json(inputs: &[Input], out: &mut dyn Write, tick: &(dyn Fn() + Sync)) -> io::Result<Tally> {
    match inputs {
        [one] => json_streamed(one, out),
        _ => each(inputs, out, tick, &json_line),
    }
}

/// One article's JSON, written as it is made: a large article's output is
/// never held whole in memory.
fn json_streamed(input: &Input, out: &mut dyn Write) -> io::Result<Tally> {
    let path = path_of(input);
    let label = Label {
        path: path.as_deref(),
        id: None,
    };
    let mut tally = Tally::default();
    match crate::load(input) {
        Ok(doc) => {
            let mut w = io::BufWriter::new(&mut *out);
            export::write_json(&doc, label, &mut w)?;
            writeln!(w)?;
            w.flush()?;
            tally.ok += 1;
        }
        Err(e) => tally.write(out, Done::error(label, &e.to_string()))?,
    }
    Ok(tally)
}

/// The plain summary of each input, in order.
pub fn summaries(
    inputs: &[Input],
    out: &mut dyn Write,
    tick: &(dyn Fn() + Sync),
) -> io::Result<Tally> {
    let several = inputs.len() > 1;
    each(inputs, out, tick, &|input| summary(input, several))
}

/// One line of JSON Lines input: `{"id": …, "text": "…"}`.
#[derive(serde::Deserialize)]
struct Request {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
}

/// The analysis line for line `n` (from 1) of JSON Lines input.
pub fn jsonl_line(n: usize, line: &str) -> Done {
    let req: Request = match serde_json::from_str(line) {
        Ok(r) => r,
        Err(e) => {
            // The id, when the line is JSON with one, still names the error.
            let id = serde_json::from_str::<serde_json::Value>(line)
                .ok()
                .and_then(|v| v.get("id").cloned());
            let label = Label {
                path: None,
                id: id.as_ref(),
            };
            let what = if id.is_some() || e.is_data() {
                "not an article"
            } else {
                "not JSON"
            };
            return Done::error(label, &format!("line {n}: {what}: {e}"));
        }
    };
    let label = Label {
        path: None,
        id: Some(&req.id),
    };
    if req.text.trim().is_empty() {
        return Done::error(label, &format!("line {n}: empty, nothing to read"));
    }
    let doc = crate::document_from_text(&req.text, Vec::new());
    Done::Ok(export::to_json_labelled(&doc, label) + "\n")
}

/// Reads JSON Lines from `input` and writes one analysis line per line read,
/// in order. Lines are analysed as they come: whatever has arrived, up to a
/// chunk, goes to the cores together, so a slow stream is answered line by
/// line and a fast one uses every core, with memory bounded either way.
/// Blank lines are skipped.
pub fn jsonl(input: impl BufRead + Send + 'static, out: &mut dyn Write) -> io::Result<Tally> {
    let (send, receive) = std::sync::mpsc::sync_channel::<io::Result<(usize, String)>>(CHUNK);
    std::thread::spawn(move || {
        for (i, line) in input.lines().enumerate() {
            let item = line.map(|l| (i + 1, l));
            let failed = item.is_err();
            if send.send(item).is_err() || failed {
                return;
            }
        }
    });
    let mut tally = Tally::default();
    // Waits for the first line of a chunk, then takes what has arrived.
    while let Ok(first) = receive.recv() {
        let mut chunk = vec![first?];
        while chunk.len() < CHUNK {
            match receive.try_recv() {
                Ok(item) => chunk.push(item?),
                Err(_) => break,
            }
        }
        let results: Vec<Done> = chunk
            .par_iter()
            .filter(|(_, line)| !line.trim().is_empty())
            .map(|(n, line)| jsonl_line(*n, line))
            .collect();
        for line in results {
            tally.write(out, line)?;
        }
    }
    Ok(tally)
}
