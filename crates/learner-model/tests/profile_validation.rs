//! A profile document is accepted when sound, and otherwise every problem is named with its path.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use learner_model::ErrorCode;
use learner_model::profile::ProfileDocument;

const ANA: &str = include_str!("../../../www/samples/ana.profile.json");
const MALIK: &str = include_str!("../../../www/samples/malik.profile.json");

fn messages(text: &str) -> Vec<String> {
    let err = ProfileDocument::from_json(text).unwrap_err();
    err.problems.iter().map(ToString::to_string).collect()
}

fn minimal(dimensions: &str) -> String {
    format!(
        r#"{{"schema":"learner-profile/1","learner":{{"id":"x","name":"Xu"}},
            "scale":{{"min":0,"max":100}},"dimensions":[{dimensions}]}}"#
    )
}

#[test]
fn gallery_samples_are_valid_and_round_trip() {
    for text in [ANA, MALIK] {
        let doc = ProfileDocument::from_json(text).unwrap();
        assert_eq!(doc.dimensions.len(), 8);
        let again = ProfileDocument::from_json(&doc.to_json()).unwrap();
        assert_eq!(doc, again);
    }
}

#[test]
fn malformed_json_says_so() {
    let err = ProfileDocument::from_json("{\"schema\": ").unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidJson);
    // Where the text stopped making sense is named too.
    assert_eq!(
        err.to_string(),
        "schema: problem.not-json (line 1, column 11, reason problem.json.ends-in-value)"
    );
}

#[test]
fn wrong_or_missing_schema_is_named() {
    let err = ProfileDocument::from_json(r#"{"schema":"learner-progress/1"}"#).unwrap_err();
    assert_eq!(err.code, ErrorCode::UnsupportedSchema);
    assert_eq!(
        err.to_string(),
        "schema: problem.schema-not-expected (expected learner-profile/1, found learner-progress/1)"
    );

    let err = ProfileDocument::from_json(r#"{"learner":{}}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "schema: problem.schema-missing (expected learner-profile/1)"
    );

    let err = ProfileDocument::from_json("[1,2]").unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidShape);
}

#[test]
fn wrong_type_names_the_field_path() {
    let text = minimal(r#"{"id":"a","label":"A","value":1},{"id":"b","label":"B","value":"high"}"#);
    let err = ProfileDocument::from_json(&text).unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidShape);
    let problem = err.first().unwrap();
    assert_eq!(problem.path, "dimensions[1].value");
    assert_eq!(problem.key, learner_model::ProblemKey::WRONG_TYPE);
    assert_eq!(
        problem.worded,
        [("expected", learner_model::ProblemKey::EXPECTED_NUMBER)]
    );
    assert_eq!(problem.arg("found"), Some("string \"high\""));
}

#[test]
fn a_missing_field_is_named_in_the_path() {
    let text = minimal(r#"{"id":"a","label":"A"}"#);
    let err = ProfileDocument::from_json(&text).unwrap_err();
    assert_eq!(err.to_string(), "dimensions[0].value: problem.missing");
}

#[test]
fn every_value_problem_is_reported_not_just_the_first() {
    let text = minimal(
        r#"{"id":"a","label":"A","value":140},
           {"id":"a","label":" ","value":-5},
           {"id":"c","label":"C","value":50,"range":{"low":60,"high":70}},
           {"id":"d","label":"D","value":50,"range":{"low":70,"high":60}}"#,
    );
    let err = ProfileDocument::from_json(&text).unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidDocument);
    assert_eq!(
        messages(&text),
        vec![
            "dimensions[0].value: profile.problem.above-scale (value 140, max 100)",
            "dimensions[1].label: problem.empty",
            "dimensions[1].id: problem.used-twice (id a)",
            "dimensions[1].value: profile.problem.below-scale (value -5, min 0)",
            "dimensions[2].range: profile.problem.range-misses-value (low 60, high 70, value 50)",
            "dimensions[3].range: profile.problem.range-reversed (low 70, high 60)",
        ]
    );
}

#[test]
fn scale_and_learner_problems_are_named() {
    let text = r#"{"schema":"learner-profile/1","learner":{"id":"","name":""},
        "scale":{"min":10,"max":10,"step":0},"dimensions":[]}"#;
    assert_eq!(
        messages(text),
        vec![
            "learner.id: problem.empty",
            "learner.name: problem.empty",
            "scale.max: profile.problem.max-not-above-min (max 10, min 10)",
            "scale.step: profile.problem.step-not-positive (step 0)",
            "dimensions: profile.problem.no-dimension",
        ]
    );
}

#[test]
fn too_many_dimensions_is_refused() {
    let many: Vec<String> = (0..65)
        .map(|i| format!(r#"{{"id":"d{i}","label":"D{i}","value":1}}"#))
        .collect();
    let text = minimal(&many.join(","));
    assert_eq!(
        messages(&text),
        vec!["dimensions: problem.too-many (count 65, max 64)"]
    );
}

#[test]
fn numbers_too_large_for_a_float_are_refused_without_panic() {
    let text = minimal(r#"{"id":"a","label":"A","value":1e400}"#);
    let err = ProfileDocument::from_json(&text).unwrap_err();
    assert!(!err.problems.is_empty());
}

#[test]
fn scale_fraction_is_clamped() {
    let doc = ProfileDocument::from_json(ANA).unwrap();
    assert_eq!(doc.scale.fraction(50.0), 0.5);
    assert_eq!(doc.scale.fraction(500.0), 1.0);
    assert_eq!(doc.scale.fraction(f64::NAN), 0.0);
}

#[test]
fn every_problem_in_groups_snapshots_and_contexts_is_named() {
    let text = r#"{"schema":"learner-profile/1","learner":{"id":"x","name":"X"},
        "scale":{"min":0,"max":100,"levels":[{"value":50,"label":"Half"},{"value":40,"label":""}]},
        "groups":[{"id":"maths","label":"Maths"},{"id":"maths","label":"Again"}],
        "dimensions":[
          {"id":"a","label":"A","value":10,"group":"reading","target":120,"confidence":1.5,"selfRating":-1},
          {"id":"b","label":"B","value":20,"group":"maths"}],
        "snapshots":[
          {"date":"2026-02-30","values":{"a":5}},
          {"date":"2026-03-01","values":{"zz":5,"b":101}},
          {"date":"2026-03-01","values":{}}],
        "contexts":[
          {"id":"c","label":"C","values":{"a":1}},
          {"id":"c","label":"","values":{"q":1}}]}"#;
    assert_eq!(
        messages(text),
        vec![
            "scale.levels[1].label: problem.empty",
            "scale.levels[1].value: problem.level-not-above-previous (value 40, previous 50)",
            "groups[1].id: problem.used-twice (id maths)",
            "dimensions[0].group: profile.problem.not-a-group (group reading, groups maths, maths)",
            "dimensions[0].confidence: profile.problem.confidence-outside (value 1.5)",
            "dimensions[0].target: profile.problem.above-scale (value 120, max 100)",
            "dimensions[0].selfRating: profile.problem.below-scale (value -1, min 0)",
            "snapshots[0].date: problem.not-a-date (value 2026-02-30)",
            "snapshots[1].values.b: profile.problem.above-scale (value 101, max 100)",
            "snapshots[1].values.zz: profile.problem.unknown-dimension (id zz)",
            "snapshots[2].date: profile.problem.two-snapshots (date 2026-03-01)",
            "contexts[1].label: problem.empty",
            "contexts[1].id: problem.used-twice (id c)",
            "contexts[1].values.q: profile.problem.unknown-dimension (id q)",
        ]
    );
}

#[test]
fn default_groups_apply_when_none_are_given() {
    let text = minimal(r#"{"id":"a","label":"A","value":1,"group":"hobbies"}"#);
    assert_eq!(
        messages(&text),
        vec![
            "dimensions[0].group: profile.problem.not-a-group \
             (group hobbies, groups academic, cognitive, social-emotional, background)"
        ]
    );
    let doc = ProfileDocument::from_json(ANA).unwrap();
    // The default groups are named by the widgets, in the reader's language.
    assert_eq!(doc.group_label("social-emotional"), None);
    assert_eq!(doc.groups()[2].id, "social-emotional");
}

#[test]
fn a_flag_must_be_strength_or_need() {
    let text = minimal(r#"{"id":"a","label":"A","value":1,"flag":"great"}"#);
    let err = ProfileDocument::from_json(&text).unwrap_err();
    assert_eq!(err.first().unwrap().path, "dimensions[0].flag");
}
