//! The seed article against what a careful reader extracts from it
//! (tests/fixtures/seed.gold.json): the same yardsticks as the scorer.

use serde_json::Value;

fn norm(s: &str) -> String {
    let s = s
        .replace(['\u{2019}', '\u{2018}'], "'")
        .replace(['\u{201c}', '\u{201d}'], "\"")
        .to_lowercase();
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    s.strip_prefix("the ").map(str::to_string).unwrap_or(s)
}

fn analysis() -> (Value, Value) {
    let doc = byline::load(&byline::Input::Sample).unwrap();
    let pred: Value = serde_json::from_str(&byline::export::to_json(&doc)).unwrap();
    let gold: Value = serde_json::from_str(include_str!("fixtures/seed.gold.json")).unwrap();
    (pred, gold)
}

fn names_of(pred: &Value, kind: &str) -> Vec<String> {
    pred["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == kind)
        .map(|e| norm(e["name"].as_str().unwrap()))
        .collect()
}

fn gold_keys(g: &Value) -> Vec<String> {
    let mut k = vec![norm(g["name"].as_str().unwrap())];
    if let Some(a) = g["aliases"].as_array() {
        k.extend(a.iter().map(|a| norm(a.as_str().unwrap())));
    }
    k
}

fn recall_precision(
    pred: &Value,
    gold: &Value,
    kind: &str,
    key: &str,
    optional: &str,
) -> (f64, f64) {
    let names = names_of(pred, kind);
    let golds = gold[key].as_array().unwrap();
    let hit = golds
        .iter()
        .filter(|g| gold_keys(g).iter().any(|k| names.contains(k)))
        .count();
    let mut allowed: Vec<String> = golds.iter().flat_map(gold_keys).collect();
    if let Some(o) = gold[optional].as_array() {
        allowed.extend(o.iter().map(|o| norm(o.as_str().unwrap())));
    }
    let good = names.iter().filter(|n| allowed.contains(n)).count();
    (
        hit as f64 / golds.len() as f64,
        good as f64 / names.len().max(1) as f64,
    )
}

#[test]
fn people_all_found_none_spurious_none_merged() {
    let (pred, gold) = analysis();
    let (r, p) = recall_precision(&pred, &gold, "person", "people", "people_optional");
    assert_eq!(r, 1.0);
    assert!(p >= 0.85, "people precision {p}");
    for e in pred["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "person")
    {
        let names: Vec<String> = e["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| norm(m["text"].as_str().unwrap()))
            .chain([norm(e["name"].as_str().unwrap())])
            .collect();
        let owners = gold["people"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|g| names.contains(&norm(g["name"].as_str().unwrap())))
            .count();
        assert!(owners <= 1, "wrong merge in {e}");
    }
}

#[test]
fn organisations_and_places() {
    let (pred, gold) = analysis();
    let (r, _) = recall_precision(
        &pred,
        &gold,
        "organization",
        "organizations",
        "organizations_optional",
    );
    assert!(r >= 0.83, "orgs recall {r}");
    let (r, _) = recall_precision(&pred, &gold, "place", "places", "places_optional");
    assert_eq!(r, 1.0);
}

#[test]
fn roles_of_people() {
    let (pred, _) = analysis();
    let roles = |name: &str| -> Vec<String> {
        let e = pred["entities"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["name"] == name)
            .unwrap();
        e["roles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        roles("Wang Xiaohong")[..2],
        ["State Councilor", "Minister of Public Security"]
    );
    assert_eq!(
        roles("Ivica Dacic"),
        ["Deputy Prime Minister", "Interior Minister"]
    );
    assert_eq!(roles("Ahmed Naser Al Raisi"), ["President of Interpol"]);
    assert_eq!(roles("Wang Qingyun"), ["author"]);
}

#[test]
fn figures_and_what_they_count() {
    let (pred, gold) = analysis();
    let figs = pred["figures"].as_array().unwrap();
    let mut counted = 0;
    let mut counts_ok = 0;
    for g in gold["figures"].as_array().unwrap() {
        let t = norm(g["text"].as_str().unwrap());
        let m: Vec<&Value> = figs
            .iter()
            .filter(|f| norm(f["text"].as_str().unwrap()).contains(&t))
            .collect();
        assert!(!m.is_empty(), "figure missed: {t}");
        if let Some(c) = g["counts"].as_str() {
            counted += 1;
            let head = norm(c).split_whitespace().last().unwrap().to_string();
            counts_ok += usize::from(m.iter().any(|f| {
                f["counts"]
                    .as_str()
                    .is_some_and(|fc| norm(fc).contains(&head))
            }));
        }
    }
    assert!(counts_ok as f64 / counted as f64 >= 0.85);
    let money = figs.iter().find(|f| f["text"] == "$257 million").unwrap();
    assert_eq!(money["value"], 257000000);
    assert_eq!(money["unit"], "USD");
}

#[test]
fn quotes_found_and_attributed() {
    let (pred, gold) = analysis();
    let quotes = pred["quotes"].as_array().unwrap();
    let golds = gold["quotes"].as_array().unwrap();
    let mut hit = 0;
    let mut attr = 0;
    for g in golds {
        let key = norm(g["contains"].as_str().unwrap());
        let m: Vec<&Value> = quotes
            .iter()
            .filter(|q| norm(q["text"].as_str().unwrap()).contains(&key))
            .collect();
        hit += usize::from(!m.is_empty());
        attr += usize::from(m.iter().any(|q| q["speaker"] == g["speaker"]));
    }
    let n = golds.len() as f64;
    assert!(hit as f64 / n >= 0.85, "quotes recall {hit}/{n}");
    assert!(attr as f64 / n >= 0.80, "attribution {attr}/{n}");
}

#[test]
fn metadata() {
    let (pred, gold) = analysis();
    let meta = &gold["metadata"];
    assert_eq!(pred["title"], meta["title"]);
    assert_eq!(pred["source"], meta["source"]);
    assert_eq!(pred["published"], meta["published"]);
    assert_eq!(pred["authors"], meta["authors"]);
    assert_eq!(pred["dateline"], meta["dateline"]);
}

#[test]
fn every_span_matches_its_text_by_character_offsets() {
    let (pred, _) = analysis();
    let text: Vec<char> = pred["text"].as_str().unwrap().chars().collect();
    let check = |v: &Value| {
        let (s, e) = (
            v["start"].as_u64().unwrap() as usize,
            v["end"].as_u64().unwrap() as usize,
        );
        let got: String = text[s..e].iter().collect();
        assert_eq!(got, v["text"].as_str().unwrap());
    };
    for e in pred["entities"].as_array().unwrap() {
        e["mentions"].as_array().unwrap().iter().for_each(check);
    }
    pred["figures"].as_array().unwrap().iter().for_each(check);
    for q in pred["quotes"].as_array().unwrap() {
        check(q);
        for k in ["speaker_mention", "cue"] {
            if !q[k].is_null() {
                check(&q[k]);
            }
        }
    }
}
