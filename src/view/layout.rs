//! Where each pane goes for a terminal size: side panes to the right of the
//! article on wide terminals, one list below it on narrow ones.

use ratatui::layout::Rect;

use super::Pane;

/// Below this size only a "terminal too small" line is shown.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;
/// From this width on, the lists stand beside the article.
pub const WIDE: u16 = 100;
/// The article's text is never wider than this, centred in its pane: a
/// line longer than about a hundred columns is hard to read.
pub const MEASURE: u16 = 100;
/// Below `WIDE` the text is at most this wide, the width it has beside the
/// narrowest lists at `WIDE`, so that crossing the breakpoint never
/// changes the text's width.
pub const NARROW_MEASURE: u16 = WIDE - SIDE_MIN - 2;
/// The side lists' width, from narrowest to widest.
const SIDE_MIN: u16 = 30;
const SIDE_MAX: u16 = 56;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Screen {
    /// The article pane; its text sits one column in from each side.
    pub article: Rect,
    pub entities: Option<Rect>,
    pub quotes: Option<Rect>,
    pub figures: Option<Rect>,
    /// The links take the figures' slot once focused.
    pub links: Option<Rect>,
    pub status: Rect,
    pub too_small: bool,
    /// The widest the article's text may be.
    pub measure: u16,
}

impl Screen {
    /// `list` is the list shown on a narrow terminal, where only one fits;
    /// `upper` the list in the upper slot of a wide one (names or quotes).
    pub fn new(width: u16, height: u16, list: Pane, upper: Pane) -> Screen {
        let full = Rect::new(0, 0, width, height);
        if width < MIN_WIDTH || height < MIN_HEIGHT {
            return Screen {
                article: full,
                entities: None,
                quotes: None,
                figures: None,
                links: None,
                status: full,
                too_small: true,
                measure: MEASURE,
            };
        }
        let body_h = height - 1;
        let status = Rect::new(0, body_h, width, 1);
        if width >= WIDE {
            // The lists take what the text cannot use, up to their widest.
            let side = (width - (NARROW_MEASURE + 2)).clamp(SIDE_MIN, SIDE_MAX);
            let art_w = width - side;
            let ent_h = body_h * 3 / 5;
            // The upper slot shows the names or, once focused, the quotes,
            // which stay there while the lower list has the focus.
            let quotes_up = list == Pane::Quotes || upper == Pane::Quotes && list != Pane::Entities;
            let upper = Some(Rect::new(art_w, 0, side, ent_h));
            let lower = Some(Rect::new(art_w, ent_h, side, body_h - ent_h));
            let links_down = list == Pane::Links;
            return Screen {
                article: Rect::new(0, 0, art_w, body_h),
                entities: if quotes_up { None } else { upper },
                quotes: if quotes_up { upper } else { None },
                figures: if links_down { None } else { lower },
                links: if links_down { lower } else { None },
                status,
                too_small: false,
                measure: MEASURE,
            };
        }
        let art_h = body_h * 3 / 5;
        let below = Some(Rect::new(0, art_h, width, body_h - art_h));
        Screen {
            article: Rect::new(0, 0, width, art_h),
            entities: below.filter(|_| matches!(list, Pane::Entities | Pane::Article)),
            quotes: below.filter(|_| list == Pane::Quotes),
            figures: below.filter(|_| list == Pane::Figures),
            links: below.filter(|_| list == Pane::Links),
            status,
            too_small: false,
            measure: NARROW_MEASURE,
        }
    }

    /// The article alone on the whole screen, at its readable measure.
    pub fn zoomed(width: u16, height: u16) -> Screen {
        let s = Screen::new(width, height, Pane::Article, Pane::Entities);
        if s.too_small {
            return s;
        }
        Screen {
            article: Rect::new(0, 0, width, height - 1),
            entities: None,
            quotes: None,
            figures: None,
            links: None,
            measure: MEASURE,
            ..s
        }
    }

    pub fn wide(&self) -> bool {
        (self.figures.is_some() || self.links.is_some())
            && (self.entities.is_some() || self.quotes.is_some())
    }

    /// The article's text area: one column in from each side, at most
    /// `measure` wide, centred.
    pub fn text(&self) -> Rect {
        let a = self.article;
        let w = a.width.saturating_sub(2).clamp(1, self.measure.max(1));
        let x = a.x + (a.width.saturating_sub(w)) / 2;
        Rect::new(x, a.y, w, a.height)
    }

    /// The rows of a list pane under its title line.
    pub fn list_inner(pane: Rect, wide: bool) -> Rect {
        let left = u16::from(wide);
        Rect::new(
            pane.x + left,
            pane.y + 1,
            pane.width.saturating_sub(left),
            pane.height.saturating_sub(1),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_terminals_put_lists_beside_the_article() {
        let s = Screen::new(120, 40, Pane::Article, Pane::Entities);
        assert!(s.wide() && !s.too_small);
        let (e, f) = (s.entities.unwrap(), s.figures.unwrap());
        assert_eq!(e.x, s.article.width);
        assert_eq!(e.height + f.height, 39);
        assert_eq!(s.status.y, 39);
    }

    #[test]
    fn narrow_terminals_show_one_list_below() {
        let s = Screen::new(40, 12, Pane::Figures, Pane::Entities);
        assert!(!s.wide() && !s.too_small);
        assert!(s.entities.is_none());
        assert_eq!(s.figures.unwrap().y, s.article.height);
    }

    #[test]
    fn the_quotes_take_the_names_slot_when_focused() {
        let s = Screen::new(120, 40, Pane::Quotes, Pane::Entities);
        assert!(s.wide() && s.entities.is_none());
        assert_eq!(s.quotes.unwrap().y, 0);
        let s = Screen::new(40, 12, Pane::Quotes, Pane::Entities);
        assert!(s.quotes.is_some() && s.entities.is_none() && s.figures.is_none());
    }

    #[test]
    fn the_quotes_stay_up_while_the_figures_have_the_focus() {
        let s = Screen::new(120, 40, Pane::Figures, Pane::Quotes);
        assert!(s.quotes.is_some() && s.entities.is_none() && s.figures.is_some());
        let s = Screen::new(120, 40, Pane::Figures, Pane::Entities);
        assert!(s.entities.is_some() && s.quotes.is_none());
    }

    #[test]
    fn the_text_keeps_its_width_across_the_breakpoint_and_a_readable_measure() {
        let width = |w: u16| {
            Screen::new(w, 40, Pane::Article, Pane::Entities)
                .text()
                .width
        };
        assert_eq!(width(WIDE - 1), width(WIDE));
        for w in 40..300 {
            assert!(width(w) <= MEASURE, "{w}: {}", width(w));
            // Never narrower on a wider terminal.
            assert!(width(w + 1) >= width(w), "{w}");
        }
        assert_eq!(width(200), MEASURE);
        // Centred in its pane on a wide terminal.
        let s = Screen::new(240, 40, Pane::Article, Pane::Entities);
        let (a, t) = (s.article, s.text());
        assert_eq!(t.x - a.x, a.x + a.width - (t.x + t.width));
    }

    #[test]
    fn tiny_terminals_are_too_small() {
        assert!(Screen::new(39, 40, Pane::Article, Pane::Entities).too_small);
        assert!(Screen::new(1, 1, Pane::Article, Pane::Entities).too_small);
        assert!(Screen::new(0, 0, Pane::Article, Pane::Entities).too_small);
    }
}
