//! Every problem a choice board can have names the path of its field, in words a teacher reads.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use learner_model::choice::ChoiceBoardDocument;
use serde_json::{Value, json};

const TIC_TAC_TOE: &str = include_str!("../../../www/samples/choice-tic-tac-toe.json");
const MENU: &str = include_str!("../../../www/samples/choice-dinner-menu.json");
const POINTS: &str = include_str!("../../../www/samples/choice-20-50-80.json");

/// The problems of a template after `change`, as "path: message" lines.
fn problems(template: &str, change: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut doc: Value = serde_json::from_str(template).unwrap();
    change(&mut doc);
    match ChoiceBoardDocument::from_json(&doc.to_string()) {
        Ok(_) => Vec::new(),
        Err(e) => e.problems.iter().map(|p| p.to_string()).collect(),
    }
}

fn first(template: &str, change: impl FnOnce(&mut Value)) -> String {
    problems(template, change)
        .first()
        .cloned()
        .unwrap_or_else(|| String::from("accepted"))
}

#[test]
fn the_board_itself() {
    assert_eq!(
        first(TIC_TAC_TOE, |d| d["title"] = json!(" ")),
        "title: must not be empty"
    );
    assert_eq!(
        first(TIC_TAC_TOE, |d| d["activities"][2]["title"] = json!("")),
        "activities[2].title: must not be empty"
    );
    assert_eq!(
        first(TIC_TAC_TOE, |d| d["activities"][2]["points"] = json!(-5)),
        "activities[2].points: -5 must be a number from 0"
    );
    assert_eq!(
        first(TIC_TAC_TOE, |d| d["layout"]["rows"] = json!(0)),
        "layout.rows: a grid needs at least one row"
    );
    assert_eq!(
        first(TIC_TAC_TOE, |d| d["layout"]["columns"] = json!(4)),
        "layout: a 3 × 4 grid needs 12 activities, one a cell; this board has 9"
    );
    assert_eq!(
        first(MENU, |d| d["activities"][1]["section"] = json!("drinks")),
        "activities[1].section: no section has the id \"drinks\""
    );
    assert_eq!(
        first(MENU, |d| d["sections"][2]["id"] = json!("main")),
        "sections[2].id: \"main\" is used twice"
    );
    // Markup in a title is just text.
    assert_eq!(
        first(TIC_TAC_TOE, |d| d["title"] = json!("<b>Ecosystems</b>")),
        "accepted"
    );
    assert_eq!(
        first(TIC_TAC_TOE, |d| d["activities"][8]["resources"][0]["url"] =
            json!("data:text/html,hi")),
        "activities[8].resources[0].url: \"data:text/html,hi\" must be an http, https or mailto link"
    );
}

#[test]
fn picks_and_proposals_name_real_activities() {
    assert_eq!(
        first(TIC_TAC_TOE, |d| d["selections"][1]["activity"] =
            json!("food-web")),
        "selections[1].activity: \"food-web\" is picked twice"
    );
    assert_eq!(
        first(TIC_TAC_TOE, |d| d["proposals"][0]["activity"] =
            json!("food-web")),
        "proposals[0].activity: \"Food web poster\" is not a free-choice activity"
    );
    assert_eq!(
        first(TIC_TAC_TOE, |d| d["proposals"][0]["activity"] =
            json!("nope")),
        "proposals[0].activity: no activity has the id \"nope\""
    );
}

#[test]
fn rules_that_cannot_be_met_are_named() {
    let rules = |rules: Value| move |d: &mut Value| d["rules"] = rules;
    assert_eq!(
        first(TIC_TAC_TOE, rules(json!([{"kind": "line", "length": 4}]))),
        "rules[0]: a line of 4 cannot fit on a 3 × 3 board"
    );
    assert_eq!(
        first(TIC_TAC_TOE, rules(json!([{"kind": "line"}]))),
        "rules[0].length: a line needs a length of at least 1"
    );
    assert_eq!(
        first(
            TIC_TAC_TOE,
            rules(json!([{"kind": "picks", "min": 5, "max": 3}]))
        ),
        "rules[0]: the minimum (5) is more than the maximum (3)"
    );
    assert_eq!(
        first(TIC_TAC_TOE, rules(json!([{"kind": "picks", "min": 2.5}]))),
        "rules[0].min: must be a whole number from 0"
    );
    assert_eq!(
        first(POINTS, rules(json!([{"kind": "points", "min": 1000}]))),
        "rules[0]: a target of 1000 points is more than all the activities together are worth (350)"
    );
    assert_eq!(
        first(POINTS, rules(json!([{"kind": "points", "exact": 95}]))),
        "rules[0]: no set of activities adds up to exactly 95 points"
    );
    assert_eq!(
        first(MENU, |d| d["rules"][1] =
            json!({"kind": "section", "section": "sides", "min": 5})),
        "rules[1]: asks for 5 from Sides but it has 4 activities"
    );
    assert_eq!(
        first(MENU, rules(json!([{"kind": "one-per-row"}]))),
        "rules[0]: one per row needs a grid layout; this board is a menu"
    );
    assert_eq!(
        first(
            TIC_TAC_TOE,
            rules(json!([{"kind": "one-per-row"}, {"kind": "picks", "min": 4}]))
        ),
        "rules[1]: asks for at least 4 picks, but with one per row a learner can pick at most 3"
    );
    assert_eq!(
        first(
            TIC_TAC_TOE,
            rules(json!([{"kind": "free-centre"}, {"kind": "free-centre"}]))
        ),
        "rules[1]: this rule is listed twice"
    );
    // Jointly impossible: a line of three needs three picks in a row, but one per row forbids
    // rows, and one per column columns; the diagonals remain.
    assert_eq!(
        first(
            TIC_TAC_TOE,
            rules(
                json!([{"kind": "line", "length": 3}, {"kind": "one-per-row"}, {"kind": "one-per-column"}])
            )
        ),
        "accepted"
    );
    assert_eq!(
        first(
            TIC_TAC_TOE,
            rules(
                json!([{"kind": "line", "length": 3}, {"kind": "one-per-row"}, {"kind": "picks", "max": 2}])
            )
        ),
        "rules[0]: no choice of activities meets this rule together with the others"
    );
    assert_eq!(
        first(MENU, |d| {
            d["rules"] = json!([{"kind": "section", "section": "appetizer", "max": 0}]);
        }),
        "rules[0]: no choice of activities meets this rule together with the others"
    );
}

#[test]
fn a_missing_rule_kind_is_a_shape_error_with_its_path() {
    let mut doc: Value = serde_json::from_str(TIC_TAC_TOE).unwrap();
    doc["rules"] = json!([{"kind": "diagonal"}]);
    let err = ChoiceBoardDocument::from_json(&doc.to_string()).unwrap_err();
    assert_eq!(err.code.as_str(), "invalid-shape");
    assert!(err.problems[0].path.starts_with("rules[0]"), "{err}");
}
