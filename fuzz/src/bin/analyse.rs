//! Fuzz target: any bytes as an article, through loading, analysis and the
//! JSON export.

fn main() {
    afl::fuzz!(|data: &[u8]| {
        byline_fuzz::analyse(data);
    });
}
