//! What the state and the drawing both need to know of the screen, and
//! neither owns: the panes, where each goes for a terminal size, the
//! article wrapped to its width, and what gets a style in its text. The
//! state (`app`) keeps these; the drawing (`ui`) reads them.

pub mod highlights;
pub mod layout;
pub mod wrap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Article,
    Entities,
    Quotes,
    Figures,
    Links,
}

impl Pane {
    pub fn name(self) -> &'static str {
        match self {
            Pane::Article => "article",
            Pane::Entities => "names",
            Pane::Quotes => "quotes",
            Pane::Figures => "figures",
            Pane::Links => "links",
        }
    }
}
