//! The wasm module of the printed learning plan. The loader (`learner-widgets.js`) imports it the
//! first time `<learner-progress>`'s `printPlan()` is called (or its "Print my plan" button
//! pressed), adds the words of the element's language, and draws the plan with `renderPlan` into
//! a print-only container; `free()` takes it away after printing. It carries the profile's chart
//! and the progress wording, but no element, no editing and no hydration.

use learner_embed::plan_print::{self, PlanRequest};
use wasm_bindgen::prelude::*;
use web_sys::ShadowRoot;

/// A plan drawn on the page, until `free()`.
#[wasm_bindgen]
pub struct PrintedPlan {
    /// Held for what dropping it does: the plan is taken off the page.
    _drawn: plan_print::PrintedPlan,
}

/// `renderPlan(root, progress, profile, lang, today)`: draws the plan into the shadow root `root`
/// from the documents' JSON text (either may be undefined). Throws `{ reason, message, shown,
/// path, problems }` when a document is not one learner's (see [`plan_print::render_plan`]).
#[wasm_bindgen(js_name = renderPlan)]
pub fn render_plan(
    root: &ShadowRoot,
    progress: Option<String>,
    profile: Option<String>,
    lang: Option<String>,
    today: Option<String>,
) -> Result<PrintedPlan, JsValue> {
    let request = PlanRequest {
        progress,
        profile,
        lang,
        today,
    };
    plan_print::render_plan(root, request).map(|drawn| PrintedPlan { _drawn: drawn })
}
