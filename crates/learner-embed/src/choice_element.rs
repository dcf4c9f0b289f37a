//! `<learner-choice-board>`: a choice board with live rule checking, approvals and reflection.

use learner_model::DocumentError;
use learner_model::choice::{ChoiceBoardDocument, ChoiceEdit};
use learner_widgets::choice_board::{ChoiceBoardWidget, ChoiceChange};
use learner_widgets::styles::{BASE_CSS, CHOICE_CSS, PROGRESS_CSS};
use wasm_bindgen::JsValue;

use crate::element_core::Kind;
use crate::events::object;

pub struct ChoiceBoard;

impl Kind for ChoiceBoard {
    type Document = ChoiceBoardDocument;
    type Change = ChoiceChange;
    type Widget = ChoiceBoardWidget;
    const STYLE_KEY: &'static str = "choice-board";

    fn css() -> Vec<&'static str> {
        // The teacher's forms share the progress tracker's styles.
        vec![BASE_CSS, PROGRESS_CSS, CHOICE_CSS]
    }

    fn parse(text: &str) -> Result<ChoiceBoardDocument, DocumentError> {
        ChoiceBoardDocument::from_json(text)
    }

    fn to_json(document: &ChoiceBoardDocument) -> String {
        document.to_json()
    }

    /// `{ type, activity, complete }`: `type` is `picked`, `unpicked`, `started`, `submitted`,
    /// `approved`, `returned`, `proposed`, `proposal-approved`, `proposal-returned`,
    /// `activity-added`, `activity-updated`, `activity-removed` or `activity-moved` (with `to`);
    /// `rules-set` and `layout-set` have no activity. `complete` says whether the picks now meet
    /// every rule.
    fn apply(change: ChoiceChange) -> (ChoiceBoardDocument, JsValue) {
        let (kind, activity, to) = match &change.edit {
            ChoiceEdit::Picked { activity } => ("picked", Some(activity), None),
            ChoiceEdit::Unpicked { activity } => ("unpicked", Some(activity), None),
            ChoiceEdit::Started { activity } => ("started", Some(activity), None),
            ChoiceEdit::Submitted { activity } => ("submitted", Some(activity), None),
            ChoiceEdit::Approved { activity } => ("approved", Some(activity), None),
            ChoiceEdit::Returned { activity } => ("returned", Some(activity), None),
            ChoiceEdit::Proposed { activity } => ("proposed", Some(activity), None),
            ChoiceEdit::ProposalApproved { activity } => {
                ("proposal-approved", Some(activity), None)
            }
            ChoiceEdit::ProposalReturned { activity } => {
                ("proposal-returned", Some(activity), None)
            }
            ChoiceEdit::ActivityAdded { activity } => ("activity-added", Some(activity), None),
            ChoiceEdit::ActivityUpdated { activity } => ("activity-updated", Some(activity), None),
            ChoiceEdit::ActivityRemoved { activity } => ("activity-removed", Some(activity), None),
            ChoiceEdit::ActivityMoved { activity, to } => {
                ("activity-moved", Some(activity), Some(*to))
            }
            ChoiceEdit::RulesSet => ("rules-set", None, None),
            ChoiceEdit::LayoutSet { .. } => ("layout-set", None, None),
        };
        let mut fields = vec![
            ("type", JsValue::from_str(kind)),
            (
                "activity",
                activity.map_or(JsValue::NULL, |a| JsValue::from_str(a)),
            ),
            ("complete", JsValue::from_bool(change.complete)),
        ];
        if let Some(to) = to {
            fields.push(("to", JsValue::from_f64(to as f64)));
        }
        ((*change.document).clone(), object(&fields))
    }

    fn file_name(document: &ChoiceBoardDocument) -> String {
        match &document.learner {
            Some(learner) => format!("{} {}", learner.name, document.title),
            None => document.title.clone(),
        }
    }
}
