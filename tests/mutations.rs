//! Real-looking articles, cut, spliced and sprinkled with the marks that
//! steer the analysis (quotation marks, dashes, colons, capitalised words,
//! paragraph breaks): every mutant must analyse without a panic and hold
//! the invariants of `common::check`. A few thousand cases by default;
//! `BYLINE_MUTATIONS=100000 cargo test --release --test mutations` runs
//! more. A failing case is written to the temporary folder and named.

mod common;

const ARTICLES: &[&str] = &[
    include_str!("fixtures/articles/council.txt"),
    include_str!("fixtures/articles/match.txt"),
    include_str!("fixtures/articles/markets.txt"),
    include_str!("fixtures/articles/interview.txt"),
];

const SPRINKLES: &[&str] = &[
    "“",
    "”",
    "\"",
    "‘",
    "’",
    "'",
    "''",
    "«",
    "»",
    " — ",
    "―",
    " - ",
    "–",
    ":",
    ": ",
    ";",
    "\n\n",
    "\n",
    " said ",
    " said.",
    ", he said",
    "Mr ",
    "Ms. ",
    "Smith",
    "John Smith",
    "According to ",
    "UNITED NATIONS",
    "The ",
    "President ",
    "(AP) ",
    "By ",
    "3,000",
    "$4 million",
    "5%",
    "Monday",
    ", who ",
    " told ",
    " (R-Texas) ",
    "Q: ",
    "A: ",
];

/// A small deterministic generator: case `n` is the same on every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize
    }
    fn below(&mut self, n: usize) -> usize {
        self.next() % n.max(1)
    }
}

/// A character boundary of `s` near byte `at`.
fn boundary(s: &str, mut at: usize) -> usize {
    at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// One mutation of `text`.
fn mutate(text: &mut String, r: &mut Lcg) {
    let at = boundary(text, r.below(text.len() + 1));
    match r.below(5) {
        // Cut a stretch out.
        0 => {
            let end = boundary(text, at + r.below(200));
            text.replace_range(at..end, "");
        }
        // Splice in a stretch of another article.
        1 => {
            let other = ARTICLES[r.below(ARTICLES.len())];
            let from = boundary(other, r.below(other.len()));
            let to = boundary(other, from + r.below(300));
            text.insert_str(at, &other[from..to]);
        }
        // Repeat a stretch in place.
        2 => {
            let end = boundary(text, at + r.below(120));
            let piece = text[at..end].to_string();
            for _ in 0..=r.below(3) {
                text.insert_str(at, &piece);
            }
        }
        // Sprinkle marks and words.
        _ => {
            for _ in 0..=r.below(6) {
                let at = boundary(text, r.below(text.len() + 1));
                text.insert_str(at, SPRINKLES[r.below(SPRINKLES.len())]);
            }
        }
    }
}

#[test]
fn mutated_articles_analyse_and_hold_every_invariant() {
    let cases: u64 = std::env::var("BYLINE_MUTATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_000);
    for case in 0..cases {
        let mut r = Lcg(case.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ 0x00b1_1e5e);
        let mut text = ARTICLES[r.below(ARTICLES.len())].to_string();
        for _ in 0..=r.below(8) {
            mutate(&mut text, &mut r);
        }
        let result = std::panic::catch_unwind(|| common::check(text.as_bytes()));
        if result.is_err() {
            let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
                .join(format!("byline-mutant-{case}.txt"));
            let _ = std::fs::write(&path, &text);
            panic!("case {case} failed; its text is in {}", path.display());
        }
    }
}
