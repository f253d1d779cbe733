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
