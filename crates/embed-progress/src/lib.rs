//! The wasm module of `<learner-progress>`: the loader (`learner-widgets.js`) imports it the first
//! time the tag is on the page, or when the page calls `importCase()` (CASE frameworks are
//! progress tracker documents).

use learner_embed::progress_element::{Progress, add_evidence};
use wasm_bindgen::prelude::*;

learner_embed::element!(ProgressElement, Progress);

#[wasm_bindgen]
impl ProgressElement {
    /// `addEvidence(evidence, learnerId)`: see [`add_evidence`].
    #[wasm_bindgen(js_name = addEvidence)]
    pub fn add_evidence(&self, evidence: JsValue, learner_id: Option<String>) -> JsValue {
        add_evidence(&self.0, evidence, learner_id)
    }
}

/// `importCase(text)`: a CASE package becomes a `learner-progress/1` framework (see
/// [`learner_embed::case_import::import_case`]).
#[wasm_bindgen(js_name = importCase)]
pub fn import_case(text: &str) -> Result<JsValue, JsValue> {
    learner_embed::case_import::import_case(text)
}

/// The Error `importCase(object)` rejects with when the object cannot be written as JSON (see
/// [`learner_embed::case_import::case_not_json`]).
#[wasm_bindgen(js_name = caseNotJson)]
pub fn case_not_json(path: &str, kind: &str, fact: &str) -> JsValue {
    learner_embed::case_import::case_not_json(path, kind, fact)
}
