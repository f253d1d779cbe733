//! A named person's surname the model passes by, because it is an English
//! word or opens a sentence: a title of address before it or a speech
//! verb after it makes it the person's.

use super::*;

#[test]
fn a_surname_after_a_title_of_address_is_the_person() {
    let d = doc("Port adviser Douglas Band met donors on Monday.\n\n\
         Mr. Band wrote that the pier needed another year.");
    assert_eq!(mentions(&d, "Douglas Band"), ["Douglas Band", "Band"]);
}

#[test]
fn a_surname_before_a_speech_verb_is_the_person() {
    let d = doc("Senator Jon Tester spoke to the harbour board.\n\n\
         Tester added: “That is where the problem is.”");
    assert_eq!(mentions(&d, "Jon Tester"), ["Jon Tester", "Tester"]);
    let q = &d.analysis.quotes[0];
    assert_eq!(q.speaker.as_deref(), Some("Jon Tester"));
}

#[test]
fn the_word_elsewhere_stays_a_word() {
    let d = doc("Port adviser Douglas Band met donors on Monday.\n\n\
         Band practice at the harbour hall begins at six.");
    assert_eq!(mentions(&d, "Douglas Band"), ["Douglas Band"]);
}
