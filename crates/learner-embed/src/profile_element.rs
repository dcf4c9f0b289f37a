//! The core of `<learner-profile>`: parses the element's data and renders the profile widget.

use std::rc::Rc;

use learner_model::ProfileDocument;
use learner_widgets::LoadState;
use learner_widgets::profile::{ProfileWidget, ProfileWidgetProps};
use learner_widgets::styles::{BASE_CSS, PROFILE_CSS};
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot};
use yew::AppHandle;

use crate::{data_source, events, stylesheet};

/// Created by the element when it is first connected; freed when it leaves the page for good.
#[wasm_bindgen]
pub struct ProfileElement {
    host: HtmlElement,
    mount: web_sys::Element,
    app: Option<AppHandle<ProfileWidget>>,
    state: LoadState<ProfileDocument>,
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
        let state = LoadState::Empty;
        let props = ProfileWidgetProps {
            state: state.clone(),
        };
        let app =
            yew::Renderer::<ProfileWidget>::with_root_and_props(mount.clone(), props).render();
        Ok(ProfileElement {
            host,
            mount,
            app: Some(app),
            state,
        })
    }

    /// The `data` property was set: an object, JSON text, or null to clear.
    #[wasm_bindgen(js_name = setData)]
    pub fn set_data(&mut self, value: JsValue) {
        self.show(data_source::text_from_property(&value));
    }

    /// Reads the `data` attribute, or else a child JSON script.
    #[wasm_bindgen(js_name = readMarkup)]
    pub fn read_markup(&mut self) {
        self.show(data_source::text_from_markup(&self.host));
    }

    /// The current document as a plain object, or null when there is none.
    #[wasm_bindgen(getter)]
    pub fn data(&self) -> JsValue {
        match &self.state {
            LoadState::Ready(doc) => js_sys::JSON::parse(&doc.to_json()).unwrap_or(JsValue::NULL),
            _ => JsValue::NULL,
        }
    }
}

impl ProfileElement {
    fn show(&mut self, text: Option<String>) {
        self.state = match text {
            None => LoadState::Empty,
            Some(text) => match ProfileDocument::from_json(&text) {
                Ok(doc) => LoadState::Ready(Rc::new(doc)),
                Err(error) => {
                    events::fire_error(&self.host, &error);
                    LoadState::Failed(Rc::new(error))
                }
            },
        };
        if let Some(app) = self.app.as_mut() {
            app.update(ProfileWidgetProps {
                state: self.state.clone(),
            });
        }
    }
}

impl Drop for ProfileElement {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.mount.remove();
    }
}
