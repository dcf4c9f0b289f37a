//! The progress widget rendered by Yew in a real browser, read as a learner reads it.
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::rc::Rc;

use learner_model::progress::ProgressInput;
use learner_widgets::progress::{ProgressWidget, ProgressWidgetProps};
use learner_widgets::{LoadState, Options};
use wasm_bindgen_test::*;

mod support;
use support::{mount, settle, texts};
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const ANA: &str = include_str!("../../../www/samples/ana.progress.json");

async fn render(today: Option<&str>) -> Element {
    let mount = mount();
    let props = ProgressWidgetProps {
        state: LoadState::Ready(Rc::new(ProgressInput::from_json(ANA).unwrap())),
        options: Options {
            today: today.map(Into::into),
            ..Options::default()
        },
        on_change: Default::default(),
        on_export: Default::default(),
    };
    yew::Renderer::<ProgressWidget>::with_root_and_props(mount.clone(), props).render();
    settle().await;
    mount
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
