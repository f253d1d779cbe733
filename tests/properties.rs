//! Any bytes at all: the loader either refuses them with an error or yields
//! terminal-safe text and an analysis whose spans are in bounds, and that
//! map back onto the text as read.

use proptest::prelude::*;

fn check(bytes: &[u8]) {
    let Ok(decoded) = byline::source::decode(bytes, "prop") else {
        return;
    };
    let doc = byline::document_from_text(&decoded.text, decoded.warnings);
    let text = &doc.article.text;
    assert!(
        text.chars().all(|c| c == '\n' || !c.is_control()),
        "control character in {text:?}"
    );
    assert!(!text.contains('\u{1b}'));
    let spans = doc
        .article
        .paragraphs
        .iter()
        .cloned()
        .chain(
            doc.analysis
                .entities
                .iter()
                .flat_map(|e| e.mentions.iter().cloned()),
        )
        .chain(doc.analysis.figures.iter().map(|f| f.span.clone()))
        .chain(doc.analysis.quotes.iter().flat_map(|q| {
            [
                Some(q.span.clone()),
                q.cue.clone(),
                q.speaker_mention.clone(),
            ]
            .into_iter()
            .flatten()
        }));
    for s in spans {
        assert!(
            s.start <= s.end && s.end <= text.len(),
            "{s:?} out of bounds"
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{s:?} splits a character"
        );
    }
    // Offsets onto the text as read stay in it and in order.
    let map = byline::text::CharMap::new(&decoded.text, text);
    let raw_len = decoded.text.chars().count();
    let n = text.chars().count();
    let mut prev = 0;
    for i in 0..n {
        let k = map.start(i);
        assert!(
            k < raw_len && k >= prev,
            "char {i} maps to {k} after {prev}"
        );
        assert!(map.end(i + 1) > k && map.end(i + 1) <= raw_len);
        prev = k;
    }
    let json: serde_json::Value = serde_json::from_str(&byline::export::to_json(&doc)).unwrap();
    let chars: Vec<char> = text.chars().collect();
    for q in json["quotes"].as_array().unwrap() {
        let (s, e) = (
            q["start"].as_u64().unwrap() as usize,
            q["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            chars[s..e].iter().collect::<String>(),
            q["text"].as_str().unwrap()
        );
    }
}

const PIECES: &[&str] = &[
    "“",
    "”",
    "\"",
    "‘",
    "’",
    "'",
    ",",
    ".",
    " said ",
    " he said",
    "Mr. ",
    "Smith",
    "John Smith",
    "\n\n",
    "\n",
    "\u{1b}[31m",
    "\u{1b}]0;x\u{7}",
    "\t",
    "$",
    "3,000",
    " million",
    "%",
    "By ",
    " | ",
    "according to",
    "—",
    "Ministry of ",
    "Interpol",
    "e\u{301}",
    "\u{202e}",
    "\u{ad}",
    "日本",
    "👍",
    ":",
    "(AP) ",
    "WASHINGTON ",
    " told ",
    " saying ",
    "''",
    "PENCE: ",
    "CORRECTION: ",
    " by ",
    "(D-Ore.)",
    "R. ",
    " that ",
    " as ",
    "Though ",
    ", who ",
    "1990s ",
    " - only ",
    "In an interview with ",
    " reported ",
    " according to ",
    " but said, ",
    " percent ",
    "About 40 percent of ",
    "Thomas “Tip” Olsen",
    " — a fisher — ",
    " distanced ",
    " the email said",
    "Following a meeting, ",
    "9/11 ",
    " but argues that ",
    ", a charge that ",
    "crews’ ",
    "Then she ",
    " restructuring experts say ",
    " ― ",
    "― Today",
    "Monday",
    "The mayor spoke.",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        check(&bytes);
    }

    #[test]
    fn article_like_text(parts in proptest::collection::vec(proptest::sample::select(PIECES), 0..80)) {
        check(parts.concat().as_bytes());
    }
}
