//! The profile widget rendered by Yew in a real browser, read back as a person meets it: names,
//! roles and text.
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::rc::Rc;

use learner_model::{DocumentError, ProfileDocument, ProfileInput};
use learner_widgets::profile::{ProfileWidget, ProfileWidgetProps};
use learner_widgets::{LoadState, Mode, Options};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod support;
use support::{mount, settle, texts};
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const ANA: &str = include_str!("../../../www/samples/ana.profile.json");

fn ana() -> LoadState<ProfileInput> {
    LoadState::Ready(Rc::new(ProfileInput::from_json(ANA).unwrap()))
}

async fn render(state: LoadState<ProfileInput>) -> Element {
    render_with(ProfileWidgetProps {
        state,
        options: Options::default(),
        on_change: Default::default(),
        on_export: Default::default(),
    })
    .await
}

async fn render_with(props: ProfileWidgetProps) -> Element {
    let mount = mount();
    yew::Renderer::<ProfileWidget>::with_root_and_props(mount.clone(), props).render();
    settle().await;
    mount
}

#[wasm_bindgen_test]
async fn a_profile_renders_a_named_chart_described_by_its_summary() {
    let root = render(ana()).await;
    let svg = root
        .query_selector("svg[role='group']")
        .unwrap()
        .expect("a chart with role group");
    assert_eq!(
        svg.get_attribute("aria-label").as_deref(),
        Some("Jagged profile of Ana García across 8 dimensions")
    );
    let summary_id = svg.get_attribute("aria-describedby").unwrap();
    let summary = root
        .query_selector(&format!("#{summary_id}"))
        .unwrap()
        .unwrap();
    assert!(
        summary
            .text_content()
            .unwrap()
            .starts_with("Strengths: Visual reasoning (90)")
    );
    assert_eq!(
        root.query_selector_all("circle.radar-point")
            .unwrap()
            .length(),
        8
    );
    assert!(
        root.query_selector("path.radar-band").unwrap().is_some(),
        "ranges are drawn"
    );
}

#[wasm_bindgen_test]
async fn the_table_lists_every_dimension_with_value_and_range() {
    let root = render_with(ProfileWidgetProps {
        state: ana(),
        options: Options {
            view: Some("table".into()),
            ..Options::default()
        },
        on_change: Default::default(),
        on_export: Default::default(),
    })
    .await;
    let labels = texts(&root, "tbody th[scope='row']");
    assert_eq!(labels.len(), 8);
    assert_eq!(labels[0], "Reading comprehension");
    let first_row = texts(&root, "tbody tr:first-child td");
    assert_eq!(
        first_row,
        vec![
            "Academic",
            "86",
            "78–92",
            "",
            "80",
            "A strength. 9 pieces of evidence."
        ]
    );
    let collaboration = texts(&root, "tbody tr:nth-child(7) td");
    assert_eq!(
        collaboration,
        vec!["Social-emotional", "81", "—", "", "", ""]
    );
}

#[wasm_bindgen_test]
async fn a_refused_document_is_explained_in_an_alert_naming_each_field() {
    let error: DocumentError = ProfileDocument::from_json(
        r#"{"schema":"learner-profile/1","learner":{"id":"x","name":"X"},
            "scale":{"min":0,"max":100},
            "dimensions":[{"id":"a","label":"A","value":140},{"id":"a","label":"B","value":5}]}"#,
    )
    .unwrap_err();
    let root = render(LoadState::Failed(Rc::new(error))).await;
    let alert = root
        .query_selector("[role='alert']")
        .unwrap()
        .expect("an alert");
    assert!(alert.text_content().unwrap().contains("can't be shown"));
    assert_eq!(
        texts(&root, "[role='alert'] li"),
        vec![
            "dimensions[0].value: 140 is above the scale maximum 100",
            "dimensions[1].id: \"a\" is used twice",
        ]
    );
    assert!(root.query_selector("svg").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn no_document_yet_says_so_politely() {
    let root = render(LoadState::Empty).await;
    assert_eq!(
        texts(&root, "[role='status']"),
        vec!["No learner profile has been given yet."]
    );
}

#[wasm_bindgen_test]
async fn every_dimension_point_is_focusable_and_speaks_its_label_value_and_range() {
    let root = render(ana()).await;
    let points = root
        .query_selector_all("circle.radar-point[tabindex='0']")
        .unwrap();
    assert_eq!(points.length(), 8);
    let first: Element = points.item(0).unwrap().dyn_into().unwrap();
    assert_eq!(
        first.get_attribute("aria-label").as_deref(),
        Some("Reading comprehension: 86, usually 78–92, your rating 80, a strength")
    );
}

#[wasm_bindgen_test]
async fn the_profile_view_labels_each_group_and_writes_each_value() {
    let root = render_with(ProfileWidgetProps {
        state: ana(),
        options: Options {
            view: Some("profile".into()),
            ..Options::default()
        },
        on_change: Default::default(),
        on_export: Default::default(),
    })
    .await;
    assert_eq!(
        texts(&root, "text.bars-group"),
        vec!["Academic", "Cognitive", "Social-emotional", "Background"]
    );
    assert_eq!(root.query_selector_all("g.bars-row").unwrap().length(), 8);
    assert_eq!(
        root.query_selector_all("line.bars-goal").unwrap().length(),
        2
    );
}

#[wasm_bindgen_test]
async fn self_mode_offers_a_labelled_slider_per_dimension() {
    let root = render_with(ProfileWidgetProps {
        state: ana(),
        options: Options {
            mode: Mode::SelfAssessment,
            ..Options::default()
        },
        on_change: Default::default(),
        on_export: Default::default(),
    })
    .await;
    let sliders = root.query_selector_all("input[type='range']").unwrap();
    assert_eq!(sliders.length(), 8);
    let memory: Element = sliders.item(3).unwrap().dyn_into().unwrap();
    assert_eq!(
        memory.get_attribute("aria-valuetext").as_deref(),
        Some("not rated yet")
    );
    let label = root
        .query_selector(&format!("label[for='{}']", memory.id()))
        .unwrap()
        .unwrap();
    assert_eq!(label.text_content().as_deref(), Some("Working memory"));
}
