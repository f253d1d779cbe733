//! Runs byline's analysis over a folder of articles and writes one JSON per
//! article, for the scorers.
//!
//! usage: byline-eval IN_DIR OUT_DIR
//!
//! Every `*.txt` in IN_DIR (or in IN_DIR/text when it has one) becomes
//! OUT_DIR/<name>.json, in the same schema as `byline --json`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: byline-eval IN_DIR OUT_DIR");
        return ExitCode::from(2);
    };
    let mut dir = PathBuf::from(input);
    if dir.join("text").is_dir() {
        dir = dir.join("text");
    }
    match run(&dir, Path::new(output)) {
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

fn run(dir: &Path, out: &Path) -> Result<usize, String> {
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    for f in &files {
        let doc = byline::load(&byline::Input::File(f.clone())).map_err(|e| e.to_string())?;
        let stem = f.file_stem().unwrap_or_default().to_string_lossy();
        let path = out.join(format!("{stem}.json"));
        std::fs::write(&path, byline::export::to_json(&doc))
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(files.len())
}
