//! The quotes view's rows: statements grouped by speaker, the most quoted
//! first, each group in reading order.

use std::collections::HashMap;

use crate::analysis::{Analysis, Quote};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuoteRow {
    /// A speaker and how many statements follow.
    Speaker { name: String, count: usize },
    /// Index into the analysis's quotes.
    Statement(usize),
}

/// Who speaks: an entity, a description, or nobody the article names.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SpeakerKey {
    Entity(usize),
    Described(String),
    None,
}

pub fn speaker_key(q: &Quote) -> SpeakerKey {
    match (q.speaker_entity(), &q.speaker) {
        (Some(e), _) => SpeakerKey::Entity(e),
        (None, Some(s)) => SpeakerKey::Described(s.to_lowercase()),
        (None, None) => SpeakerKey::None,
    }
}

pub fn rows(analysis: &Analysis) -> Vec<QuoteRow> {
    rows_of(analysis, |_| true)
}

/// The quotes view's rows for the statements `keep` keeps.
pub fn rows_of(analysis: &Analysis, keep: impl Fn(usize) -> bool) -> Vec<QuoteRow> {
    let mut groups: Vec<(SpeakerKey, String, Vec<usize>)> = Vec::new();
    let mut at: HashMap<SpeakerKey, usize> = HashMap::new();
    for (i, q) in analysis.quotes.iter().enumerate() {
        if !keep(i) {
            continue;
        }
        let key = speaker_key(q);
        let g = *at.entry(key.clone()).or_insert_with(|| {
            let name = match (&key, &q.speaker) {
                (SpeakerKey::Entity(e), _) => analysis.entities[*e].name.clone(),
                (_, Some(s)) => s.to_string(),
                _ => "(no speaker found)".to_string(),
            };
            groups.push((key, name, Vec::new()));
            groups.len() - 1
        });
        groups[g].2.push(i);
    }
    // The most quoted first; unattributed statements last.
    groups
        .sort_by_key(|(key, _, qs)| (*key == SpeakerKey::None, std::cmp::Reverse(qs.len()), qs[0]));
    let mut out = Vec::with_capacity(groups.len() + analysis.quotes.len());
    for (_, name, qs) in groups {
        out.push(QuoteRow::Speaker {
            name,
            count: qs.len(),
        });
        out.extend(qs.into_iter().map(QuoteRow::Statement));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_group_under_their_speaker_most_quoted_first() {
        let doc = crate::document_from_text(
            "Ferry line opens\n\n\
             “It is ready,” Mayor Ana Ruiz said.\n\n\
             “We are proud,” Port director Karl Obi said.\n\n\
             “It took ten years,” Ruiz said.\n\n\
             “Nobody asked us,” a resident said.",
            vec![],
        );
        let rows = rows(&doc.analysis);
        let names: Vec<(&str, usize)> = rows
            .iter()
            .filter_map(|r| match r {
                QuoteRow::Speaker { name, count } => Some((name.as_str(), *count)),
                QuoteRow::Statement(_) => None,
            })
            .collect();
        assert_eq!(names[0], ("Ana Ruiz", 2));
        assert!(names.contains(&("Karl Obi", 1)));
        assert_eq!(
            rows.iter()
                .filter(|r| matches!(r, QuoteRow::Statement(_)))
                .count(),
            doc.analysis.quotes.len()
        );
        // Ruiz's two statements follow her row, in reading order.
        assert!(matches!(rows[1], QuoteRow::Statement(0)));
        assert!(matches!(rows[2], QuoteRow::Statement(2)));
    }
}
