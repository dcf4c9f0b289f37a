//! The elements' own notices (storage trouble, the data bar) come from the same locale tables as
//! the widgets, so a Spanish page hears them in Spanish.

use learner_widgets::Texts;
use wasm_bindgen::prelude::*;

/// The text of `key` in `lang` (the element's resolved language; empty for English), with the one
/// placeholder `{name}` filled with `value` when given.
#[wasm_bindgen]
pub fn text(lang: &str, key: &str, name: Option<String>, value: Option<String>) -> String {
    let texts = Texts::for_lang((!lang.is_empty()).then_some(lang));
    match (name, value) {
        (Some(name), Some(value)) => texts.f(key, &[(name.as_str(), value.as_str())]),
        _ => texts.t(key).to_string(),
    }
}
