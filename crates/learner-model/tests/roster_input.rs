//! A class roster, and telling a roster from a single profile by its schema.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use learner_model::{ErrorCode, ProfileInput, RosterDocument};

const ANA: &str = include_str!("../../../www/samples/ana.profile.json");
const MALIK: &str = include_str!("../../../www/samples/malik.profile.json");

fn roster(profiles: &[&str]) -> String {
    format!(
        r#"{{"schema":"learner-roster/1","title":"7B","profiles":[{}]}}"#,
        profiles.join(",")
    )
}

#[test]
fn a_roster_of_valid_profiles_is_read_in_the_hosts_order() {
    let doc = RosterDocument::from_json(&roster(&[MALIK, ANA])).unwrap();
    let names: Vec<&str> = doc
        .profiles
        .iter()
        .map(|p| p.learner.name.as_str())
        .collect();
    assert_eq!(names, vec!["Malik Okafor", "Ana García"]);
}

#[test]
fn problems_inside_a_profile_carry_its_index() {
    let bad = ANA.replacen("\"value\": 86", "\"value\": 186", 1);
    let err = RosterDocument::from_json(&roster(&[MALIK, &bad, ANA])).unwrap_err();
    let messages: Vec<String> = err.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        vec![
            "profiles[1].dimensions[0].value: profile.problem.above-scale (value 186, max 100)",
            "profiles[1].dimensions[0].range: profile.problem.range-misses-value (low 78, high 92, value 186)",
            "profiles[2].learner.id: problem.used-twice (id s-1042)",
        ]
    );
}

#[test]
fn input_is_chosen_by_schema() {
    assert!(matches!(
        ProfileInput::from_json(ANA).unwrap(),
        ProfileInput::Profile(_)
    ));
    assert!(matches!(
        ProfileInput::from_json(&roster(&[ANA])).unwrap(),
        ProfileInput::Roster(_)
    ));
    let err = ProfileInput::from_json(r#"{"schema":"learner-progress/1"}"#).unwrap_err();
    assert_eq!(err.code, ErrorCode::UnsupportedSchema);
    assert_eq!(
        err.to_string(),
        "schema: problem.schema-neither-expected (one learner-profile/1, other learner-roster/1, found learner-progress/1)"
    );
    let err = ProfileInput::from_json("{}").unwrap_err();
    assert_eq!(
        err.to_string(),
        "schema: problem.schema-missing (expected learner-profile/1)"
    );
}
