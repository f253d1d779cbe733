//! The keys and what they do: the defaults, changed by the configuration
//! file. The help overlay is made from the keymap in use, so it always
//! tells the truth.

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

pub const DEFAULTS: &[Binding] = &[
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
        keys: &[k('m')],
        action: Action::Bookmark,
        help: "bookmark the quotation under the cursor (again: unmark it)",
    },
    Binding {
        keys: &[k('\'')],
        action: Action::Bookmarks,
        help: "the bookmarked quotations only (again: everyone's)",
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

/// The keys in use: the defaults, with the configuration's changes.
#[derive(Debug, Clone, PartialEq)]
pub struct Keymap {
    bindings: Vec<Bound>,
}

/// An action with its keys and its line of help.
#[derive(Debug, Clone, PartialEq)]
pub struct Bound {
    pub keys: Vec<Key>,
    pub action: Action,
    pub help: &'static str,
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap {
            bindings: DEFAULTS
                .iter()
                .map(|b| Bound {
                    keys: b.keys.to_vec(),
                    action: b.action,
                    help: b.help,
                })
                .collect(),
        }
    }
}

impl Keymap {
    /// Gives `action` these keys in place of its own; a key another action
    /// had is taken from it. Ctrl-c always quits at once.
    pub fn bind(&mut self, action: Action, keys: Vec<Key>) -> Result<(), String> {
        if action == Action::Interrupt || !self.bindings.iter().any(|b| b.action == action) {
            return Err(format!("{action:?} cannot be given keys"));
        }
        let keys: Vec<Key> = keys.into_iter().filter(|&k| k != ctrl('c')).collect();
        for b in &mut self.bindings {
            if b.action == action {
                b.keys.clone_from(&keys);
            } else if b.action != Action::Interrupt {
                b.keys.retain(|k| !keys.contains(k));
            }
        }
        Ok(())
    }

    pub fn bindings(&self) -> &[Bound] {
        &self.bindings
    }

    /// The action bound to a key press, if any. Shift is part of the
    /// character ("G", "?"), so it is not compared.
    pub fn lookup(&self, ev: &KeyEvent) -> Option<Action> {
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        if ev
            .modifiers
            .intersects(KeyModifiers::ALT | KeyModifiers::SUPER)
        {
            return None;
        }
        self.bindings
            .iter()
            .find(|b| b.keys.iter().any(|k| k.code == ev.code && k.ctrl == ctrl))
            .map(|b| b.action)
    }

    /// Every key of `action`, as the help writes them, between slashes:
    /// "j/↓".
    pub fn keys_for(&self, action: Action) -> String {
        let b = self.bindings.iter().find(|b| b.action == action);
        b.map_or_else(String::new, |b| {
            b.keys.iter().map(label).collect::<Vec<_>>().join("/")
        })
    }

    /// The first key of `action`, as the help writes it, for hints such as
    /// "Tab: quotes"; none when it has no key.
    pub fn key_for(&self, action: Action) -> Option<String> {
        let b = self.bindings.iter().find(|b| b.action == action)?;
        b.keys.first().map(label)
    }
}

/// A key as the configuration writes it: "q", "G", "ctrl-d", "tab",
/// "shift-tab", "pgdn", "space", "f1".
pub fn parse(s: &str) -> Option<Key> {
    let lower = s.to_lowercase();
    if let Some(rest) = lower
        .strip_prefix("ctrl-")
        .or_else(|| lower.strip_prefix("c-"))
    {
        let mut chars = rest.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Some(ctrl(c)),
            _ => None,
        };
    }
    let mut chars = s.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return Some(k(c));
    }
    let named = match lower.as_str() {
        "space" => KeyCode::Char(' '),
        "tab" => KeyCode::Tab,
        "shift-tab" | "backtab" => KeyCode::BackTab,
        "down" => KeyCode::Down,
        "up" => KeyCode::Up,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "pgdn" | "pagedown" => KeyCode::PageDown,
        "pgup" | "pageup" => KeyCode::PageUp,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "enter" | "return" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "backspace" => KeyCode::Backspace,
        "delete" | "del" => KeyCode::Delete,
        "insert" => KeyCode::Insert,
        f if f.starts_with('f') => {
            KeyCode::F(f[1..].parse().ok().filter(|n| (1..=12).contains(n))?)
        }
        _ => return None,
    };
    Some(code(named))
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
        Keymap::default().lookup(&KeyEvent::new(code, modifiers))
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
        let keys: Vec<&Key> = DEFAULTS.iter().flat_map(|b| b.keys).collect();
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

    #[test]
    fn keys_as_the_configuration_writes_them() {
        assert_eq!(parse("q"), Some(k('q')));
        assert_eq!(parse("G"), Some(k('G')));
        assert_eq!(parse("ctrl-d"), Some(ctrl('d')));
        assert_eq!(parse("Ctrl-D"), Some(ctrl('d')));
        assert_eq!(parse("shift-tab"), Some(code(KeyCode::BackTab)));
        assert_eq!(parse("PgDn"), Some(code(KeyCode::PageDown)));
        assert_eq!(parse("space"), Some(k(' ')));
        assert_eq!(parse("f5"), Some(code(KeyCode::F(5))));
        assert_eq!(parse("f13"), None);
        assert_eq!(parse("hyper-x"), None);
        assert_eq!(parse(""), None);
    }

    #[test]
    fn a_key_given_to_an_action_leaves_the_one_that_had_it() {
        let mut map = Keymap::default();
        map.bind(Action::NextQuote, vec![k('x'), k('j')]).unwrap();
        let ev = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        assert_eq!(map.lookup(&ev('x')), Some(Action::NextQuote));
        assert_eq!(map.lookup(&ev('j')), Some(Action::NextQuote));
        // "]" is no longer bound, and Down keeps its arrow.
        assert_eq!(map.lookup(&ev(']')), None);
        assert_eq!(
            map.lookup(&KeyEvent::new(KeyCode::Down, KeyModifiers::NONE)),
            Some(Action::Down)
        );
        // Ctrl-c cannot be taken away.
        map.bind(Action::Quit, vec![ctrl('c')]).unwrap();
        assert_eq!(
            map.lookup(&KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Action::Interrupt)
        );
        assert!(map.bind(Action::Interrupt, vec![k('i')]).is_err());
    }
}
