//! byline: a terminal reader for news articles. This library loads an
//! article, cleans it and analyses who speaks in it, what each of them said,
//! whom and what it names and which figures it rests on.

pub mod analysis;
pub mod app;
pub mod article;
pub mod batch;
pub mod config;
pub mod export;
pub mod lexicon;
pub mod model;
pub mod places;
pub mod session;
pub mod signals;
pub mod source;
pub mod summary;
pub mod tables;
pub mod terminal;
pub mod text;
pub mod ui;
pub mod view;

pub use analysis::{Analysis, analyze};
pub use article::Article;
pub use source::{Input, LoadError};

/// An article and its analysis: what the reader shows and the JSON exports.
#[derive(Debug, Clone)]
pub struct Document {
    pub article: Article,
    pub analysis: Analysis,
    /// Problems met while loading that did not stop it.
    pub warnings: Vec<String>,
}

/// Builds a document from decoded text.
pub fn document_from_text(raw: &str, warnings: Vec<String>) -> Document {
    document_from_clean(text::sanitize(raw), warnings)
}

/// Builds a document from text already through `text::sanitize`.
fn document_from_clean(clean: String, warnings: Vec<String>) -> Document {
    document_from_article(article::parse(clean), warnings)
}

/// Reads, decodes, cleans and analyses one input: a plain-text article or
/// a web page.
pub fn load(input: &Input) -> Result<Document, LoadError> {
    match source::read(input)? {
        source::Content::Text(decoded) => {
            let clean = text::sanitize_owned(decoded.text);
            non_empty(input, document_from_clean(clean, decoded.warnings))
        }
        source::Content::Page {
            page,
            url,
            warnings,
        } => non_empty(
            input,
            document_from_article(article::from_page(page, url), warnings),
        ),
    }
}

/// Analyses an article already laid out.
pub fn document_from_article(article: Article, warnings: Vec<String>) -> Document {
    let analysis = analyze(&article);
    Document {
        article,
        analysis,
        warnings,
    }
}

/// As `load`, with the text as decoded, before it was cleaned: for tools
/// that give offsets into the file.
pub fn load_with_source(input: &Input) -> Result<(String, Document), LoadError> {
    let decoded = source::load(input)?;
    let doc = document_from_text(&decoded.text, decoded.warnings);
    Ok((decoded.text, non_empty(input, doc)?))
}

fn non_empty(input: &Input, doc: Document) -> Result<Document, LoadError> {
    if doc.article.text.trim().is_empty() {
        return Err(LoadError::Empty(input.name()));
    }
    Ok(doc)
}
