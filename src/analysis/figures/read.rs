//! Reading one figure at a token: its kind, value, unit and extent.

use super::*;
use crate::lexicon::WordClass;

/// The number at `i` follows a word that makes it a label: "number 9",
/// "flight 370", "No. 10".
fn is_labelled(ctx: &Context, i: usize) -> bool {
    let label = |k: usize| {
        ctx.tokens[k].kind == TokenKind::Word
            && ctx
                .lex
                .is(&ctx.word(k).to_lowercase(), WordClass::NumberLabel)
    };
    match i.checked_sub(1) {
        Some(k) if ctx.tok(k) == "." => k
            .checked_sub(1)
            .is_some_and(|k| matches!(ctx.word(k).to_lowercase().as_str(), "no" | "nos")),
        Some(k) => label(k),
        None => false,
    }
}

pub(super) fn figure_at(ctx: &Context, i: usize, end: usize) -> Option<(Figure, usize)> {
    let lex = ctx.lex;
    let t = ctx.tokens[i];
    let w = ctx.tok(i);
    if t.kind != TokenKind::Number && !may_start_figure(ctx, w) {
        return None;
    }
    let lower = w.to_lowercase();
    let mut unit: Option<String> = None;
    let mut kind = FigureKind::Count;
    let mut first = i;
    let mut j = i + 1;
    let mut value;

    // Weekdays and "Month day": dates.
    if let Some(m) = lex.month(w) {
        if !ctx.is_cap(i) {
            return None;
        }
        let mut k = i + 1;
        if ctx.tok_or(k) == "." {
            k += 1;
        }
        let day = (ctx
            .tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Number))
        .then(|| split_number(ctx.tok(k)).0)
        .flatten()
        .filter(|d| (1.0..=31.0).contains(d));
        if m == 0 {
            return Some((fig(ctx, i..i + 1, FigureKind::Date, None, None), i + 1));
        }
        if lower == "may" || lower == "march" {
            day?;
        }
        let mut stop = if day.is_some() { k + 1 } else { i + 1 };
        if day.is_some() && ctx.tok_or(stop) == "," && ctx.tok_or(stop + 1).len() == 4 {
            stop += 2;
        } else if day.is_none()
            && ctx.tok_or(stop).len() == 4
            && ctx
                .tokens
                .get(stop)
                .is_some_and(|t| t.kind == TokenKind::Number)
        {
            stop += 1;
        }
        if day.is_none() && stop == i + 1 {
            return None;
        }
        return Some((fig(ctx, i..stop, FigureKind::Date, None, None), stop));
    }

    if t.kind == TokenKind::Number {
        let (v, suffix) = split_number(w);
        value = v;
        // The second number of a score ("6-2"), which the first refused.
        if i >= 2
            && ctx.tok(i - 1) == "-"
            && ctx.tokens[i - 2].kind == TokenKind::Number
            && joined(ctx, i - 2, i + 1)
        {
            return None;
        }
        // "BBC Radio 4's", "Apollo 11", "Boeing 737": a number after a
        // capitalised word inside a sentence is part of a name.
        if suffix.is_empty()
            && i > 0
            && ctx.tokens[i - 1].kind == TokenKind::Word
            && ctx.is_cap(i - 1)
            && ctx.sentences[ctx.sentence_of_token(i)].tokens.start < i - 1
            && lex.month(ctx.tok(i - 1)).is_none()
            && currency_word(&ctx.word(i - 1).to_lowercase()).is_none()
        {
            return None;
        }
        // "the number 9 bus", "section 5", "No. 10": a label, not a figure.
        if suffix.is_empty() && is_labelled(ctx, i) {
            return None;
        }
        // 2024-09-10
        if w.len() == 4
            && ctx.tok_or(i + 1) == "-"
            && ctx.tok_or(i + 3) == "-"
            && joined(ctx, i, i + 5)
        {
            return Some((fig(ctx, i..i + 5, FigureKind::Date, None, None), i + 5));
        }
        // 9:06
        if ctx.tok_or(i + 1) == ":"
            && ctx
                .tokens
                .get(i + 2)
                .is_some_and(|t| t.kind == TokenKind::Number)
            && joined(ctx, i, i + 3)
        {
            let mut stop = i + 3;
            let next = ctx.word(stop).to_lowercase();
            if matches!(next.as_str(), "am" | "pm" | "a.m." | "p.m." | "a.m" | "p.m") {
                stop += 1;
            }
            return Some((fig(ctx, i..stop, FigureKind::Time, None, None), stop));
        }
        match suffix.to_lowercase().as_str() {
            "st" | "nd" | "rd" | "th" => kind = FigureKind::Ordinal,
            "" => {}
            s => {
                if let Some(m) = scale(s) {
                    value = value.map(|v| (v * m * 1000.0).round() / 1000.0);
                } else if s == "s" {
                    kind = FigureKind::Date; // the 1990s
                } else {
                    kind = FigureKind::Quantity;
                    unit = Some(s.to_string());
                }
            }
        }
        let plain_year = suffix.is_empty()
            && w.len() == 4
            && !w.contains([',', '.'])
            && value.is_some_and(|v| (1900.0..=2100.0).contains(&v));
        if plain_year {
            kind = FigureKind::Date;
        }
        // A range: "10-15", "2010 to 2015".
        if ctx.tok_or(j) == "-"
            && ctx
                .tokens
                .get(j + 1)
                .is_some_and(|t| t.kind == TokenKind::Number)
            && joined(ctx, i, j + 2)
        {
            // "6-2, 7-6": a score, the first number not below the second,
            // counts nothing.
            let second = split_number(ctx.tok(j + 1)).0;
            if let (Some(a), Some(b)) = (value, second)
                && suffix.is_empty()
                && a >= b
                && a <= MAX_SCORE
                && !is_unit_after(ctx, j + 2)
            {
                return None;
            }
            j += 2;
        }
        // "6 to 9 January": the first day of a range of dates.
        if ctx.word(j).eq_ignore_ascii_case("to")
            && ctx
                .tokens
                .get(j + 1)
                .is_some_and(|t| t.kind == TokenKind::Number)
            && lex.month(ctx.tok_or(j + 2)).is_some_and(|m| m > 0)
            && value.is_some_and(|d| (1.0..=31.0).contains(&d))
        {
            let stop = j + 3;
            return Some((fig(ctx, i..stop, FigureKind::Date, None, None), stop));
        }
        // "9 January": a day and its month.
        if suffix.is_empty()
            && lex.month(ctx.tok_or(j)).is_some_and(|m| m > 0)
            && ctx.is_cap(j)
            && value.is_some_and(|d| (1.0..=31.0).contains(&d))
        {
            let mut stop = j + 1;
            if ctx.tok_or(stop).len() == 4
                && ctx
                    .tokens
                    .get(stop)
                    .is_some_and(|t| t.kind == TokenKind::Number)
            {
                stop += 1;
            }
            return Some((fig(ctx, i..stop, FigureKind::Date, None, None), stop));
        }
        // Currency before: "$257", "US$ 3".
        if i > 0
            && let Some(c) = currency_symbol(ctx.tok(i - 1))
        {
            first = i - 1;
            kind = FigureKind::Money;
            unit = Some(c.to_string());
        }
    } else if let Some(v) = small_number(w) {
        if lower == "one" && !next_is_noun(ctx, i + 1) {
            return None;
        }
        value = Some(v);
    } else if let Some(n) = ORDINALS.iter().position(|o| *o == lower).filter(|&n| n > 0) {
        // "Operation First Light": part of a name.
        let sentence_start = ctx.sentences[ctx.sentence_of_token(i)].tokens.start == i;
        if ctx.is_cap(i) && !sentence_start {
            return None;
        }
        // "the first minister", "first lady": part of a title.
        if lex.is_title_word(ctx.word(i + 1)) {
            return None;
        }
        return Some((
            fig_v(ctx, i..i + 1, FigureKind::Ordinal, Some(n as f64), None),
            i + 1,
        ));
    } else if let Some(u) = lower
        .strip_suffix("-long")
        .filter(|u| UNITS_OF_TIME.contains(u))
    {
        // "month-long", "year-long"
        let f = fig_v(
            ctx,
            i..i + 1,
            FigureKind::Duration,
            Some(1.0),
            Some(u.to_string()),
        );
        return Some((f, i + 1));
    } else if lower == "dozen" || lower == "dozens" {
        value = Some(12.0);
    } else {
        return None;
    }

    // Scale words after: "257 million", "three thousand".
    while j < end {
        let nw = ctx.word(j);
        if let Some(m) = scale(nw) {
            if nw.len() == 1 && kind != FigureKind::Money && !joined(ctx, j - 1, j + 1) {
                break;
            }
            value = value.map(|v| (v * m * 1000.0).round() / 1000.0);
            if kind == FigureKind::Date {
                kind = FigureKind::Count;
            }
            j += 1;
        } else if let Some(v2) =
            small_number(nw).filter(|_| t.kind != TokenKind::Number && ctx.tok_or(j - 1) != ",")
        {
            // "twenty one" written apart.
            value = value.map(|v| v + v2);
            j += 1;
        } else {
            break;
        }
    }
    // Percent and currency after.
    let next = ctx.word(j).to_lowercase();
    if ctx.tok_or(j) == "%" || next == "percent" || next == "pct" {
        kind = FigureKind::Percent;
        unit = Some("%".into());
        j += 1;
    } else if next == "per" && ctx.word(j + 1).eq_ignore_ascii_case("cent") {
        kind = FigureKind::Percent;
        unit = Some("%".into());
        j += 2;
    } else if let Some(c) = currency_word(&next) {
        kind = FigureKind::Money;
        unit = Some(c.to_string());
        j += 1;
    } else if ctx.tok_or(j) == "-" && joined(ctx, j - 1, j + 1) {
        // "month-long", "two-year"
        let u = ctx.word(j + 1).to_lowercase();
        if UNITS_OF_TIME.contains(&u.trim_end_matches("-long")) {
            kind = FigureKind::Duration;
            unit = Some(u.trim_end_matches("-long").to_string());
            j += 2;
        }
    } else if UNITS_OF_TIME.contains(&next.as_str()) && kind == FigureKind::Count {
        kind = FigureKind::Duration;
        unit = Some(next.trim_end_matches('s').to_string());
        j += 1;
    }
    let qualifier = qualifier(ctx, first);
    let counts = match kind {
        FigureKind::Count => counted(ctx, j, end),
        FigureKind::Money | FigureKind::Percent | FigureKind::Quantity => {
            counted_of(ctx, j, end).or_else(|| worth_of(ctx, first))
        }
        _ => None,
    };
    let f =
        fig_v(ctx, first..j, kind, value, None).with_labels(Labels::new(unit, counts, qualifier));
    Some((f, j))
}
