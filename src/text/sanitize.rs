//! Terminal-safe text. Everything an article says passes through here once,
//! at ingestion, so that nothing in it can reach the terminal as a command.

use unicode_normalization::UnicodeNormalization;

const TAB_WIDTH: usize = 8;

/// A character kept as it is: not a control, a line or paragraph
/// separator, a bidi override or isolate, a soft hyphen or a byte-order mark.
fn kept(c: char) -> bool {
    !(c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{ad}' | '\u{feff}'
        ))
}

fn is_nfc(s: &str) -> bool {
    s.is_ascii()
        || unicode_normalization::is_nfc_quick(s.chars())
            == unicode_normalization::IsNormalized::Yes
}

/// `sanitize`, keeping `raw` itself when there is nothing to change, as in
/// most articles: a large one is then held once.
pub fn sanitize_owned(raw: String) -> String {
    if raw.chars().all(|c| c == '\n' || kept(c)) && is_nfc(&raw) {
        raw
    } else {
        sanitize(&raw)
    }
}

/// Returns `raw` with escape sequences removed whole, control characters
/// other than the newline dropped, line ends unified, tabs expanded, bidi
/// overrides and isolates and soft hyphens removed, in NFC.
pub fn sanitize(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut column = 0usize;
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            c if kept(c) => {
                out.push(c);
                column += 1;
            }
            '\n' | '\u{2028}' | '\u{2029}' => {
                out.push('\n');
                column = 0;
            }
            // "\r\n" is one line end: its "\r" goes with the other controls.
            '\r' if chars.peek() != Some(&'\n') => {
                out.push('\n');
                column = 0;
            }
            '\t' => {
                let pad = TAB_WIDTH - column % TAB_WIDTH;
                out.extend(std::iter::repeat_n(' ', pad));
                column += pad;
            }
            '\u{1b}' => skip_escape(&mut chars),
            // C1 introducers of strings and control sequences.
            '\u{9b}' => skip_csi(&mut chars),
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            // Other controls, bidi overrides and isolates, soft hyphens and
            // byte-order marks are dropped.
            _ => {}
        }
    }
    if is_nfc(&out) {
        out
    } else {
        out.nfc().collect()
    }
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// After ESC: removes the rest of the sequence, whatever its kind.
fn skip_escape(chars: &mut Chars) {
    match chars.peek().copied() {
        Some('[') => {
            chars.next();
            skip_csi(chars);
        }
        Some(']' | 'P' | '_' | '^' | 'X') => {
            chars.next();
            skip_string(chars);
        }
        Some(c) if ('\u{20}'..='\u{2f}').contains(&c) => {
            // nF: intermediates, then one final byte.
            while matches!(chars.peek(), Some(c) if ('\u{20}'..='\u{2f}').contains(c)) {
                chars.next();
            }
            chars.next();
        }
        Some(c) if ('\u{30}'..='\u{7e}').contains(&c) => {
            chars.next();
        }
        _ => {}
    }
}

/// Parameters and intermediates up to the final byte (0x40–0x7E).
fn skip_csi(chars: &mut Chars) {
    while let Some(&c) = chars.peek() {
        if !('\u{20}'..='\u{7e}').contains(&c) {
            // A malformed sequence ends at the first character that cannot be in it.
            return;
        }
        chars.next();
        if c >= '\u{40}' {
            return;
        }
    }
}

/// OSC, DCS, APC, PM and SOS run to BEL or the string terminator.
fn skip_string(chars: &mut Chars) {
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' => return,
            '\u{1b}' => {
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                return;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn removes_csi_osc_and_other_strings_whole() {
        assert_eq!(sanitize("a\u{1b}[31mred\u{1b}[0m b"), "ared b");
        assert_eq!(sanitize("x\u{1b}]0;evil title\u{7}y"), "xy");
        assert_eq!(
            sanitize("x\u{1b}]8;;http://e\u{1b}\\link\u{1b}]8;;\u{1b}\\y"),
            "xlinky"
        );
        assert_eq!(sanitize("x\u{1b}Pq#0;2;0;0;0\u{1b}\\y"), "xy");
        assert_eq!(
            sanitize("x\u{1b}_apc\u{1b}\\y\u{1b}^pm\u{7}z\u{1b}Xsos\u{1b}\\w"),
            "xyzw"
        );
        assert_eq!(sanitize("x\u{9b}2Jy"), "xy");
        assert_eq!(sanitize("a\u{1b}[10;20Hb\u{1b}(Bc\u{1b}cd"), "abcd");
    }

    #[test]
    fn drops_controls_keeps_newlines_and_unifies_line_ends() {
        assert_eq!(sanitize("a\u{7}b\u{0}c\u{8}d\u{7f}e"), "abcde");
        assert_eq!(sanitize("one\r\ntwo\rthree\n"), "one\ntwo\nthree\n");
    }

    #[test]
    fn expands_tabs_to_the_next_stop() {
        assert_eq!(sanitize("ab\tc"), "ab      c");
        assert_eq!(sanitize("\tx\n\ty"), "        x\n        y");
    }

    #[test]
    fn removes_bidi_controls_and_soft_hyphens_and_normalises() {
        assert_eq!(sanitize("a\u{202e}b\u{2066}c\u{2069}"), "abc");
        assert_eq!(sanitize("news\u{ad}paper"), "newspaper");
        assert_eq!(sanitize("Dac\u{69}\u{301}c"), "Dac\u{ed}c");
    }

    #[test]
    fn unterminated_sequences_do_not_swallow_more_than_they_should() {
        assert_eq!(sanitize("tail\u{1b}"), "tail");
        assert_eq!(sanitize("a\u{1b}[12"), "a");
        assert_eq!(sanitize("a\u{1b}[1\nb"), "a\nb");
    }
}
