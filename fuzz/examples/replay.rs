//! Replays inputs through the reader target without the fuzzer's
//! instrumentation, timing each: what the fuzzer reports as a hang is
//! often only a long key sequence, slow under instrumentation.
//!
//! cargo run --release --example replay -- FILE…

fn main() {
    for path in std::env::args().skip(1) {
        let data = match std::fs::read(&path) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let start = std::time::Instant::now();
        byline_fuzz::read(&data);
        println!("{path}: {:?}", start.elapsed());
    }
}
