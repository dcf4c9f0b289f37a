//! The width an element is shown at, kept up to date as it changes: the radar lays itself out in
//! CSS pixels at that width, so its labels keep their size on a phone instead of shrinking with
//! the drawing.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{ResizeObserver, ResizeObserverEntry};
use yew::prelude::*;

/// The content width of the element `node` refers to, in whole CSS px; `None` until it has been
/// measured, and in a browser without `ResizeObserver`.
#[hook]
pub fn use_observed_width(node: &NodeRef) -> Option<f64> {
    let width = use_state_eq(|| None::<f64>);
    {
        let width = width.clone();
        use_effect_with(node.clone(), move |node| {
            let on_resize =
                Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                    if let Ok(entry) = entries.get(0).dyn_into::<ResizeObserverEntry>() {
                        // Whole pixels: a sub-pixel change does not lay the chart out again.
                        width.set(Some(entry.content_rect().width().round()));
                    }
                });
            let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
            if let (Some(observer), Some(element)) = (&observer, node.cast::<web_sys::Element>()) {
                observer.observe(&element);
            }
            move || {
                if let Some(observer) = observer {
                    observer.disconnect();
                }
                drop(on_resize);
            }
        });
    }
    *width
}
