//! `exportRecord()` for JavaScript: a learner's record (unsigned Open Badges 3.0 credentials in a
//! CLR 2.0 credential) from the tracker's document. Exported by the `learner-record` module
//! (`crates/embed-record`), which the loader imports only when a record is asked for.

use learner_model::DocumentError;
use learner_model::progress::ProgressDocument;
use learner_model::record::RecordOptions;
use learner_widgets::record::worded_record;
use learner_widgets::{Texts, problem_line};
use wasm_bindgen::JsValue;

use crate::events::{object, thrown_error};

/// Returns `{ clr, credentials }`: the CLR, and the Open Badges credentials it holds (the same
/// objects). `document` is the tracker's document, `options` the host's options as JSON text,
/// `lang` the element's language, and `next_id` a function returning a new `urn:uuid:…` for each
/// credential. Throws an `Error` (English `message`, `code`, `path`, `problems`) whose `said` is
/// the same in `lang`, for the learner.
pub fn record(
    document: &str,
    options: &str,
    lang: &str,
    next_id: &js_sys::Function,
) -> Result<JsValue, JsValue> {
    let texts = Texts::for_lang((!lang.is_empty()).then_some(lang));
    let refused = |error: DocumentError| refusal(&texts, &error);
    let doc = ProgressDocument::from_json(document).map_err(refused)?;
    let options = RecordOptions::from_json(options).map_err(refused)?;
    let mut ids = || {
        next_id
            .call0(&JsValue::NULL)
            .ok()
            .and_then(|id| id.as_string())
            .unwrap_or_default()
    };
    let clr = worded_record(&texts, &doc, &options, &mut ids).map_err(refused)?;
    let text = serde_json::to_string(&clr).unwrap_or_default();
    let clr = js_sys::JSON::parse(&text)?;
    let subject = js_sys::Reflect::get(&clr, &"credentialSubject".into())?;
    let credentials = js_sys::Reflect::get(&subject, &"verifiableCredential".into())?;
    Ok(object(&[("clr", clr), ("credentials", credentials)]))
}

/// The `Error` a refused record throws, with what the learner reads in `said`.
fn refusal(texts: &Texts, error: &DocumentError) -> JsValue {
    let thrown = thrown_error(error);
    let said: Vec<String> = error
        .problems
        .iter()
        .map(|p| problem_line(texts, p))
        .collect();
    let _ = js_sys::Reflect::set(&thrown, &"said".into(), &said.join("\n").into());
    thrown
}
