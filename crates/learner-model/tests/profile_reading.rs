//! Reading a profile through a context and against an earlier snapshot, and summarizing it.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use learner_model::profile::{Direction, ProfileDocument, Reading, read, summarize};

const ANA: &str = include_str!("../../../www/samples/ana.profile.json");
const MALIK: &str = include_str!("../../../www/samples/malik.profile.json");

fn ana() -> ProfileDocument {
    ProfileDocument::from_json(ANA).unwrap()
}

fn value_of(readings: &[learner_model::profile::Reading], id: &str) -> f64 {
    readings
        .iter()
        .find(|r| r.dimension.id == id)
        .unwrap()
        .value
}

#[test]
fn general_values_are_read_without_a_context() {
    let doc = ana();
    let readings = read(&doc, None, None);
    assert_eq!(readings.len(), 8);
    assert_eq!(value_of(&readings, "persistence"), 64.0);
    assert!(
        readings
            .iter()
            .all(|r| !r.in_context && r.earlier.is_none())
    );
}

#[test]
fn a_context_replaces_the_values_it_lists_and_keeps_the_rest() {
    let doc = ana();
    let alone = read(&doc, Some("alone"), None);
    let group = read(&doc, Some("group"), None);
    assert_eq!(value_of(&alone, "persistence"), 52.0);
    assert_eq!(value_of(&group, "persistence"), 76.0);
    let reading = alone.iter().find(|r| r.dimension.id == "reading").unwrap();
    assert_eq!(reading.value, 86.0);
    assert!(
        !reading.in_context,
        "reading was not measured alone: the general value is used"
    );
    assert!(
        alone
            .iter()
            .find(|r| r.dimension.id == "memory")
            .unwrap()
            .in_context
    );
}

#[test]
fn an_unknown_context_or_snapshot_reads_as_none() {
    let doc = ana();
    assert_eq!(
        read(&doc, Some("nope"), Some("1999-01-01")),
        read(&doc, None, None)
    );
}

#[test]
fn growth_is_the_change_since_the_chosen_snapshot_with_its_direction() {
    let doc = ana();
    let readings = read(&doc, None, Some("2026-02-02"));
    let fractions = readings
        .iter()
        .find(|r| r.dimension.id == "fractions")
        .unwrap();
    assert_eq!(fractions.earlier, Some(24.0));
    assert_eq!(fractions.change(), Some(14.0));
    assert_eq!(fractions.direction(), Some(Direction::Up));
    let memory = readings
        .iter()
        .find(|r| r.dimension.id == "memory")
        .unwrap();
    assert_eq!(memory.direction(), Some(Direction::Up));
    let later = read(&doc, None, Some("2026-09-08"));
    let memory = later.iter().find(|r| r.dimension.id == "memory").unwrap();
    assert_eq!(memory.change(), Some(-1.0));
    assert_eq!(memory.direction(), Some(Direction::Down));
}

#[test]
fn a_dimension_missing_from_the_snapshot_has_no_change() {
    let doc = ProfileDocument::from_json(MALIK).unwrap();
    let readings = read(&doc, None, Some("2026-09-08"));
    let english = readings
        .iter()
        .find(|r| r.dimension.id == "english")
        .unwrap();
    assert_eq!(english.change(), None);
    assert_eq!(english.direction(), None);
}

#[test]
fn snapshots_are_ordered_by_date() {
    let mut doc = ana();
    doc.snapshots.reverse();
    let dates: Vec<&str> = doc
        .snapshots_by_date()
        .iter()
        .map(|s| s.date.as_str())
        .collect();
    assert_eq!(dates, vec!["2026-02-02", "2026-09-08"]);
}

/// The readings a summary names, as (label, value).
fn named<'r>(readings: &[&'r Reading]) -> Vec<(&'r str, f64)> {
    readings
        .iter()
        .map(|r| (r.dimension.label.as_str(), r.value))
        .collect()
}

#[test]
fn summary_names_flagged_strengths_needs_goals_and_biggest_growth() {
    let doc = ana();
    let readings = read(&doc, None, Some("2026-02-02"));
    let summary = summarize(&doc, &readings, Some("2026-02-02"));
    assert_eq!(
        named(&summary.strengths),
        [("Visual reasoning", 90.0), ("Reading comprehension", 86.0)]
    );
    assert_eq!(
        named(&summary.working_on),
        [("Fractions", 38.0), ("Persistence", 64.0)]
    );
    let goals: Vec<Option<f64>> = summary
        .working_on
        .iter()
        .map(|r| r.dimension.target)
        .collect();
    assert_eq!(goals, [Some(60.0), Some(75.0)]);
    let growth = summary.biggest_growth.unwrap();
    assert_eq!(growth.dimension.label, "English language");
    assert_eq!(growth.change(), Some(16.0));
    assert_eq!(
        summary.since.and_then(|s| s.label.as_deref()),
        Some("February check-in")
    );
}

#[test]
fn summary_follows_the_context() {
    let doc = ana();
    let readings = read(&doc, Some("group"), None);
    let summary = summarize(&doc, &readings, None);
    assert_eq!(
        named(&summary.strengths),
        [("Visual reasoning", 90.0), ("Reading comprehension", 86.0)]
    );
    assert_eq!(named(&summary.working_on), [("Fractions", 47.0)]);
    assert_eq!(summary.biggest_growth, None);
    assert_eq!(summary.since, None);
}

#[test]
fn without_flags_the_summary_names_the_learners_own_peaks_and_valleys() {
    let with_goals = ProfileDocument::from_json(MALIK).unwrap();
    let mut without_goals = with_goals.clone();
    for d in &mut without_goals.dimensions {
        d.target = None;
    }
    // Working on: the dimensions with a goal above them, or with no goals the lowest two.
    for doc in [with_goals, without_goals] {
        let readings = read(&doc, None, None);
        let summary = summarize(&doc, &readings, None);
        assert_eq!(
            named(&summary.strengths),
            [("English language", 95.0), ("Persistence", 92.0)]
        );
        assert_eq!(
            named(&summary.working_on),
            [
                ("Written expression", 35.0),
                ("Reading comprehension", 41.0)
            ]
        );
    }
}

#[test]
fn no_growth_names_no_dimension() {
    let doc = ProfileDocument::from_json(MALIK).unwrap();
    let mut doc = doc;
    doc.snapshots[0]
        .values
        .values_mut()
        .for_each(|v| *v = 100.0);
    let readings = read(&doc, None, Some("2026-09-08"));
    let summary = summarize(&doc, &readings, Some("2026-09-08"));
    assert_eq!(summary.biggest_growth, None);
    assert_eq!(
        summary.since.and_then(|s| s.label.as_deref()),
        Some("Start of the year")
    );
}

#[test]
fn a_single_dimension_is_its_own_strength() {
    let doc = ProfileDocument::from_json(
        r#"{"schema":"learner-profile/1","learner":{"id":"x","name":"X"},
            "scale":{"min":0,"max":10},"dimensions":[{"id":"a","label":"A","value":3}]}"#,
    )
    .unwrap();
    let readings = read(&doc, None, None);
    let summary = summarize(&doc, &readings, None);
    assert_eq!(named(&summary.strengths), [("A", 3.0)]);
    assert!(summary.working_on.is_empty());
}

#[test]
fn named_levels_name_values() {
    let doc = ProfileDocument::from_json(
        r#"{"schema":"learner-profile/1","learner":{"id":"x","name":"X"},
            "scale":{"min":1,"max":4,"step":1,"levels":[{"value":1,"label":"Beginning"},
              {"value":2,"label":"Developing"},{"value":3,"label":"Secure"},{"value":4,"label":"Extending"}]},
            "dimensions":[{"id":"a","label":"A","value":3}]}"#,
    )
    .unwrap();
    assert_eq!(doc.scale.level_of(3.0), Some("Secure"));
    assert_eq!(doc.scale.level_of(2.5), Some("Developing"));
    assert_eq!(doc.scale.level_of(0.5), None);
    assert_eq!(doc.scale.keyboard_step(), 1.0);
}
