//! A learner rating themself: values snap to the scale, stay on it, and the edit says what changed.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use learner_model::profile::{ProfileDocument, ProfileEdit};

const ANA: &str = include_str!("../../../www/samples/ana.profile.json");

#[test]
fn a_rating_snaps_to_the_step_and_reports_the_previous_one() {
    let doc = ProfileDocument::from_json(ANA).unwrap();
    let (updated, edit) = doc.with_self_rating("fractions", 42.0).unwrap();
    assert_eq!(
        edit,
        ProfileEdit::SelfRating {
            dimension: "fractions".into(),
            value: 40.0,
            previous: Some(30.0)
        }
    );
    let fractions = updated
        .dimensions
        .iter()
        .find(|d| d.id == "fractions")
        .unwrap();
    assert_eq!(fractions.self_rating, Some(40.0));
    assert_eq!(
        doc.dimensions[1].self_rating,
        Some(30.0),
        "the original is untouched"
    );
    assert!(
        ProfileDocument::from_json(&updated.to_json()).is_ok(),
        "still a valid document"
    );
}

#[test]
fn a_rating_off_the_scale_or_of_an_unknown_dimension_is_refused() {
    let doc = ProfileDocument::from_json(ANA).unwrap();
    let err = doc.with_self_rating("fractions", 101.0).unwrap_err();
    assert_eq!(
        err.to_string(),
        "dimensions[1].selfRating: profile.problem.outside-scale (value 101, min 0, max 100)"
    );
    assert!(doc.with_self_rating("fractions", f64::NAN).is_err());
    let err = doc.with_self_rating("nope", 5.0).unwrap_err();
    assert_eq!(
        err.to_string(),
        "dimensions: profile.problem.unknown-dimension (id nope)"
    );
}

#[test]
fn a_note_is_trimmed_and_an_empty_one_removes_it() {
    let doc = ProfileDocument::from_json(ANA).unwrap();
    let (with_note, edit) = doc
        .with_self_note("memory", "  I lose track in long problems ")
        .unwrap();
    assert_eq!(
        edit,
        ProfileEdit::SelfNote {
            dimension: "memory".into(),
            note: "I lose track in long problems".into(),
            previous: None
        }
    );
    let (cleared, _) = with_note.with_self_note("memory", "   ").unwrap();
    assert_eq!(cleared.dimensions[3].self_note, None);
}
