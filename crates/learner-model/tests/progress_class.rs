//! The class heatmap's numbers: every cell agrees with the single-learner standing, the score-only
//! method agrees with the explained one, and bad class documents name their field.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use learner_model::progress::{
    ClassGrid, ClassProgressDocument, Method, ProgressDocument, ProgressInput, Status, standing,
};
use proptest::prelude::*;

const CLASS: &str = include_str!("../../../www/samples/6b.progress-class.json");

fn class() -> ClassProgressDocument {
    ClassProgressDocument::from_json(CLASS).unwrap()
}

/// One learner of the class as a `learner-progress/1` document.
fn single(class: &ClassProgressDocument, row: usize) -> ProgressDocument {
    let record = &class.learners[row];
    ProgressDocument {
        schema: ProgressDocument::SCHEMA.into(),
        learner: record.learner.clone(),
        framework: class.framework.clone(),
        scale: class.scale.clone(),
        evidence: record.evidence.clone(),
        overrides: record.overrides.clone(),
        pacing: None,
        goals: Vec::new(),
    }
}

#[test]
fn the_sample_class_is_valid_and_round_trips() {
    let c = class();
    assert_eq!(c.learners.len(), 24);
    assert_eq!(ClassProgressDocument::from_json(&c.to_json()).unwrap(), c);
}

#[test]
fn the_columns_are_the_competencies_assessed_directly() {
    let c = class();
    let grid = ClassGrid::of(&c);
    let ids: Vec<&str> = grid
        .columns
        .iter()
        .map(|i| c.framework.competencies[*i].id.as_str())
        .collect();
    assert_eq!(ids, ["rp-a-1", "rp-a-2", "rp-a-3", "rp-b-1", "rp-b-2"]);
    assert_eq!(grid.rows.len(), 24);
    assert!(grid.rows.iter().all(|row| row.len() == 5));
}

#[test]
fn every_cell_agrees_with_the_learner_s_own_standing() {
    let c = class();
    let grid = ClassGrid::of(&c);
    let scale = c.scale();
    for (row, cells) in grid.rows.iter().enumerate() {
        let doc = single(&c, row);
        for (col, cell) in cells.iter().enumerate() {
            let competency = &c.framework.competencies[grid.columns[col]];
            let s = standing(&doc, competency);
            assert_eq!(cell.status, s.status, "row {row} {}", competency.id);
            assert_eq!(cell.score, s.score, "row {row} {}", competency.id);
            assert_eq!(
                cell.level.map(|l| scale.levels[l].label.clone()),
                s.level.map(|l| l.label),
                "row {row} {}",
                competency.id
            );
        }
    }
}

#[test]
fn an_override_sets_the_cell_and_the_counts_cover_every_learner_with_a_level() {
    let c = class();
    let grid = ClassGrid::of(&c);
    // Malik's teacher set rp-a-2 to Mastery (3).
    let cell = grid.rows[1][1];
    assert_eq!(cell.score, Some(3.0));
    assert_eq!(cell.status, Status::Mastered);
    for col in 0..grid.columns.len() {
        let counts = grid.level_counts(col, 5);
        let with_level = grid.rows.iter().filter(|r| r[col].level.is_some()).count();
        assert_eq!(counts.iter().sum::<usize>(), with_level);
    }
}

#[test]
fn either_document_reaches_the_tracker_by_its_schema() {
    assert!(matches!(
        ProgressInput::from_json(CLASS),
        Ok(ProgressInput::Class(_))
    ));
    let ana = include_str!("../../../www/samples/ana.progress.json");
    assert!(matches!(
        ProgressInput::from_json(ana),
        Ok(ProgressInput::Learner(_))
    ));
    let other = ProgressInput::from_json(r#"{"schema": "learner-roster/1"}"#).unwrap_err();
    assert_eq!(other.code.as_str(), "unsupported-schema");
    assert_eq!(other.first().unwrap().path, "schema");
}

fn first_path(text: &str) -> String {
    ProgressInput::from_json(text)
        .unwrap_err()
        .first()
        .unwrap()
        .path
        .clone()
}

#[test]
fn bad_class_documents_name_the_learner_and_the_field() {
    let mut c: serde_json::Value = serde_json::from_str(CLASS).unwrap();
    c["learners"][3]["evidence"][0]["competency"] = "nope".into();
    assert_eq!(
        first_path(&c.to_string()),
        "learners[3].evidence[0].competency"
    );

    let mut c: serde_json::Value = serde_json::from_str(CLASS).unwrap();
    c["learners"][2]["evidence"][1]["score"] = 9.into();
    assert_eq!(first_path(&c.to_string()), "learners[2].evidence[1].score");

    let mut c: serde_json::Value = serde_json::from_str(CLASS).unwrap();
    c["learners"][5]["learner"]["id"] = c["learners"][4]["learner"]["id"].clone();
    assert_eq!(first_path(&c.to_string()), "learners[5].learner.id");

    let mut c: serde_json::Value = serde_json::from_str(CLASS).unwrap();
    c["framework"]["competencies"][2]["prerequisites"] = serde_json::json!(["rp-a-2"]);
    c["framework"]["competencies"][3]["prerequisites"] = serde_json::json!(["rp-a-1"]);
    assert!(first_path(&c.to_string()).starts_with("framework.competencies["));

    let mut c: serde_json::Value = serde_json::from_str(CLASS).unwrap();
    c["learners"] = serde_json::json!([]);
    assert_eq!(first_path(&c.to_string()), "learners");
}

fn method() -> impl Strategy<Value = Method> {
    prop_oneof![
        (0.05f64..=1.0).prop_map(|rate| Method::DecayingAverage { rate }),
        (0.0f64..=1.0).prop_map(|weight| Method::WeightedAverage { weight }),
        Just(Method::MostRecent),
        Just(Method::Highest),
        Just(Method::Mean),
        Just(Method::Mode),
        (1u32..5).prop_map(|n| Method::NTimes { n }),
    ]
}

proptest! {
    /// The heatmap's fast path and the explanation a student reads give the same number.
    #[test]
    fn the_score_alone_equals_the_explained_score(
        method in method(),
        scores in prop::collection::vec(0u8..=4, 0..25),
    ) {
        let scores: Vec<f64> = scores.into_iter().map(f64::from).collect();
        prop_assert_eq!(method.score(&scores, 3.0), method.calculate(&scores, 3.0).score);
    }
}
