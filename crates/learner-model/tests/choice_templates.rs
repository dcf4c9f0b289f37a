//! The choice-board templates in `www/samples/` are valid and satisfiable, and the guidance gives
//! the numbers and names the worked examples say (the widgets' tests read its English).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use learner_model::choice::{
    ChoiceBoardDocument, Crowded, Direction, Guidance, Named, RuleStatus, evaluate,
    evaluate_selections, satisfiable,
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

/// What each rule asks for now, as the model gives it.
fn guidance(board: &ChoiceBoardDocument, picks: &[&str]) -> Vec<Guidance> {
    evaluate(board, picks)
        .checks
        .into_iter()
        .map(|c| c.guidance)
        .collect()
}

/// The lines a `CompleteLine` points to, as (direction, index from 0, whole); the widgets name
/// them "row 2", "the diagonal"…
fn lines_to_complete(guidance: &Guidance) -> (u32, Vec<(Direction, u32, bool)>) {
    match guidance {
        Guidance::CompleteLine { missing, lines } => (
            *missing,
            lines
                .iter()
                .map(|l| (l.direction, l.index, l.whole))
                .collect(),
        ),
        other => panic!("not a line to complete: {other:?}"),
    }
}

fn named(id: &str, title: &str) -> Named {
    Named {
        id: id.into(),
        title: title.into(),
    }
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
    let now = guidance(&board, &["invasive-news", "your-idea"]);
    assert_eq!(
        lines_to_complete(&now[0]),
        (1, vec![(Direction::Row, 1, true)])
    );
    let now = guidance(
        &board,
        &[
            "food-web",
            "field-journal",
            "ask-a-ranger",
            "decomposer-lab",
        ],
    );
    assert_eq!(
        lines_to_complete(&now[0]),
        (
            1,
            vec![
                (Direction::Row, 0, true),
                (Direction::Column, 2, true),
                (Direction::Diagonal, 0, true)
            ]
        )
    );
    let report = evaluate(&board, &["food-web", "field-journal", "energy-pyramid"]);
    assert_eq!(report.checks[0].status, RuleStatus::Met);
    match &report.checks[0].guidance {
        Guidance::LineComplete { line } => {
            assert_eq!(
                (line.direction, line.index, line.whole),
                (Direction::Row, 0, true)
            );
            assert_eq!(line.cells, ["food-web", "field-journal", "energy-pyramid"]);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(report.distance, Some(0));
    // The document's own picks: the free-choice idea still waits for the teacher.
    let report = evaluate_selections(&board);
    assert!(!report.complete);
    assert_eq!(
        report.checks[1].guidance,
        Guidance::Approval {
            waiting: vec![named("your-idea", "Your own idea")],
            unproposed: vec![],
        }
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
        lines_to_complete(&report.checks[1].guidance),
        (1, vec![(Direction::Row, 2, true)])
    );
    assert_eq!(report.distance, Some(1));
    assert_eq!(report.helpful, vec!["b15"]);
    assert!(evaluate(&board, &["b11", "b12", "b14", "b15"]).complete);
}

#[test]
fn dinner_menu_counts_each_course() {
    let board = template("dinner-menu");
    let now = guidance(&board, &["vocab", "main-essay", "side-map"]);
    assert_eq!(now[0], Guidance::Required { missing: vec![] });
    assert_eq!(
        now[1],
        Guidance::Section {
            section: named("main", "Main course"),
            picked: 1,
            min: Some(1),
            max: Some(1),
        }
    );
    assert_eq!(
        now[2],
        Guidance::Section {
            section: named("sides", "Sides"),
            picked: 1,
            min: Some(2),
            max: Some(2),
        }
    );
    let report = evaluate(&board, &["main-essay", "dessert-game", "dessert-poem"]);
    assert_eq!(
        report.checks[0].guidance,
        Guidance::Required {
            missing: vec![named("vocab", "Ecosystem vocabulary check")]
        }
    );
    assert_eq!(report.checks[3].status, RuleStatus::Broken);
    assert_eq!(
        report.checks[3].guidance,
        Guidance::Section {
            section: named("dessert", "Dessert"),
            picked: 2,
            min: None,
            max: Some(1),
        }
    );
    assert_eq!(report.distance, None);
    assert_eq!(report.remove, vec!["dessert-game", "dessert-poem"]);
}

#[test]
fn points_board_counts_points() {
    let board = template("20-50-80");
    let report = evaluate(&board, &["p20-practice", "p50-game"]);
    let exactly_100 = |points: f64| Guidance::Points {
        points,
        min: None,
        max: None,
        exact: Some(100.0),
    };
    assert_eq!(report.checks[0].guidance, exactly_100(70.0));
    assert_eq!(report.checks[0].status, RuleStatus::NotYet);
    // 70 + 20 + … never makes 100 without going over except by removing: 20 + 50 + ? = 100 needs 30.
    assert_eq!(report.distance, None);
    let report = evaluate(&board, &["p50-game"]);
    assert_eq!(report.distance, Some(1));
    assert_eq!(report.helpful, vec!["p50-poster", "p50-own"]);
    let report = evaluate(&board, &["p80-project", "p50-game"]);
    assert_eq!(report.checks[0].guidance, exactly_100(130.0));
    assert_eq!(report.checks[0].status, RuleStatus::Broken);
}

#[test]
fn min_and_max_points_give_the_bound_and_the_points() {
    let mut board = template("20-50-80");
    board.rules = vec![learner_model::choice::Rule::Points {
        min: Some(100.0),
        max: None,
        exact: None,
    }];
    let report = evaluate(&board, &["p20-practice", "p50-game"]);
    assert_eq!(report.checks[0].status, RuleStatus::NotYet);
    assert_eq!(
        report.checks[0].guidance,
        Guidance::Points {
            points: 70.0,
            min: Some(100.0),
            max: None,
            exact: None,
        }
    );
    board.rules = vec![learner_model::choice::Rule::Points {
        min: None,
        max: Some(80.0),
        exact: None,
    }];
    let report = evaluate(&board, &["p20-practice", "p80-teach"]);
    assert_eq!(report.checks[0].status, RuleStatus::Broken);
    assert_eq!(
        report.checks[0].guidance,
        Guidance::Points {
            points: 100.0,
            min: None,
            max: Some(80.0),
            exact: None,
        }
    );
}

#[test]
fn one_per_row_says_which_row_to_thin() {
    let mut board = template("tic-tac-toe");
    board.rules = vec![learner_model::choice::Rule::OnePerRow];
    let report = evaluate(&board, &["food-web", "field-journal"]);
    assert_eq!(
        report.checks[0].guidance,
        Guidance::OnePerRow {
            crowded: vec![Crowded {
                index: 0,
                picks: vec!["food-web".into(), "field-journal".into()],
            }]
        }
    );
    assert_eq!(report.checks[0].status, RuleStatus::Broken);
}

#[test]
fn raft_needs_one_of_each() {
    let board = template("raft");
    let report = evaluate(&board, &["r-owl", "a-mice", "f-letter"]);
    assert_eq!(report.distance, Some(1));
    assert_eq!(report.helpful, vec!["t-energy", "t-decay", "t-habitat"]);
    assert_eq!(
        report.checks[3].guidance,
        Guidance::Section {
            section: named("topic", "Topic"),
            picked: 0,
            min: Some(1),
            max: Some(1),
        }
    );
}
