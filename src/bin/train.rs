//! Trains byline's entity recogniser and writes its weights.
//!
//! cargo run --release --bin train -- [--data DIR] [--out FILE] [--epochs N]
//!     [--seed N] [--gmb N] [--bags N] [--prune W]
//!
//! Reads CoNLL-2003 `train.txt` (and, with `--gmb N`, the first N sentences
//! of the Groningen Meaning Bank) from DIR (default `../shared/data/ner`),
//! trains `--bags` perceptrons (default 4) and averages them, prints
//! precision, recall and F1 on CoNLL-2003 `dev.txt` and on WikiGold after
//! each epoch of the first and for the average, and writes the weights
//! (default `assets/ner.bin`).
//! WikiGold is never trained on: it checks text of another kind.

use byline::model::tags::{Kind, Name};
use byline::model::train::{Doc, Options, Score, Sentence, evaluate, train};
use clap::Parser;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(about = "Train byline's entity recogniser")]
struct Args {
    /// Folder holding conll2003/, gmb.conll and wikigold.conll.
    #[arg(long, default_value = "../shared/data/ner")]
    data: PathBuf,
    /// Where to write the weights.
    #[arg(long, default_value = "assets/ner.bin")]
    out: PathBuf,
    #[arg(long, default_value_t = 10)]
    epochs: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// How many sentences of GMB to add to the training data (0: none).
    #[arg(long, default_value_t = 0)]
    gmb: usize,
    /// Features seen fewer times than this get no weight.
    #[arg(long, default_value_t = 1)]
    min_count: u32,
    /// Thousandths of the features left out of each training step.
    #[arg(long, default_value_t = 100)]
    dropout: u32,
    /// How many perceptrons, each with its own seed, are averaged.
    #[arg(long, default_value_t = 4)]
    bags: u64,
    /// Features whose averaged weights all stay under this are left out.
    #[arg(long, default_value_t = 1.1)]
    prune: f32,
}

/// Names from IOB1 or IOB2 tags.
fn names_of(labels: &[String]) -> Vec<Name> {
    let mut out = Vec::new();
    let mut open: Option<(usize, String)> = None;
    for (i, t) in labels
        .iter()
        .chain(std::iter::once(&"O".to_string()))
        .enumerate()
    {
        let (prefix, label) = t.split_once('-').unwrap_or((t.as_str(), ""));
        let continues = prefix == "I" && open.as_ref().is_some_and(|(_, l)| l == label);
        if !continues {
            if let Some((s, l)) = open.take()
                && let Some(kind) = Kind::from_label(&l)
            {
                out.push(Name { tokens: s..i, kind });
            }
            if prefix != "O" {
                open = Some((i, label.to_string()));
            }
        }
    }
    out
}

/// Documents from a CoNLL-style file: the word first, the tag last, blank
/// lines between sentences, `-DOCSTART-` between documents; a file without
/// them is cut into documents of `per_doc` sentences.
fn read(path: &Path, per_doc: usize, max_sentences: usize) -> std::io::Result<Vec<Doc>> {
    let text = std::fs::read_to_string(path)?;
    let mut docs: Vec<Doc> = vec![Vec::new()];
    let (mut words, mut labels): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    let mut count = 0;
    let mut flush = |words: &mut Vec<String>, labels: &mut Vec<String>, docs: &mut Vec<Doc>| {
        if !words.is_empty() {
            let doc = docs.last_mut().expect("one document at least");
            doc.push(Sentence {
                names: names_of(labels),
                words: std::mem::take(words),
            });
            labels.clear();
            count += 1;
            if per_doc > 0 && doc.len() >= per_doc {
                docs.push(Vec::new());
            }
        }
        count < max_sentences
    };
    for line in text.lines() {
        if line.starts_with("-DOCSTART-") {
            flush(&mut words, &mut labels, &mut docs);
            docs.push(Vec::new());
            continue;
        }
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.len() < 2 {
            if !flush(&mut words, &mut labels, &mut docs) {
                break;
            }
            continue;
        }
        words.push(cols[0].to_string());
        labels.push(cols[cols.len() - 1].to_string());
    }
    flush(&mut words, &mut labels, &mut docs);
    docs.retain(|d| !d.is_empty());
    Ok(docs)
}

fn report(name: &str, s: &Score) {
    let (p, r, f) = s.micro();
    let kinds: Vec<String> = [Kind::Per, Kind::Org, Kind::Loc]
        .iter()
        .map(|k| {
            let (p, r, f) = s.of(*k);
            format!("{k:?} P={p:.3} R={r:.3} F1={f:.3}")
        })
        .collect();
    println!(
        "  {name}: PER/ORG/LOC P={p:.3} R={r:.3} F1={f:.3} · {}",
        kinds.join(" · ")
    );
}

fn main() -> ExitCode {
    let args = Args::parse();
    let load = |p: &str, per_doc: usize, max: usize| {
        let path = args.data.join(p);
        read(&path, per_doc, max).map_err(|e| format!("{}: {e}", path.display()))
    };
    let run = || -> Result<(), String> {
        let mut docs = load("conll2003/train.txt", 0, usize::MAX)?;
        let dev = load("conll2003/dev.txt", 0, usize::MAX)?;
        let wiki = load("wikigold.conll", 0, usize::MAX)?;
        if args.gmb > 0 {
            docs.extend(load("gmb.conll", 10, args.gmb)?);
        }
        let sentences: usize = docs.iter().map(Vec::len).sum();
        println!(
            "training on {} documents, {sentences} sentences",
            docs.len()
        );
        let opts = Options {
            epochs: args.epochs,
            seed: args.seed,
            min_count: args.min_count,
            dropout: args.dropout,
            bags: args.bags,
            prune: args.prune,
        };
        let weights = train(&docs, &opts, |epoch, w| {
            println!("epoch {epoch}: {} features", w.len());
            report("CoNLL-2003 dev", &evaluate(w, &dev));
            report("WikiGold", &evaluate(w, &wiki));
        });
        if args.bags > 1 {
            println!(
                "average of {} perceptrons: {} features",
                args.bags,
                weights.len()
            );
            report("CoNLL-2003 dev", &evaluate(&weights, &dev));
            report("WikiGold", &evaluate(&weights, &wiki));
        }
        let bytes = weights.to_bytes();
        std::fs::write(&args.out, &bytes).map_err(|e| format!("{}: {e}", args.out.display()))?;
        println!("wrote {} ({} bytes)", args.out.display(), bytes.len());
        Ok(())
    };
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train: {e}");
            ExitCode::from(2)
        }
    }
}
