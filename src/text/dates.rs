//! Dates and times as news writes them, to "YYYY-MM-DD" or "YYYY-MM-DD HH:MM".

use crate::lexicon::Lexicon;

/// Finds the first date (and a time after it) in `s`: "2024-09-10 09:06",
/// "Sept. 10, 2024 9:06 a.m.", "10 September 2024", "2024/09/10".
pub fn parse_date(s: &str, lex: &Lexicon) -> Option<String> {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let mut date = None;
    let mut time_from = 0;
    for (i, w) in words.iter().enumerate() {
        if let Some(d) = numeric_date(w) {
            date = Some(d);
            time_from = i + 1;
            break;
        }
        if let Some(m) = lex.month(w).filter(|&m| m > 0) {
            // "September 10 2024" or "10 September 2024"
            let day_after = words.get(i + 1).and_then(|d| day(d));
            let day_before = i.checked_sub(1).and_then(|j| day(words[j]));
            let year_at = if day_after.is_some() { i + 2 } else { i + 1 };
            let year = words.get(year_at).and_then(|y| year(y));
            if let (Some(d), Some(y)) = (day_after.or(day_before), year) {
                date = Some(format!("{y:04}-{m:02}-{d:02}"));
                time_from = year_at + 1;
                break;
            }
        }
    }
    let date = date?;
    let time = words[time_from.min(words.len())..]
        .iter()
        .enumerate()
        .find_map(|(j, w)| {
            let next = words.get(time_from + j + 1).copied().unwrap_or("");
            clock(w, next)
        });
    Some(match time {
        Some((h, m)) => format!("{date} {h:02}:{m:02}"),
        None => date,
    })
}

fn numeric_date(w: &str) -> Option<String> {
    let w = w.trim_end_matches(|c: char| !c.is_ascii_digit());
    let w = w.split('T').next()?;
    let parts: Vec<&str> = w.split(['-', '/']).collect();
    if parts.len() != 3 || parts[0].len() != 4 {
        return None;
    }
    let y = year(parts[0])?;
    let m: u32 = parts[1].parse().ok().filter(|m| (1..=12).contains(m))?;
    let d = day(parts[2])?;
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

fn day(w: &str) -> Option<u32> {
    let w = w.trim_end_matches(['.', ',']);
    let w = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    w.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year(w: &str) -> Option<u32> {
    let w = w.trim_end_matches(['.', ',']);
    if w.len() != 4 {
        return None;
    }
    w.parse().ok().filter(|y| (1800..=2200).contains(y))
}

/// "09:06", "9:06", "9:06pm", "9:06 p.m." as 24-hour time.
fn clock(w: &str, next: &str) -> Option<(u32, u32)> {
    let w = w.trim_end_matches(['.', ',']);
    let (h, rest) = w.split_once(':')?;
    let h: u32 = h.parse().ok()?;
    let mins: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let m: u32 = mins.parse().ok()?;
    let suffix = rest[mins.len()..].to_lowercase();
    let suffix = if suffix.is_empty() {
        next.to_lowercase()
    } else {
        suffix
    };
    let pm = suffix.starts_with("pm") || suffix.starts_with("p.m");
    let am = suffix.starts_with("am") || suffix.starts_with("a.m");
    let h = match (pm, am) {
        (true, _) if h < 12 => h + 12,
        (_, true) if h == 12 => 0,
        _ => h,
    };
    (h < 24 && m < 60).then_some((h, m))
}

#[cfg(test)]
mod tests {
    use super::parse_date;
    use crate::lexicon::lexicon;

    #[test]
    fn parses_the_forms_news_sites_use() {
        let l = lexicon();
        assert_eq!(
            parse_date("Updated: 2024-09-10 09:06", l).as_deref(),
            Some("2024-09-10 09:06")
        );
        assert_eq!(
            parse_date("Sept. 10, 2024 9:06 p.m. ET", l).as_deref(),
            Some("2024-09-10 21:06")
        );
        assert_eq!(
            parse_date("Published 10 September 2024", l).as_deref(),
            Some("2024-09-10")
        );
        assert_eq!(parse_date("2023/01/31", l).as_deref(), Some("2023-01-31"));
        assert_eq!(parse_date("Posted 3 hours ago", l), None);
    }
}

/// The calendar day a date figure means, read against the article's
/// publication date: "Monday" in an article of Tuesday 2024-09-10 is
/// 2024-09-09 (the last such day on or before publication), "10 September"
/// is in the year of publication, a full date is itself. A year alone, or
/// anything else, means no one day.
pub fn resolve(figure: &str, published: &str, lex: &Lexicon) -> Option<String> {
    use chrono::{Datelike, NaiveDate, Weekday};
    let day_of = |s: &str| NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok();
    if let Some(full) = parse_date(figure, lex) {
        return day_of(&full).map(|d| d.to_string());
    }
    let published = day_of(published)?;
    let words: Vec<&str> = figure
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    match words[..] {
        [w] if lex.month(w) == Some(0) => {
            let want: Weekday = w.trim_end_matches('.').parse().ok()?;
            let back =
                (published.weekday().num_days_from_monday() + 7 - want.num_days_from_monday()) % 7;
            published
                .checked_sub_days(chrono::Days::new(u64::from(back)))
                .map(|d| d.to_string())
        }
        [a, b] => {
            let (m, d) = match (lex.month(a), lex.month(b)) {
                (Some(m), _) if m > 0 => (m, day(b)?),
                (_, Some(m)) if m > 0 => (m, day(a)?),
                _ => return None,
            };
            NaiveDate::from_ymd_opt(published.year(), m, d).map(|d| d.to_string())
        }
        _ => None,
    }
}

#[cfg(test)]
mod resolve_tests {
    use super::*;
    use crate::lexicon::lexicon;

    #[test]
    fn days_resolve_against_the_publication_date() {
        let lex = lexicon();
        // 2024-09-10 is a Tuesday.
        let r = |f: &str| resolve(f, "2024-09-10 09:06", lex);
        assert_eq!(r("Monday").as_deref(), Some("2024-09-09"));
        assert_eq!(r("Tuesday").as_deref(), Some("2024-09-10"));
        assert_eq!(r("Wednesday").as_deref(), Some("2024-09-04"));
        assert_eq!(r("September 2").as_deref(), Some("2024-09-02"));
        assert_eq!(r("6 January").as_deref(), Some("2024-01-06"));
        assert_eq!(r("Sept. 10, 2023").as_deref(), Some("2023-09-10"));
        assert_eq!(r("2024"), None);
        assert_eq!(resolve("Monday", "unknown", lex), None);
    }
}
