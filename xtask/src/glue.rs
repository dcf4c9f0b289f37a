//! One change to the JavaScript glue wasm-bindgen writes: how a text from the page is copied into
//! wasm memory.
//!
//! wasm-bindgen's `passStringToWasm0` copies a string's leading ASCII one character at a time in
//! a JavaScript loop, and hands only what follows the first other character to the engine's
//! `TextEncoder.encodeInto`. For a class of 10 MB given as text (the integrator guide's way) that
//! loop took 41–58 ms on fresh pages, `encodeInto` of the same text 21–33 ms (docs/architecture.md,
//! "The class heatmap's first render"). So the glue asks `encodeInto` for the whole text at once,
//! into the same first allocation, and only grows it for what is not ASCII, as before.

/// wasm-bindgen's loop and the start of its fallback, as its glue writes them (the version in
/// Cargo.lock; the build fails if a new one writes them otherwise).
const LOOP: &str = "    const mem = getUint8ArrayMemory0();

    let offset = 0;

    for (; offset < len; offset++) {
        const code = arg.charCodeAt(offset);
        if (code > 0x7F) break;
        mem[ptr + offset] = code;
    }
    if (offset !== len) {
        if (offset !== 0) {
            arg = arg.slice(offset);
        }
";

/// The same, by the engine: `encodeInto` fills the `len` bytes allocated, stops before the first
/// character that does not fit, and says how many characters it read and bytes it wrote; what is
/// left goes through wasm-bindgen's own fallback (at most 3 bytes a UTF-16 unit).
const ENCODE_INTO: &str = "    // learner-widgets (xtask/src/glue.rs): the whole text by the engine's encoder, not a loop.
    const head = cachedTextEncoder.encodeInto(arg, getUint8ArrayMemory0().subarray(ptr, ptr + len));
    let offset = head.written;
    if (head.read !== len) {
        arg = arg.slice(head.read);
";

/// The glue with its string copy done by `encodeInto`.
pub fn with_text_by_encoder(glue: &str, file: &str) -> Result<String, String> {
    match glue.matches(LOOP).count() {
        1 => Ok(glue.replacen(LOOP, ENCODE_INTO, 1)),
        found => Err(format!(
            "{file}: wasm-bindgen's string copy was expected once, found {found} times: a new \
             wasm-bindgen writes its glue otherwise; update xtask/src/glue.rs"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loop_is_replaced_once_and_a_glue_without_it_is_refused() {
        let glue = format!("function passStringToWasm0(arg, malloc, realloc) {{\n{LOOP}    }}\n}}");
        let changed = with_text_by_encoder(&glue, "a.js").unwrap();
        assert!(changed.contains("cachedTextEncoder.encodeInto(arg, getUint8ArrayMemory0()"));
        assert!(!changed.contains("charCodeAt"));
        let refused = with_text_by_encoder("function other() {}", "b.js").unwrap_err();
        assert!(refused.contains("b.js"), "{refused}");
    }
}
