//! The elements' own notices (storage trouble, the data bar) come from the same locale tables as
//! the widgets, so a Spanish page hears them in Spanish.

use learner_widgets::{Texts, add_language};
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

/// Adds the words of language `lang` (`es`) from this module's words file
/// (`<module>.<lang>.txt`), which the loader fetches for an element in that language before it
/// is drawn. False when the language was already added or its code is malformed.
#[wasm_bindgen(js_name = addWords)]
pub fn add_words(lang: &str, words: &str) -> bool {
    add_language(lang, words)
}
