//! Property tests: whatever arrives, parsing, validation and the arithmetic never panic, and their
//! results stay inside the bounds they promise. (A panic in the browser aborts every widget.)
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use learner_model::case::import_case;
use learner_model::choice::{
    ChoiceBoardDocument, RuleStatus, evaluate, evaluate_selections, satisfiable,
};
use learner_model::profile::{ProfileDocument, read, summarize};
use learner_model::progress::{
    ClassGrid, ClassProgressDocument, Method, ProgressDocument, ProgressInput, pace, standing,
};
use learner_model::{Date, ProfileInput, RosterDocument, Spread};
use proptest::prelude::*;
use serde_json::{Value, json};

const ANA_PROFILE: &str = include_str!("../../../www/samples/ana.profile.json");
const MALIK_PROFILE: &str = include_str!("../../../www/samples/malik.profile.json");
const CLASS_6B: &str = include_str!("../../../www/samples/6b.progress-class.json");
const ANA_PROGRESS: &str = include_str!("../../../www/samples/ana.progress.json");
const TIC_TAC_TOE: &str = include_str!("../../../www/samples/choice-tic-tac-toe.json");
const DINNER_MENU: &str = include_str!("../../../www/samples/choice-dinner-menu.json");
const OPENSALT: &str =
    include_str!("../../../tests/fixtures/case/what-standards-could-be.case.json");

/// Any JSON value, a few levels deep, with awkward numbers and strings.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        prop_oneof![
            Just(0.0),
            Just(-0.0),
            Just(1e308),
            Just(-1e308),
            Just(f64::MIN_POSITIVE),
            any::<f64>()
        ]
        .prop_filter_map("finite", |f| serde_json::Number::from_f64(f)
            .map(Value::Number)),
        "\\PC{0,12}".prop_map(Value::String),
        Just(json!("learner-profile/1")),
        Just(json!("learner-progress/1")),
        Just(json!("learner-choice-board/1")),
        Just(json!("learner-roster/1")),
        Just(json!("learner-progress-class/1")),
        Just(json!("2026-02-29")),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("schema".to_string()),
                    Just("value".to_string()),
                    Just("dimensions".to_string()),
                    Just("scale".to_string()),
                    Just("evidence".to_string()),
                    Just("framework".to_string()),
                    "[a-z]{1,8}",
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A `learner-roster/1` of the two sample learners, as the class view receives it.
fn roster_text() -> String {
    let profiles: Vec<Value> = [ANA_PROFILE, MALIK_PROFILE]
        .iter()
        .map(|text| serde_json::from_str(text).unwrap())
        .collect();
    json!({ "schema": "learner-roster/1", "title": "7B Mathematics", "profiles": profiles })
        .to_string()
}

/// A real document with one field, somewhere inside, replaced by an arbitrary value.
fn mutated(text: &str) -> impl Strategy<Value = String> + use<> {
    let base: Value = serde_json::from_str(text).unwrap();
    (any::<prop::sample::Index>(), any_json()).prop_map(move |(index, replacement)| {
        let mut doc = base.clone();
        let mut slots = Vec::new();
        collect_pointers(&doc, String::new(), &mut slots);
        let pointer = index.get(&slots).clone();
        if let Some(slot) = doc.pointer_mut(&pointer) {
            *slot = replacement;
        }
        doc.to_string()
    })
}

fn collect_pointers(value: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                collect_pointers(
                    v,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                collect_pointers(v, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics_any_parser(text in "\\PC{0,200}") {
        every_parser(&text);
    }

    #[test]
    fn arbitrary_json_never_panics_any_parser(value in any_json()) {
        every_parser(&value.to_string());
    }

    #[test]
    fn a_mutated_profile_is_either_refused_with_a_reason_or_fully_usable(text in mutated(ANA_PROFILE)) {
        // What <learner-profile> runs: the same verdict as the profile parser alone.
        prop_assert_eq!(
            ProfileInput::from_json(&text).is_ok(),
            ProfileDocument::from_json(&text).is_ok() || RosterDocument::from_json(&text).is_ok()
        );
        match ProfileDocument::from_json(&text) {
            Err(error) => prop_assert!(!error.problems.is_empty()),
            Ok(doc) => {
                for context in [None, Some("group"), Some("nope")] {
                    for compare in [None, Some("2026-02-02")] {
                        let readings = read(&doc, context, compare);
                        prop_assert_eq!(readings.len(), doc.dimensions.len());
                        let summary = summarize(&doc, &readings, compare);
                        prop_assert!(summary.strengths.len() <= 3 && summary.working_on.len() <= 3);
                        for r in &readings {
                            let f = doc.scale.fraction(r.value);
                            prop_assert!((0.0..=1.0).contains(&f));
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_mutated_progress_document_is_either_refused_or_fully_usable(text in mutated(ANA_PROGRESS)) {
        // What <learner-progress> runs.
        if let Err(error) = ProgressInput::from_json(&text) {
            prop_assert!(!error.problems.is_empty());
        }
        match ProgressDocument::from_json(&text) {
            Err(error) => prop_assert!(!error.problems.is_empty()),
            Ok(doc) => {
                let scale = doc.scale();
                for c in &doc.framework.competencies {
                    let s = standing(&doc, c);
                    let _ = s.explanation();
                    if let Some(score) = s.calculation.score {
                        prop_assert!(score >= scale.min() - 1e-9 && score <= scale.max() + 1e-9);
                    }
                }
                let _ = doc.next_steps();
                let _ = pace(&doc, Date::parse("2026-11-23").unwrap());
            }
        }
    }

    #[test]
    fn a_mutated_case_package_never_panics(text in mutated(OPENSALT)) {
        let _ = import_case(&text);
    }

    #[test]
    fn every_method_stays_within_the_scores(scores in prop::collection::vec(0.0f64..=4.0, 0..30),
                                            rate in 0.01f64..=1.0, n in 1u32..6) {
        for method in [
            Method::DecayingAverage { rate },
            Method::WeightedAverage { weight: rate },
            Method::MostRecent, Method::Highest, Method::Mean, Method::Mode,
            Method::NTimes { n },
        ] {
            let result = method.calculate(&scores, 3.0);
            if let Some(score) = result.score {
                let lo = scores.iter().copied().fold(f64::INFINITY, f64::min);
                let hi = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                prop_assert!(score >= lo - 1e-9 && score <= hi + 1e-9, "{method:?} gave {score}");
            } else {
                let waits_for_n = matches!(method, Method::NTimes { .. });
                prop_assert!(scores.is_empty() || waits_for_n, "no result from {:?}", method);
            }
            if let Some(next) = method.next_score_for_mastery(&scores, 3.0, 0.0, 4.0) {
                // The promised score really reaches mastery.
                let mut with = scores.clone();
                with.push(next);
                prop_assert!(method.calculate(&with, 3.0).score.is_some_and(|s| s >= 3.0 - 1e-9));
            }
        }
    }

    #[test]
    fn a_mutated_choice_board_is_either_refused_or_fully_usable(
        text in prop_oneof![mutated(TIC_TAC_TOE), mutated(DINNER_MENU)],
        ops in prop::collection::vec((0u8..16, any::<prop::sample::Index>(), "\\PC{0,6}"), 0..8),
    ) {
        // Unvalidated too: serde accepted it, so a widget could hold it mid-edit.
        if let Ok(raw) = serde_json::from_str::<ChoiceBoardDocument>(&text) {
            let _ = evaluate_selections(&raw);
            let _ = satisfiable(&raw);
        }
        match ChoiceBoardDocument::from_json(&text) {
            Err(error) => prop_assert!(!error.problems.is_empty()),
            Ok(mut doc) => {
                for (op, index, word) in ops {
                    let ids: Vec<String> = doc.activities.iter().map(|a| a.id.clone()).collect();
                    let id = if ids.is_empty() { word.clone() } else { index.get(&ids).clone() };
                    let at = "2026-11-23T10:00:00Z";
                    let result = match op {
                        0 => doc.pick(&id, at),
                        1 => doc.unpick(&id),
                        2 => doc.start(&id, at),
                        3 => doc.submit(&id, &word, at),
                        4 => doc.approve(&id, &word, at),
                        5 => doc.return_work(&id, &word, at),
                        6 => doc.propose(&id, &word, &word, at),
                        7 => doc.approve_proposal(&id, &word, at),
                        8 => doc.return_proposal(&id, &word, at),
                        9 => doc.remove_activity(&id),
                        10 => doc.move_activity(&id, index.index(ids.len().max(1) + 1)),
                        11 => doc.set_rules(Vec::new()),
                        12 => doc.set_layout(learner_model::choice::Layout::List, new_title),
                        13 => doc.set_layout(learner_model::choice::Layout::Grid { rows: 2, columns: 3 }, new_title),
                        14 => doc.add_activity(learner_model::choice::Activity::new(word.clone(), word.clone())),
                        _ => doc.update_activity(&id, learner_model::choice::Activity::new(word.clone(), "Changed")),
                    };
                    if let Ok((next, _)) = result {
                        doc = next;
                    }
                    let report = evaluate_selections(&doc);
                    prop_assert_eq!(
                        report.complete,
                        report.checks.iter().all(|c| c.status == RuleStatus::Met)
                    );
                    let _ = evaluate(&doc, &[&word]);
                }
            }
        }
    }
}

/// Every parser a widget or `importCase` runs, on the same text: none may panic, and a refusal
/// always says why.
fn every_parser(text: &str) {
    let refusals = [
        ProfileInput::from_json(text).err(),
        ProfileDocument::from_json(text).err(),
        RosterDocument::from_json(text).err(),
        ProgressInput::from_json(text).err(),
        ProgressDocument::from_json(text).err(),
        ClassProgressDocument::from_json(text).err(),
        ChoiceBoardDocument::from_json(text).err(),
    ];
    for error in refusals.into_iter().flatten() {
        assert!(!error.problems.is_empty(), "a refusal without a reason");
    }
    let _ = import_case(text);
}

proptest! {
    // The class documents are larger (the 6B class is 23 KB), so fewer cases keep CI bounded.
    #![proptest_config(ProptestConfig { cases: 150, ..ProptestConfig::default() })]

    #[test]
    fn a_mutated_roster_is_either_refused_or_fully_usable(text in mutated(&roster_text())) {
        match ProfileInput::from_json(&text) {
            Err(error) => prop_assert!(!error.problems.is_empty()),
            Ok(ProfileInput::Profile(_)) => prop_assert!(false, "a roster read as one profile"),
            Ok(ProfileInput::Roster(roster)) => {
                prop_assert!(!roster.profiles.is_empty());
                for profile in &roster.profiles {
                    let readings = read(profile, None, None);
                    prop_assert_eq!(readings.len(), profile.dimensions.len());
                    let summary = summarize(profile, &readings, None);
                    prop_assert!(summary.strengths.len() <= 3 && summary.working_on.len() <= 3);
                }
                // The class view: each of the first learner's dimensions spread over the class.
                let first = &roster.profiles[0];
                for dimension in &first.dimensions {
                    let values: Vec<f64> = roster.profiles.iter()
                        .filter_map(|p| p.dimensions.iter().find(|d| d.id == dimension.id))
                        .map(|d| d.value)
                        .collect();
                    if let Some(spread) = Spread::of(&values, first.scale.min, first.scale.max, 10) {
                        prop_assert_eq!(spread.bins.iter().sum::<usize>(), spread.count);
                        prop_assert!(spread.lowest <= spread.median && spread.median <= spread.highest);
                    }
                }
            }
        }
    }

    #[test]
    fn a_mutated_class_is_either_refused_or_fully_usable(text in mutated(CLASS_6B)) {
        match ProgressInput::from_json(&text) {
            Err(error) => prop_assert!(!error.problems.is_empty()),
            Ok(ProgressInput::Learner(_)) => prop_assert!(false, "a class read as one learner"),
            Ok(ProgressInput::Class(doc)) => {
                let grid = ClassGrid::of(&doc);
                let levels = doc.scale().levels.len();
                prop_assert_eq!(grid.rows.len(), doc.learners.len());
                for row in &grid.rows {
                    prop_assert_eq!(row.len(), grid.columns.len());
                    for cell in row {
                        prop_assert!(cell.level.is_none_or(|level| level < levels));
                    }
                }
                for column in 0..grid.columns.len() {
                    let counts = grid.level_counts(column, levels);
                    prop_assert!(counts.iter().sum::<usize>() <= doc.learners.len());
                }
            }
        }
    }
}

/// The title a new blank cell gets (the widgets give it in the teacher's language).
fn new_title(n: usize) -> String {
    format!("New activity {n}")
}
