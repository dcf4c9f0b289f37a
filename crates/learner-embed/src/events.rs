//! The DOM events the elements fire. All bubble and are composed, so they cross shadow roots.

use learner_model::DocumentError;
use learner_widgets::{Texts, english_problem, problem_words};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

/// Fires `learner-error` with detail `{ code, message, path, problems: [{ path, message }] }`.
/// `message` and `path` are those of the first problem; `problems` lists all of them. The
/// messages are in English, from the English table: they are for the integrator, whatever the
/// page's language (the element's own view says them in the page's language).
pub fn fire_error(host: &HtmlElement, error: &DocumentError) {
    dispatch(host, "learner-error", &error_detail(error));
}

/// The `learner-error` detail for a refused document.
pub fn error_detail(error: &DocumentError) -> JsValue {
    let detail = js_sys::Object::new();
    let first = error.first();
    set(&detail, "code", &JsValue::from_str(error.code.as_str()));
    set(
        &detail,
        "message",
        &JsValue::from_str(&first.map(english_problem).unwrap_or_default()),
    );
    set(
        &detail,
        "path",
        &JsValue::from_str(first.map_or("", |p| p.path.as_str())),
    );
    set(&detail, "problems", &problems_array(error));
    detail.into()
}

/// Every problem as `{ path, message }`.
pub fn problems_array(error: &DocumentError) -> JsValue {
    let problems = js_sys::Array::new();
    let english = Texts::default();
    for problem in &error.problems {
        problems.push(&object(&[
            ("path", problem.path.as_str().into()),
            ("message", problem_words(&english, problem).into()),
        ]));
    }
    problems.into()
}

/// An `Error` in English whose `code`, `path` and `problems` name what is wrong: what a method
/// such as `importCase()` or `exportRecord()` rejects with.
pub fn thrown_error(error: &DocumentError) -> JsValue {
    let thrown = js_sys::Error::new(&learner_widgets::english_error(error));
    let first = error.first();
    let path = first.map_or("", |p| p.path.as_str());
    set(&thrown, "code", &error.code.as_str().into());
    set(&thrown, "path", &path.into());
    set(&thrown, "problems", &problems_array(error));
    thrown.into()
}

/// Fires `learner-change` with detail `{ document, change }` after a learner's edit; `change`
/// describes the edit (its shape is documented per element).
pub fn fire_change(host: &HtmlElement, document_json: &str, change: &JsValue) {
    let detail = object(&[
        (
            "document",
            js_sys::JSON::parse(document_json).unwrap_or(JsValue::NULL),
        ),
        ("change", change.clone()),
    ]);
    dispatch(host, "learner-change", &detail);
}

/// A plain object with these properties.
pub fn object(entries: &[(&str, JsValue)]) -> JsValue {
    let target = js_sys::Object::new();
    for (key, value) in entries {
        set(&target, key, value);
    }
    target.into()
}

/// A `learner-error` detail for a failure that names no field.
pub fn failure_detail(code: &str, message: &str) -> JsValue {
    object(&[
        ("code", code.into()),
        ("message", message.into()),
        ("path", "".into()),
        ("problems", js_sys::Array::new().into()),
    ])
}

/// Asks the element's JS to download the chart: `learner-export-request`, internal, not bubbling.
pub fn request_export(host: &HtmlElement, format: &str, name: &str) {
    let init = CustomEventInit::new();
    init.set_detail(&object(&[("format", format.into()), ("name", name.into())]));
    if let Ok(event) = CustomEvent::new_with_event_init_dict("learner-export-request", &init) {
        let _ = host.dispatch_event(&event);
    }
}

fn set(target: &js_sys::Object, key: &str, value: &JsValue) {
    // Setting a property on a fresh plain object cannot fail.
    let _ = js_sys::Reflect::set(target, &JsValue::from_str(key), value);
}

fn dispatch(host: &HtmlElement, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        // A listener that throws must not stop the widget.
        let _ = host.dispatch_event(&event);
    }
}
