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
        "title: problem.empty"
    );
    assert_eq!(
        first(TIC_TAC_TOE, |d| d["activities"][2]["title"] = json!("")),
        "activities[2].title: problem.empty"
    );
    assert_eq!(
        first(TIC_TAC_TOE, |d| d["activities"][2]["points"] = json!(-5)),
        "activities[2].points: choice.problem.points-negative (points -5)"
    );
    assert_eq!(
        first(TIC_TAC_TOE, |d| d["layout"]["rows"] = json!(0)),
        "layout.rows: choice.problem.no-row"
    );
    assert_eq!(
        first(TIC_TAC_TOE, |d| d["layout"]["columns"] = json!(4)),
        "layout: choice.problem.grid-cells (rows 3, columns 4, cells 12, count 9)"
    );
    assert_eq!(
        first(MENU, |d| d["activities"][1]["section"] = json!("drinks")),
        "activities[1].section: choice.problem.unknown-section (id drinks)"
    );
    assert_eq!(
        first(MENU, |d| d["sections"][2]["id"] = json!("main")),
        "sections[2].id: problem.used-twice (id main)"
    );
    // Markup in a title is just text.
    assert_eq!(
        first(TIC_TAC_TOE, |d| d["title"] = json!("<b>Ecosystems</b>")),
        "accepted"
    );
    assert_eq!(
        first(TIC_TAC_TOE, |d| d["activities"][8]["resources"][0]["url"] =
            json!("data:text/html,hi")),
        "activities[8].resources[0].url: choice.problem.not-web-or-mail-link (url data:text/html,hi)"
    );
}

#[test]
fn picks_and_proposals_name_real_activities() {
    assert_eq!(
        first(TIC_TAC_TOE, |d| d["selections"][1]["activity"] =
            json!("food-web")),
        "selections[1].activity: choice.problem.picked-twice (id food-web)"
    );
    assert_eq!(
        first(TIC_TAC_TOE, |d| d["proposals"][0]["activity"] =
            json!("food-web")),
        "proposals[0].activity: choice.problem.not-free-choice (title Food web poster)"
    );
    assert_eq!(
        first(TIC_TAC_TOE, |d| d["proposals"][0]["activity"] =
            json!("nope")),
        "proposals[0].activity: choice.problem.unknown-activity (id nope)"
    );
}

#[test]
fn rules_that_cannot_be_met_are_named() {
    let rules = |rules: Value| move |d: &mut Value| d["rules"] = rules;
    assert_eq!(
        first(TIC_TAC_TOE, rules(json!([{"kind": "line", "length": 4}]))),
        "rules[0]: choice.problem.line-too-long (length 4, rows 3, columns 3)"
    );
    assert_eq!(
        first(TIC_TAC_TOE, rules(json!([{"kind": "line"}]))),
        "rules[0].length: choice.problem.line-too-short"
    );
    assert_eq!(
        first(
            TIC_TAC_TOE,
            rules(json!([{"kind": "picks", "min": 5, "max": 3}]))
        ),
        "rules[0]: choice.problem.min-above-max (min 5, max 3)"
    );
    assert_eq!(
        first(TIC_TAC_TOE, rules(json!([{"kind": "picks", "min": 2.5}]))),
        "rules[0].min: choice.problem.not-whole-from-zero"
    );
    assert_eq!(
        first(POINTS, rules(json!([{"kind": "points", "min": 1000}]))),
        "rules[0]: choice.problem.target-above-total (target 1000, total 350)"
    );
    assert_eq!(
        first(POINTS, rules(json!([{"kind": "points", "exact": 95}]))),
        "rules[0]: choice.problem.never-exactly (points 95)"
    );
    assert_eq!(
        first(MENU, |d| d["rules"][1] =
            json!({"kind": "section", "section": "sides", "min": 5})),
        "rules[1]: choice.problem.section-too-small (min 5, section Sides, count 4)"
    );
    assert_eq!(
        first(MENU, rules(json!([{"kind": "one-per-row"}]))),
        "rules[0]: choice.problem.one-per-row-needs-grid (layout menu)"
    );
    assert_eq!(
        first(
            TIC_TAC_TOE,
            rules(json!([{"kind": "one-per-row"}, {"kind": "picks", "min": 4}]))
        ),
        "rules[1]: choice.problem.picks-above-rows (min 4, limit 3)"
    );
    assert_eq!(
        first(
            TIC_TAC_TOE,
            rules(json!([{"kind": "free-centre"}, {"kind": "free-centre"}]))
        ),
        "rules[1]: choice.problem.rule-twice"
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
        "rules[0]: choice.problem.rule-conflicts"
    );
    assert_eq!(
        first(MENU, |d| {
            d["rules"] = json!([{"kind": "section", "section": "appetizer", "max": 0}]);
        }),
        "rules[0]: choice.problem.rule-conflicts"
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
