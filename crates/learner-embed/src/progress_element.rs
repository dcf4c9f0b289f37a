//! `<learner-progress>`: a competency-based progress tracker.

use learner_model::DocumentError;
use learner_model::progress::ProgressDocument;
use learner_widgets::progress::{ProgressChange, ProgressWidget};
use learner_widgets::styles::{BASE_CSS, PROGRESS_CSS};
use wasm_bindgen::JsValue;

use crate::element_core::{Kind, element};
use crate::events::object;

pub struct Progress;

impl Kind for Progress {
    type Document = ProgressDocument;
    type Change = ProgressChange;
    type Widget = ProgressWidget;
    const STYLE_KEY: &'static str = "progress";

    fn css() -> Vec<&'static str> {
        vec![BASE_CSS, PROGRESS_CSS]
    }

    fn parse(text: &str) -> Result<ProgressDocument, DocumentError> {
        ProgressDocument::from_json(text)
    }

    fn to_json(document: &ProgressDocument) -> String {
        document.to_json()
    }

    fn apply(change: ProgressChange) -> (ProgressDocument, JsValue) {
        (
            (*change.document).clone(),
            object(&[("type", "edit".into())]),
        )
    }

    fn file_name(document: &ProgressDocument) -> String {
        format!("{} progress", document.learner.name)
    }
}

element!(ProgressElement, Progress);
