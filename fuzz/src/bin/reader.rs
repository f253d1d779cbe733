//! Fuzz target: an article and a key sequence, through the reader's
//! `update` and `draw` at any terminal size.

fn main() {
    afl::fuzz!(|data: &[u8]| {
        byline_fuzz::read(data);
    });
}
