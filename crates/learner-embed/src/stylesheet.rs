//! One constructed stylesheet per widget type, adopted by every instance's shadow root. No `<style>`
//! element and no inline style: the widgets run under a strict Content-Security-Policy.

use std::cell::RefCell;

use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, ShadowRoot};

thread_local! {
    static SHEETS: RefCell<Vec<(&'static str, CssStyleSheet)>> = const { RefCell::new(Vec::new()) };
}

/// Adopts the stylesheet made of `parts` into `root`, building it on first use.
pub fn adopt(root: &ShadowRoot, key: &'static str, parts: &[&str]) -> Result<(), JsValue> {
    let sheet = SHEETS.with(|sheets| -> Result<CssStyleSheet, JsValue> {
        let mut sheets = sheets.borrow_mut();
        if let Some((_, sheet)) = sheets.iter().find(|(k, _)| *k == key) {
            return Ok(sheet.clone());
        }
        let sheet = CssStyleSheet::new()?;
        sheet.replace_sync(&parts.concat())?;
        sheets.push((key, sheet.clone()));
        Ok(sheet)
    })?;
    let list = js_sys::Array::of1(&sheet);
    js_sys::Reflect::set(root, &JsValue::from_str("adoptedStyleSheets"), &list)?;
    Ok(())
}
