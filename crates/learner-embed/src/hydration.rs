//! Adopting what a server rendered (`crates/learner-server`, see [`crate::server_markup`]) instead
//! of drawing it again. Only the widgets' `-hydrate` modules can: yew's hydration costs 17 KB
//! gzip, which a page without server rendering should not pay. The loader picks that module for a
//! page whose element arrived with a server-rendered root.

use learner_widgets::{LoadState, Options, WidgetProps};
use web_sys::{Element, HtmlElement, ShadowRoot};
use yew::AppHandle;

use crate::element_core::Kind;
use crate::server_markup::SERVER_ATTRIBUTE;

/// The root a server rendered into `root`, if any.
pub fn server_root(root: &ShadowRoot) -> Option<Element> {
    // Not `:scope > div`: in a shadow root `:scope` matches nothing.
    let children = root.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .find(|child| child.has_attribute(SERVER_ATTRIBUTE))
}

/// What the server rendered `div` from: its document (read from the element's child script, as
/// the server wrote it) and its options. `None` when this build cannot hydrate, when another
/// build drew it (see `DRAWN_BY`), when the page lost some of its nodes, or when its script no
/// longer holds the document drawn: then it is drawn afresh.
#[cfg(feature = "hydrate")]
pub fn server_inputs<K: Kind>(
    host: &HtmlElement,
    div: &Element,
) -> Option<(LoadState<K::Document>, Options)> {
    use std::rc::Rc;

    use crate::server_markup::{
        DOCUMENT_ATTRIBUTE, DRAWN_BY, NODES_ATTRIBUTE, fingerprint, recorded_options,
    };

    if div.get_attribute(SERVER_ATTRIBUTE).as_deref() != Some(DRAWN_BY) {
        return None;
    }
    let nodes: u32 = div.get_attribute(NODES_ATTRIBUTE)?.parse().ok()?;
    if div.get_elements_by_tag_name("*").length() != nodes {
        return None;
    }
    let text = crate::data_source::text_from_script(host)?;
    if div.get_attribute(DOCUMENT_ATTRIBUTE) != Some(fingerprint(&text)) {
        return None;
    }
    let state = match K::parse(&text) {
        Ok(document) => LoadState::Ready(Rc::new(document)),
        Err(error) => LoadState::Failed(Rc::new(error)),
    };
    Some((state, recorded_options(|name| div.get_attribute(name))))
}

#[cfg(not(feature = "hydrate"))]
pub fn server_inputs<K: Kind>(
    _host: &HtmlElement,
    _div: &Element,
) -> Option<(LoadState<K::Document>, Options)> {
    None
}

/// Starts the widget on the server's nodes.
#[cfg(feature = "hydrate")]
pub fn hydrate<K: Kind>(
    mount: Element,
    props: WidgetProps<K::Document, K::Change>,
) -> AppHandle<K::Widget> {
    yew::Renderer::<K::Widget>::with_root_and_props(mount, props).hydrate()
}

/// Never called: [`server_inputs`] gives nothing to hydrate in this build.
#[cfg(not(feature = "hydrate"))]
pub fn hydrate<K: Kind>(
    mount: Element,
    props: WidgetProps<K::Document, K::Change>,
) -> AppHandle<K::Widget> {
    yew::Renderer::<K::Widget>::with_root_and_props(mount, props).render()
}
