//! A fresh instance of this module, for the loader to ask for when the running one has trapped
//! (a fault in the engine, or a panic that got through): its memory can no longer be trusted.

use wasm_bindgen::prelude::wasm_bindgen;

/// Asks wasm-bindgen's glue for a new instance of this module, made before the next call into
/// it: the loader then starts each of the module's elements again on it. Objects and closures of
/// the old instance throw from then on instead of reaching the new one's memory. Nothing here
/// touches the old instance's memory, so it can be called after a trap.
#[wasm_bindgen(js_name = restartModule)]
pub fn restart_module() {
    wasm_bindgen::handler::schedule_reinit();
}

/// The bytes of this instance's linear memory, which only grows: the loader compares it with
/// what its elements' documents need, to start the module again once a large document is gone.
#[wasm_bindgen(js_name = moduleMemory)]
pub fn module_memory() -> f64 {
    #[cfg(target_arch = "wasm32")]
    let pages = core::arch::wasm32::memory_size(0);
    #[cfg(not(target_arch = "wasm32"))]
    let pages = 0;
    pages as f64 * 65_536.0
}
