//! People: surnames, honorifics, titles and roles, namesakes, and the
//! ways news writes a person's name.

use super::*;

#[test]
fn a_surname_joins_the_full_name() {
    let d = doc(
        "Karl Obi, the port director, opened the new pier on Monday.\n\n\
         Obi said the work had taken two years.",
    );
    assert_eq!(mentions(&d, "Karl Obi"), ["Karl Obi", "Obi"]);
    assert_eq!(entity(&d, "Karl Obi").kind, EntityKind::Person);
}

#[test]
fn an_honorific_and_surname_join_the_full_name() {
    let d = doc(
        "Prime Minister Tony Blair visited the shipyard in Glasgow.\n\n\
         Mr Blair told workers the orders would keep coming.",
    );
    let blair = entity(&d, "Tony Blair");
    assert_eq!(blair.mentions.len(), 2);
    assert!(
        blair.roles.iter().any(|r| r == "Prime Minister"),
        "{:?}",
        blair.roles
    );
    assert!(blair.roles.iter().all(|r| !r.contains("Mr")));
}

#[test]
fn a_title_is_a_role_never_part_of_the_name() {
    let d = doc("Mayor Ana Ruiz opened the ferry line on Monday.");
    let ruiz = entity(&d, "Ana Ruiz");
    assert_eq!(ruiz.roles, ["Mayor"]);
    assert_eq!(mentions(&d, "Ana Ruiz"), ["Ana Ruiz"]);
    let d = doc("The port was opened in 1931 by Emperor Haile Selassie.");
    assert_eq!(entity(&d, "Haile Selassie").roles, ["Emperor"]);
}

/// "Assemblywoman Claudia Tenney", "Alderman Jason Ervin": a local
/// legislature's seats are titles too.
#[test]
fn local_legislators_titles_are_roles() {
    let d = doc(
        "Assemblywoman Ana Ruiz and Alderman Tom Okafor opened the pier. \
         Councilwoman Jo Kim stayed away.",
    );
    assert_eq!(entity(&d, "Ana Ruiz").roles, ["Assemblywoman"]);
    assert_eq!(entity(&d, "Tom Okafor").roles, ["Alderman"]);
    assert_eq!(entity(&d, "Jo Kim").roles, ["Councilwoman"]);
}

#[test]
fn offices_of_the_law_and_of_faith_are_roles() {
    let d = doc(
        "Sheriff Tom Okafor and Majority Whip Ana Ruiz met Rabbi David Hale at the \
         harbour on Monday.",
    );
    assert_eq!(entity(&d, "Tom Okafor").roles, ["Sheriff"]);
    assert_eq!(entity(&d, "Ana Ruiz").roles, ["Majority Whip"]);
    assert_eq!(entity(&d, "David Hale").roles, ["Rabbi"]);
}

#[test]
fn an_honorific_is_never_a_role() {
    let d = doc("Chairman Sir Peter Lane opened the new dock in Portsmouth.");
    let lane = entity(&d, "Peter Lane");
    assert_eq!(lane.roles, ["Chairman"]);
}

#[test]
fn two_people_who_share_a_surname_stay_apart() {
    let d = doc(
        "Maria Santos captains the ferry. Her brother Paulo Santos runs the port.\n\n\
         Santos said the port would open at dawn.",
    );
    let maria = entity(&d, "Maria Santos");
    let paulo = entity(&d, "Paulo Santos");
    assert_eq!(maria.mentions.len(), 1);
    // A bare surname goes to the most recent of them.
    assert_eq!(paulo.mentions.len(), 2);
}

#[test]
fn an_honorific_tells_which_namesake_it_names() {
    let d = doc(
        "Maria Santos captains the ferry. Her brother Paulo Santos runs the port.\n\n\
         Mrs. Santos said the ferry would sail at dawn. Mr Santos agreed.",
    );
    // "Mrs." passes over the most recent Santos, a man, for the woman.
    assert_eq!(mentions(&d, "Maria Santos"), ["Maria Santos", "Santos"]);
    assert_eq!(mentions(&d, "Paulo Santos"), ["Paulo Santos", "Santos"]);
}

#[test]
fn an_honorific_keeps_a_namesake_of_the_other_gender_apart() {
    let d = doc(
        "Maria Santos captains the ferry.\n\nMr. Santos, her husband, said the port would open at dawn.",
    );
    assert_eq!(mentions(&d, "Maria Santos"), ["Maria Santos"]);
    assert_eq!(entity(&d, "Santos").mentions.len(), 1);
}

#[test]
fn the_byline_author_stays_apart() {
    let d = byline::document_from_text(
        "Harbour reopens\n\nBy Wang Qingyun\n\nState Councilor Wang Xiaohong opened the harbour. \
         Wang said it would bring trade.",
        vec![],
    );
    let author = entity(&d, "Wang Qingyun");
    assert!(author.author);
    assert_eq!(author.mentions.len(), 1);
    assert_eq!(mentions(&d, "Wang Xiaohong"), ["Wang Xiaohong", "Wang"]);
}

#[test]
fn a_cantonese_name_stays_whole() {
    let d =
        doc("Andy Tsang Wai-hung, chairman of the forum, spoke first. Tsang thanked the hosts.");
    assert_eq!(
        mentions(&d, "Andy Tsang Wai-hung"),
        ["Andy Tsang Wai-hung", "Tsang"]
    );
}

#[test]
fn a_hyphenated_given_name_joins_the_name_before_it() {
    // Whether the model tags the given name apart or leaves it out, it
    // belongs to the person's name, and the appositive after it is a role.
    for (text, name, role) in [
        (
            "The plan was praised by Leung Chun-ying, chief executive of the city, on Monday.",
            "Leung Chun-ying",
            "chief executive of the city",
        ),
        (
            "Lam Cheng Yuet-ngor, a former minister, joined the board. Lam said little.",
            "Lam Cheng Yuet-ngor",
            "former minister",
        ),
    ] {
        let d = doc(text);
        let e = entity(&d, name);
        assert_eq!(e.kind, EntityKind::Person, "{text}");
        assert_eq!(e.roles, [role], "{text}");
    }
}

#[test]
fn a_middle_initial_written_once_and_left_out_once_is_one_person() {
    let d = doc(
        "Ana Ruiz opened the pier on Monday. Mayor Ana M. Ruiz said the work \
         had taken two years.\n\nRuiz left at noon.",
    );
    assert_eq!(
        mentions(&d, "Ana M. Ruiz"),
        ["Ana Ruiz", "Ana M. Ruiz", "Ruiz"]
    );
}

#[test]
fn two_different_middle_initials_stay_two_people() {
    let d = doc("Tom A. Hale and Tom B. Hale, cousins, both fish from the pier.");
    assert_eq!(mentions(&d, "Tom A. Hale"), ["Tom A. Hale"]);
    assert_eq!(mentions(&d, "Tom B. Hale"), ["Tom B. Hale"]);
}

#[test]
fn a_title_case_headline_keeps_only_the_names_the_body_confirms() {
    let d = byline::document_from_text(
        "Ana Ruiz And The Harbour Board Just Made A Huge Promise About Ferries\n\n\
         Ana Ruiz, the mayor, said the ferry would run every hour from Monday. \
         The harbour board agreed.",
        vec![],
    );
    let names: Vec<&str> = d
        .analysis
        .entities
        .iter()
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(names, ["Ana Ruiz"]);
    assert_eq!(mentions(&d, "Ana Ruiz").len(), 2);
}

#[test]
fn an_abbreviation_and_its_stop_are_read_as_one_word() {
    let d = doc("Sen. Warren opened the new marina in Port St. Lucie on Monday.");
    assert_eq!(entity(&d, "Port St. Lucie").kind, EntityKind::Place);
    assert_eq!(entity(&d, "Warren").kind, EntityKind::Person);
    let d = doc("Sens. Tim Kaine and Mark Warner, both Democrats, toured the docks.");
    not_listed(&d, "Sens");
}

#[test]
fn a_transcripts_speakers_in_capitals_are_the_people_named() {
    let d = doc(
        "Mayor Ana Ruiz took questions from Tom Okafor of the Harbour Gazette.\n\n\
         OKAFOR: Will the ferry run in winter?\n\n\
         RUIZ: Every day of the year.",
    );
    assert_eq!(mentions(&d, "Ana Ruiz"), ["Ana Ruiz", "RUIZ"]);
    assert_eq!(mentions(&d, "Tom Okafor"), ["Tom Okafor", "OKAFOR"]);
}

#[test]
fn a_role_never_runs_into_the_name_before_it() {
    let d = doc("The mayor met Senator Ana Ruiz and Governor Tom Okafor at the pier.");
    assert_eq!(entity(&d, "Ana Ruiz").roles, ["Senator"]);
    assert_eq!(entity(&d, "Tom Okafor").roles, ["Governor"]);
}

/// "Lesley Deutch, a vice president at the office of John Burns, …": a
/// first name inside a role tells nothing of the person's gender, and
/// "she" later is hers.
#[test]
fn a_first_name_inside_a_role_tells_no_gender() {
    let d = doc(
        "Lesley Deutch, a vice president in the harbour office of John Burns Consulting, said the ferry was late.\n\n\
         “I don't think the pier is finished,” she said.",
    );
    assert_eq!(entity(&d, "Lesley Deutch").gender, None);
    let q = d
        .analysis
        .quotes
        .iter()
        .find(|q| d.article.text[q.span.clone()].contains("pier is finished"))
        .expect("the quotation");
    assert_eq!(q.speaker.as_deref(), Some("Lesley Deutch"));
}

/// "Cuban said", after Mark Cuban: a nationality's word that is a person's
/// name stands for the person where it is used as a noun, and stays the
/// group before a noun ("Cuban exiles").
#[test]
fn a_nationality_that_is_a_surname_names_the_person() {
    let d = doc("Dallas owner Mark Cuban says he is open to running.\n\n\
         Cuban said he supports the law. Cuban exiles in Miami protested.");
    assert_eq!(entity(&d, "Mark Cuban").kind, EntityKind::Person);
    assert_eq!(mentions(&d, "Mark Cuban"), ["Mark Cuban", "Cuban"]);
    assert_eq!(entity(&d, "Cuban").kind, EntityKind::Group);
    let q = d
        .analysis
        .quotes
        .iter()
        .find(|q| d.article.text[q.span.clone()].contains("supports the law"))
        .expect("the statement");
    assert_eq!(q.speaker.as_deref(), Some("Mark Cuban"));
}

/// "Donald Trump", which the model can take for an organisation, where
/// "Trump" alone is a person: one person under the full name.
#[test]
fn a_first_name_and_a_persons_name_are_no_organisation() {
    let d = doc("Donald Trump spoke.\n\n\
         It will be for Donald Trump, Jason Miller said. Trump smiled.");
    let e = entity(&d, "Donald Trump");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(
        mentions(&d, "Donald Trump"),
        ["Donald Trump", "Donald Trump", "Trump"]
    );
}

/// "Ana Ruiz" then "Ana Maria Ruiz": one person written with a middle name
/// and once without, under the fuller name.
#[test]
fn a_middle_name_written_once_and_left_out_once_is_one_person() {
    let d = doc("Ana Ruiz opened the pier.\n\nAna Maria Ruiz, the mayor, cut the ribbon.");
    assert_eq!(
        mentions(&d, "Ana Maria Ruiz"),
        ["Ana Ruiz", "Ana Maria Ruiz"]
    );
}

/// Korean names put the family name first and hyphenate the given name:
/// "Ban Ki-moon" and "Ban" are one person.
#[test]
fn a_family_name_before_a_hyphenated_given_name_is_a_person() {
    let d = doc(
        "U.N. Secretary-General Ban Ki-moon visited the harbour on Monday.\n\n\
         Ban said the talks would go on. Later, Ban Ki-moon left for Seoul.\n\n\
         A Hong Kong-based shipper and a New York-based bank paid for the pier.",
    );
    assert!(
        d.analysis
            .entities
            .iter()
            .all(|e| !e.name.ends_with("-based") || e.kind != EntityKind::Person),
        "{:?}",
        d.analysis.entities
    );
    let e = entity(&d, "Ban Ki-moon");
    assert_eq!(e.kind, EntityKind::Person);
    assert_eq!(
        mentions(&d, "Ban Ki-moon"),
        ["Ban Ki-moon", "Ban", "Ban Ki-moon"]
    );
}

/// "Obi, through a spokeswoman, declined to comment": a phrase opening on
/// a preposition is no role, and gives no gender, so "he" is still Obi.
#[test]
fn a_phrase_opening_on_a_preposition_is_no_role() {
    let d = doc(
        "Karl Obi, a former harbour master, was dismissed on Monday.\n\n\
         Obi, through a spokeswoman, declined to comment.\n\n\
         “I was only doing my job,” he told a radio show later.",
    );
    let e = entity(&d, "Karl Obi");
    assert!(
        e.roles.iter().all(|r| !r.contains("spokeswoman")),
        "{:?}",
        e.roles
    );
    let q = d
        .analysis
        .quotes
        .iter()
        .find(|q| d.article.text[q.span.clone()].contains("doing my job"))
        .expect("the quotation");
    assert_eq!(q.speaker.as_deref(), Some("Karl Obi"));
}

#[test]
fn a_given_name_after_named_is_a_person() {
    let d = doc(
        "The woman who rang the bell identified herself to the harbour board as a resident named Caroline.\n\n\
         “The pier is ours,” she said.",
    );
    assert_eq!(entity(&d, "Caroline").kind, EntityKind::Person);
    assert_eq!(d.analysis.quotes[0].speaker.as_deref(), Some("Caroline"));
}
