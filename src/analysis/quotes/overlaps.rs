//! Two findings for the same words: which one stays.

use super::*;

/// Two findings for the same words: the first (the more specific) stays.
pub(super) fn drop_overlaps(text: &str, found: &mut Vec<Found>) {
    // Those kept are the start of `found` itself, `w` of them.
    let mut w = 0;
    for r in 0..found.len() {
        found.swap(w, r);
        let (keep, rest) = found.split_at_mut(w);
        let f = &mut rest[0];
        // Findings come in text order: only the last few can overlap.
        let from = w.saturating_sub(OVERLAP_LOOKBACK);
        let clash = keep[from..].iter().rposition(|k| {
            let ov = k
                .span
                .end
                .min(f.span.end)
                .saturating_sub(k.span.start.max(f.span.start));
            ov * 2 > (f.span.end - f.span.start).min(k.span.end - k.span.start)
        });
        match clash {
            None => w += 1,
            Some(i) => {
                // A quotation with its own speaker and cue inside reported
                // speech ("concludes with footage of Trump saying, “…”")
                // is the more specific finding; not a quoted object the
                // reported speech goes on after ("said he expected that
                // Americans will say “no” to his policies").
                let k = &mut keep[from + i];
                let object = |c: &Span| {
                    f.span.end + 2 < k.span.end
                        && text
                            .get(c.end..f.span.start)
                            .is_some_and(|between| !between.contains([',', ':']))
                };
                // "“A,” said Mr. Ekovich, who noted that prices had
                // “cratered.” “B.”": reported speech in the attribution
                // between a statement's parts is a statement of its own.
                let in_attribution = k.kind == QuoteKind::Direct
                    && f.kind == QuoteKind::Indirect
                    && f.speaker.is_some()
                    && f.span.end < k.span.end
                    && k.cue
                        .as_ref()
                        .is_some_and(|c| c.start >= k.span.start && c.end <= f.span.start);
                if in_attribution {
                    w += 1;
                    continue;
                }
                let nested = f.kind == QuoteKind::Direct
                    && k.kind == QuoteKind::Indirect
                    && f.span.start >= k.span.start
                    && f.span.end <= k.span.end
                    && f.speaker.is_some()
                    && f.cue
                        .as_ref()
                        .is_some_and(|c| c.start >= k.span.start && !object(c));
                if nested {
                    std::mem::swap(k, f);
                }
            }
        }
    }
    found.truncate(w);
}
