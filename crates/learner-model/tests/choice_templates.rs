//! The choice-board templates in `www/samples/` are valid and satisfiable, and the guidance reads
//! as the worked examples say.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use learner_model::choice::{
    ChoiceBoardDocument, Guidance, RuleStatus, evaluate, evaluate_selections, satisfiable,
};

const TEMPLATES: [(&str, &str); 5] = [
    (
        "tic-tac-toe",
        include_str!("../../../www/samples/choice-tic-tac-toe.json"),
    ),
    (
        "bingo",
        include_str!("../../../www/samples/choice-bingo.json"),
    ),
    (
        "dinner-menu",
        include_str!("../../../www/samples/choice-dinner-menu.json"),
    ),
    (
        "20-50-80",
        include_str!("../../../www/samples/choice-20-50-80.json"),
    ),
    (
        "raft",
        include_str!("../../../www/samples/choice-raft.json"),
    ),
];

fn template(name: &str) -> ChoiceBoardDocument {
    let text = TEMPLATES.iter().find(|(n, _)| *n == name).unwrap().1;
    ChoiceBoardDocument::from_json(text).unwrap()
}

fn english(board: &ChoiceBoardDocument, picks: &[&str]) -> Vec<String> {
    evaluate(board, picks)
        .checks
        .iter()
        .map(|c| c.english())
        .collect()
}

#[test]
fn every_template_is_valid_satisfiable_and_round_trips() {
    for (name, text) in TEMPLATES {
        let board = ChoiceBoardDocument::from_json(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let witness = satisfiable(&board)
            .unwrap()
            .unwrap_or_else(|| panic!("{name}"));
        let ids: Vec<&str> = witness.iter().map(String::as_str).collect();
        let report = evaluate(&board, &ids);
        assert_eq!(report.distance, Some(0), "{name}: {report:?}");
        let again = ChoiceBoardDocument::from_json(&board.to_json()).unwrap();
        assert_eq!(again, board, "{name}");
    }
}

#[test]
fn tic_tac_toe_guides_towards_a_line() {
    let board = template("tic-tac-toe");
    // Row 2 (invasive-news, your-idea, decomposer-lab) and column 3 and the diagonal meet at
    // decomposer-lab's neighbours: pick two cells of one line.
    let text = english(&board, &["invasive-news", "your-idea"]);
    assert_eq!(text[0], "Pick one more in row 2 to complete a line");
    let text = english(
        &board,
        &[
            "food-web",
            "field-journal",
            "ask-a-ranger",
            "decomposer-lab",
        ],
    );
    assert_eq!(
        text[0],
        "Pick one more in row 1, column 3 or the diagonal to complete a line"
    );
    let report = evaluate(&board, &["food-web", "field-journal", "energy-pyramid"]);
    assert_eq!(report.checks[0].status, RuleStatus::Met);
    assert_eq!(report.checks[0].english(), "Line complete: row 1");
    assert_eq!(report.distance, Some(0));
    // The document's own picks: the free-choice idea still waits for the teacher.
    let report = evaluate_selections(&board);
    assert!(!report.complete);
    assert_eq!(
        report.checks[1].english(),
        "Waiting for your teacher to approve your idea for Your own idea"
    );
    assert_eq!(report.distance, Some(1));
    assert_eq!(report.helpful, vec!["ask-a-ranger"]);
}

#[test]
fn bingo_counts_the_free_centre() {
    let board = template("bingo");
    let report = evaluate(&board, &["b11", "b12", "b14"]);
    assert!(matches!(
        report.checks[0].guidance,
        Guidance::FreeCentre { .. }
    ));
    assert_eq!(
        report.checks[1].english(),
        "Pick one more in row 3 to complete a line"
    );
    assert_eq!(report.distance, Some(1));
    assert_eq!(report.helpful, vec!["b15"]);
    assert!(evaluate(&board, &["b11", "b12", "b14", "b15"]).complete);
}

#[test]
fn dinner_menu_counts_each_course() {
    let board = template("dinner-menu");
    let text = english(&board, &["vocab", "main-essay", "side-map"]);
    assert_eq!(text[0], "Every required activity is picked");
    assert_eq!(text[1], "Main course: 1 picked");
    assert_eq!(text[2], "Pick 1 more from Sides");
    let report = evaluate(&board, &["main-essay", "dessert-game", "dessert-poem"]);
    assert_eq!(
        report.checks[0].english(),
        "Everyone does Ecosystem vocabulary check: pick it"
    );
    assert_eq!(report.checks[3].status, RuleStatus::Broken);
    assert_eq!(
        report.checks[3].english(),
        "Remove one pick from Dessert: at most 1"
    );
    assert_eq!(report.distance, None);
    assert_eq!(report.remove, vec!["dessert-game", "dessert-poem"]);
}

#[test]
fn points_board_counts_points() {
    let board = template("20-50-80");
    let report = evaluate(&board, &["p20-practice", "p50-game"]);
    assert_eq!(
        report.checks[0].english(),
        "You have 70 of exactly 100 points"
    );
    // 70 + 20 + … never makes 100 without going over except by removing: 20 + 50 + ? = 100 needs 30.
    assert_eq!(report.distance, None);
    let report = evaluate(&board, &["p50-game"]);
    assert_eq!(report.distance, Some(1));
    assert_eq!(report.helpful, vec!["p50-poster", "p50-own"]);
    let report = evaluate(&board, &["p80-project", "p50-game"]);
    assert_eq!(
        report.checks[0].english(),
        "You have 130 points: 30 more than exactly 100"
    );
    assert_eq!(report.checks[0].status, RuleStatus::Broken);
}

#[test]
fn min_and_max_points_read_plainly() {
    let mut board = template("20-50-80");
    board.rules = vec![learner_model::choice::Rule::Points {
        min: Some(100.0),
        max: None,
        exact: None,
    }];
    assert_eq!(
        english(&board, &["p20-practice", "p50-game"])[0],
        "You have 70 of 100 points"
    );
    board.rules = vec![learner_model::choice::Rule::Points {
        min: None,
        max: Some(80.0),
        exact: None,
    }];
    assert_eq!(
        english(&board, &["p20-practice", "p80-teach"])[0],
        "You have 100 points: remove 20 to stay at or under 80"
    );
}

#[test]
fn one_per_row_says_which_row_to_thin() {
    let mut board = template("tic-tac-toe");
    board.rules = vec![learner_model::choice::Rule::OnePerRow];
    let report = evaluate(&board, &["food-web", "field-journal"]);
    assert_eq!(
        report.checks[0].english(),
        "Remove one pick from row 1: one per row"
    );
    assert_eq!(report.checks[0].status, RuleStatus::Broken);
}

#[test]
fn raft_needs_one_of_each() {
    let board = template("raft");
    let report = evaluate(&board, &["r-owl", "a-mice", "f-letter"]);
    assert_eq!(report.distance, Some(1));
    assert_eq!(report.helpful, vec!["t-energy", "t-decay", "t-habitat"]);
    assert_eq!(report.checks[3].english(), "Pick 1 more from Topic");
}
