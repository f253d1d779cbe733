//! The words figures are made of: number words, ordinals, scales, units of
//! time and currencies.

pub(super) const SMALL: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

pub(super) const TENS: &[&str] = &[
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

pub(super) const ORDINALS: &[&str] = &[
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

pub(super) const UNITS_OF_TIME: &[&str] = &[
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
];

pub(super) fn small_number(w: &str) -> Option<f64> {
    let l = w.to_lowercase();
    if let Some(n) = SMALL.iter().position(|s| *s == l) {
        return Some(n as f64);
    }
    if let Some(n) = TENS.iter().position(|s| !s.is_empty() && *s == l) {
        return Some(n as f64 * 10.0);
    }
    let (t, u) = l.split_once('-')?;
    let t = TENS.iter().position(|s| !s.is_empty() && *s == t)?;
    let u = SMALL
        .iter()
        .position(|s| *s == u)
        .filter(|&u| (1..10).contains(&u))?;
    Some((t * 10 + u) as f64)
}

pub(super) fn scale(w: &str) -> Option<f64> {
    Some(match w.to_lowercase().as_str() {
        "hundred" => 1e2,
        "thousand" | "k" => 1e3,
        "million" | "m" | "mn" | "mln" => 1e6,
        "billion" | "bn" | "b" => 1e9,
        "trillion" | "tn" => 1e12,
        _ => return None,
    })
}

pub(super) fn currency_symbol(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "CNY",
        "₹" => "INR",
        _ => return None,
    })
}

pub(super) fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w.to_lowercase().as_str() {
        "dollar" | "dollars" | "usd" => "USD",
        "euro" | "euros" | "eur" => "EUR",
        "pound" | "pounds" | "gbp" => "GBP",
        "yuan" | "renminbi" | "rmb" | "cny" => "CNY",
        "yen" | "jpy" => "JPY",
        "rupee" | "rupees" | "inr" => "INR",
        "ruble" | "rubles" | "roubles" => "RUB",
        "won" => "KRW",
        "dinar" | "dinars" => "DINAR",
        _ => return None,
    })
}

/// Splits "1.2bn" into 1.2 and "bn", "3rd" into 3 and "rd".
pub(super) fn split_number(s: &str) -> (Option<f64>, &str) {
    let cut = s.find(|c: char| c.is_alphabetic()).unwrap_or(s.len());
    let digits: String = s[..cut].chars().filter(|c| *c != ',').collect();
    (digits.parse().ok(), &s[cut..])
}
