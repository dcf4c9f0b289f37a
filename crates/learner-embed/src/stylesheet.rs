//! One constructed stylesheet per widget type, adopted by every instance's shadow root. No `<style>`
//! element and no inline style: the widgets run under a strict Content-Security-Policy. A browser
//! without constructed stylesheets (Safari before 16.4) gets a `<style>` element instead, which a
//! page without a strict policy applies; the widget works either way.

use std::cell::RefCell;

use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, ShadowRoot};

thread_local! {
    static SHEETS: RefCell<Vec<(&'static str, CssStyleSheet)>> = const { RefCell::new(Vec::new()) };
}

/// Adopts the stylesheet made of `parts` into `root`, building it on first use.
pub fn adopt(root: &ShadowRoot, key: &'static str, parts: &[&str]) -> Result<(), JsValue> {
    if adopt_constructed(root, key, parts).is_ok() {
        return Ok(());
    }
    let document = root
        .owner_document()
        .ok_or("the shadow root has no document")?;
    let style = document.create_element("style")?;
    style.set_text_content(Some(&parts.concat()));
    root.append_child(&style)?;
    Ok(())
}

fn adopt_constructed(root: &ShadowRoot, key: &'static str, parts: &[&str]) -> Result<(), JsValue> {
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
