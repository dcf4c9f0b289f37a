//! The element core in a real browser: data in through every door, errors out as events.
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use embed_profile::ProfileElement;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::{CustomEvent, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

wasm_bindgen_test_configure!(run_in_browser);

const ANA: &str = include_str!("../../../www/samples/ana.profile.json");

fn host() -> (HtmlElement, ShadowRoot) {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let root = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .unwrap();
    (host, root)
}

/// Collects the detail of every `learner-error` that reaches the document.
fn errors_at(host: &HtmlElement) -> Rc<RefCell<Vec<JsValue>>> {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let sink = seen.clone();
    let listener = Closure::<dyn FnMut(CustomEvent)>::new(move |event: CustomEvent| {
        sink.borrow_mut().push(event.detail());
    });
    // Listening on the body proves the event bubbles out of the element.
    let body = host.owner_document().unwrap().body().unwrap();
    body.add_event_listener_with_callback("learner-error", listener.as_ref().unchecked_ref())
        .unwrap();
    listener.forget();
    seen
}

/// Sets the learner's own rating of Fractions (the second dimension), as a person would.
fn rate_fractions(root: &ShadowRoot, value: &str) {
    let slider: web_sys::HtmlInputElement = root
        .query_selector("#self-rating-1")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    slider.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    slider
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
}

/// A `changed` hook for tests that do not listen to it.
fn no_listener() -> js_sys::Function {
    js_sys::Function::new_no_args("")
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(10)).await;
}

fn get(value: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(value, &JsValue::from_str(key)).unwrap()
}

#[wasm_bindgen_test]
async fn a_child_json_script_is_rendered_into_the_shadow_root() {
    let (host, root) = host();
    host.set_inner_html(&format!("<script type=\"application/json\">{ANA}</script>"));
    let element = ProfileElement::new(host.clone(), root.clone(), no_listener()).unwrap();
    element.read_markup();
    settle().await;
    let svg = root.query_selector("svg[role='group']").unwrap().unwrap();
    assert_eq!(
        svg.get_attribute("aria-label").as_deref(),
        Some("Jagged profile of Ana García across 8 dimensions")
    );
    let data = element.data();
    assert_eq!(
        get(&get(&data, "learner"), "name").as_string().as_deref(),
        Some("Ana García")
    );
}

#[wasm_bindgen_test]
async fn an_object_property_with_a_bad_field_fires_learner_error_with_its_path() {
    let (host, root) = host();
    let errors = errors_at(&host);
    let element = ProfileElement::new(host.clone(), root.clone(), no_listener()).unwrap();
    let bad = js_sys::JSON::parse(
        r#"{"schema":"learner-profile/1","learner":{"id":"x","name":"X"},
            "scale":{"min":0,"max":100},"dimensions":[{"id":"a","label":"A","value":140}]}"#,
    )
    .unwrap();
    element.set_data(bad);
    settle().await;
    let errors = errors.borrow();
    assert_eq!(errors.len(), 1);
    let detail = &errors[0];
    assert_eq!(
        get(detail, "code").as_string().as_deref(),
        Some("invalid-document")
    );
    assert_eq!(
        get(detail, "path").as_string().as_deref(),
        Some("dimensions[0].value")
    );
    assert_eq!(
        get(detail, "message").as_string().as_deref(),
        Some("dimensions[0].value: 140 is above the scale maximum 100")
    );
    let alert = root.query_selector("[role='alert']").unwrap().unwrap();
    assert!(
        alert
            .text_content()
            .unwrap()
            .contains("140 is above the scale maximum 100")
    );
    assert!(
        element.data().is_null(),
        "a refused document is never handed back as data"
    );
}

#[wasm_bindgen_test]
async fn the_attribute_is_read_and_a_fix_replaces_the_error() {
    let (host, root) = host();
    host.set_attribute("data", "{ not json").unwrap();
    let element = ProfileElement::new(host.clone(), root.clone(), no_listener()).unwrap();
    element.read_markup();
    settle().await;
    assert!(
        root.query_selector("[role='alert']")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
            .contains("not valid JSON")
    );
    host.set_attribute("data", ANA).unwrap();
    element.read_markup();
    settle().await;
    assert!(root.query_selector("[role='alert']").unwrap().is_none());
    assert_eq!(
        root.query_selector_all("circle.radar-point")
            .unwrap()
            .length(),
        8
    );
}

#[wasm_bindgen_test]
async fn freeing_the_core_empties_the_shadow_root() {
    let (host, root) = host();
    let element = ProfileElement::new(host.clone(), root.clone(), no_listener()).unwrap();
    element.set_data(JsValue::from_str(ANA));
    settle().await;
    assert!(root.query_selector("svg").unwrap().is_some());
    drop(element);
    settle().await;
    assert_eq!(root.child_element_count(), 0);
}

/// Collects the detail of every `learner-change` that reaches the document.
fn changes_at(host: &HtmlElement) -> Rc<RefCell<Vec<JsValue>>> {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let sink = seen.clone();
    let listener = Closure::<dyn FnMut(CustomEvent)>::new(move |event: CustomEvent| {
        sink.borrow_mut().push(event.detail());
    });
    let body = host.owner_document().unwrap().body().unwrap();
    body.add_event_listener_with_callback("learner-change", listener.as_ref().unchecked_ref())
        .unwrap();
    listener.forget();
    seen
}

#[wasm_bindgen_test]
async fn a_self_rating_fires_learner_change_with_the_new_document() {
    let (host, root) = host();
    host.set_attribute("mode", "self").unwrap();
    let changes = changes_at(&host);
    let element = ProfileElement::new(host.clone(), root.clone(), no_listener()).unwrap();
    element.set_data(JsValue::from_str(ANA));
    settle().await;
    assert!(
        changes.borrow().is_empty(),
        "host-set data fires no learner-change"
    );

    rate_fractions(&root, "45");
    settle().await;

    let changes = changes.borrow();
    assert_eq!(changes.len(), 1);
    let change = get(&changes[0], "change");
    assert_eq!(
        get(&change, "type").as_string().as_deref(),
        Some("self-rating")
    );
    assert_eq!(
        get(&change, "dimension").as_string().as_deref(),
        Some("fractions")
    );
    assert_eq!(get(&change, "value").as_f64(), Some(45.0));
    assert_eq!(get(&change, "previous").as_f64(), Some(30.0));
    let dimensions = get(&get(&changes[0], "document"), "dimensions");
    let fractions = js_sys::Reflect::get_u32(&dimensions, 1).unwrap();
    assert_eq!(get(&fractions, "selfRating").as_f64(), Some(45.0));
    let data_dims = get(&element.data(), "dimensions");
    let kept = js_sys::Reflect::get_u32(&data_dims, 1).unwrap();
    assert_eq!(
        get(&kept, "selfRating").as_f64(),
        Some(45.0),
        "the element keeps the edit"
    );
}

#[wasm_bindgen_test]
async fn an_edit_is_told_to_the_element_even_when_the_page_replaced_custom_event() {
    let (host, root) = host();
    host.set_attribute("mode", "self").unwrap();
    let changed =
        js_sys::Function::new_no_args("globalThis.__edits = (globalThis.__edits ?? 0) + 1");
    let element = ProfileElement::new(host.clone(), root.clone(), changed).unwrap();
    element.set_data(JsValue::from_str(ANA));
    settle().await;
    // Another script on the page breaks the events the widget fires.
    let window = web_sys::window().unwrap();
    let original = get(&window, "CustomEvent");
    js_sys::Reflect::set(
        &window,
        &"CustomEvent".into(),
        &js_sys::Function::new_no_args("throw new Error('replaced')"),
    )
    .unwrap();
    rate_fractions(&root, "45");
    settle().await;
    js_sys::Reflect::set(&window, &"CustomEvent".into(), &original).unwrap();

    assert_eq!(get(&window, "__edits").as_f64(), Some(1.0));
    // The text storage keeps is serde's, with the edit in it.
    let json = element.json().unwrap();
    assert!(json.contains("\"selfRating\":45"), "{json}");
}

#[wasm_bindgen_test]
async fn a_document_the_page_could_not_write_as_json_is_refused_with_its_path() {
    let (host, root) = host();
    let errors = errors_at(&host);
    let element = ProfileElement::new(host.clone(), root.clone(), no_listener()).unwrap();
    // The loader's JSON writer found a BigInt there: a fact the module words.
    element.refuse("dimensions[1].value", "bigint", "38");
    settle().await;
    let alert = root.query_selector("[role=alert]").unwrap().unwrap();
    let text = alert.text_content().unwrap_or_default();
    assert!(
        text.contains("dimensions[1].value: 38n is a BigInt, which JSON cannot hold"),
        "{text}"
    );
    assert!(element.json().is_none());
    let errors = errors.borrow();
    let last = errors.last().unwrap();
    assert_eq!(
        get(last, "code").as_string().as_deref(),
        Some("invalid-json")
    );
    assert_eq!(
        get(last, "path").as_string().as_deref(),
        Some("dimensions[1].value")
    );
}

#[wasm_bindgen_test]
async fn the_view_option_switches_what_is_drawn() {
    let (host, root) = host();
    let element = ProfileElement::new(host.clone(), root.clone(), no_listener()).unwrap();
    element.set_data(JsValue::from_str(ANA));
    settle().await;
    assert!(
        root.query_selector("svg circle.radar-point")
            .unwrap()
            .is_some()
    );
    element.set_option("view", Some(String::from("table")));
    settle().await;
    assert!(root.query_selector("svg.profile-chart").unwrap().is_none());
    assert_eq!(root.query_selector_all("tbody tr").unwrap().length(), 8);
    element.set_option("view", Some(String::from("profile")));
    settle().await;
    assert_eq!(root.query_selector_all("g.bars-row").unwrap().length(), 8);
}

#[wasm_bindgen_test]
async fn a_listener_may_give_new_data_from_inside_its_event() {
    let (host, root) = host();
    // The host answers a refused document by giving a good one, from inside the event.
    let fixer = Closure::<dyn FnMut(CustomEvent)>::new(move |event: CustomEvent| {
        let target: HtmlElement = event.target().unwrap().dyn_into().unwrap();
        let core = js_sys::Reflect::get(&target, &JsValue::from_str("__core")).unwrap();
        let set = js_sys::Reflect::get(&core, &JsValue::from_str("setData")).unwrap();
        let set: js_sys::Function = set.dyn_into().unwrap();
        set.call1(&core, &JsValue::from_str(ANA)).unwrap();
    });
    host.add_event_listener_with_callback("learner-error", fixer.as_ref().unchecked_ref())
        .unwrap();
    fixer.forget();
    let element = ProfileElement::new(host.clone(), root.clone(), no_listener()).unwrap();
    let element = JsValue::from(element);
    js_sys::Reflect::set(&host, &JsValue::from_str("__core"), &element).unwrap();
    let set: js_sys::Function = js_sys::Reflect::get(&element, &JsValue::from_str("setData"))
        .unwrap()
        .dyn_into()
        .unwrap();
    set.call1(&element, &JsValue::from_str("{ broken")).unwrap();
    settle().await;
    assert!(
        root.query_selector("[role='alert']").unwrap().is_none(),
        "the fix was applied"
    );
    assert_eq!(
        root.query_selector_all("circle.radar-point")
            .unwrap()
            .length(),
        8
    );
}
