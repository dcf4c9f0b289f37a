//! `importCase(text)` for JavaScript: a CASE package becomes a `learner-progress/1` framework.

use learner_model::case::import_case as import;
use learner_widgets::{Texts, english_problem};
use wasm_bindgen::JsValue;

use crate::events::{object, thrown_error as thrown};
use crate::unwritable::unwritable;

/// Returns `{ framework, notes }`: the framework object for a `learner-progress/1` document and
/// notes on what was skipped, in English (they are for the integrator), as are the names of an
/// untitled framework and exemplar. Throws an `Error` whose `code`, `path` and `problems` name what is
/// wrong with a malformed package. Exported by `<learner-progress>`'s module (`crates/embed-progress`).
pub fn import_case(text: &str) -> Result<JsValue, JsValue> {
    match import(text) {
        Ok(result) => {
            // In English, as the notes are: the framework is the integrator's to rename.
            let english = Texts::default();
            let result = result.named(
                english.t("progress.case.untitled"),
                english.t("progress.case.exemplar"),
            );
            let framework = serde_json::to_string(&result.framework).unwrap_or_default();
            let notes = js_sys::Array::new();
            for note in &result.notes {
                notes.push(&JsValue::from_str(&english_problem(note)));
            }
            Ok(object(&[
                (
                    "framework",
                    js_sys::JSON::parse(&framework).unwrap_or(JsValue::NULL),
                ),
                ("notes", notes.into()),
            ]))
        }
        Err(error) => Err(thrown(&error)),
    }
}

/// The Error `importCase(object)` rejects with when the loader cannot write the object as JSON
/// (see [`unwritable`]).
pub fn case_not_json(path: &str, kind: &str, fact: &str) -> JsValue {
    thrown(&unwritable(path, kind, fact))
}
