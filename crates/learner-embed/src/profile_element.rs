//! The core of `<learner-profile>`: reads the element's data and attributes, renders the profile
//! widget, and turns the learner's actions into events and downloads.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use learner_model::ProfileInput;
use learner_widgets::LoadState;
use learner_widgets::profile::{ExportFormat, ProfileChange, ProfileWidget, ProfileWidgetProps};
use learner_widgets::styles::{BASE_CSS, PROFILE_CSS};
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot};
use yew::{AppHandle, AttrValue, Callback};

use crate::{data_source, events, export, stylesheet};

/// Created by the element when it is first connected; freed when it leaves the page for good.
#[wasm_bindgen]
pub struct ProfileElement {
    inner: Rc<RefCell<Inner>>,
}

struct Inner {
    host: HtmlElement,
    root: ShadowRoot,
    mount: web_sys::Element,
    app: Option<AppHandle<ProfileWidget>>,
    state: LoadState<ProfileInput>,
    view: Option<AttrValue>,
    mode: Option<AttrValue>,
    /// Handed to the widget; they hold a weak reference back to this element.
    on_change: Callback<ProfileChange>,
    on_export: Callback<ExportFormat>,
}

#[wasm_bindgen]
impl ProfileElement {
    /// Mounts an empty widget into `root`; call `setData` or `readMarkup` to give it a document.
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement, root: ShadowRoot) -> Result<ProfileElement, JsValue> {
        stylesheet::adopt(&root, "profile", &[BASE_CSS, PROFILE_CSS])?;
        let document = host.owner_document().ok_or("the element has no document")?;
        let mount = document.create_element("div")?;
        root.append_child(&mount)?;
        let inner = Rc::new_cyclic(|weak: &Weak<RefCell<Inner>>| {
            let (for_change, for_export) = (weak.clone(), weak.clone());
            RefCell::new(Inner {
                view: host.get_attribute("view").map(AttrValue::from),
                mode: host.get_attribute("mode").map(AttrValue::from),
                host,
                root,
                mount,
                app: None,
                state: LoadState::Empty,
                on_change: Callback::from(move |change| {
                    with(&for_change, |i| i.learner_changed(change))
                }),
                on_export: Callback::from(move |format| with(&for_export, |i| i.export(format))),
            })
        });
        {
            let mut this = inner.borrow_mut();
            let app = yew::Renderer::<ProfileWidget>::with_root_and_props(
                this.mount.clone(),
                this.props(),
            )
            .render();
            this.app = Some(app);
        }
        Ok(ProfileElement { inner })
    }

    /// The `data` property was set: an object, JSON text, or null to clear.
    #[wasm_bindgen(js_name = setData)]
    pub fn set_data(&mut self, value: JsValue) {
        let text = data_source::text_from_property(&value);
        self.inner.borrow_mut().show(text);
    }

    /// Reads the `data` attribute, or else a child JSON script.
    #[wasm_bindgen(js_name = readMarkup)]
    pub fn read_markup(&mut self) {
        let mut inner = self.inner.borrow_mut();
        let text = data_source::text_from_markup(&inner.host);
        inner.show(text);
    }

    /// An observed attribute other than `data` changed (`view`, `mode`).
    #[wasm_bindgen(js_name = setOption)]
    pub fn set_option(&mut self, name: &str, value: Option<String>) {
        let mut inner = self.inner.borrow_mut();
        let value = value.map(AttrValue::from);
        match name {
            "view" => inner.view = value,
            "mode" => inner.mode = value,
            _ => return,
        }
        inner.render();
    }

    /// The current document as a plain object, or null when there is none.
    #[wasm_bindgen(getter)]
    pub fn data(&self) -> JsValue {
        match &self.inner.borrow().state {
            LoadState::Ready(input) => {
                js_sys::JSON::parse(&input_json(input)).unwrap_or(JsValue::NULL)
            }
            _ => JsValue::NULL,
        }
    }
}

/// Runs `f` on the element if it still exists and is not busy (a re-entrant call is dropped
/// rather than allowed to panic).
fn with(weak: &Weak<RefCell<Inner>>, f: impl FnOnce(&mut Inner)) {
    if let Some(inner) = weak.upgrade() {
        if let Ok(mut inner) = inner.try_borrow_mut() {
            f(&mut inner);
        }
    }
}

fn input_json(input: &ProfileInput) -> String {
    match input {
        ProfileInput::Profile(doc) => doc.to_json(),
        ProfileInput::Roster(roster) => serde_json::to_string(roster).unwrap_or_default(),
    }
}

impl Inner {
    fn props(&self) -> ProfileWidgetProps {
        ProfileWidgetProps {
            state: self.state.clone(),
            view: self.view.clone(),
            mode: self.mode.clone(),
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

    fn show(&mut self, text: Option<String>) {
        self.state = match text {
            None => LoadState::Empty,
            Some(text) => match ProfileInput::from_json(&text) {
                Ok(input) => LoadState::Ready(Rc::new(input)),
                Err(error) => {
                    events::fire_error(&self.host, &error);
                    LoadState::Failed(Rc::new(error))
                }
            },
        };
        self.render();
    }

    /// The learner changed their profile: keep the new document and tell the host.
    fn learner_changed(&mut self, change: ProfileChange) {
        let json = change.document.to_json();
        self.state = LoadState::Ready(Rc::new(ProfileInput::Profile((*change.document).clone())));
        self.render();
        events::fire_change(&self.host, &json, &change.edit);
    }

    fn export(&mut self, format: ExportFormat) {
        if let Err(err) = self.try_export(format) {
            events::fire_failure(&self.host, "export-failed", &export::describe(&err));
        }
    }

    fn try_export(&self, format: ExportFormat) -> Result<(), JsValue> {
        let document = self.host.owner_document().ok_or("no document")?;
        let css = [BASE_CSS, PROFILE_CSS].concat();
        let (svg, width, height) = export::chart_svg(&self.root, &css)?;
        let name = match &self.state {
            LoadState::Ready(input) => match &**input {
                ProfileInput::Profile(doc) => format!("{} profile", doc.learner.name),
                ProfileInput::Roster(roster) => format!("{} profile", roster.title),
            },
            _ => String::from("learner profile"),
        };
        match format {
            ExportFormat::Svg => {
                export::download(&document, &export::svg_blob(&svg)?, &format!("{name}.svg"))
            }
            ExportFormat::Png => {
                let host = self.host.clone();
                export::download_png(
                    &document,
                    &svg,
                    width,
                    height,
                    format!("{name}.png"),
                    move |message| {
                        events::fire_failure(&host, "export-failed", &message);
                    },
                )
            }
        }
    }
}

impl Drop for ProfileElement {
    fn drop(&mut self) {
        if let Ok(mut inner) = self.inner.try_borrow_mut() {
            if let Some(app) = inner.app.take() {
                app.destroy();
            }
            inner.mount.remove();
        }
    }
}
