//! Runs byline's analysis over a folder of articles and writes one JSON per
//! article, for the scorers.
//!
//! usage: byline-eval [--speakers FILE] [--only LIST] IN_DIR OUT_DIR
//!
//! `--speakers FILE` chooses speakers with the ranker weights in FILE
//! instead of the shipped ones, and `--only LIST` reads only the articles
//! LIST names (one file name without `.txt` a line): together, an
//! article's statements are weighed by a model trained without it.
//!
//! Every `*.txt` in IN_DIR (or in IN_DIR/text when it has one) becomes
//! OUT_DIR/<name>.json, in the same schema as `byline --json`, except that
//! `text` is the file as read (line ends unified) and every offset points
//! into it: annotations are made against the file, not against the text
//! byline cleans for the terminal.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let usage = || {
        eprintln!("usage: byline-eval [--speakers FILE] [--only LIST] IN_DIR OUT_DIR");
        ExitCode::from(2)
    };
    let mut only: Option<std::collections::HashSet<String>> = None;
    while args.first().is_some_and(|a| a.starts_with("--")) {
        let flag = args.remove(0);
        let Some(value) = (!args.is_empty()).then(|| args.remove(0)) else {
            return usage();
        };
        let read = |p: &str| std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"));
        let done = match flag.as_str() {
            "--speakers" => read(&value).and_then(|t| {
                let r = byline::analysis::quotes::ranker::Ranker::parse(&t, &value)
                    .map_err(|e| e.to_string())?;
                byline::analysis::quotes::ranker::install(r);
                Ok(())
            }),
            "--only" => read(&value).map(|t| {
                only = Some(t.lines().map(str::to_string).collect());
            }),
            _ => return usage(),
        };
        if let Err(e) = done {
            eprintln!("byline-eval: {e}");
            return ExitCode::from(2);
        }
    }
    let [input, output] = args.as_slice() else {
        return usage();
    };
    let mut dir = PathBuf::from(input);
    if dir.join("text").is_dir() {
        dir = dir.join("text");
    }
    match run(&dir, Path::new(output), only.as_ref()) {
        Ok(n) => {
            eprintln!("byline-eval: wrote {n} analyses to {output}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("byline-eval: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(
    dir: &Path,
    out: &Path,
    only: Option<&std::collections::HashSet<String>>,
) -> Result<usize, String> {
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter(|p| {
            only.is_none_or(|o| {
                o.contains(p.file_stem().unwrap_or_default().to_string_lossy().as_ref())
            })
        })
        .collect();
    files.sort();
    for f in &files {
        let (decoded, doc) =
            byline::load_with_source(&byline::Input::File(f.clone())).map_err(|e| e.to_string())?;
        // As a scorer reads the file: "\r\n" and "\r" end lines as "\n".
        let raw = decoded.replace("\r\n", "\n").replace('\r', "\n");
        let map = byline::text::CharMap::new(&raw, &doc.article.text);
        let mut json: serde_json::Value =
            serde_json::from_str(&byline::export::to_json(&doc)).map_err(|e| e.to_string())?;
        to_raw_offsets(&mut json, &map);
        json["text"] = serde_json::Value::String(raw);
        let stem = f.file_stem().unwrap_or_default().to_string_lossy();
        let path = out.join(format!("{stem}.json"));
        std::fs::write(&path, json.to_string()).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(files.len())
}

/// Every span (an object with `start` and `end`) moved onto the raw text.
fn to_raw_offsets(v: &mut serde_json::Value, map: &byline::text::CharMap) {
    match v {
        serde_json::Value::Object(o) => {
            let offsets = o
                .get("start")
                .and_then(|s| s.as_u64())
                .zip(o.get("end").and_then(|e| e.as_u64()));
            if let Some((start, end)) = offsets {
                o.insert("start".into(), map.start(start as usize).into());
                o.insert("end".into(), map.end(end as usize).into());
            }
            o.values_mut().for_each(|x| to_raw_offsets(x, map));
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(|x| to_raw_offsets(x, map)),
        _ => {}
    }
}
