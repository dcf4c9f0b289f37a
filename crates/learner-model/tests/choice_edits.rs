//! A learner's and a teacher's edits: each gives a new, valid board or a problem with its path.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use learner_model::choice::{
    Activity, ChoiceBoardDocument, ChoiceEdit, Layout, ProposalStatus, Rule, SelectionStatus,
};

const AT: &str = "2026-11-23T10:00:00Z";

fn board() -> ChoiceBoardDocument {
    ChoiceBoardDocument::from_json(include_str!("../../../www/samples/choice-tic-tac-toe.json"))
        .unwrap()
}

fn valid(doc: &ChoiceBoardDocument) {
    ChoiceBoardDocument::from_json(&doc.to_json()).unwrap();
}

#[test]
fn work_moves_from_planned_to_approved_with_reflection_and_feedback() {
    let (doc, edit) = board().pick("energy-pyramid", AT).unwrap();
    assert_eq!(
        edit,
        ChoiceEdit::Picked {
            activity: "energy-pyramid".into()
        }
    );
    let (doc, _) = doc.start("energy-pyramid", AT).unwrap();
    let (doc, _) = doc
        .submit("energy-pyramid", "Energy thins out fast.", AT)
        .unwrap();
    let err = doc.return_work("energy-pyramid", " ", AT).unwrap_err();
    assert_eq!(err.path, "feedback");
    let (doc, _) = doc
        .return_work("energy-pyramid", "Label each level.", AT)
        .unwrap();
    let (doc, _) = doc.submit("energy-pyramid", "Labelled.", AT).unwrap();
    let (doc, _) = doc.approve("energy-pyramid", "Clear model.", AT).unwrap();
    let s = doc.selection("energy-pyramid").unwrap();
    assert_eq!(s.status, SelectionStatus::Approved);
    assert_eq!(s.reflection.as_deref(), Some("Labelled."));
    assert_eq!(s.feedback.as_deref(), Some("Clear model."));
    assert_eq!(s.updated_at.as_deref(), Some(AT));
    valid(&doc);
    assert_eq!(
        doc.unpick("energy-pyramid").unwrap_err().path,
        "selections[2].status"
    );
    assert_eq!(
        doc.pick("energy-pyramid", AT).unwrap_err().path,
        "selections"
    );
    assert_eq!(doc.pick("volcano", AT).unwrap_err().path, "activities");
}

#[test]
fn a_free_choice_idea_waits_for_approval() {
    let doc = board();
    assert_eq!(doc.start("your-idea", AT).unwrap_err().path, "proposals");
    let err = doc.propose("food-web", "Mine", "", AT).unwrap_err();
    assert_eq!(err.path, "activities[0]");
    let (doc, _) = doc
        .return_proposal("your-idea", "Add a script outline.", AT)
        .unwrap();
    let (doc, _) = doc
        .propose("your-idea", "Pond podcast", "With a script.", AT)
        .unwrap();
    assert_eq!(
        doc.proposal("your-idea").unwrap().status,
        ProposalStatus::Proposed
    );
    let (doc, edit) = doc.approve_proposal("your-idea", "Go ahead.", AT).unwrap();
    assert_eq!(
        edit,
        ChoiceEdit::ProposalApproved {
            activity: "your-idea".into()
        }
    );
    let (doc, _) = doc.start("your-idea", AT).unwrap();
    valid(&doc);
    let report = learner_model::choice::evaluate_selections(&doc);
    assert_eq!(
        report.checks[1].status,
        learner_model::choice::RuleStatus::Met
    );
    assert_eq!(
        report.checks[1].guidance,
        learner_model::choice::Guidance::Approval {
            waiting: vec![],
            unproposed: vec![],
        }
    );
}

#[test]
fn teachers_author_the_board_and_stay_valid() {
    let doc = board();
    // A grid's size is its layout's: adding a tenth cell is refused, naming the layout.
    assert_eq!(
        doc.add_activity(Activity::new("x", "Extra"))
            .unwrap_err()
            .path,
        "layout"
    );
    let (doc, edit) = doc
        .set_layout(
            Layout::Grid {
                rows: 2,
                columns: 3,
            },
            new_title,
        )
        .unwrap();
    let removed = ["predator-prey", "ecosystem-comic", "ask-a-ranger"];
    assert_eq!(
        edit,
        ChoiceEdit::LayoutSet {
            removed: removed.iter().map(|s| s.to_string()).collect()
        }
    );
    assert_eq!(doc.activities.len(), 6);
    valid(&doc);
    // A line needs a grid: the rules change first, then the layout.
    assert_eq!(
        doc.set_layout(Layout::List, new_title).unwrap_err().path,
        "rules[0]"
    );
    let (doc, _) = doc.set_rules(vec![Rule::Approval]).unwrap();
    let (doc, _) = doc.set_layout(Layout::List, new_title).unwrap();
    let (doc, _) = doc.add_activity(Activity::new("x", "Extra")).unwrap();
    // A larger grid gets blank cells to fill.
    let (doc, _) = doc
        .set_layout(
            Layout::Grid {
                rows: 3,
                columns: 3,
            },
            new_title,
        )
        .unwrap();
    assert_eq!(doc.activities[7].id, "new-1");
    assert_eq!(doc.activities[8].id, "new-2");
    valid(&doc);
}

#[test]
fn removing_moving_and_setting_rules() {
    let mut doc = board();
    doc.layout = Layout::List;
    doc.rules = vec![
        Rule::Picks {
            min: Some(3),
            max: None,
        },
        Rule::Approval,
    ];
    valid(&doc);
    let (doc, _) = doc.remove_activity("food-web").unwrap();
    assert!(doc.selection("food-web").is_none());
    let (doc, _) = doc.move_activity("ask-a-ranger", 0).unwrap();
    assert_eq!(doc.activities[0].id, "ask-a-ranger");
    assert_eq!(
        doc.move_activity("ask-a-ranger", 99).unwrap_err().path,
        "activities"
    );
    let err = doc.set_rules(vec![Rule::Line { length: 3 }]).unwrap_err();
    assert_eq!(err.path, "rules[0]");
    let (doc, _) = doc
        .update_activity(
            "your-idea",
            Activity {
                free_choice: true,
                ..Activity::new("own", "Your own")
            },
        )
        .unwrap();
    assert_eq!(doc.proposals[0].activity, "own");
    assert_eq!(doc.selections[0].activity, "own");
    let err = doc
        .update_activity("own", Activity::new("ask-a-ranger", "Twin"))
        .unwrap_err();
    assert!(err.path.ends_with(".id"), "{err}");
    valid(&doc);
}

/// The title a new blank cell gets (the widgets give it in the teacher's language).
fn new_title(n: usize) -> String {
    format!("New activity {n}")
}
