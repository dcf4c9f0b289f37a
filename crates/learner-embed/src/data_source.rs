//! Where an element's document comes from: the `data` property, the `data` attribute, or a child
//! `<script type="application/json">`. The most recently given one wins.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;

/// The document as JSON text, or `None` when the element was given nothing.
pub fn text_from_property(value: &JsValue) -> Option<String> {
    if value.is_null() || value.is_undefined() {
        return None;
    }
    if let Some(text) = value.as_string() {
        return Some(text);
    }
    // An object: serde reads the same text path as the attribute, so errors name fields alike.
    // Values JSON cannot hold (a cycle, a BigInt) come back as text that fails to parse.
    match js_sys::JSON::stringify(value) {
        Ok(text) => text.as_string(),
        Err(_) => Some(String::from("<a value that cannot be written as JSON>")),
    }
}

/// The text of the `data` attribute, or else of the first child JSON script.
pub fn text_from_markup(host: &HtmlElement) -> Option<String> {
    if let Some(text) = host.get_attribute("data") {
        return Some(text);
    }
    text_from_script(host)
}

/// The text of the element's first child JSON script: where a server-rendered element carries
/// the document it was rendered from.
pub fn text_from_script(host: &HtmlElement) -> Option<String> {
    let script = host
        .query_selector(":scope > script[type='application/json']")
        .ok()??;
    let script: HtmlElement = script.dyn_into().ok()?;
    script.text_content()
}
