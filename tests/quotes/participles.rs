//! Whose words a participle reports when clauses stand between it and the
//! sentence's subject.

use super::*;

/// A participle right after a relative clause in which its person acts is
/// that person's; after one that only describes its person ("who is under
/// investigation"), the sentence's subject's.
#[test]
fn a_participle_after_a_relative_clause() {
    let d = doc(
        "The mayor spoke for a retired captain named Karl Obi, who is running for the council and who worked the crowd, praising “the mayor's quiet courage” as he promised to save the pier.\n\n\
         Greta Berg rose to the defence of the harbour master, Tom Reed, who is under investigation, saying Mr. Reed should be given a medal.",
    );
    assert_eq!(
        quote(&d, "quiet courage").speaker.as_deref(),
        Some("Karl Obi")
    );
    assert_eq!(
        quote(&d, "given a medal").speaker.as_deref(),
        Some("Greta Berg")
    );
}
