//! Every input that once crashed byline, found by the fuzzers or by users,
//! kept in `tests/fixtures/crashes/` and checked against every invariant.

mod common;

#[test]
fn every_input_that_once_crashed_now_analyses() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/crashes");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).expect("the crash fixtures") {
        let path = entry.expect("a fixture").path();
        let bytes = std::fs::read(&path).expect("a readable fixture");
        let result = std::panic::catch_unwind(|| common::check(&bytes));
        assert!(result.is_ok(), "{} crashes again", path.display());
        n += 1;
    }
    assert!(n >= 1);
}
