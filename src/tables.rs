//! The article's statements, names or figures as a table to take away: CSV
//! for spreadsheets, Markdown for notes. What the file is named says which
//! table and which format: `quotes.csv`, `names.md`, `figures.csv`.

use std::path::Path;

use crate::Document;

/// Which table a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Quotes,
    Names,
    Figures,
}

/// How it is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Markdown,
}

/// The table and format a file name asks for: "quotes.csv",
/// "story-names.md".
pub fn kind_of(path: &Path) -> Result<(Table, Format), String> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let format = match path.extension().and_then(|e| e.to_str()) {
        Some(e) if e.eq_ignore_ascii_case("csv") => Format::Csv,
        Some(e) if e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown") => {
            Format::Markdown
        }
        _ => return Err(format!("{}: name a .csv or .md file", path.display())),
    };
    let table = if name.contains("quote") || name.contains("statement") {
        Table::Quotes
    } else if name.contains("name") || name.contains("entit") || name.contains("people") {
        Table::Names
    } else if name.contains("figure") {
        Table::Figures
    } else {
        return Err(format!(
            "{}: the name says which table: quotes, names or figures",
            path.display()
        ));
    };
    Ok((table, format))
}

/// The table's header and rows.
fn rows(doc: &Document, table: Table) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let text = &doc.article.text;
    let a = &doc.analysis;
    match table {
        Table::Quotes => (
            vec!["speaker", "kind", "statement", "cue", "pattern"],
            a.quotes
                .iter()
                .map(|q| {
                    vec![
                        q.speaker.as_deref().unwrap_or_default().to_string(),
                        q.kind.as_str().to_string(),
                        text[q.span.clone()].to_string(),
                        q.cue
                            .map(|c| text[c.span()].to_string())
                            .unwrap_or_default(),
                        q.pattern.as_str().to_string(),
                    ]
                })
                .collect(),
        ),
        Table::Names => (
            vec!["name", "kind", "mentions", "quoted", "roles"],
            a.entities
                .iter()
                .enumerate()
                .map(|(i, e)| {
                    let quoted = a
                        .quotes
                        .iter()
                        .filter(|q| q.speaker_entity() == Some(i))
                        .count();
                    vec![
                        e.name.clone(),
                        e.kind.as_str().to_string(),
                        e.mentions.len().to_string(),
                        quoted.to_string(),
                        e.roles.join("; "),
                    ]
                })
                .collect(),
        ),
        Table::Figures => (
            vec![
                "figure",
                "kind",
                "value",
                "unit",
                "counts",
                "qualifier",
                "day",
            ],
            a.figures
                .iter()
                .map(|f| {
                    vec![
                        text[f.span()].to_string(),
                        f.kind.as_str().to_string(),
                        f.value().map(|v| v.to_string()).unwrap_or_default(),
                        f.unit().unwrap_or_default().to_string(),
                        f.counts().unwrap_or_default().to_string(),
                        f.qualifier().unwrap_or_default().to_string(),
                        f.day(&doc.article).unwrap_or_default(),
                    ]
                })
                .collect(),
        ),
    }
}

/// The table as the format writes it.
pub fn render(doc: &Document, table: Table, format: Format) -> String {
    let (header, rows) = rows(doc, table);
    match format {
        Format::Csv => {
            let mut w = csv::Writer::from_writer(Vec::new());
            // Writing to memory cannot fail.
            let _ = w.write_record(&header);
            for r in &rows {
                let _ = w.write_record(r);
            }
            let bytes = w.into_inner().unwrap_or_default();
            String::from_utf8(bytes).unwrap_or_default()
        }
        Format::Markdown => {
            let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
            let mut out = format!("| {} |\n", header.join(" | "));
            out.push_str(&format!("|{}\n", "---|".repeat(header.len())));
            for r in &rows {
                let cells: Vec<String> = r.iter().map(|c| cell(c)).collect();
                out.push_str(&format!("| {} |\n", cells.join(" | ")));
            }
            out
        }
    }
}

/// Writes the table `path` names for `doc`.
pub fn write(doc: &Document, path: &Path) -> Result<(), String> {
    let (table, format) = kind_of(path)?;
    std::fs::write(path, render(doc, table, format)).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_name_chooses_the_table_and_format() {
        let k = |p: &str| kind_of(Path::new(p));
        assert_eq!(k("quotes.csv"), Ok((Table::Quotes, Format::Csv)));
        assert_eq!(
            k("out/story-names.md"),
            Ok((Table::Names, Format::Markdown))
        );
        assert_eq!(k("Figures.CSV"), Ok((Table::Figures, Format::Csv)));
        assert!(k("quotes.txt").is_err());
        assert!(k("table.csv").is_err());
    }

    #[test]
    fn tables_quote_what_needs_quoting() {
        let doc = crate::document_from_text(
            "Ferry fares rise\n\n\u{201c}Fares will rise, and | stay,\u{201d} said Mayor Ana Ruiz on Monday.\n",
            vec![],
        );
        let csv = render(&doc, Table::Quotes, Format::Csv);
        let mut r = csv::Reader::from_reader(csv.as_bytes());
        let rec = r.records().next().unwrap().unwrap();
        assert_eq!(&rec[0], "Ana Ruiz");
        assert_eq!(&rec[2], "\u{201c}Fares will rise, and | stay,\u{201d}");
        let md = render(&doc, Table::Quotes, Format::Markdown);
        assert!(md.starts_with(
            "| speaker | kind | statement | cue | pattern |\n|---|---|---|---|---|\n"
        ));
        assert!(md.contains("and \\| stay"), "{md}");
    }
}
