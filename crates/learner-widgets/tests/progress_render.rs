//! The progress widget rendered by Yew in a real browser, read as a learner reads it.
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::rc::Rc;
use std::time::Duration;

use learner_model::progress::ProgressDocument;
use learner_widgets::progress::{ProgressWidget, ProgressWidgetProps};
use learner_widgets::{LoadState, Options};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const ANA: &str = include_str!("../../../www/samples/ana.progress.json");

async fn render(today: Option<&str>) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let mount = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&mount).unwrap();
    let props = ProgressWidgetProps {
        state: LoadState::Ready(Rc::new(ProgressDocument::from_json(ANA).unwrap())),
        options: Options {
            today: today.map(Into::into),
            ..Options::default()
        },
        on_change: Default::default(),
        on_export: Default::default(),
    };
    yew::Renderer::<ProgressWidget>::with_root_and_props(mount.clone(), props).render();
    yew::platform::time::sleep(Duration::from_millis(10)).await;
    mount
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
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

#[wasm_bindgen_test]
async fn every_leaf_competency_has_a_status_in_words_and_an_explanation() {
    let root = render(Some("2026-11-23")).await;
    assert_eq!(
        texts(&root, "li.competency .status"),
        vec![
            "● Mastered",
            "◐ In progress",
            "◐ In progress",
            "○ Not started",
            "○ Not started"
        ]
    );
    assert_eq!(
        root.query_selector_all("li.competency details")
            .unwrap()
            .length(),
        5
    );
    let first = root.query_selector("li.competency").unwrap().unwrap();
    let steps = texts(&first, ".competency-steps li");
    assert_eq!(
        steps.first().map(String::as_str),
        Some("Decaying average: each new score counts 65%, everything before it 35%.")
    );
    assert_eq!(steps.last().map(String::as_str), Some("Mastered."));
}

#[wasm_bindgen_test]
async fn pace_shows_only_when_today_is_known() {
    let with = render(Some("2026-11-23")).await;
    assert_eq!(texts(&with, ".pace-badge"), vec!["Behind"]);
    let without = render(None).await;
    assert!(without.query_selector(".progress-pace").unwrap().is_none());
}
