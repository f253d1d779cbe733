//! Organisations and places: acronyms, short forms, head nouns, and names
//! that are also surnames.

use super::*;

#[test]
fn a_listed_organisation_is_no_person() {
    let d = doc(
        "The general led the surge in Iraq in 2007, when the precursor to the \
         Islamic State, Al Qaeda in Iraq, was at its height. Former vice president Al Gore \
         spoke later.",
    );
    assert_eq!(entity(&d, "Al Qaeda").kind, EntityKind::Organization);
    assert_eq!(entity(&d, "Al Gore").kind, EntityKind::Person);
}

#[test]
fn a_possessive_names_the_place() {
    let d = doc("China’s ports handled more cargo this year. Officials in China expect more.");
    assert_eq!(mentions(&d, "China"), ["China", "China"]);
}

#[test]
fn an_acronym_joins_its_organisation() {
    let d = doc(
        "The National Audit Office published its report on the harbour on Monday.\n\n\
         The NAO found that the dredging had cost twice the estimate.",
    );
    assert_eq!(
        mentions(&d, "National Audit Office"),
        ["National Audit Office", "NAO"]
    );
}

#[test]
fn a_province_and_its_short_form_are_one_place() {
    let d = doc("The ferry sails from Lianyungang in Jiangsu Province. Jiangsu has three ports.");
    assert_eq!(mentions(&d, "Jiangsu"), ["Jiangsu Province", "Jiangsu"]);
}

#[test]
fn a_place_that_is_also_a_surname_stays_a_place() {
    let d = doc("Jordan Lee sailed from Jordan to Cyprus last week.\n\n\
         The crossing took Lee three days.");
    assert_eq!(entity(&d, "Jordan").kind, EntityKind::Place);
    assert_eq!(entity(&d, "Jordan Lee").kind, EntityKind::Person);
    assert_eq!(mentions(&d, "Jordan Lee"), ["Jordan Lee", "Lee"]);
}

#[test]
fn the_head_noun_after_the_full_name_is_the_organisation() {
    let d = doc("The Ministry of Transport will pay half of the cost.\n\n\
         A spokeswoman for the ministry said the money was ready.");
    assert_eq!(
        mentions(&d, "Ministry of Transport"),
        ["Ministry of Transport", "the ministry"]
    );
}

#[test]
fn a_head_noun_two_organisations_share_stays_unresolved() {
    let d = doc(
        "The Ministry of Transport and the Ministry of Finance met on Monday.\n\n\
         The talks ran late, and the ministry said nothing.",
    );
    assert_eq!(
        mentions(&d, "Ministry of Transport"),
        ["Ministry of Transport"]
    );
    assert_eq!(mentions(&d, "Ministry of Finance"), ["Ministry of Finance"]);
}

#[test]
fn the_head_noun_before_the_full_name_is_no_mention() {
    let d = doc("Residents asked the council for a crossing.\n\n\
         Hartfield City Council voted for the bridge on Tuesday.");
    assert_eq!(
        mentions(&d, "Hartfield City Council"),
        ["Hartfield City Council"]
    );
}

/// "Dayton tells the AP", after Gov. Mark Dayton: a place's word that is a
/// person's name is the person where it speaks, and the place elsewhere.
#[test]
fn a_place_that_is_a_surname_speaks_as_the_person() {
    let d = doc("Gov. Mark Dayton is backing the plan.\n\n\
         Dayton tells the paper that it will pass. \"It is sound,\" said Dayton.\n\n\
         The rally in Dayton drew thousands.");
    assert_eq!(
        mentions(&d, "Mark Dayton"),
        ["Mark Dayton", "Dayton", "Dayton"]
    );
    assert_eq!(entity(&d, "Dayton").kind, EntityKind::Place);
    assert_eq!(mentions(&d, "Dayton"), ["Dayton"]);
}

/// "confirm Garland", after Judge Merrick Garland: a town's name that no
/// news list holds (Garland, Texas) and that is a person's surname is the
/// person, wherever nothing around it places it ("in Garland").
#[test]
fn a_towns_name_that_is_a_surname_is_the_person() {
    let d = doc(
        "The president chose Judge Merrick Garland for the court.\n\n\
         Senators refused to meet Garland. A rally in Garland drew few people.",
    );
    assert_eq!(
        mentions(&d, "Merrick Garland"),
        ["Merrick Garland", "Garland"]
    );
    assert_eq!(entity(&d, "Garland").kind, EntityKind::Place);
    assert_eq!(mentions(&d, "Garland"), ["Garland"]);
}

/// Linked headlines in title case inside the body are clauses, not names:
/// "Harbour Officials Who Back The Ferry Are Sellouts".
#[test]
fn a_clause_in_title_case_is_no_name() {
    let d = doc("The Northport Harbour Board met on Monday.\n\n\
         Read more: Harbour Officials Who Back The Ferry Are Sellouts\n\n\
         Related: Dredging Plans Would All Cost A Fortune\n\n\
         The board’s chair, Ana Ruiz, said the ferry would sail.");
    let names: Vec<&str> = d.analysis.entities.iter().map(|e| &e.name[..]).collect();
    assert!(
        names
            .iter()
            .all(|n| !n.contains("Sellouts") && !n.contains("Fortune")),
        "{names:?}"
    );
    assert_eq!(
        entity(&d, "Northport Harbour Board").kind,
        EntityKind::Organization
    );
    assert_eq!(entity(&d, "Ana Ruiz").kind, EntityKind::Person);
}

#[test]
fn a_lone_name_placed_in_most_of_its_mentions_is_a_place() {
    let d = doc(
        "The narrow-gauge line was extended to Harrison in 1898. Four trains ran daily \
         from Harrison to Bridgton Junction, and the last returned to Harrison at nine.",
    );
    assert_eq!(entity(&d, "Harrison").kind, EntityKind::Place);
    // One who speaks is a person, wherever else the name stands.
    let d = doc(
        "A letter from Harrison reached the council in May. Harrison said the pier was \
         unsafe, and the council wrote back to Harrison in June.",
    );
    assert_eq!(entity(&d, "Harrison").kind, EntityKind::Person);
}

#[test]
fn a_lone_name_defined_as_a_place_is_one() {
    let d = doc(
        "Wendover is a small village in the north of the county. Wendover can be spelt in \
         three ways, and Wendover appears in the old records.",
    );
    assert_eq!(entity(&d, "Wendover").kind, EntityKind::Place);
    // A passive is no speech: "Wendover was found" does not make a person.
    let d = doc(
        "Wendover is a small village in the north of the county. Wendover was found in \
         the old records, and Wendover is found on every map.",
    );
    assert_eq!(entity(&d, "Wendover").kind, EntityKind::Place);
    let d = doc(
        "The church in the village of Selby was rebuilt in 1890. Selby lies on the river, \
         and visitors to the village of Selby come by boat.",
    );
    assert_eq!(entity(&d, "Selby").kind, EntityKind::Place);
    // Before its region, once; where it lies, with another place.
    let d = doc("Pruitt, Missouri, had 115 violent crimes in 2014, the figures show.");
    assert_eq!(entity(&d, "Pruitt").kind, EntityKind::Place);
    // A region the recogniser knows, though no list holds it; but a list
    // of names is no town and its region.
    let d = doc("Kelso, Roxburghshire, has a small harbour. Kelso has a church.");
    assert_eq!(entity(&d, "Kelso").kind, EntityKind::Place);
    let d = doc("The side was Given, Breen, Harte, McLoughlin, Houghton, Townsend, Quinn.");
    assert_ne!(entity(&d, "McLoughlin").kind, EntityKind::Place);
    let d = doc("Sponsors include Motorola, Walgreens, Wells Fargo, and UPS.");
    assert_ne!(entity(&d, "Walgreens").kind, EntityKind::Place);
    let d =
        doc("Kirby, situated on the river, has an old mill. Visitors at Kirby see the mill first.");
    assert_eq!(entity(&d, "Kirby").kind, EntityKind::Place);
    // A person from a town is no town.
    let d = doc("Kirby is a man from the town in the north. Kirby later moved away.");
    assert_eq!(entity(&d, "Kirby").kind, EntityKind::Person);
}

/// A degree written with full stops is one word, not a place or an
/// organisation named "Ph".
#[test]
fn an_academic_degree_is_no_name() {
    let d = doc("Ana Ruiz, who holds a Ph.D. in marine biology, runs the harbour survey.");
    not_listed(&d, "Ph");
}

/// "PACs", "NGOs", "MPs": an acronym's plural is a common noun.
#[test]
fn an_acronyms_plural_is_no_name() {
    let d = doc(
        "Progressive super PACs jumped on the comments, and several MPs said the harbour \
         plan was unfair.",
    );
    not_listed(&d, "PACs");
    not_listed(&d, "MPs");
}

/// A name that is all its quotation marks hold is a work's title; the same
/// name outside marks, or beside a possessive's apostrophe, keeps its kind.
#[test]
fn a_name_in_quotation_marks_is_a_title() {
    let d = doc(
        "Rosa Diaz never lost more sleep than over “Michael Collins,” her film about the \
         harbour strike. Michael Collins led the strike in 1921. Her parents' Dominican \
         Republic, she said, taught her patience.",
    );
    let kinds: Vec<_> = d
        .analysis
        .entities
        .iter()
        .filter(|e| e.name == "Michael Collins")
        .map(|e| e.kind)
        .collect();
    assert!(kinds.contains(&EntityKind::Other), "{kinds:?}");
    assert!(kinds.contains(&EntityKind::Person), "{kinds:?}");
    assert_eq!(entity(&d, "Dominican Republic").kind, EntityKind::Place);
}

/// A name ending on an event's or a law's noun is neither an organisation
/// nor a place: "the Boston Marathon", "the Freedom of Information Act".
#[test]
fn events_and_laws_are_other_names() {
    let d = doc(
        "The request was filed under the Freedom of Information Act last year. They \
         asserted their First Amendment rights after the Boston Marathon bombing, said \
         the Harbour Council.",
    );
    for name in [
        "Freedom of Information Act",
        "First Amendment",
        "Boston Marathon",
    ] {
        assert_eq!(entity(&d, name).kind, EntityKind::Other, "{name}");
    }
    assert_eq!(entity(&d, "Harbour Council").kind, EntityKind::Organization);
}
