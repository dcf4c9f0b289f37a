//! A number a person typed or chose in a form control, read by the browser's own `Number()` (JavaScript's unary `+`).
//!
//! Rust's `str::parse::<f64>` links core's exact decimal-to-float tables (about 11 KB of wasm
//! that gzip cannot shrink) into every module that calls it; the browser already has a parser.

/// The number in `text` (surrounding spaces ignored), or `None` when it is empty, not a number,
/// or not finite.
pub fn number_from_text(text: &str) -> Option<f64> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    // The unary `+` of JavaScript, which is what `Number(text)` does.
    let value = wasm_bindgen::JsValue::from_str(text).unchecked_into_f64();
    value.is_finite().then_some(value)
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use super::*;
    use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

    // The library's only wasm test: run it in the browser with the component tests.
    wasm_bindgen_test_configure!(run_in_browser);

    #[wasm_bindgen_test]
    fn numbers_as_people_type_them() {
        assert_eq!(number_from_text(" 42 "), Some(42.0));
        assert_eq!(number_from_text("2.5"), Some(2.5));
        assert_eq!(number_from_text("-0.25"), Some(-0.25));
        assert_eq!(number_from_text(""), None);
        assert_eq!(number_from_text("   "), None);
        assert_eq!(number_from_text("twelve"), None);
        assert_eq!(number_from_text("12abc"), None);
        assert_eq!(number_from_text("Infinity"), None);
    }
}
