//! Any bytes at all: the loader either refuses them with an error or yields
//! terminal-safe text and an analysis whose spans are in bounds, and that
//! map back onto the text as read.

use proptest::prelude::*;

mod common;

use common::check;

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
