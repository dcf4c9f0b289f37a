//! What every learner element does, whatever its widget: read the data from the property, the
//! attribute or a child script; keep the element's options; mount the Yew app into the shadow root;
//! turn the learner's changes into `learner-change`, refused data into `learner-error`, and export
//! requests into downloads. Each element supplies a [`Kind`]; [`element!`] exports it to JS.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use learner_model::DocumentError;
use learner_widgets::{ExportFormat, LoadState, Mode, Options, WidgetProps};
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot};
use yew::{AppHandle, AttrValue, BaseComponent, Callback};

use crate::unwritable::unwritable;
use crate::{data_source, events, hydration, stylesheet};

/// What differs between the learner elements.
pub trait Kind: 'static {
    /// The document the widget shows.
    type Document: 'static;
    /// A learner's edit, as the widget reports it.
    type Change: 'static;
    type Widget: BaseComponent<Properties = WidgetProps<Self::Document, Self::Change>>;
    /// Names the shared constructed stylesheet.
    const STYLE_KEY: &'static str;
    fn css() -> Vec<&'static str>;
    fn parse(text: &str) -> Result<Self::Document, DocumentError>;
    fn to_json(document: &Self::Document) -> String;
    /// The document after a learner's edit, and the `learner-change` detail's `change` object.
    fn apply(change: Self::Change) -> (Self::Document, JsValue);
    /// The name a downloaded chart is saved under, without extension.
    fn file_name(document: &Self::Document) -> String;
}

pub struct Core<K: Kind> {
    inner: Rc<RefCell<Inner<K>>>,
}

struct Inner<K: Kind> {
    host: HtmlElement,
    mount: web_sys::Element,
    app: Option<AppHandle<K::Widget>>,
    state: LoadState<K::Document>,
    options: Options,
    /// Handed to the widget; they hold a weak reference back to this element.
    on_change: Callback<K::Change>,
    on_export: Callback<ExportFormat>,
    /// The element's JS, told of every learner edit before `learner-change` is fired: saving
    /// does not depend on the page's `CustomEvent`, which another script may have replaced.
    changed: js_sys::Function,
}

impl<K: Kind> Core<K> {
    /// Mounts the widget into `root`: hydrating what a server rendered there (when this build
    /// hydrates and the server's root is whole), or else an empty widget drawn afresh.
    /// `changed` is called after each learner edit.
    pub fn new(
        host: HtmlElement,
        root: ShadowRoot,
        changed: js_sys::Function,
    ) -> Result<Self, JsValue> {
        stylesheet::adopt(&root, K::STYLE_KEY, &K::css())?;
        let document = host.owner_document().ok_or("the element has no document")?;
        let server = hydration::server_root(&root);
        let hydrating = server
            .as_ref()
            .and_then(|div| hydration::server_inputs::<K>(&host, div));
        let mount = match (server, &hydrating) {
            (Some(div), Some(_)) => div,
            (server, _) => {
                // A root this build cannot hydrate is drawn again, whole.
                if let Some(div) = server {
                    div.remove();
                }
                let mount = document.create_element("div")?;
                root.append_child(&mount)?;
                mount
            }
        };
        let options = live_options(&host);
        let inner = Rc::new_cyclic(|weak: &Weak<RefCell<Inner<K>>>| {
            let (for_change, for_export) = (weak.clone(), weak.clone());
            RefCell::new(Inner {
                host,
                mount,
                app: None,
                state: LoadState::Empty,
                options,
                on_change: Callback::from(move |change| {
                    with(&for_change, |i| Some(i.learner_changed(change)))
                }),
                on_export: Callback::from(move |format| {
                    with(&for_export, |i| Some(i.export(format)))
                }),
                changed,
            })
        });
        {
            let mut this = inner.borrow_mut();
            match hydrating {
                Some((state, server_options)) => {
                    // First exactly what the server drew, then what is true here and now.
                    this.state = state;
                    // The server's guess of the chart's width stands until the browser measures.
                    this.options.width = server_options.width;
                    let props = WidgetProps {
                        options: server_options,
                        ..this.props()
                    };
                    this.app = Some(hydration::hydrate::<K>(this.mount.clone(), props));
                    this.render();
                }
                None => {
                    let app = yew::Renderer::<K::Widget>::with_root_and_props(
                        this.mount.clone(),
                        this.props(),
                    )
                    .render();
                    this.app = Some(app);
                }
            }
        }
        Ok(Core { inner })
    }

    /// The `data` property was set: an object, JSON text, or null to clear.
    pub fn set_data(&self, value: JsValue) {
        let text = data_source::text_from_property(&value);
        with(&Rc::downgrade(&self.inner), |inner| inner.show(text));
    }

    /// Shows that the object given could not be written as JSON, and why (found by the loader
    /// while writing it as text: a cycle, a BigInt, a getter that threw, at `path`; see
    /// [`unwritable`]).
    pub fn refuse(&self, path: &str, kind: &str, fact: &str) {
        let error = unwritable(path, kind, fact);
        with(&Rc::downgrade(&self.inner), |inner| {
            inner.state = LoadState::Failed(Rc::new(error.clone()));
            inner.render();
            Some(Outgoing::Refused(error))
        });
    }

    /// Reads the `data` attribute, or else a child JSON script.
    pub fn read_markup(&self) {
        with(&Rc::downgrade(&self.inner), |inner| {
            let text = data_source::text_from_markup(&inner.host);
            inner.show(text)
        });
    }

    /// An observed attribute other than `data` changed.
    pub fn set_option(&self, name: &str, value: Option<String>) {
        let Ok(mut inner) = self.inner.try_borrow_mut() else {
            return;
        };
        let value = value.map(AttrValue::from);
        match name {
            "view" => inner.options.view = value,
            "mode" => inner.options.mode = Mode::from_attribute(value.as_deref()),
            "today" => inner.options.today = value.or_else(browser_today),
            // The element's language, its own `lang` or the nearest ancestor's (resolved in JS).
            "lang" => inner.options.lang = value,
            _ => return,
        }
        inner.render();
    }

    /// Checks a document without showing it: null when usable, else the `learner-error` detail.
    pub fn check(&self, value: JsValue) -> JsValue {
        let Some(text) = data_source::text_from_property(&value) else {
            return events::failure_detail("invalid-json", "no document was given");
        };
        match K::parse(&text) {
            Ok(_) => JsValue::NULL,
            Err(error) => events::error_detail(&error),
        }
    }

    /// Shows `change` of the shown document, a checked update the host asks for (`addEvidence`):
    /// null when done, else the `learner-error` detail, and the document is left as it was.
    pub fn update(
        &self,
        change: impl FnOnce(&K::Document) -> Result<K::Document, DocumentError>,
    ) -> JsValue {
        let Ok(mut inner) = self.inner.try_borrow_mut() else {
            return events::failure_detail("busy", "the element is busy; try again");
        };
        let LoadState::Ready(document) = &inner.state else {
            return events::failure_detail(
                "no-document",
                "the element shows no document to update",
            );
        };
        match change(document) {
            Ok(document) => {
                inner.state = LoadState::Ready(Rc::new(document));
                inner.render();
                JsValue::NULL
            }
            Err(error) => events::error_detail(&error),
        }
    }

    /// The current document as JSON text written by serde (nothing on the page can change how),
    /// or `None` when there is none: what storage keeps.
    pub fn json(&self) -> Option<String> {
        match self.inner.try_borrow().map(|i| i.state.clone()) {
            Ok(LoadState::Ready(document)) => Some(K::to_json(&document)),
            _ => None,
        }
    }

    /// The current document as a plain object, or null when there is none.
    pub fn data(&self) -> JsValue {
        match self.inner.try_borrow().map(|i| i.state.clone()) {
            Ok(LoadState::Ready(document)) => {
                js_sys::JSON::parse(&K::to_json(&document)).unwrap_or(JsValue::NULL)
            }
            _ => JsValue::NULL,
        }
    }
}

/// The options the element's attributes give now.
fn live_options(host: &HtmlElement) -> Options {
    Options {
        view: host.get_attribute("view").map(AttrValue::from),
        mode: Mode::from_attribute(host.get_attribute("mode").as_deref()),
        today: host
            .get_attribute("today")
            .map(AttrValue::from)
            .or_else(browser_today),
        lang: host
            .closest("[lang]")
            .ok()
            .flatten()
            .and_then(|e| e.get_attribute("lang"))
            .map(AttrValue::from),
        width: None,
    }
}

/// The browser's local date as `YYYY-MM-DD`: the default for `today`.
fn browser_today() -> Option<AttrValue> {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    Some(AttrValue::from(format!("{y:04}-{m:02}-{d:02}")))
}

/// An event to fire once the element is no longer borrowed, so that its listeners may call back
/// into the element (set `data` in a `learner-change` handler, say).
enum Outgoing {
    Refused(DocumentError),
    Changed {
        document_json: String,
        change: JsValue,
    },
    ExportRequested {
        format: &'static str,
        name: String,
    },
}

/// Runs `f` on the element if it still exists and is not busy (a re-entrant call is dropped
/// rather than allowed to panic), then fires the event `f` asks for.
fn with<K: Kind>(
    weak: &Weak<RefCell<Inner<K>>>,
    f: impl FnOnce(&mut Inner<K>) -> Option<Outgoing>,
) {
    let Some(inner) = weak.upgrade() else { return };
    let (host, changed, outgoing) = match inner.try_borrow_mut() {
        Ok(mut borrowed) => (
            borrowed.host.clone(),
            borrowed.changed.clone(),
            f(&mut borrowed),
        ),
        Err(_) => return,
    };
    match outgoing {
        Some(Outgoing::Refused(error)) => events::fire_error(&host, &error),
        Some(Outgoing::Changed {
            document_json,
            change,
        }) => {
            // What the element's JS throws is its own to report; the edit stands.
            let _ = changed.call0(&JsValue::NULL);
            events::fire_change(&host, &document_json, &change)
        }
        Some(Outgoing::ExportRequested { format, name }) => {
            events::request_export(&host, format, &name)
        }
        None => {}
    }
}

impl<K: Kind> Inner<K> {
    fn props(&self) -> WidgetProps<K::Document, K::Change> {
        WidgetProps {
            state: self.state.clone(),
            options: self.options.clone(),
            on_change: self.on_change.clone(),
            on_export: self.on_export.clone(),
        }
    }

    fn render(&mut self) {
        let props = self.props();
        if let Some(app) = self.app.as_mut() {
            app.update(props);
        }
    }

    fn show(&mut self, text: Option<String>) -> Option<Outgoing> {
        let mut refused = None;
        self.state = match text {
            None => LoadState::Empty,
            Some(text) => match K::parse(&text) {
                Ok(document) => LoadState::Ready(Rc::new(document)),
                Err(error) => {
                    refused = Some(Outgoing::Refused(error.clone()));
                    LoadState::Failed(Rc::new(error))
                }
            },
        };
        self.render();
        refused
    }

    /// The learner changed their document: keep it and tell the host.
    fn learner_changed(&mut self, change: K::Change) -> Outgoing {
        let (document, change) = K::apply(change);
        let document_json = K::to_json(&document);
        self.state = LoadState::Ready(Rc::new(document));
        self.render();
        Outgoing::Changed {
            document_json,
            change,
        }
    }

    /// The page's part of a download lives in `js/learner-export.js`: the element hears this
    /// internal, non-bubbling request and does it.
    fn export(&mut self, format: ExportFormat) -> Outgoing {
        let name = match &self.state {
            LoadState::Ready(doc) => K::file_name(doc),
            _ => String::from("learner chart"),
        };
        let format = match format {
            ExportFormat::Svg => "svg",
            ExportFormat::Png => "png",
        };
        Outgoing::ExportRequested { format, name }
    }
}

impl<K: Kind> Drop for Core<K> {
    fn drop(&mut self) {
        if let Ok(mut inner) = self.inner.try_borrow_mut() {
            if let Some(app) = inner.app.take() {
                app.destroy();
            }
            inner.mount.remove();
        }
    }
}

/// Exports an element core to JS as `$name`, with the methods `js/learner-widgets.js` calls:
/// `new`, `setData`, `refuse`, `readMarkup`, `setOption`, the `data` and `json` getters, `check`,
/// and `free`. Each
/// widget's own crate (`crates/embed-*`) says it once, so its wasm module links only that widget.
#[macro_export]
macro_rules! element {
    ($name:ident, $kind:ty) => {
        #[wasm_bindgen::prelude::wasm_bindgen]
        pub struct $name($crate::element_core::Core<$kind>);

        #[wasm_bindgen::prelude::wasm_bindgen]
        impl $name {
            #[wasm_bindgen::prelude::wasm_bindgen(constructor)]
            pub fn new(
                host: $crate::web_sys::HtmlElement,
                root: $crate::web_sys::ShadowRoot,
                changed: $crate::js_sys::Function,
            ) -> Result<$name, wasm_bindgen::JsValue> {
                $crate::element_core::Core::new(host, root, changed).map($name)
            }

            pub fn refuse(&self, path: &str, kind: &str, fact: &str) {
                self.0.refuse(path, kind, fact)
            }

            #[wasm_bindgen::prelude::wasm_bindgen(getter)]
            pub fn json(&self) -> Option<String> {
                self.0.json()
            }

            #[wasm_bindgen::prelude::wasm_bindgen(js_name = setData)]
            pub fn set_data(&self, value: wasm_bindgen::JsValue) {
                self.0.set_data(value)
            }

            #[wasm_bindgen::prelude::wasm_bindgen(js_name = readMarkup)]
            pub fn read_markup(&self) {
                self.0.read_markup()
            }

            #[wasm_bindgen::prelude::wasm_bindgen(js_name = setOption)]
            pub fn set_option(&self, name: &str, value: Option<String>) {
                self.0.set_option(name, value)
            }

            #[wasm_bindgen::prelude::wasm_bindgen(getter)]
            pub fn data(&self) -> wasm_bindgen::JsValue {
                self.0.data()
            }

            pub fn check(&self, value: wasm_bindgen::JsValue) -> wasm_bindgen::JsValue {
                self.0.check(value)
            }
        }
    };
}
