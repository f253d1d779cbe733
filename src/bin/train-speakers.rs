//! Trains byline's speaker ranker on PolNeAR and writes its weights.
//!
//! cargo run --release --bin train-speakers -- [--data DIR] [--out FILE]
//!     [--epochs N] [--seed N] [--folds K --fold-dir DIR]
//!
//! Reads PolNeAR's `train` and `dev` splits from DIR (default
//! `../shared/data/quotes/polnear`). Every statement whose speaker the
//! ranker chooses, and that matches an annotated statement with a source,
//! is an example: its candidates, right when one of their mentions lies in
//! the annotated source or their name is made of its words. Training is on
//! `train` alone; the program prints how often the rules and the ranker
//! choose right on both splits, and writes the weights (default
//! `assets/speakers.txt`). With `--folds K` it also writes, for
//! cross-validation, K models to the fold folder, model i trained without
//! the train articles whose number in name order is i modulo K, and the
//! names of those articles beside it.

use byline::analysis::quotes::ranker::{self, Example, Feature, Ranker};
use byline::export::CharIndex;
use clap::Parser;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Prints a line; a reader that has gone (`| head`) is no error.
macro_rules! say {
    ($($arg:tt)*) => {
        let _ = writeln!(std::io::stdout(), $($arg)*);
    };
}

#[derive(Parser)]
#[command(about = "Train byline's speaker ranker")]
struct Args {
    /// Folder holding PolNeAR's train/ and dev/.
    #[arg(long, default_value = "../shared/data/quotes/polnear")]
    data: PathBuf,
    /// Where to write the weights.
    #[arg(long, default_value = "assets/speakers.txt")]
    out: PathBuf,
    #[arg(long, default_value_t = 10)]
    epochs: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// How many cross-validation models to write (0: none).
    #[arg(long, default_value_t = 0)]
    folds: usize,
    /// Where the cross-validation models go.
    #[arg(long, default_value = "target/speaker-folds")]
    fold_dir: PathBuf,
}

/// One annotated statement: what was said and who said it, in characters
/// of the file.
struct Gold {
    content: (usize, usize),
    source: (usize, usize, String),
}

/// The statements with a source in a brat file of PolNeAR.
fn read_gold(path: &Path) -> Result<Vec<Gold>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut spans = std::collections::HashMap::new();
    let mut events = Vec::new();
    for line in text.lines() {
        let parts: Vec<&str> = line.splitn(3, '\t').collect();
        if line.starts_with('T') && parts.len() == 3 {
            let Some((_, offsets)) = parts[1].split_once(' ') else {
                continue;
            };
            let pieces: Vec<usize> = offsets
                .split([';', ' '])
                .filter_map(|n| n.parse().ok())
                .collect();
            if let (Some(&a), Some(&b)) = (pieces.first(), pieces.last()) {
                spans.insert(parts[0].to_string(), (a, b, parts[2].to_string()));
            }
        } else if line.starts_with('E') && parts.len() >= 2 {
            let roles: std::collections::HashMap<&str, &str> = parts[1]
                .split_whitespace()
                .filter_map(|a| a.split_once(':'))
                .collect();
            events.push((
                roles.get("Content").map(|s| s.to_string()),
                roles.get("Source").map(|s| s.to_string()),
            ));
        }
    }
    Ok(events
        .into_iter()
        .filter_map(|(c, s)| {
            let c = spans.get(&c?)?;
            let s = spans.get(&s?)?;
            Some(Gold {
                content: (c.0, c.1),
                source: s.clone(),
            })
        })
        .collect())
}

fn words(s: &str) -> std::collections::HashSet<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '_')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// The examples of one article.
fn examples_of(text_path: &Path, ann_dir: &Path) -> Result<Vec<Example>, String> {
    let stem = text_path
        .file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .to_string();
    let mut anns: Vec<PathBuf> = std::fs::read_dir(ann_dir)
        .map_err(|e| format!("{}: {e}", ann_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(&format!("{stem}_")))
        })
        .collect();
    anns.sort();
    let Some(ann) = anns.first() else {
        return Ok(Vec::new());
    };
    let gold = read_gold(ann)?;
    let (decoded, doc) = byline::load_with_source(&byline::Input::File(text_path.to_path_buf()))
        .map_err(|e| e.to_string())?;
    let raw = decoded.replace("\r\n", "\n").replace('\r', "\n");
    let text = &doc.article.text;
    let map = byline::text::CharMap::new(&raw, text);
    let idx = CharIndex::new(text);
    let to_raw =
        |s: &byline::text::Span| (map.start(idx.chars(s.start)), map.end(idx.chars(s.end)));
    let (entities, choices) = byline::analysis::speaker_choices(&doc.article);
    let mut out = Vec::new();
    for choice in choices {
        let q = to_raw(&choice.span);
        // The annotated statement it matches, as the scorer matches them.
        let Some(g) = gold.iter().find(|g| {
            let ov = overlap(q, g.content);
            2 * ov >= g.content.1 - g.content.0 && 2 * ov >= q.1 - q.0 && ov > 0
        }) else {
            continue;
        };
        let source = (g.source.0, g.source.1);
        let source_words = words(&g.source.2);
        let right: Vec<bool> = choice
            .candidates
            .iter()
            .map(|(e, mention, _)| {
                let ent = &entities[*e];
                let name = words(&ent.name);
                overlap(to_raw(mention), source) > 0
                    || ent.mentions.iter().any(|m| overlap(to_raw(m), source) > 0)
                    || !name.is_empty() && name.is_subset(&source_words)
            })
            .collect();
        out.push(Example {
            candidates: choice.candidates.into_iter().map(|(_, _, f)| f).collect(),
            right,
        });
    }
    Ok(out)
}

/// Every article of a split, in name order, with its examples.
fn read_split(dir: &Path) -> Result<Vec<(String, Vec<Example>)>, String> {
    let text_dir = dir.join("text");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&text_dir)
        .map_err(|e| format!("{}: {e}", text_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| {
            let stem = f
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            Ok((stem, examples_of(f, &dir.join("attributions"))?))
        })
        .collect()
}

/// Of some examples: how many, how many the rules choose right, how many
/// the ranker, and how many have a right candidate at all.
#[derive(Default, Clone, Copy)]
struct Tally {
    examples: usize,
    rules: usize,
    ranker: usize,
    any: usize,
}

impl Tally {
    fn of(r: &Ranker, examples: &[&Example]) -> Tally {
        let mut t = Tally {
            examples: examples.len(),
            ..Tally::default()
        };
        for ex in examples {
            let rule = ex
                .candidates
                .iter()
                .position(|c| c.contains(&Feature::Rule));
            t.rules += usize::from(rule.is_some_and(|i| ex.right[i]));
            t.any += usize::from(ex.right.iter().any(|&x| x));
            // As the reader decides.
            let features: Vec<&[Feature]> = ex.candidates.iter().map(Vec::as_slice).collect();
            let pick = r.decide(&features);
            t.ranker += usize::from(pick.is_some_and(|i| ex.right[i]));
        }
        t
    }

    fn add(self, o: Tally) -> Tally {
        Tally {
            examples: self.examples + o.examples,
            rules: self.rules + o.rules,
            ranker: self.ranker + o.ranker,
            any: self.any + o.any,
        }
    }

    fn print(&self, name: &str) {
        let share = |n: usize| n as f64 / self.examples.max(1) as f64;
        say!(
            "{name}: {} statements · rules right {:.3} · ranker right {:.3} · a right candidate {:.3}",
            self.examples,
            share(self.rules),
            share(self.ranker),
            share(self.any)
        );
    }
}

/// Every example of the articles, in order.
fn all(articles: &[(String, Vec<Example>)]) -> Vec<&Example> {
    articles.iter().flat_map(|(_, e)| e.iter()).collect()
}

fn run(args: &Args) -> Result<(), String> {
    let train = read_split(&args.data.join("train"))?;
    let dev = read_split(&args.data.join("dev"))?;
    let model = ranker::train(&all(&train), args.epochs, args.seed);
    Tally::of(&model, &all(&train)).print("train (trained on)");
    Tally::of(&model, &all(&dev)).print("dev (never trained on)");
    if args.folds > 0 {
        std::fs::create_dir_all(&args.fold_dir)
            .map_err(|e| format!("{}: {e}", args.fold_dir.display()))?;
        let mut cv = Tally::default();
        for k in 0..args.folds {
            let (out, keep): (Vec<_>, Vec<_>) = train
                .iter()
                .enumerate()
                .partition(|(i, _)| i % args.folds == k);
            let keep: Vec<&Example> = keep.iter().flat_map(|(_, (_, e))| e.iter()).collect();
            let m = ranker::train(&keep, args.epochs, args.seed);
            let held: Vec<&Example> = out.iter().flat_map(|(_, (_, e))| e.iter()).collect();
            cv = cv.add(Tally::of(&m, &held));
            let path = args.fold_dir.join(format!("fold{k}.txt"));
            std::fs::write(&path, m.to_text()).map_err(|e| format!("{}: {e}", path.display()))?;
            let names: String = out.iter().map(|(_, (n, _))| format!("{n}\n")).collect();
            let path = args.fold_dir.join(format!("fold{k}.list"));
            std::fs::write(&path, names).map_err(|e| format!("{}: {e}", path.display()))?;
        }
        // Every train article weighed by a model that never saw it.
        cv.print(&format!("train, {}-fold cross-validation", args.folds));
    }
    std::fs::write(&args.out, model.to_text())
        .map_err(|e| format!("{}: {e}", args.out.display()))?;
    say!("wrote {}", args.out.display());
    Ok(())
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train-speakers: {e}");
            ExitCode::from(2)
        }
    }
}
