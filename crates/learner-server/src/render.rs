//! One element drawn on a server: its document read as the browser reads it, its widget rendered
//! by Yew (hydratable), and the whole written as the element's HTML.

use std::rc::Rc;

use learner_embed::choice_element::ChoiceBoard;
use learner_embed::element_core::Kind;
use learner_embed::profile_element::Profile;
use learner_embed::progress_element::Progress;
use learner_embed::server_markup::option_attributes;
use learner_model::DocumentError;
use learner_widgets::{LoadState, Mode, Options, WidgetProps};
use yew::{AttrValue, Callback};

use crate::element_html::{ElementParts, element_html, is_attribute_name};

/// What the host's server tells the renderer besides the document.
pub struct ServerOptions<'a> {
    /// Written on the element as given (`id`, `view`, `mode`, `storage`, `lang`, …), except
    /// `data`: the document is written in the element's child script.
    pub attributes: &'a [(String, String)],
    /// The page's language, when the element has no `lang` of its own.
    pub lang: Option<&'a str>,
    /// `YYYY-MM-DD`, when the element has no `today`: the server's date.
    pub today: &'a str,
    /// The URL the package's files are served from, ending in `/` (or empty: the page's own).
    pub assets: &'a str,
    /// The width (CSS px) the radar will be shown at, if the host knows it (a phone's): the
    /// server lays it out so, and the browser draws the same until it has measured.
    pub width: Option<f64>,
    /// Write the links that fetch the widget's hydrating module with the page (`preload_links`).
    pub preload: bool,
    /// The browser's `User-Agent`, when the host passes it on: WebKit gets no wasm preload.
    pub user_agent: Option<&'a str>,
}

pub struct Rendered {
    pub html: String,
    /// The document was refused: the HTML shows why, as the browser would.
    pub error: Option<DocumentError>,
}

/// `tag` drawn from `document` (JSON text). Errs only for what cannot be written at all: a tag
/// that is not a learner element, an attribute name HTML would not read back, or an event
/// handler or inline style, which a page under a strict Content-Security-Policy refuses.
pub async fn render_element(
    tag: &str,
    document: &str,
    options: &ServerOptions<'_>,
) -> Result<Rendered, String> {
    for (name, _) in options.attributes {
        let lower = name.to_ascii_lowercase();
        if !is_attribute_name(name) || lower.starts_with("on") || lower == "style" {
            return Err(format!(
                "the attribute {name:?} is not written: give attributes HTML reads back, without event handlers or inline style"
            ));
        }
    }
    match tag {
        "learner-profile" => Ok(render::<Profile>(tag, document, options).await),
        "learner-progress" => Ok(render::<Progress>(tag, document, options).await),
        "learner-choice-board" => Ok(render::<ChoiceBoard>(tag, document, options).await),
        _ => Err(format!(
            "{tag:?} is not a learner element: learner-profile, learner-progress or learner-choice-board"
        )),
    }
}

async fn render<K: Kind>(tag: &str, document: &str, options: &ServerOptions<'_>) -> Rendered {
    let attribute = |name: &str| {
        options
            .attributes
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    };
    let widget_options = Options {
        view: attribute("view").map(|v| AttrValue::from(v.to_string())),
        mode: Mode::from_attribute(attribute("mode")),
        today: Some(AttrValue::from(
            attribute("today").unwrap_or(options.today).to_string(),
        )),
        lang: attribute("lang")
            .or(options.lang)
            .filter(|lang| !lang.is_empty())
            .map(|lang| AttrValue::from(lang.to_string())),
        width: options.width.filter(|w| w.is_finite() && *w > 0.0),
    };
    let (state, error) = match K::parse(document) {
        Ok(doc) => (LoadState::Ready(Rc::new(doc)), None),
        Err(error) => (LoadState::Failed(Rc::new(error.clone())), Some(error)),
    };
    let recorded = option_attributes(&widget_options);
    let props = WidgetProps {
        state,
        options: widget_options,
        on_change: Callback::noop(),
        on_export: Callback::noop(),
    };
    let widget = yew::LocalServerRenderer::<K::Widget>::with_props(props)
        .render()
        .await;
    let attributes: Vec<(String, String)> = options
        .attributes
        .iter()
        .filter(|(name, _)| !name.eq_ignore_ascii_case("data"))
        .cloned()
        .collect();
    let html = element_html(&ElementParts {
        tag,
        attributes: &attributes,
        assets: options.assets,
        recorded: &recorded,
        widget: &widget,
        document,
        preload: options.preload,
        user_agent: options.user_agent,
    });
    Rendered { html, error }
}
