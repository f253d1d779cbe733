//! Quotation marks paired into direct quotations, however the publication
//! writes them. Unbalanced marks end at their paragraph, so they never stop
//! the rest of the article from being read right.

use super::super::Context;
use crate::text::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    Either,
}

/// Direct quotations as byte spans including their marks, in order. A
/// quotation that runs over several paragraphs is one span.
pub fn find(ctx: &Context) -> Vec<Span> {
    let text = ctx.text;
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (bi, (block, _)) in ctx.blocks.iter().enumerate() {
        let s = &text[block.clone()];
        let marks = double_marks(s, block.start);
        let marks = if marks.is_empty() {
            single_marks(s, block.start)
        } else {
            marks
        };
        let mut skip_first_open = open.is_some();
        for (pos, len, m) in marks {
            if skip_first_open {
                skip_first_open = false;
                if pos == block.start && m != Mark::Close {
                    continue; // the mark that continues a quotation
                }
                // The carried quotation did not continue: it ended with its paragraph.
                close_at_end(text, &mut open, &mut out, ctx.blocks[bi - 1].0.end);
            }
            match (m, open) {
                (Mark::Open, Some(_)) => open = Some(pos),
                (Mark::Open | Mark::Either, None) => open = Some(pos),
                (Mark::Close | Mark::Either, Some(o)) => {
                    out.push(o..pos + len);
                    open = None;
                }
                (Mark::Close, None) => {}
            }
        }
        if skip_first_open {
            close_at_end(text, &mut open, &mut out, ctx.blocks[bi - 1].0.end);
        }
        if let Some(o) = open {
            // Carried on only when the next paragraph opens with a mark.
            // A quotation in straight marks continues only with a straight
            // mark, a curly one only with a curly one.
            let family: &[char] = match text[o..].chars().next() {
                Some('"') => &['"'],
                Some('\u{ab}' | '\u{bb}') => &['\u{ab}'],
                Some('\u{2018}') => &['\u{2018}'],
                Some('\'' | '`') => &['\'', '`'],
                _ => &['\u{201c}', '\u{201d}'],
            };
            let next_opens = ctx
                .blocks
                .get(bi + 1)
                .is_some_and(|(nb, _)| text[nb.clone()].starts_with(family));
            if !next_opens {
                open = Some(o);
                close_at_end(text, &mut open, &mut out, block.end);
            }
        }
    }
    if open.is_some() {
        let end = ctx.blocks.last().map_or(text.len(), |b| b.0.end);
        close_at_end(text, &mut open, &mut out, end);
    }
    out.sort_by_key(|s| s.start);
    out.retain(|q| !is_nickname(text, q));
    out
}

/// `Marcia "Cia" Price`, `Thomas “Tip” O’Neill`: a quoted name between a
/// first and a last name is part of the name, not a quotation.
fn is_nickname(text: &str, q: &Span) -> bool {
    if q.end - q.start > 28 {
        return false;
    }
    let inner = text[q.clone()].trim_matches(|c: char| !c.is_alphanumeric());
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let before = text[..q.start].strip_suffix(' ');
    let after = text[q.end..].strip_prefix(' ');
    // “Hannity,” closes on a comma: a title in a sentence, not a name.
    let closed_on_letter = text[q.clone()]
        .chars()
        .rev()
        .nth(1)
        .is_some_and(char::is_alphanumeric);
    closed_on_letter
        && inner.len() <= 20
        && inner.split(' ').count() <= 2
        && inner.split(' ').all(capitalised)
        && before.is_some_and(|b| b.rsplit(' ').next().is_some_and(capitalised))
        && after.is_some_and(capitalised)
}

/// An unclosed quotation ends at its paragraph's end when it is long enough
/// to be speech.
fn close_at_end(text: &str, open: &mut Option<usize>, out: &mut Vec<Span>, end: usize) {
    if let Some(o) = open.take()
        && o < end
        && text[o..end].split_whitespace().count() >= 4
    {
        out.push(o..end);
    }
}

fn double_marks(s: &str, base: usize) -> Vec<(usize, usize, Mark)> {
    let mut out = Vec::new();
    let mut skip_to = 0;
    // Only the candidate characters are looked at, with their neighbours:
    // the marks begin with one of these bytes in UTF-8, found by memchr's
    // vectorised search; every other byte is passed over.
    let bytes = s.as_bytes();
    // Both searches come in order: merged, not sorted.
    let mut some = memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes).peekable();
    let mut rest = memchr::memchr2_iter(b'`', 0xC2, bytes).peekable();
    let candidates = std::iter::from_fn(|| match (some.peek(), rest.peek()) {
        (Some(a), Some(b)) if b < a => rest.next(),
        (Some(_), _) => some.next(),
        (None, _) => rest.next(),
    });
    for i in candidates {
        if i < skip_to {
            continue;
        }
        let Some(c) = s[i..].chars().next() else {
            continue;
        };
        if !matches!(
            c,
            '"' | '\u{201c}' | '\u{201d}' | '\u{ab}' | '\u{bb}' | '\u{201e}' | '\'' | '`'
        ) {
            continue;
        }
        let m = &s[i..i + c.len_utf8()];
        // 6’2”, 5'10": feet and inches, no quotation.
        if matches!(c, '"' | '\u{201d}') && is_inches(&s[..i]) {
            continue;
        }
        let prev = s[..i].chars().next_back();
        let next = s[i + m.len()..].chars().next();
        let after_space =
            prev.is_none_or(|p| p.is_whitespace() || "([{\u{2014}\u{2013}-/".contains(p));
        let before_space = next
            .is_none_or(|n| n.is_whitespace() || ",.;:!?)]}\u{2014}\u{2013}\u{2015}-".contains(n));
        let mark = match c {
            '\u{201c}' | '\u{ab}' | '\u{201e}' => Some(if !after_space && before_space {
                Mark::Close
            } else {
                Mark::Open
            }),
            '\u{201d}' | '\u{bb}' => Some(if after_space && !before_space {
                Mark::Open
            } else {
                Mark::Close
            }),
            '"' => Some(match (after_space, before_space) {
                (true, false) => Mark::Open,
                (false, true) => Mark::Close,
                _ => Mark::Either,
            }),
            // The ''…'' and ``…'' conventions.
            '\'' | '`' if next == Some(c) => {
                let m = if c == '`' || after_space {
                    Mark::Open
                } else {
                    Mark::Close
                };
                out.push((base + i, 2, m));
                skip_to = i + 2;
                continue;
            }
            _ => None,
        };
        if let Some(mk) = mark {
            out.push((base + i, c.len_utf8(), mk));
        }
    }
    out
}

/// Text ending in a height's feet and inches before their mark: a digit,
/// a foot mark, one or two digits ("6’2", "5'10").
fn is_inches(before: &str) -> bool {
    let mut rev = before.chars().rev();
    let mut inches = 0;
    let mut c = rev.next();
    while c.is_some_and(|d| d.is_ascii_digit()) && inches < 3 {
        inches += 1;
        c = rev.next();
    }
    (1..=2).contains(&inches)
        && matches!(c, Some('\'' | '\u{2019}' | '\u{2032}'))
        && rev.next().is_some_and(|d| d.is_ascii_digit())
}

/// Single curly marks used for speech, in a paragraph with no double marks.
/// An apostrophe (’s, ’90s, rock ’n’ roll) is never a mark.
fn single_marks(s: &str, base: usize) -> Vec<(usize, usize, Mark)> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|n| n.1);
        match c {
            '\u{2018}'
                if prev.is_none_or(|p| p.is_whitespace() || p == '(')
                    && next.is_some_and(|n| n.is_alphabetic()) =>
            {
                out.push((base + i, 3, Mark::Open));
            }
            '\u{2019}'
                if prev.is_some_and(|p| !p.is_whitespace())
                    && next.is_none_or(|n| !n.is_alphanumeric())
                // Only a closing mark when a quotation is open.
                && out
                    .last()
                    .is_some_and(|m: &(usize, usize, Mark)| m.2 == Mark::Open) =>
            {
                out.push((base + i, 3, Mark::Close));
            }
            _ => {}
        }
    }
    // A single mark that never closes is an apostrophe or a typo.
    if out.last().is_some_and(|m| m.2 == Mark::Open) {
        out.pop();
    }
    out
}

/// The article's direct quotations, in text order, and which of them holds
/// each token: what every pattern asks of the quotation marks.
pub struct Quotations {
    pub spans: Vec<Span>,
    owners: Owners,
}

impl Quotations {
    pub fn of(ctx: &Context) -> Quotations {
        let spans = find(ctx);
        let owners = token_owner(ctx, &spans);
        Quotations { spans, owners }
    }

    /// The index of the quotation holding token `k`, if any.
    pub fn at(&self, k: usize) -> Option<usize> {
        self.owners.at(k)
    }

    /// A quotation opens at token `k`.
    pub fn opens_at(&self, ctx: &Context, k: usize) -> bool {
        self.at(k)
            .is_some_and(|qi| ctx.token_at(self.spans[qi].start) == k)
    }
}

/// Which direct quotation holds each token: the token range of each
/// quotation, in text order. Eight bytes a quotation rather than four a
/// token, since every article has far fewer quotations than tokens.
pub struct Owners {
    ranges: Vec<(u32, u32)>,
    /// The quotation the last question found its token before or in: most
    /// questions walk forward, and are answered from here.
    near: std::cell::Cell<usize>,
}

impl Owners {
    /// The index of the quotation holding token `k`, if any.
    pub fn at(&self, k: usize) -> Option<usize> {
        let k = u32::try_from(k).ok()?;
        let r = &self.ranges;
        // The first quotation that ends after `k`: near the last answer when
        // the questions walk forward, else found by halving.
        let near = self.near.get();
        let i = if r.get(near).is_some_and(|q| q.1 > k) && (near == 0 || r[near - 1].1 <= k) {
            near
        } else if r.get(near + 1).is_some_and(|q| q.1 > k) && r.get(near).is_some_and(|q| q.1 <= k)
        {
            near + 1
        } else {
            r.partition_point(|q| q.1 <= k)
        };
        self.near.set(i);
        r.get(i).filter(|q| q.0 <= k).map(|_| i)
    }
}

/// Which direct quotation holds each token.
pub fn token_owner(ctx: &Context, quotes: &[Span]) -> Owners {
    let tokens = &ctx.tokens;
    let mut ranges = Vec::with_capacity(quotes.len());
    // Quotations come in text order: one walk over the tokens serves them all.
    let mut k = 0;
    for q in quotes {
        while k < tokens.len() && tokens[k].start() < q.start {
            k += 1;
        }
        let first = k;
        while k < tokens.len() && tokens[k].start() < q.end {
            k += 1;
        }
        // Token indices fit: a text is shorter than `source::MAX_BYTES`.
        ranges.push((first as u32, k as u32));
    }
    Owners {
        ranges,
        near: std::cell::Cell::new(0),
    }
}

#[cfg(test)]
mod tests {
    use super::Owners;

    #[test]
    fn owners_answer_the_same_in_any_order() {
        let owners = Owners {
            ranges: vec![(2, 4), (4, 5), (7, 7), (9, 12)],
            near: std::cell::Cell::new(0),
        };
        let truth = |k: u32| owners.ranges.iter().position(|&(a, b)| a <= k && k < b);
        let forward: Vec<usize> = (0..14).collect();
        let backward: Vec<usize> = (0..14).rev().collect();
        let jumping = [11, 0, 4, 3, 13, 9, 2, 7, 5, 12, 1];
        for order in [&forward[..], &backward[..], &jumping[..]] {
            for &k in order {
                assert_eq!(owners.at(k), truth(k as u32), "token {k}");
            }
        }
    }
}
