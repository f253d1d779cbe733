//! What the user can ask for. Keys map to these (see `keymap`); `update`
//! applies them. The names are stable so a key configuration can refer to them.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Quit,
    FocusNext,
    FocusPrev,
    Down,
    Up,
    HalfPageDown,
    HalfPageUp,
    PageDown,
    PageUp,
    Top,
    Bottom,
    Select,
    NextMention,
    PrevMention,
    NextQuote,
    PrevQuote,
    NextSameSpeaker,
    PrevSameSpeaker,
    Search,
    Cancel,
    Help,
    NextArticle,
    PrevArticle,
    Links,
    Back,
    Zoom,
    Copy,
    FilterSpeaker,
    Bookmark,
    Bookmarks,
    Export,
    /// Ctrl-C: leave at once, whatever is open.
    #[serde(skip)]
    Interrupt,
    #[serde(skip)]
    SearchChar(char),
    #[serde(skip)]
    SearchBackspace,
    #[serde(skip)]
    SearchSubmit,
    #[serde(skip)]
    Resize(u16, u16),
    /// The mouse wheel over a cell: positive scrolls down.
    #[serde(skip)]
    Scroll {
        col: u16,
        row: u16,
        lines: i16,
    },
    #[serde(skip)]
    Click {
        col: u16,
        row: u16,
    },
}
