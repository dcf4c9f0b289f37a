//! The `learner-record` wasm module: a learner's record in the standards other schools read
//! (unsigned Open Badges 3.0 credentials in a CLR 2.0 credential). The loader
//! (`learner-widgets.js`) imports it only when `exportRecord()` is called or a learner presses
//! "Download my record", so a page that never asks downloads none of it.

use wasm_bindgen::prelude::*;

/// `record(document, options, lang, nextId)`: see [`learner_embed::record_export::record`].
#[wasm_bindgen]
pub fn record(
    document: &str,
    options: &str,
    lang: &str,
    next_id: &js_sys::Function,
) -> Result<JsValue, JsValue> {
    learner_embed::record_export::record(document, options, lang, next_id)
}

/// The Error `exportRecord(options)` rejects with when the loader cannot write the options as
/// JSON (a cycle, a BigInt, a getter that throws; see [`learner_embed::unwritable`]).
#[wasm_bindgen(js_name = notJson)]
pub fn not_json(path: &str, kind: &str, fact: &str) -> JsValue {
    learner_embed::events::thrown_error(&learner_embed::unwritable::unwritable(path, kind, fact))
}
