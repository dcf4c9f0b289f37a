#![cfg(target_arch = "wasm32")]
#![allow(dead_code, clippy::unwrap_used)]
//! What the browser tests of the widgets share: a place to render, time for Yew to render, and the
//! text a person would read.

use std::time::Duration;

use web_sys::Element;

/// A fresh element in the page's body to mount a widget into.
pub fn mount() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let mount = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&mount).unwrap();
    mount
}

/// Lets Yew's scheduler render.
pub async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(10)).await;
}

/// The trimmed text of every element `selector` matches under `root`.
pub fn texts(root: &Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .map(|i| {
            nodes
                .item(i)
                .unwrap()
                .text_content()
                .unwrap_or_default()
                .trim()
                .to_string()
        })
        .collect()
}
