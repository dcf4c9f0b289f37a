//! The server renderer: a learner element drawn to HTML on the host's server, with its widget in
//! a declarative shadow root, so the page shows it before any script has run. The browser's
//! `-hydrate` module then adopts those nodes (see `learner_embed::server_markup`).
//!
//! Built for Node with wasm-pack (`dist/learner-server-wasm.js`); `js/server.js` is the npm
//! package's `learner-widgets/server` entry and `js/learner-render.js` the command for every
//! other host. `addWords` comes from `learner-embed`, as in the browser's modules. The widgets
//! read the clock and format numbers through the JavaScript engine (`Intl`, `Date`), so this
//! renders only where one runs: not as a native Rust library.

mod element_html;
mod preload;
mod render;

pub use element_html::{ElementParts, element_html, is_attribute_name};
pub use preload::preload_links;
pub use render::{Rendered, ServerOptions, render_element};

use wasm_bindgen::prelude::*;

/// `renderElement(tag, document, attributes, options)`: the element's HTML and the
/// `learner-error` detail of a refused document (null when it was read), as `{ html, error }`.
/// `attributes` is a flat list of names and values; `options` holds `lang`, `today`, `assets`,
/// `width`, `preload` and `userAgent` (`js/server.js` fills them in). Throws on a tag or attribute it cannot
/// write.
#[wasm_bindgen(js_name = renderElement)]
pub async fn render_element_js(
    tag: String,
    document: String,
    attributes: Vec<String>,
    options: JsValue,
) -> Result<JsValue, JsValue> {
    let attributes: Vec<(String, String)> = attributes
        .chunks(2)
        .map(|pair| match pair {
            [name, value] => (name.clone(), value.clone()),
            [name] => (name.clone(), String::new()),
            _ => (String::new(), String::new()),
        })
        .collect();
    let field = |name: &str| js_sys::Reflect::get(&options, &name.into()).unwrap_or_default();
    let user_agent = field("userAgent").as_string();
    let (lang, today, assets) = (
        field("lang").as_string(),
        field("today").as_string().unwrap_or_default(),
        field("assets").as_string().unwrap_or_default(),
    );
    let options = ServerOptions {
        attributes: &attributes,
        lang: lang.as_deref(),
        today: &today,
        assets: &assets,
        width: field("width").as_f64(),
        preload: field("preload").as_bool().unwrap_or(true),
        user_agent: user_agent.as_deref(),
    };
    let rendered = render_element(&tag, &document, &options)
        .await
        .map_err(|message| JsValue::from(js_sys::TypeError::new(&message)))?;
    let out = js_sys::Object::new();
    js_sys::Reflect::set(&out, &"html".into(), &rendered.html.into())?;
    let error = rendered
        .error
        .as_ref()
        .map_or(JsValue::NULL, learner_embed::events::error_detail);
    js_sys::Reflect::set(&out, &"error".into(), &error)?;
    Ok(out.into())
}

/// `shadowCss(tag)`: the stylesheet `tag`'s shadow root adopts in the browser, which
/// `dist/<tag>.shadow.css` must equal (checked by `tests/server/`); null for another tag.
#[wasm_bindgen(js_name = shadowCss)]
pub fn shadow_css(tag: &str) -> Option<String> {
    use learner_embed::element_core::Kind;
    let parts = match tag {
        "learner-profile" => learner_embed::profile_element::Profile::css(),
        "learner-progress" => learner_embed::progress_element::Progress::css(),
        "learner-choice-board" => learner_embed::choice_element::ChoiceBoard::css(),
        _ => return None,
    };
    Some(parts.concat())
}

/// `preloadLinks(tag, assets, userAgent)`: the links that fetch `tag`'s hydrating module with the
/// page, for a host that puts them in its `<head>` (and renders with `preload: false`).
#[wasm_bindgen(js_name = preloadLinks)]
pub fn preload_links_js(tag: &str, assets: &str, user_agent: Option<String>) -> String {
    preload_links(tag, assets, user_agent.as_deref())
}
