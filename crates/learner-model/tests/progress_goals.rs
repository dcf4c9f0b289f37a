//! The learner's own goals: setting one is checked like the rest of the document, and a goal can
//! be met, dropped or taken up again without touching the others.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use learner_model::progress::{Goal, GoalStatus, ProgressDocument, ProgressEdit};

const ANA: &str = include_str!("../../../www/samples/ana.progress.json");

fn doc() -> ProgressDocument {
    ProgressDocument::from_json(ANA).unwrap()
}

fn goal(text: &str, competencies: &[&str], target_date: Option<&str>) -> Goal {
    Goal {
        text: text.into(),
        competencies: competencies.iter().map(|c| c.to_string()).collect(),
        target_date: target_date.map(String::from),
        status: GoalStatus::Active,
        reflections: Vec::new(),
    }
}

#[test]
fn a_new_goal_is_appended_trimmed_and_reported_with_its_index() {
    let d = doc();
    let (after, edit) = d
        .with_goal(goal(
            "  Finish the ratio tables  ",
            &["rp-a-3"],
            Some("2026-12-18"),
        ))
        .unwrap();
    assert_eq!(after.goals.len(), 2);
    assert_eq!(after.goals[1].text, "Finish the ratio tables");
    match edit {
        ProgressEdit::GoalSet { index, goal } => {
            assert_eq!(index, 1);
            assert_eq!(goal.competencies, ["rp-a-3"]);
            assert_eq!(goal.target_date.as_deref(), Some("2026-12-18"));
        }
        other => panic!("expected GoalSet, got {other:?}"),
    }
    assert_eq!(
        ProgressDocument::from_json(&after.to_json()).unwrap(),
        after
    );
}

#[test]
fn a_goal_without_words_a_bad_date_or_an_unknown_competency_is_refused_with_its_path() {
    let d = doc();
    let problems = d.with_goal(goal("   ", &[], None)).unwrap_err();
    assert_eq!(problems[0].path, "goals[1].text");
    let problems = d
        .with_goal(goal("Read more", &[], Some("2026-13-40")))
        .unwrap_err();
    assert_eq!(problems[0].path, "goals[1].targetDate");
    let problems = d.with_goal(goal("Read more", &["nope"], None)).unwrap_err();
    assert_eq!(problems[0].path, "goals[1].competencies[0]");
    assert_eq!(d, doc(), "the original is untouched");
}

#[test]
fn a_goal_is_met_dropped_and_taken_up_again() {
    let d = doc();
    let (met, edit) = d.with_goal_status(0, GoalStatus::Met).unwrap();
    assert_eq!(met.goals[0].status, GoalStatus::Met);
    assert_eq!(
        edit,
        ProgressEdit::GoalStatusSet {
            index: 0,
            status: GoalStatus::Met
        }
    );
    let (dropped, _) = met.with_goal_status(0, GoalStatus::Dropped).unwrap();
    assert_eq!(dropped.goals[0].status, GoalStatus::Dropped);
    let (active, _) = dropped.with_goal_status(0, GoalStatus::Active).unwrap();
    assert_eq!(active.goals[0], d.goals[0]);
    let problems = d.with_goal_status(3, GoalStatus::Met).unwrap_err();
    assert_eq!(
        problems[0].to_string(),
        "goals[3]: progress.problem.no-such-goal (number 4)"
    );
}
