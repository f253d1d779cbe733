//! What a name is: the kind the model gave it, set right by the word the
//! name ends on ("Carnegie Hall" is a place, "Atlantic City Hospital" an
//! organisation) and by the lists ("Iraqi" is a group).

use super::EntityKind;
use crate::analysis::Context;
use crate::lexicon::WordClass;
use crate::model::gazetteer::{ListKind, bit, gazetteer};
use crate::model::tags::Kind;
use crate::text::with_lower;

/// The first and last words of a name of two words or more.
fn first_and_last(name: &str) -> Option<(&str, &str)> {
    let mut words = name.split_whitespace();
    words.next().zip(words.next_back())
}

/// A person the model found, unless the name ends on a word that names an
/// organisation or a place ("Cary Towne Center", "Carnegie Hall") and
/// does not open on a first name ("Arsenio Hall", "Nikki Beach"), or ends
/// on one that is no one's surname ("Mark Hopkins Hotel", "Sarah Lawrence
/// College").
fn person_or_what_it_ends_on(ctx: &Context, name: &str) -> EntityKind {
    let Some((first, last)) = first_and_last(name) else {
        return EntityKind::Person;
    };
    let named = ctx.lex.is_first_name(first)
        || gazetteer().has(first, bit::FIRST_NAME | bit::TITLE | bit::HONORIFIC);
    // "Mark Hopkins Hotel": a word no one has for a surname ends it.
    if named && gazetteer().has(last, bit::SURNAME) {
        EntityKind::Person
    } else if ctx.lex.is_org_word(last) {
        EntityKind::Organization
    } else if ctx.lex.is_place_word(last)
        || with_lower(last, |l| ctx.lex.is(l, WordClass::Facility))
    {
        EntityKind::Place
    } else {
        EntityKind::Person
    }
}

/// "All-American", "Team All-Star", "All-Pro": a name ending on a word of
/// "All-" and a capital is an honour or its adjective, never a person, an
/// organisation or a place ("All-England Club" ends on "Club").
fn is_all_compound(name: &str) -> bool {
    name.split_whitespace()
        .next_back()
        .and_then(|w| w.strip_prefix("All-"))
        .is_some_and(|rest| rest.starts_with(char::is_uppercase))
}

/// The kind a name of the model's kind is listed as.
pub fn entity_kind(ctx: &Context, kind: Kind, name: &str) -> EntityKind {
    if is_all_compound(name) {
        return EntityKind::Other;
    }
    match kind {
        Kind::Per => person_or_what_it_ends_on(ctx, name),
        Kind::Org => EntityKind::Organization,
        // "Atlantic City Hospital", "Texas A&M University": an institution
        // named for its place ("West Bank", "Soviet Union" stay places).
        Kind::Loc
            if first_and_last(name).is_some_and(|(_, last)| {
                with_lower(last, |l| ctx.lex.is(l, WordClass::Institution))
            }) =>
        {
            EntityKind::Organization
        }
        Kind::Loc => EntityKind::Place,
        Kind::Misc => {
            if ctx.lex.is_group(name) || gazetteer().list_of(name) == Some(ListKind::Group) {
                EntityKind::Group
            } else {
                EntityKind::Other
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_ending_on_a_building_an_organisation_or_an_institution() {
        let ctx = Context::new("x", std::iter::once(0..1));
        let kind = |name: &str| entity_kind(&ctx, Kind::Per, name);
        assert_eq!(kind("Carnegie Hall"), EntityKind::Place);
        assert_eq!(kind("Hancock Brook"), EntityKind::Place);
        assert_eq!(kind("Vantor Holdings"), EntityKind::Organization);
        // A first name or a title keeps a person: "Anita Hill", "Dr. Park".
        assert_eq!(kind("Anita Hill"), EntityKind::Person);
        assert_eq!(kind("Dr. Park"), EntityKind::Person);
        assert_eq!(kind("Hill"), EntityKind::Person);
        // Unless the last word is no one's surname.
        assert_eq!(kind("Mark Hopkins Hotel"), EntityKind::Place);
        assert_eq!(kind("Sarah Lawrence College"), EntityKind::Organization);
        assert_eq!(kind("Anita Hall"), EntityKind::Person);
        let place = |name: &str| entity_kind(&ctx, Kind::Loc, name);
        assert_eq!(place("Atlantic City Hospital"), EntityKind::Organization);
        assert_eq!(place("West Bank"), EntityKind::Place);
        assert_eq!(place("Hospital"), EntityKind::Place);
    }

    #[test]
    fn an_all_compound_is_an_honour() {
        let ctx = Context::new("x", std::iter::once(0..1));
        for kind in [Kind::Per, Kind::Org, Kind::Loc] {
            assert_eq!(entity_kind(&ctx, kind, "All-American"), EntityKind::Other);
            assert_eq!(entity_kind(&ctx, kind, "Team All-Star"), EntityKind::Other);
        }
        assert_eq!(
            entity_kind(&ctx, Kind::Org, "All-England Club"),
            EntityKind::Organization
        );
        assert_eq!(entity_kind(&ctx, Kind::Per, "Allen"), EntityKind::Person);
    }
}
