//! An article from a web page: the page's blocks laid out as one text,
//! with the page's own metadata where it states it and the text rules of a
//! plain article where it does not.

use super::meta::Meta;
use super::{Article, Link, Named};
use crate::lexicon::lexicon;
use crate::source::html::{BlockKind, Page};
use crate::text::dates::parse_date;

/// How many opening blocks may be byline or date lines.
const META_BLOCKS: usize = 4;

/// Lays out a page's title and blocks, one paragraph each.
pub fn from_page(page: Page, url: Option<String>) -> Article {
    let lex = lexicon();
    let mut art = Article {
        url,
        ..Article::default()
    };
    let mut text = String::new();
    if let Some(t) = &page.title {
        text.push_str(t);
        art.title = Some(0..t.len());
    }
    let mut body = Vec::with_capacity(page.blocks.len());
    for block in page.blocks {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let at = text.len();
        text.push_str(&block.text);
        body.push(at..text.len());
        match block.kind {
            BlockKind::Heading => art.headings.push(at..text.len()),
            BlockKind::Quotation => art.block_quotes.push(at..text.len()),
            _ => {}
        }
        art.links.extend(block.links.into_iter().map(|a| Link {
            span: at + a.range.start..at + a.range.end,
            url: a.url,
        }));
    }
    art.text = text;

    // Byline and date lines among the opening blocks are metadata, not
    // body text, as in a plain article; the page's own byline, where it
    // states one, names the authors.
    let mut meta = Meta::default();
    let mut i = 0;
    while i < body.len().min(META_BLOCKS) && body.len() > 1 {
        if meta.read_line(&art.text, body[i].clone(), lex) {
            art.meta_lines.push(body.remove(i));
        } else {
            i += 1;
        }
    }
    if let Some(b) = &page.byline {
        let mut stated = Meta::default();
        stated.read_byline(b);
        if !stated.authors.is_empty() {
            meta.authors = stated.authors;
        }
        meta.source = meta.source.or(stated.source);
    }
    if let Some(first) = body.first() {
        meta.read_dateline(&art.text, first.clone());
    }
    art.authors = meta.authors;
    art.source = page
        .site
        .map(|name| Named { name, span: None })
        .or(meta.source);
    art.dateline = meta.dateline;
    art.published = page
        .published
        .and_then(|p| parse_date(&p.replacen('T', " ", 1), lex))
        .or(meta.published);
    art.paragraphs = body;
    art.language = page.lang;
    art
}
