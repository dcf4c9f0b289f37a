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
use learner_model::{Problem, ProblemKey};
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

proptest! {
    /// Evidence in any order (interleaved competencies, dates out of order, ties on a date) gives
    /// the cells the learner's own standing gives: the grid's counting sort keeps date order and,
    /// on one date, document order.
    #[test]
    fn any_order_of_evidence_gives_the_standing_s_cells(
        picks in prop::collection::vec((0usize..5, 0u8..=4, 1u8..=6), 0..40),
    ) {
        let mut c = class();
        let ids: Vec<String> = ClassGrid::of(&c)
            .columns
            .iter()
            .map(|i| c.framework.competencies[*i].id.clone())
            .collect();
        let record = std::rc::Rc::make_mut(&mut c.learners[0]);
        record.overrides.clear();
        record.evidence = picks
            .iter()
            .map(|(col, score, day)| learner_model::progress::Evidence {
                competency: ids[*col].clone(),
                score: f64::from(*score),
                date: format!("2026-03-0{day}"),
                source: "Quiz".into(),
                note: None,
            })
            .collect();
        let grid = ClassGrid::of(&c);
        let doc = single(&c, 0);
        for (col, cell) in grid.rows[0].iter().enumerate() {
            let s = standing(&doc, &c.framework.competencies[grid.columns[col]]);
            prop_assert_eq!(cell.score, s.score);
            prop_assert_eq!(cell.status, s.status);
        }
    }
}

fn evidence_json(competency: &str, score: f64) -> String {
    serde_json::json!({
        "competency": competency, "score": score, "date": "2026-03-02", "source": "Exit ticket",
    })
    .to_string()
}

#[test]
fn evidence_added_to_a_class_changes_that_learner_alone() {
    let before = ProgressInput::from_json(CLASS).unwrap();
    let ProgressInput::Class(old) = &before else {
        panic!("a class")
    };
    let id = old.learners[3].learner.id.clone();
    let after = before
        .with_evidence(Some(&id), &evidence_json("rp-b-2", 4.0))
        .unwrap();
    let ProgressInput::Class(new) = &after else {
        panic!("a class")
    };
    let added = new.learners[3].evidence.last().unwrap();
    assert_eq!((added.competency.as_str(), added.score), ("rp-b-2", 4.0));
    assert_eq!(
        new.learners[3].evidence.len(),
        old.learners[3].evidence.len() + 1
    );
    // The other learners' records are the same ones, not copies; the old document is untouched.
    for i in (0..new.learners.len()).filter(|i| *i != 3) {
        assert!(std::rc::Rc::ptr_eq(&old.learners[i], &new.learners[i]));
    }
    assert_eq!(**old, class());
    // And the grid of the new document is the grid with that learner's row worked out again.
    let layout = learner_model::progress::GridLayout::of(new);
    let mut rows = ClassGrid::of(old).rows;
    rows[3] = layout.row(&new.learners[3]);
    assert_eq!(ClassGrid::of(new).rows, rows);
}

#[test]
fn bad_added_evidence_is_refused_with_the_field_as_the_host_gave_it() {
    let class = ProgressInput::from_json(CLASS).unwrap();
    let refused = |learner: Option<&str>, evidence: &str| {
        let error = class.with_evidence(learner, evidence).unwrap_err();
        (error.code.as_str(), error.problems[0].clone())
    };
    let id = "s-1040";
    assert_eq!(
        refused(Some(id), &evidence_json("nope", 2.0)),
        (
            "invalid-document",
            Problem::unknown_competency("evidence.competency", "nope")
        )
    );
    assert_eq!(
        refused(Some(id), &evidence_json("rp-b-2", 9.0)).1.path,
        "evidence.score"
    );
    assert_eq!(
        refused(
            Some(id),
            r#"{"competency": "rp-b-2", "score": "4", "date": "2026-03-02", "source": "x"}"#
        ),
        (
            "invalid-shape",
            Problem::new("evidence.score", ProblemKey::WRONG_TYPE)
                .with_words("expected", ProblemKey::EXPECTED_NUMBER)
                .with("found", "string \"4\"")
        )
    );
    assert_eq!(
        refused(Some(id), r#"{"competency": "rp-b-2", "score": 4}"#)
            .1
            .path,
        "evidence.date"
    );
    assert_eq!(refused(Some(id), "{").0, "invalid-json");
    assert_eq!(
        refused(Some("nobody"), &evidence_json("rp-b-2", 2.0)),
        (
            "invalid-document",
            Problem::unknown_learner("learner", "nobody")
        )
    );
    assert_eq!(
        refused(None, &evidence_json("rp-b-2", 2.0)).1,
        Problem::new("learner", ProblemKey::CLASS_NEEDS_LEARNER)
    );
}

#[test]
fn evidence_added_to_one_learner_s_document_needs_no_id_or_that_learner_s() {
    let ana =
        ProgressInput::from_json(include_str!("../../../www/samples/ana.progress.json")).unwrap();
    let ProgressInput::Learner(doc) = &ana else {
        panic!("one learner")
    };
    let competency = doc.framework.competencies.last().unwrap().id.clone();
    let id = doc.learner.id.clone();
    for learner in [None, Some(id.as_str())] {
        let ProgressInput::Learner(after) = ana
            .with_evidence(learner, &evidence_json(&competency, 1.0))
            .unwrap()
        else {
            panic!("one learner")
        };
        assert_eq!(after.evidence.len(), doc.evidence.len() + 1);
    }
    let error = ana
        .with_evidence(Some("someone-else"), &evidence_json(&competency, 1.0))
        .unwrap_err();
    assert_eq!(error.first().unwrap().path, "learner");
}
