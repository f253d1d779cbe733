//! The recogniser's tags: BILOU over four kinds of name. A name of one word
//! is `U`; a longer one is `B`, any `I`, then `L`. Decoding only ever
//! produces sequences these rules allow.

/// The kinds the model tells apart; `Misc` becomes a group or another kind
/// of name once decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Per,
    Org,
    Loc,
    Misc,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Per, Kind::Org, Kind::Loc, Kind::Misc];

    /// The kind of a corpus label: CoNLL's `PER ORG LOC MISC`, GMB's `per
    /// org geo gpe art eve`; none for what is not a name here (`tim`, `nat`).
    pub fn from_label(label: &str) -> Option<Kind> {
        match label {
            "PER" | "per" => Some(Kind::Per),
            "ORG" | "org" => Some(Kind::Org),
            "LOC" | "geo" => Some(Kind::Loc),
            "MISC" | "gpe" | "art" | "eve" => Some(Kind::Misc),
            _ => None,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Where a token stands in a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Begin,
    Inside,
    Last,
    Unit,
}

/// A tag as a small number: 0 is outside any name, then four per kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tag(u8);

/// How many tags there are.
pub const TAGS: usize = 1 + 4 * 4;

impl Tag {
    pub const OUT: Tag = Tag(0);

    pub fn new(kind: Kind, part: Part) -> Tag {
        let p = match part {
            Part::Begin => 0,
            Part::Inside => 1,
            Part::Last => 2,
            Part::Unit => 3,
        };
        Tag(1 + 4 * kind.index() as u8 + p)
    }

    /// The tag numbered `i`, for `i < TAGS`.
    pub fn from_index(i: usize) -> Option<Tag> {
        (i < TAGS).then_some(Tag(i as u8))
    }

    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    pub fn all() -> impl Iterator<Item = Tag> {
        (0..TAGS as u8).map(Tag)
    }

    /// The kind and part, none outside a name.
    pub fn split(self) -> Option<(Kind, Part)> {
        let i = self.0.checked_sub(1)?;
        let kind = Kind::ALL[usize::from(i / 4)];
        let part = match i % 4 {
            0 => Part::Begin,
            1 => Part::Inside,
            2 => Part::Last,
            _ => Part::Unit,
        };
        Some((kind, part))
    }

    /// The tag may open a sentence.
    pub fn may_start(self) -> bool {
        !matches!(self.split(), Some((_, Part::Inside | Part::Last)))
    }

    /// The tag may close a sentence.
    pub fn may_end(self) -> bool {
        !matches!(self.split(), Some((_, Part::Begin | Part::Inside)))
    }

    /// `next` may follow `self`.
    pub fn may_precede(self, next: Tag) -> bool {
        match (self.split(), next.split()) {
            (Some((k, Part::Begin | Part::Inside)), Some((n, Part::Inside | Part::Last))) => k == n,
            (Some((_, Part::Begin | Part::Inside)), _) => false,
            (_, next) => next.is_none_or(|(_, p)| matches!(p, Part::Begin | Part::Unit)),
        }
    }
}

/// A name found in a sentence: token indexes and kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    pub tokens: std::ops::Range<usize>,
    pub kind: Kind,
}

/// The names a valid tag sequence spells.
pub fn names(tags: &[Tag]) -> Vec<Name> {
    let mut out = Vec::new();
    let mut open: Option<(usize, Kind)> = None;
    for (i, t) in tags.iter().enumerate() {
        match t.split() {
            Some((k, Part::Unit)) => out.push(Name {
                tokens: i..i + 1,
                kind: k,
            }),
            Some((k, Part::Begin)) => open = Some((i, k)),
            Some((k, Part::Last)) => {
                if let Some((s, ok)) = open.take()
                    && ok == k
                {
                    out.push(Name {
                        tokens: s..i + 1,
                        kind: k,
                    });
                }
            }
            Some((_, Part::Inside)) => {}
            None => open = None,
        }
    }
    out
}

/// The tags that spell `names` over `len` tokens.
pub fn tags_of(len: usize, names: &[Name]) -> Vec<Tag> {
    let mut tags = vec![Tag::OUT; len];
    for n in names {
        let r = n.tokens.clone();
        if r.len() == 1 {
            tags[r.start] = Tag::new(n.kind, Part::Unit);
        } else if !r.is_empty() {
            tags[r.start] = Tag::new(n.kind, Part::Begin);
            for t in &mut tags[r.start + 1..r.end - 1] {
                *t = Tag::new(n.kind, Part::Inside);
            }
            tags[r.end - 1] = Tag::new(n.kind, Part::Last);
        }
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_tags_round_trip() {
        let names_in = vec![
            Name {
                tokens: 0..2,
                kind: Kind::Per,
            },
            Name {
                tokens: 3..4,
                kind: Kind::Loc,
            },
            Name {
                tokens: 5..8,
                kind: Kind::Org,
            },
        ];
        let tags = tags_of(9, &names_in);
        assert_eq!(names(&tags), names_in);
        assert!(tags.windows(2).all(|w| w[0].may_precede(w[1])));
    }

    #[test]
    fn transitions_follow_bilou() {
        let b_per = Tag::new(Kind::Per, Part::Begin);
        let l_per = Tag::new(Kind::Per, Part::Last);
        let l_org = Tag::new(Kind::Org, Part::Last);
        assert!(b_per.may_precede(l_per));
        assert!(!b_per.may_precede(l_org));
        assert!(!b_per.may_precede(Tag::OUT));
        assert!(!Tag::OUT.may_precede(l_per));
        assert!(l_per.may_precede(b_per));
        assert!(!l_per.may_start() && b_per.may_start() && !b_per.may_end());
    }
}
