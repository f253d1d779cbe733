//! The keys and what they do. The help overlay is made from this table, so
//! it always tells the truth.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::Action;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

const fn k(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: false,
    }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: true,
    }
}

const fn code(code: KeyCode) -> Key {
    Key { code, ctrl: false }
}

pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub help: &'static str,
}

pub const BINDINGS: &[Binding] = &[
    Binding {
        keys: &[k('q')],
        action: Action::Quit,
        help: "quit",
    },
    Binding {
        keys: &[code(KeyCode::Tab)],
        action: Action::FocusNext,
        help: "next pane",
    },
    Binding {
        keys: &[code(KeyCode::BackTab)],
        action: Action::FocusPrev,
        help: "previous pane",
    },
    Binding {
        keys: &[k('j'), code(KeyCode::Down)],
        action: Action::Down,
        help: "down a line or entry",
    },
    Binding {
        keys: &[k('k'), code(KeyCode::Up)],
        action: Action::Up,
        help: "up a line or entry",
    },
    Binding {
        keys: &[k('d'), ctrl('d')],
        action: Action::HalfPageDown,
        help: "down half a page",
    },
    Binding {
        keys: &[k('u'), ctrl('u')],
        action: Action::HalfPageUp,
        help: "up half a page",
    },
    Binding {
        keys: &[k(' '), code(KeyCode::PageDown)],
        action: Action::PageDown,
        help: "down a page",
    },
    Binding {
        keys: &[k('b'), code(KeyCode::PageUp)],
        action: Action::PageUp,
        help: "up a page",
    },
    Binding {
        keys: &[k('g'), code(KeyCode::Home)],
        action: Action::Top,
        help: "to the top",
    },
    Binding {
        keys: &[k('G'), code(KeyCode::End)],
        action: Action::Bottom,
        help: "to the bottom",
    },
    Binding {
        keys: &[code(KeyCode::Enter)],
        action: Action::Select,
        help: "select the entry, jump to its first mention",
    },
    Binding {
        keys: &[k('n')],
        action: Action::NextMention,
        help: "next mention of the selection (next match when searching)",
    },
    Binding {
        keys: &[k('N')],
        action: Action::PrevMention,
        help: "previous mention (previous match when searching)",
    },
    Binding {
        keys: &[k(']')],
        action: Action::NextQuote,
        help: "next quotation",
    },
    Binding {
        keys: &[k('[')],
        action: Action::PrevQuote,
        help: "previous quotation",
    },
    Binding {
        keys: &[k('}')],
        action: Action::NextSameSpeaker,
        help: "next quotation by the same speaker",
    },
    Binding {
        keys: &[k('{')],
        action: Action::PrevSameSpeaker,
        help: "previous quotation by the same speaker",
    },
    Binding {
        keys: &[k('/')],
        action: Action::Search,
        help: "search (Enter keeps it, Esc clears it)",
    },
    Binding {
        keys: &[code(KeyCode::Esc)],
        action: Action::Cancel,
        help: "clear the search or selection, close help",
    },
    Binding {
        keys: &[k('?')],
        action: Action::Help,
        help: "this help",
    },
    Binding {
        keys: &[k('>')],
        action: Action::NextArticle,
        help: "next article, when several are open",
    },
    Binding {
        keys: &[k('<')],
        action: Action::PrevArticle,
        help: "previous article",
    },
    Binding {
        keys: &[k('f')],
        action: Action::FilterSpeaker,
        help: "the selected name's quotations only (again: everyone's)",
    },
    Binding {
        keys: &[k('e')],
        action: Action::Export,
        help: "write the focused list (or the quotations) as Markdown beside the article",
    },
    Binding {
        keys: &[k('z')],
        action: Action::Zoom,
        help: "the article on the whole screen, or the lists back",
    },
    Binding {
        keys: &[k('y')],
        action: Action::Copy,
        help: "copy the quotation under the cursor, with its speaker and source",
    },
    Binding {
        keys: &[k('L')],
        action: Action::Links,
        help: "the article's links (Enter opens one)",
    },
    Binding {
        keys: &[code(KeyCode::Backspace), k('B')],
        action: Action::Back,
        help: "back to the page a link was opened from",
    },
    Binding {
        keys: &[ctrl('c')],
        action: Action::Interrupt,
        help: "quit at once",
    },
];

/// The action bound to a key press, if any. Shift is part of the character
/// ("G", "?"), so it is not compared.
pub fn lookup(ev: &KeyEvent) -> Option<Action> {
    let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
    if ev
        .modifiers
        .intersects(KeyModifiers::ALT | KeyModifiers::SUPER)
    {
        return None;
    }
    BINDINGS
        .iter()
        .find(|b| b.keys.iter().any(|k| k.code == ev.code && k.ctrl == ctrl))
        .map(|b| b.action)
}

/// How a key is written in the help: "j", "Ctrl-d", "PgDn", "Space".
pub fn label(key: &Key) -> String {
    let name = match key.code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        other => format!("{other}"),
    };
    if key.ctrl {
        format!("Ctrl-{name}")
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> Option<Action> {
        lookup(&KeyEvent::new(code, modifiers))
    }

    #[test]
    fn letters_arrows_and_control_keys() {
        assert_eq!(
            press(KeyCode::Char('j'), KeyModifiers::NONE),
            Some(Action::Down)
        );
        assert_eq!(press(KeyCode::Down, KeyModifiers::NONE), Some(Action::Down));
        assert_eq!(
            press(KeyCode::Char('d'), KeyModifiers::CONTROL),
            Some(Action::HalfPageDown)
        );
        assert_eq!(
            press(KeyCode::Char('G'), KeyModifiers::SHIFT),
            Some(Action::Bottom)
        );
        assert_eq!(
            press(KeyCode::BackTab, KeyModifiers::SHIFT),
            Some(Action::FocusPrev)
        );
        assert_eq!(
            press(KeyCode::Char('c'), KeyModifiers::CONTROL),
            Some(Action::Interrupt)
        );
        assert_eq!(press(KeyCode::Char('x'), KeyModifiers::NONE), None);
        assert_eq!(press(KeyCode::Char('j'), KeyModifiers::ALT), None);
    }

    #[test]
    fn no_key_is_bound_twice() {
        let keys: Vec<&Key> = BINDINGS.iter().flat_map(|b| b.keys).collect();
        for (i, a) in keys.iter().enumerate() {
            assert!(!keys[i + 1..].contains(a), "{} bound twice", label(a));
        }
    }

    #[test]
    fn action_names_are_snake_case() {
        let name = serde_json::to_string(&Action::NextSameSpeaker).unwrap();
        assert_eq!(name, "\"next_same_speaker\"");
        let back: Action = serde_json::from_str("\"half_page_down\"").unwrap();
        assert_eq!(back, Action::HalfPageDown);
    }
}
