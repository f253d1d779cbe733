//! How analysis time grows with the article, for the shapes that once made
//! it grow faster than the text: each shape at n, 2n and 4n words, the
//! fastest of five runs each, and the growth exponent (1 is linear, 2 is
//! quadratic). Run with `cargo bench --bench scaling`; criterion times a
//! fixed input well but does not fit a growth curve, so this harness does.

use std::hint::black_box;
use std::time::{Duration, Instant};

/// A small deterministic generator, so every run sees the same text.
struct Lcg(u64);

impl Lcg {
    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        from[(self.0 >> 33) as usize % from.len()]
    }
}

const NAMES: &[&str] = &[
    "Ann Lee",
    "Sam Ortiz",
    "Wang Xiaohong",
    "Maria Silva",
    "Ahmed Al Raisi",
];

/// `n` words of one shape, after a headline.
fn shape(name: &str, n: usize) -> String {
    let mut r = Lcg(7);
    let mut out = String::from("A headline for the shape\n\n");
    let mut words = 0;
    while words < n {
        let (piece, count) = match name {
            // One paragraph: quotations, cues and plain sentences mixed.
            "one paragraph" => match r.pick(&["q", "s", "o", "c", "p"]) {
                "q" => (format!("“We will build it,” said {}. ", r.pick(NAMES)), 6),
                "s" => (format!("{} said the plan was sound. ", r.pick(NAMES)), 7),
                "o" => ("“ ".to_string(), 1),
                "c" => ("He said: “It is good. ".to_string(), 5),
                _ => (
                    "The council met on Monday and voted for it. ".to_string(),
                    9,
                ),
            },
            "unmatched marks" => ("“ He said ".to_string(), 3),
            "nested marks" => ("“A ‘b “c ‘d ".to_string(), 4),
            "capitalised names" => (
                format!(
                    "{} ",
                    r.pick(&["Alpha", "Beta", "Gamma", "Delta", "Kappa", "Omega"])
                ),
                1,
            ),
            "one name repeated" => ("Wang Xiaohong said. ".to_string(), 3),
            // Thousands of different people sharing first names.
            "many people" => (
                format!(
                    "{} {}{} spoke. ",
                    r.pick(&[
                        "Maria", "John", "Ahmed", "Li", "Sarah", "Ivan", "Grace", "Omar"
                    ]),
                    r.pick(&[
                        "Lopez", "Smith", "Hassan", "Wei", "Brooks", "Petrov", "Kim", "Ali"
                    ]),
                    words % 997
                ),
                3,
            ),
            "numbers" => (
                format!(
                    "{} ",
                    r.pick(&["12", "3,400", "$5 million", "7%", "1996", "40.5"])
                ),
                1,
            ),
            "one-word paragraphs" => ("Word\n\n".to_string(), 1),
            _ => unreachable!("no such shape"),
        };
        out.push_str(&piece);
        words += count;
    }
    out
}

/// The fastest of five runs: what the work costs, with as little as
/// possible of what else the machine was doing.
fn best_time(text: &str) -> Duration {
    (0..5)
        .map(|_| {
            let t = Instant::now();
            black_box(byline::document_from_text(black_box(text), Vec::new()));
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    // `cargo test --benches` runs benches once as tests; keep that quick.
    let n = if std::env::args().any(|a| a == "--bench") {
        100_000
    } else {
        2_000
    };
    println!(
        "{:<22} {:>10} {:>10} {:>10}  exponent",
        "shape",
        format!("{}k", n / 1000),
        format!("{}k", 2 * n / 1000),
        format!("{}k", 4 * n / 1000)
    );
    for name in [
        "one paragraph",
        "unmatched marks",
        "nested marks",
        "capitalised names",
        "one name repeated",
        "many people",
        "numbers",
        "one-word paragraphs",
    ] {
        let t: Vec<Duration> = [n, 2 * n, 4 * n]
            .iter()
            .map(|&k| best_time(&shape(name, k)))
            .collect();
        let exponent = (t[2].as_secs_f64() / t[0].as_secs_f64()).log2() / 2.0;
        println!(
            "{name:<22} {:>8.1}ms {:>8.1}ms {:>8.1}ms  {exponent:.2}",
            t[0].as_secs_f64() * 1e3,
            t[1].as_secs_f64() * 1e3,
            t[2].as_secs_f64() * 1e3,
        );
    }
}
