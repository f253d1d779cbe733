//! What the benchmarks share: a generated article.

/// About 3 MB of news-like paragraphs, each different from the others.
pub fn big_article() -> String {
    const FIRST: &[&str] = &[
        "Maria", "John", "Ahmed", "Li", "Sarah", "Ivan", "Grace", "Tomas",
    ];
    const LAST: &[&str] = &[
        "Lopez", "Smith", "Hassan", "Wei", "Brooks", "Petrov", "Okafor", "Novak",
    ];
    const PLACES: &[&str] = &[
        "Nairobi", "Lima", "Oslo", "Hanoi", "Denver", "Porto", "Accra", "Perth",
    ];
    const ORGS: &[&str] = &[
        "Ministry of Health",
        "Central Bank",
        "Port Authority",
        "City Council",
    ];
    let mut s = String::from(
        "A generated article for measuring speed\n\nBy Test Writer | The Bench Post\n\n",
    );
    let mut i = 0usize;
    while s.len() < 3_000_000 {
        let (f, l) = (FIRST[i % 8], LAST[(i / 8) % 8]);
        let p = PLACES[(i / 3) % 8];
        let o = ORGS[(i / 5) % 4];
        s.push_str(&format!(
            "{f} {l}, a senior official of the {o} in {p}, said on Monday that {n} new projects worth ${m} million \
             would start in {y}. “We expect about {pc}% growth in case {i},” {l} said. The plan covers more than \
             {k} households, according to the {o}.\n\n",
            n = i % 97 + 3,
            m = i % 500 + 1,
            y = 2000 + i % 30,
            pc = i % 40,
            k = 1000 + i * 7,
        ));
        i += 1;
    }
    s
}
