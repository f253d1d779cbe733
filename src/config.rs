//! The configuration file: the theme, colours and keys. It lives in the
//! platform's config folder (`~/.config/byline/config.toml` on Linux), or
//! where `BYLINE_CONFIG` says. A file that cannot be read or understood is
//! reported with its line and ignored: byline opens with its defaults.
//!
//! ```toml
//! theme = "light"          # or "dark"
//! colors = "256"           # "auto", "none", "16", "256" or "truecolor"
//!
//! [palette]                # a colour's name, "#rrggbb" or 0-255
//! person = "#005faf"
//! quote = "magenta"
//!
//! [keys]                   # an action, and its key or keys
//! next_quote = ["]", "ctrl-n"]
//! quit = "Q"
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use ratatui::style::Color;
use serde::Deserialize;

use crate::app::Action;
use crate::app::keymap::{self, Keymap};
use crate::ui::palette::{self, Depth, Shade};
use crate::ui::theme::Theme;

/// What the reader is drawn and driven with.
#[derive(Debug, Clone)]
pub struct Settings {
    pub theme: Theme,
    pub keymap: Keymap,
    /// Why the configuration file was ignored, for the status bar.
    pub warning: Option<String>,
}

/// The file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    theme: Option<Shade>,
    colors: Option<toml::Spanned<String>>,
    #[serde(default)]
    palette: BTreeMap<String, toml::Spanned<String>>,
    #[serde(default)]
    keys: BTreeMap<String, toml::Spanned<OneOrMore>>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum OneOrMore {
    One(String),
    More(Vec<String>),
}

/// The configuration understood: an error names the line it is on.
#[derive(Debug, Default, PartialEq)]
pub struct Config {
    pub shade: Option<Shade>,
    pub depth: Option<Depth>,
    pub palette: Vec<(String, Color)>,
    pub keys: Vec<(Action, Vec<keymap::Key>)>,
}

/// Where the configuration file is looked for.
pub fn path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("BYLINE_CONFIG").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let dirs = directories::ProjectDirs::from("", "", "byline")?;
    Some(dirs.config_dir().join("config.toml"))
}

/// The line of byte `at` in `text`, from 1.
fn line_of(text: &str, at: usize) -> usize {
    text.as_bytes()[..at.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Reads a configuration; the error says what is wrong and on which line.
pub fn parse(text: &str) -> Result<Config, String> {
    let file: File = toml::from_str(text).map_err(|e| match e.span() {
        Some(span) => format!("line {}: {}", line_of(text, span.start), e.message().trim()),
        None => e.message().trim().to_string(),
    })?;
    let at = |span: std::ops::Range<usize>, what: String| {
        format!("line {}: {what}", line_of(text, span.start))
    };
    let depth = match &file.colors {
        None => None,
        Some(c) if c.get_ref() == "auto" => None,
        Some(c) => Some(Depth::parse(c.get_ref()).ok_or_else(|| {
            at(
                c.span(),
                format!(
                    "colors is {:?}: \"auto\", \"none\", \"16\", \"256\" or \"truecolor\"",
                    c.get_ref()
                ),
            )
        })?),
    };
    let mut palette = Vec::new();
    let mut probe = palette::palette(Shade::Dark, Depth::TrueColor);
    for (name, value) in &file.palette {
        let colour = Color::from_str(value.get_ref()).map_err(|_| {
            at(
                value.span(),
                format!("{:?} is not a colour", value.get_ref()),
            )
        })?;
        if !probe.set(name, colour) {
            return Err(at(
                value.span(),
                format!("the palette has no colour {name:?}"),
            ));
        }
        palette.push((name.clone(), colour));
    }
    let mut keys = Vec::new();
    for (name, value) in &file.keys {
        let action: Action = serde_json::from_value(serde_json::Value::String(name.clone()))
            .map_err(|_| at(value.span(), format!("{name:?} is not an action")))?;
        let written = match value.get_ref() {
            OneOrMore::One(k) => vec![k.clone()],
            OneOrMore::More(ks) => ks.clone(),
        };
        let parsed = written
            .iter()
            .map(|k| {
                keymap::parse(k).ok_or_else(|| at(value.span(), format!("{k:?} is not a key")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        keys.push((action, parsed));
    }
    Ok(Config {
        shade: file.theme,
        depth,
        palette,
        keys,
    })
}

impl Config {
    /// Reads the file at `path`; none there is no error.
    pub fn load(path: &Path) -> Result<Config, String> {
        match std::fs::read_to_string(path) {
            Ok(text) => parse(&text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(e) => Err(e.to_string()),
        }
    }

    /// The theme and keys, with the command line's word over the file's:
    /// `--no-color` over everything, `--theme` over `theme`, and the
    /// file's `colors` over `NO_COLOR` and the terminal's own account.
    pub fn settings(&self, shade: Option<Shade>, no_color: bool) -> Result<Settings, String> {
        let shade = shade.or(self.shade).unwrap_or(Shade::Dark);
        let depth = if no_color {
            Depth::None
        } else {
            self.depth.unwrap_or_else(Depth::from_env)
        };
        let theme = Theme::with_colours(shade, depth, &self.palette);
        let mut keymap = Keymap::default();
        for (action, keys) in &self.keys {
            keymap.bind(*action, keys.clone())?;
        }
        Ok(Settings {
            theme,
            keymap,
            warning: None,
        })
    }
}

/// The settings for this run: the configuration file's, else the
/// defaults with a warning that names the file and the line.
pub fn settings(shade: Option<Shade>, no_color: bool) -> Settings {
    let file = path();
    let config = file.as_deref().map_or(Ok(Config::default()), Config::load);
    match config.and_then(|c| c.settings(shade, no_color)) {
        Ok(s) => s,
        Err(why) => {
            let mut s = Config::default()
                .settings(shade, no_color)
                .expect("the defaults are valid");
            let name = file.map_or_else(String::new, |f| f.display().to_string());
            s.warning = Some(format!("{name} ignored: {why}"));
            s
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_whole_configuration_is_understood() {
        let c = parse(
            "theme = \"light\"\ncolors = \"256\"\n[palette]\nperson = \"#005faf\"\nquote = \"magenta\"\n\
             [keys]\nnext_quote = [\"x\", \"ctrl-n\"]\nquit = \"Q\"\n",
        )
        .unwrap();
        assert_eq!(c.shade, Some(Shade::Light));
        assert_eq!(c.depth, Some(Depth::Ansi256));
        assert!(
            c.palette
                .contains(&("person".into(), Color::Rgb(0, 0x5f, 0xaf)))
        );
        assert!(c.palette.contains(&("quote".into(), Color::Magenta)));
        let s = c.settings(None, false).unwrap();
        // The person's colour comes down to the 256 the terminal has.
        assert_eq!(s.theme.person.fg, Some(Color::Indexed(25)));
        assert_eq!(s.theme.direct.fg, Some(Color::Magenta));
        let help: Vec<_> = s.keymap.bindings().iter().map(|b| b.action).collect();
        assert!(help.contains(&Action::NextQuote));
        assert_eq!(s.keymap.key_for(Action::NextQuote).as_deref(), Some("x"));
        assert_eq!(s.keymap.key_for(Action::Quit).as_deref(), Some("Q"));
    }

    #[test]
    fn each_mistake_is_reported_with_its_line() {
        let cases = [
            ("theme = \"dark\"\ncolors = [\n", "line 2"),
            ("theme = \"dark\"\n\ntheme = \"sepia\"\n", "line 3"),
            ("colors = \"million\"\n", "line 1"),
            ("[palette]\nperson = \"blurple\"\n", "line 2"),
            ("[palette]\n\nsky = \"blue\"\n", "line 3"),
            ("[keys]\nfly = \"x\"\n", "line 2"),
            ("[keys]\nquit = \"hyper-q\"\n", "line 2"),
            ("font = \"serif\"\n", "line 1"),
        ];
        for (text, line) in cases {
            let e = parse(text).expect_err(text);
            assert!(e.starts_with(line), "{text:?}: {e}");
        }
    }

    #[test]
    fn no_color_on_the_command_line_wins() {
        let c = parse("colors = \"truecolor\"\n").unwrap();
        assert!(c.settings(None, true).unwrap().theme.is_plain());
        assert!(!c.settings(None, false).unwrap().theme.is_plain());
        let light = c.settings(Some(Shade::Light), false).unwrap().theme;
        let dark = c.settings(Some(Shade::Dark), false).unwrap().theme;
        assert_ne!(light, dark);
    }
}
