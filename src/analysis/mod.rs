//! The analysis of an article: entities with their mentions grouped under one
//! name, figures, and quotations with their speakers. It knows nothing of the
//! terminal; the UI and the JSON export are both views of its output.

pub mod entities;
pub mod figures;
pub mod names;
pub mod quotes;
mod shared;

use crate::article::Article;
use crate::lexicon::{Lexicon, lexicon};
use crate::text::{self, Sentence, Span, StartIndex, Token, TokenKind};
pub use entities::{Entity, EntityKind, Mention};
pub use figures::{Figure, FigureKind};
pub use quotes::{Pattern, Quote, QuoteKind};

#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub entities: Vec<Entity>,
    pub figures: Vec<Figure>,
    pub quotes: Vec<Quote>,
}

/// What every extractor reads: the text split into blocks (title and body
/// paragraphs), tokens and sentences.
pub struct Context<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// Blocks in reading order, each with its range of sentence indexes.
    pub blocks: Vec<(Span, std::ops::Range<usize>)>,
    /// The article's title, the first block when there is one.
    pub title: Option<Span>,
    /// Blocks that are headings, and blocks inside a page's block
    /// quotation, in text order.
    pub headings: Vec<Span>,
    pub block_quotes: Vec<Span>,
    pub lex: &'static Lexicon,
    /// Per token, the length of the speech cue starting there (0: none;
    /// `u8::MAX`: not worked out yet), filled in by the quotation extractor
    /// as it asks.
    pub cues: std::cell::RefCell<Vec<u8>>,
    /// Where tokens start, for `token_at`.
    token_index: StartIndex,
    /// Where blocks end (in bytes) and sentences end (in tokens), for
    /// `block_at` and `sentence_of_token`.
    block_index: StartIndex,
    sentence_index: StartIndex,
}

impl<'a> Context<'a> {
    pub fn new(text: &'a str, blocks: impl IntoIterator<Item = Span>) -> Context<'a> {
        let lex = lexicon();
        let mut tokens = Vec::new();
        let mut sentences = Vec::new();
        let mut out_blocks = Vec::new();
        for block in blocks {
            let first = tokens.len();
            text::tokenize(text, block.clone(), &mut tokens);
            let s0 = sentences.len();
            sentences.extend(text::sentences(text, &tokens, first, lex));
            out_blocks.push((block, s0..sentences.len()));
        }
        // Grown by doubling; the spare half would outlive every stage.
        tokens.shrink_to_fit();
        sentences.shrink_to_fit();
        let token_index = StartIndex::new(text.len(), tokens.iter().map(|t| t.start()));
        let block_index = StartIndex::new(text.len(), out_blocks.iter().map(|(b, _)| b.end));
        let sentence_index = StartIndex::new(tokens.len(), sentences.iter().map(|s| s.tokens.end));
        Context {
            text,
            token_index,
            block_index,
            sentence_index,
            tokens,
            sentences,
            blocks: out_blocks,
            lex,
            cues: std::cell::RefCell::new(Vec::new()),
            title: None,
            headings: Vec::new(),
            block_quotes: Vec::new(),
        }
    }

    pub fn tok(&self, i: usize) -> &'a str {
        self.tokens[i].text(self.text)
    }

    /// Token text, or "" past the end.
    pub fn tok_or(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    /// The word at token `i`, or "" past either end or for a non-word.
    pub fn word(&self, i: usize) -> &'a str {
        match self.tokens.get(i) {
            Some(t) if t.kind != TokenKind::Punct => t.text(self.text),
            _ => "",
        }
    }

    pub fn is_cap(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            t.kind == TokenKind::Word && self.text[t.start()..].starts_with(char::is_uppercase)
        })
    }

    /// Index of the block holding byte `pos`.
    pub fn block_at(&self, pos: usize) -> Option<usize> {
        let i = self
            .block_index
            .first_at(&self.blocks, |(b, _)| b.end, pos + 1);
        self.blocks
            .get(i)
            .filter(|(b, _)| b.start <= pos)
            .map(|_| i)
    }

    pub fn sentence_of_token(&self, i: usize) -> usize {
        self.sentence_index
            .first_at(&self.sentences, |s| s.tokens.end, i + 1)
    }

    /// The first token starting at or after byte `pos`.
    pub fn token_at(&self, pos: usize) -> usize {
        self.token_index.first_at(&self.tokens, |t| t.start(), pos)
    }
}

/// What the extractors read of an article: its title and body paragraphs.
pub fn context(article: &Article) -> Context<'_> {
    let blocks = article
        .title
        .iter()
        .cloned()
        .chain(article.paragraphs.iter().cloned());
    let mut ctx = Context::new(&article.text, blocks);
    ctx.title = article.title.clone();
    ctx.headings = article.headings.clone();
    ctx.block_quotes = article.block_quotes.clone();
    ctx
}

/// Analyses an article: the title, the byline and the body paragraphs.
pub fn analyze(article: &Article) -> Analysis {
    analyze_stages(article, true)
}

/// The article's entities, and for each statement whose speaker the ranker
/// chooses, the candidates it would weigh, the rules choosing: what the
/// ranker is trained on.
pub fn speaker_choices(article: &Article) -> (Vec<entities::Entity>, Vec<quotes::Choice>) {
    let ctx = context(article);
    let mentions = entities::recognise(&ctx);
    let entities = names::group(&ctx, mentions, article);
    let mut choices = Vec::new();
    quotes::extract_choosing(&ctx, &entities, quotes::Choosing::Record(&mut choices));
    (entities, choices)
}

/// The analysis with or without quotations, so that what finding them costs
/// can be measured apart.
pub fn analyze_stages(article: &Article, with_quotes: bool) -> Analysis {
    let ctx = context(article);
    let mentions = entities::recognise(&ctx);
    let entities = names::group(&ctx, mentions, article);
    let figures = figures::extract(&ctx);
    let quotes = if with_quotes {
        quotes::extract(&ctx, &entities)
    } else {
        Vec::new()
    };
    Analysis {
        entities,
        figures,
        quotes,
    }
}
