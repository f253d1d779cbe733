//! The colours of the themes: one palette for a dark background and one for
//! a light one, written in true colour and brought down to what the
//! terminal shows (the nearest of the 256 xterm colours, or a palette of
//! the sixteen chosen by hand, since the nearest of sixteen is often
//! unreadable).

use ratatui::style::Color;

/// The terminal's background.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Shade {
    Dark,
    Light,
}

/// How many colours the terminal shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    /// None: modifiers alone.
    None,
    Ansi16,
    Ansi256,
    TrueColor,
}

impl Depth {
    /// From the environment: `NO_COLOR` (no-color.org), then `COLORTERM`,
    /// then `TERM`.
    pub fn from_env() -> Depth {
        let var = |k: &str| std::env::var(k).unwrap_or_default();
        Depth::from_vars(&var("NO_COLOR"), &var("COLORTERM"), &var("TERM"))
    }

    pub fn from_vars(no_color: &str, colorterm: &str, term: &str) -> Depth {
        if !no_color.is_empty() {
            Depth::None
        } else if matches!(colorterm, "truecolor" | "24bit") {
            Depth::TrueColor
        } else if term.contains("256color") {
            Depth::Ansi256
        } else {
            Depth::Ansi16
        }
    }

    /// As the configuration writes it: "none", "16", "256", "truecolor".
    pub fn parse(s: &str) -> Option<Depth> {
        match s {
            "none" => Some(Depth::None),
            "16" => Some(Depth::Ansi16),
            "256" => Some(Depth::Ansi256),
            "truecolor" | "24bit" => Some(Depth::TrueColor),
            _ => None,
        }
    }
}

/// A colour for each thing the reader tells apart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette<C> {
    pub person: C,
    pub organisation: C,
    pub place: C,
    pub group: C,
    pub other: C,
    pub quote: C,
    pub money: C,
    pub percent: C,
    pub date: C,
    pub number: C,
    pub dim: C,
    /// The focused pane's title.
    pub accent: C,
    pub link: C,
    /// Behind the quotation under the cursor.
    pub current: C,
    /// Behind a search match.
    pub found: C,
    /// Text on the quote and match colours.
    pub on_accent: C,
    pub status: C,
    pub status_text: C,
}

type Rgb = (u8, u8, u8);

const DARK: Palette<Rgb> = Palette {
    person: (0x5f, 0xd7, 0xff),
    organisation: (0xd7, 0x87, 0xd7),
    place: (0x87, 0xd7, 0x87),
    group: (0xaf, 0xaf, 0xff),
    other: (0xbc, 0xbc, 0xbc),
    quote: (0xff, 0xd7, 0x5f),
    money: (0xaf, 0xd7, 0x87),
    percent: (0xff, 0x87, 0x87),
    date: (0xa8, 0xa8, 0xa8),
    number: (0x87, 0xaf, 0xd7),
    dim: (0x80, 0x80, 0x80),
    accent: (0x5f, 0xd7, 0xd7),
    link: (0x5f, 0xaf, 0xff),
    current: (0x3a, 0x3a, 0x3a),
    found: (0xff, 0xd7, 0x5f),
    on_accent: (0, 0, 0),
    status: (0xc6, 0xc6, 0xc6),
    status_text: (0, 0, 0),
};

const LIGHT: Palette<Rgb> = Palette {
    person: (0x00, 0x5f, 0xaf),
    organisation: (0x87, 0x00, 0x87),
    place: (0x00, 0x5f, 0x00),
    group: (0x5f, 0x5f, 0xaf),
    other: (0x58, 0x58, 0x58),
    quote: (0x87, 0x5f, 0x00),
    money: (0x00, 0x87, 0x5f),
    percent: (0xaf, 0x00, 0x00),
    date: (0x6c, 0x6c, 0x6c),
    number: (0x00, 0x5f, 0x87),
    dim: (0x76, 0x76, 0x76),
    accent: (0x00, 0x87, 0x87),
    link: (0x00, 0x00, 0xd7),
    current: (0xe4, 0xe4, 0xe4),
    found: (0xff, 0xd7, 0x5f),
    on_accent: (0, 0, 0),
    status: (0x44, 0x44, 0x44),
    status_text: (0xff, 0xff, 0xff),
};

const DARK_16: Palette<Color> = Palette {
    person: Color::Cyan,
    organisation: Color::Magenta,
    place: Color::Green,
    group: Color::Blue,
    other: Color::Gray,
    quote: Color::Yellow,
    money: Color::LightGreen,
    percent: Color::LightRed,
    date: Color::Gray,
    number: Color::LightBlue,
    dim: Color::DarkGray,
    accent: Color::Cyan,
    link: Color::Blue,
    current: Color::DarkGray,
    found: Color::Yellow,
    on_accent: Color::Black,
    status: Color::Gray,
    status_text: Color::Black,
};

const LIGHT_16: Palette<Color> = Palette {
    person: Color::Blue,
    organisation: Color::Magenta,
    place: Color::Green,
    group: Color::Cyan,
    other: Color::DarkGray,
    // Yellow is unreadable on most light backgrounds.
    quote: Color::Red,
    money: Color::Green,
    percent: Color::Magenta,
    date: Color::DarkGray,
    number: Color::Blue,
    dim: Color::DarkGray,
    accent: Color::Blue,
    link: Color::Blue,
    current: Color::Gray,
    found: Color::LightYellow,
    on_accent: Color::Black,
    status: Color::Black,
    status_text: Color::White,
};

/// The palette for a background at a colour depth. The sixteen-colour
/// palettes are chosen by hand for their shade.
pub fn palette(shade: Shade, depth: Depth) -> Palette<Color> {
    let (rgb, sixteen) = match shade {
        Shade::Dark => (DARK, DARK_16),
        Shade::Light => (LIGHT, LIGHT_16),
    };
    match depth {
        Depth::Ansi16 | Depth::None => sixteen,
        _ => rgb.map(|c| fit(Color::Rgb(c.0, c.1, c.2), depth)),
    }
}

impl Palette<Color> {
    /// Replaces the colour named as the configuration names it
    /// ("person", "quote", "status_text"); false for a name it does not have.
    pub fn set(&mut self, name: &str, c: Color) -> bool {
        let slot = match name {
            "person" => &mut self.person,
            "organisation" | "organization" => &mut self.organisation,
            "place" => &mut self.place,
            "group" => &mut self.group,
            "other" => &mut self.other,
            "quote" => &mut self.quote,
            "money" => &mut self.money,
            "percent" => &mut self.percent,
            "date" => &mut self.date,
            "number" => &mut self.number,
            "dim" => &mut self.dim,
            "accent" => &mut self.accent,
            "link" => &mut self.link,
            "current" => &mut self.current,
            "found" => &mut self.found,
            "on_accent" => &mut self.on_accent,
            "status" => &mut self.status,
            "status_text" => &mut self.status_text,
            _ => return false,
        };
        *slot = c;
        true
    }
}

impl Palette<Rgb> {
    fn map(&self, f: impl Fn(Rgb) -> Color) -> Palette<Color> {
        Palette {
            person: f(self.person),
            organisation: f(self.organisation),
            place: f(self.place),
            group: f(self.group),
            other: f(self.other),
            quote: f(self.quote),
            money: f(self.money),
            percent: f(self.percent),
            date: f(self.date),
            number: f(self.number),
            dim: f(self.dim),
            accent: f(self.accent),
            link: f(self.link),
            current: f(self.current),
            found: f(self.found),
            on_accent: f(self.on_accent),
            status: f(self.status),
            status_text: f(self.status_text),
        }
    }
}

/// A colour as a terminal of `depth` shows it: true colour brought down to
/// the nearest xterm colour, or to the nearest of the sixteen.
pub fn fit(c: Color, depth: Depth) -> Color {
    match (c, depth) {
        (Color::Rgb(r, g, b), Depth::Ansi256) => Color::Indexed(nearest_256((r, g, b))),
        (Color::Rgb(r, g, b), Depth::Ansi16) => nearest_16((r, g, b)),
        (Color::Indexed(i), Depth::Ansi16) if i >= 16 => nearest_16(xterm_rgb(i)),
        _ => c,
    }
}

fn distance(a: Rgb, b: Rgb) -> u32 {
    let d = |x: u8, y: u8| (i32::from(x) - i32::from(y)).unsigned_abs();
    d(a.0, b.0).pow(2) + d(a.1, b.1).pow(2) + d(a.2, b.2).pow(2)
}

/// The levels of the xterm colour cube.
const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];

/// The colour of xterm's index `i` from 16 up: the 6×6×6 cube, then 24
/// greys.
fn xterm_rgb(i: u8) -> Rgb {
    if i >= 232 {
        let v = 8 + 10 * (i - 232);
        return (v, v, v);
    }
    let i = i.saturating_sub(16);
    (
        LEVELS[usize::from(i / 36)],
        LEVELS[usize::from(i / 6 % 6)],
        LEVELS[usize::from(i % 6)],
    )
}

fn nearest_256(c: Rgb) -> u8 {
    (16..=255)
        .min_by_key(|&i| distance(c, xterm_rgb(i)))
        .unwrap_or(16)
}

/// The sixteen colours as xterm draws them.
const ANSI: [(Color, Rgb); 16] = [
    (Color::Black, (0, 0, 0)),
    (Color::Red, (205, 0, 0)),
    (Color::Green, (0, 205, 0)),
    (Color::Yellow, (205, 205, 0)),
    (Color::Blue, (0, 0, 238)),
    (Color::Magenta, (205, 0, 205)),
    (Color::Cyan, (0, 205, 205)),
    (Color::Gray, (229, 229, 229)),
    (Color::DarkGray, (127, 127, 127)),
    (Color::LightRed, (255, 0, 0)),
    (Color::LightGreen, (0, 255, 0)),
    (Color::LightYellow, (255, 255, 0)),
    (Color::LightBlue, (92, 92, 255)),
    (Color::LightMagenta, (255, 0, 255)),
    (Color::LightCyan, (0, 255, 255)),
    (Color::White, (255, 255, 255)),
];

fn nearest_16(c: Rgb) -> Color {
    ANSI.iter()
        .min_by_key(|(_, rgb)| distance(c, *rgb))
        .map_or(Color::Reset, |(colour, _)| *colour)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_depth_comes_from_the_environment_no_color_first() {
        assert_eq!(
            Depth::from_vars("1", "truecolor", "xterm-256color"),
            Depth::None
        );
        assert_eq!(Depth::from_vars("", "truecolor", "xterm"), Depth::TrueColor);
        assert_eq!(Depth::from_vars("", "", "xterm-256color"), Depth::Ansi256);
        assert_eq!(Depth::from_vars("", "", "xterm"), Depth::Ansi16);
    }

    #[test]
    fn true_colour_comes_down_to_the_nearest_the_terminal_has() {
        let c = Color::Rgb(0xff, 0xd7, 0x5f);
        assert_eq!(fit(c, Depth::TrueColor), c);
        assert_eq!(fit(c, Depth::Ansi256), Color::Indexed(221));
        assert_eq!(fit(Color::Rgb(250, 10, 10), Depth::Ansi16), Color::LightRed);
        assert_eq!(fit(Color::Indexed(21), Depth::Ansi16), Color::Blue);
        assert_eq!(fit(Color::Cyan, Depth::Ansi256), Color::Cyan);
        assert_eq!(xterm_rgb(232), (8, 8, 8));
        assert_eq!(xterm_rgb(196), (255, 0, 0));
    }

    #[test]
    fn each_palette_tells_its_kinds_apart() {
        for shade in [Shade::Dark, Shade::Light] {
            for depth in [Depth::Ansi16, Depth::Ansi256, Depth::TrueColor] {
                let p = palette(shade, depth);
                let kinds = [p.person, p.organisation, p.place, p.group, p.quote];
                for (i, a) in kinds.iter().enumerate() {
                    assert!(
                        !kinds[i + 1..].contains(a),
                        "{shade:?} {depth:?}: {a:?} twice"
                    );
                }
            }
        }
    }
}
