//! Web pages to articles: the main content found the way Mozilla
//! Readability finds it (dom_smoothie), then walked into blocks of clean
//! text (paragraphs, headings, block quotations, list items, captions) with
//! the links inside them. Every piece of text passes through the same
//! sanitising as a plain-text article before it is measured, so the offsets
//! of the blocks and links are offsets into the final text.

use crate::text::sanitize;
use dom_query::{Document, NodeRef};

/// What a block of the page was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    Heading,
    /// Inside a `<blockquote>`.
    Quotation,
    Item,
    Caption,
}

/// A link inside a block: its anchor text's byte range in the block's text
/// and its target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    pub range: std::ops::Range<usize>,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
    pub links: Vec<Anchor>,
}

/// A page's article: its metadata as the page states it and its blocks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub site: Option<String>,
    pub published: Option<String>,
    pub lang: Option<String>,
    pub blocks: Vec<Block>,
}

/// The bytes are a web page: its first tag opens an HTML document.
pub fn sniff(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let mut rest: Vec<u8> = head
        .iter()
        .skip_while(|b| b.is_ascii_whitespace())
        .map(u8::to_ascii_lowercase)
        .collect();
    // An XML declaration or comments before the document ("<!-- saved
    // from url=… -->").
    while rest.starts_with(b"<!--") || rest.starts_with(b"<?xml") {
        let close: &[u8] = if rest.starts_with(b"<!--") {
            b"-->"
        } else {
            b"?>"
        };
        let Some(end) = memchr::memmem::find(&rest, close) else {
            return false;
        };
        rest.drain(..end + close.len());
        let ws = rest.iter().take_while(|b| b.is_ascii_whitespace()).count();
        rest.drain(..ws);
    }
    ["<!doctype html", "<html", "<head", "<body"]
        .iter()
        .any(|p| rest.starts_with(p.as_bytes()))
}

/// Elements whose text is never the article's.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "button", "select", "textarea",
    "iframe", "object", "head", "nav", "form",
];

/// Elements that begin and end a block of text.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "figure",
    "figcaption",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "td",
    "th",
    "caption",
    "hr",
    "address",
    "details",
    "summary",
    "center",
];

/// Reads a page's article; `url` is where the page came from, so that its
/// links can be made absolute.
pub fn read(html: &str, url: Option<&str>) -> Page {
    let html = super::flatten::flatten(html);
    let html = html.as_ref();
    let cfg = dom_smoothie::Config::default();
    let doc = Document::from(html);
    let base = base_url(&doc, url);
    let parsed = dom_smoothie::Readability::with_document(
        doc,
        base.as_ref().map(url::Url::as_str),
        Some(cfg),
    )
    .ok()
    .and_then(|mut r| r.parse().ok());
    let Some(found) = parsed else {
        // No article in it: the whole body, without its furniture.
        let doc = Document::from(html);
        let mut page = Page::default();
        let title = doc.select("title").text();
        page.title = non_empty(&title);
        if let Some(body) = doc.select("body").nodes().first() {
            page.blocks = blocks(body, base.as_ref());
        }
        return page;
    };
    let content = Document::from(found.content.as_ref());
    let root = content.root();
    let mut page = Page {
        title: non_empty(&found.title),
        byline: found.byline.as_deref().and_then(non_empty),
        site: found.site_name.as_deref().and_then(non_empty),
        published: found.published_time.as_deref().and_then(non_empty),
        lang: found.lang.as_deref().and_then(non_empty),
        blocks: blocks(&root, base.as_ref()),
    };
    // The headline often opens the content too.
    if let (Some(t), Some(first)) = (&page.title, page.blocks.first())
        && same_words(t, &first.text)
    {
        page.blocks.remove(0);
    }
    page
}

/// The page's address, or its `<base href>` resolved against it.
fn base_url(doc: &Document, url: Option<&str>) -> Option<url::Url> {
    let page = url.and_then(|u| url::Url::parse(u).ok());
    let base = doc.select("base[href]").attr("href");
    match (page, base) {
        (Some(p), Some(b)) => p.join(&b).ok().or(Some(p)),
        (None, Some(b)) => url::Url::parse(&b).ok(),
        (p, None) => p,
    }
}

fn non_empty(s: &str) -> Option<String> {
    let s = sanitize(s);
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

fn same_words(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    words(a) == words(b)
}

/// Builds blocks from a walk over the tree.
#[derive(Default)]
struct Builder {
    out: Vec<Block>,
    text: String,
    links: Vec<Anchor>,
    space: bool,
    /// The open link: its target and where its text began.
    link: Option<(String, Option<usize>)>,
    kinds: Vec<BlockKind>,
}

impl Builder {
    fn push_text(&mut self, raw: &str) {
        let clean = sanitize(raw);
        for c in clean.chars() {
            if c.is_whitespace() {
                self.space = !self.text.is_empty();
                continue;
            }
            if self.space {
                self.text.push(' ');
                self.space = false;
            }
            if let Some((_, start @ None)) = &mut self.link {
                *start = Some(self.text.len());
            }
            self.text.push(c);
        }
    }

    fn open_link(&mut self, href: Option<String>) {
        if self.link.is_none()
            && let Some(h) = href
        {
            self.link = Some((h, None));
        }
    }

    fn close_link(&mut self) {
        self.end_anchor();
        self.link = None;
    }

    /// Keeps the open link's text so far as an anchor; a link running over
    /// blocks gives one anchor in each.
    fn end_anchor(&mut self) {
        if let Some((url, start)) = &mut self.link
            && let Some(s) = start.take()
            && s < self.text.len()
        {
            self.links.push(Anchor {
                range: s..self.text.len(),
                url: url.clone(),
            });
        }
    }

    /// Ends the block being built, if it holds any text.
    fn flush(&mut self) {
        self.end_anchor();
        self.space = false;
        if self.text.is_empty() {
            self.links.clear();
            return;
        }
        self.out.push(Block {
            kind: self.kinds.last().copied().unwrap_or(BlockKind::Paragraph),
            text: std::mem::take(&mut self.text),
            links: std::mem::take(&mut self.links),
        });
    }
}

fn kind_of(name: &str, outer: Option<BlockKind>) -> Option<BlockKind> {
    Some(match name {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
        "blockquote" => BlockKind::Quotation,
        // Inside a block quotation everything is quoted.
        _ if outer == Some(BlockKind::Quotation) => return None,
        "li" | "dd" | "dt" => BlockKind::Item,
        "figcaption" | "caption" => BlockKind::Caption,
        "p" => BlockKind::Paragraph,
        _ => return None,
    })
}

/// A step of the walk: entering a node, or leaving an element (with
/// whether it opened a kind of block).
enum Step<'a> {
    Enter(NodeRef<'a>),
    Leave { name: String, kind: bool },
}

/// The blocks under `root`, in document order. The walk keeps its own
/// stack: a page nested ten thousand deep is read like any other.
fn blocks(root: &NodeRef, base: Option<&url::Url>) -> Vec<Block> {
    let mut b = Builder::default();
    let mut stack = vec![Step::Enter(*root)];
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::Enter(node) => node,
            Step::Leave { name, kind } => {
                if name == "a" {
                    b.close_link();
                }
                if BLOCKS.contains(&name.as_str()) {
                    b.flush();
                }
                if kind {
                    b.kinds.pop();
                }
                continue;
            }
        };
        if node.is_text() {
            b.push_text(&node.text());
            continue;
        }
        if !(node.is_element() || node.is_document() || node.is_fragment()) {
            continue;
        }
        let name = node
            .node_name()
            .map(|n| n.to_ascii_lowercase())
            .unwrap_or_default();
        if SKIPPED.contains(&name.as_str()) || node.has_attr("hidden") {
            continue;
        }
        match name.as_str() {
            "br" | "hr" => {
                b.flush();
                continue;
            }
            "img" | "input" => continue,
            "a" => b.open_link(node.attr("href").map(|h| absolute(&h, base))),
            _ => {}
        }
        let mut kind = false;
        if BLOCKS.contains(&name.as_str()) {
            b.flush();
            if let Some(k) = kind_of(&name, b.kinds.last().copied()) {
                b.kinds.push(k);
                kind = true;
            }
        }
        stack.push(Step::Leave { name, kind });
        let children: Vec<NodeRef> = node.children_it(true).collect();
        stack.extend(children.into_iter().map(Step::Enter));
    }
    b.flush();
    b.out
}

/// A link's target made absolute against the page's address when it has one.
fn absolute(href: &str, base: Option<&url::Url>) -> String {
    let href = href.trim();
    match base {
        Some(b) => b.join(href).map_or_else(|_| href.to_string(), String::from),
        None => href.to_string(),
    }
}
