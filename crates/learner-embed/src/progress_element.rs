//! `<learner-progress>`: a competency-based progress tracker.

use learner_model::DocumentError;
use learner_model::progress::{GoalStatus, ProgressEdit, ProgressInput};
use learner_widgets::progress::{ProgressChange, ProgressWidget};
use learner_widgets::styles::{BASE_CSS, PROGRESS_CSS};
use wasm_bindgen::JsValue;

use crate::data_source;
use crate::element_core::{Core, Kind};
use crate::events::{self, object};

pub struct Progress;

impl Kind for Progress {
    type Document = ProgressInput;
    type Change = ProgressChange;
    type Widget = ProgressWidget;
    const STYLE_KEY: &'static str = "progress";

    fn css() -> Vec<&'static str> {
        vec![BASE_CSS, PROGRESS_CSS]
    }

    fn parse(text: &str) -> Result<ProgressInput, DocumentError> {
        ProgressInput::from_json(text)
    }

    fn to_json(input: &ProgressInput) -> String {
        input.to_json()
    }

    /// `{ type: "evidence-added", competency, score, date, source, note, masteredNow }`,
    /// `{ type: "override", competency, level, reason, masteredNow }`,
    /// `{ type: "goal-set", goal, text, targetDate, competencies }` or
    /// `{ type: "goal-status", goal, text, status }` (`goal` is the index in `goals`).
    fn apply(change: ProgressChange) -> (ProgressInput, JsValue) {
        let detail = match &change.edit {
            ProgressEdit::EvidenceAdded {
                evidence,
                mastered_now,
            } => object(&[
                ("type", "evidence-added".into()),
                ("competency", evidence.competency.as_str().into()),
                ("score", JsValue::from_f64(evidence.score)),
                ("date", evidence.date.as_str().into()),
                ("source", evidence.source.as_str().into()),
                (
                    "note",
                    evidence
                        .note
                        .as_deref()
                        .map_or(JsValue::NULL, JsValue::from_str),
                ),
                ("masteredNow", JsValue::from_bool(*mastered_now)),
            ]),
            ProgressEdit::Overridden {
                competency,
                level,
                reason,
                mastered_now,
            } => object(&[
                ("type", "override".into()),
                ("competency", competency.as_str().into()),
                ("level", JsValue::from_f64(*level)),
                ("reason", reason.as_str().into()),
                ("masteredNow", JsValue::from_bool(*mastered_now)),
            ]),
            ProgressEdit::GoalSet { index, goal } => object(&[
                ("type", "goal-set".into()),
                ("goal", JsValue::from_f64(*index as f64)),
                ("text", goal.text.as_str().into()),
                (
                    "targetDate",
                    goal.target_date
                        .as_deref()
                        .map_or(JsValue::NULL, JsValue::from_str),
                ),
                (
                    "competencies",
                    goal.competencies
                        .iter()
                        .map(|c| JsValue::from_str(c))
                        .collect::<js_sys::Array>()
                        .into(),
                ),
            ]),
            ProgressEdit::GoalStatusSet { index, status } => object(&[
                ("type", "goal-status".into()),
                ("goal", JsValue::from_f64(*index as f64)),
                (
                    "text",
                    change
                        .document
                        .goals
                        .get(*index)
                        .map_or(JsValue::NULL, |g| JsValue::from_str(&g.text)),
                ),
                (
                    "status",
                    match status {
                        GoalStatus::Active => "active",
                        GoalStatus::Met => "met",
                        GoalStatus::Dropped => "dropped",
                    }
                    .into(),
                ),
            ]),
        };
        (ProgressInput::Learner(change.document), detail)
    }

    fn file_name(input: &ProgressInput) -> String {
        match input {
            ProgressInput::Learner(doc) => format!("{} progress", doc.learner.name),
            ProgressInput::Class(class) => format!("{} progress", class.title),
        }
    }
}

/// `addEvidence(evidence, learnerId)`: one more evidence entry (an object or its JSON text), for
/// the learner `learnerId` of a class (optional for one learner's document). Null when shown, else
/// the `learner-error` detail; the element's script fires it and throws. Only that learner's part
/// is read, checked and drawn again, not the whole class.
pub fn add_evidence(
    core: &Core<Progress>,
    evidence: JsValue,
    learner_id: Option<String>,
) -> JsValue {
    let Some(text) = data_source::text_from_property(&evidence) else {
        return events::failure_detail("invalid-shape", "evidence: no evidence was given");
    };
    core.update(|input| input.with_evidence(learner_id.as_deref(), &text))
}
