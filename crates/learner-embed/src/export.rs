//! Downloading the chart the learner sees, as SVG or PNG, for a personal learning plan.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{
    Blob, BlobPropertyBag, Document, Element, HtmlAnchorElement, HtmlCanvasElement,
    HtmlImageElement, ShadowRoot,
};

/// How much larger than the SVG's own size the PNG is drawn, for print.
const PNG_SCALE: f64 = 2.0;

/// The chart as a standalone SVG file: its styles embedded, since outside the widget no stylesheet
/// reaches it.
pub fn chart_svg(root: &ShadowRoot, css: &str) -> Result<(String, f64, f64), JsValue> {
    let chart = root
        .query_selector("svg.profile-chart")?
        .ok_or("there is no chart to download")?;
    let copy: Element = chart.clone_node_with_deep(true)?.dyn_into()?;
    let (width, height) = view_box_size(&copy).unwrap_or((560.0, 430.0));
    copy.set_attribute("width", &width.to_string())?;
    copy.set_attribute("height", &height.to_string())?;
    let document = root.owner_document().ok_or("no document")?;
    let style = document.create_element_ns(Some("http://www.w3.org/2000/svg"), "style")?;
    style.set_text_content(Some(css));
    copy.prepend_with_node_1(&style)?;
    let background = document.create_element_ns(Some("http://www.w3.org/2000/svg"), "rect")?;
    for (name, value) in [("width", "100%"), ("height", "100%"), ("fill", "#ffffff")] {
        background.set_attribute(name, value)?;
    }
    style.after_with_node_1(&background)?;
    let text = web_sys::XmlSerializer::new()?.serialize_to_string(&copy)?;
    Ok((text, width, height))
}

fn view_box_size(svg: &Element) -> Option<(f64, f64)> {
    let view_box = svg.get_attribute("viewBox")?;
    let numbers: Vec<f64> = view_box
        .split_whitespace()
        .filter_map(|n| n.parse().ok())
        .collect();
    match numbers.as_slice() {
        [_, _, w, h] => Some((*w, *h)),
        _ => None,
    }
}

/// Offers `blob` to the user as a file named `name`.
pub fn download(document: &Document, blob: &Blob, name: &str) -> Result<(), JsValue> {
    let url = web_sys::Url::create_object_url_with_blob(blob)?;
    let anchor: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

pub fn svg_blob(text: &str) -> Result<Blob, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    Blob::new_with_str_sequence_and_options(&parts, &options)
}

/// Draws the SVG onto a canvas and downloads it as PNG. Finishes after this returns; `on_error`
/// hears of any failure on the way.
pub fn download_png(
    document: &Document,
    svg: &str,
    width: f64,
    height: f64,
    name: String,
    on_error: impl Fn(String) + 'static,
) -> Result<(), JsValue> {
    let image = HtmlImageElement::new()?;
    let canvas: HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    canvas.set_width((width * PNG_SCALE) as u32);
    canvas.set_height((height * PNG_SCALE) as u32);
    let document = document.clone();
    let on_error = std::rc::Rc::new(on_error);
    let loaded = {
        let (image, on_error) = (image.clone(), on_error.clone());
        Closure::once_into_js(move || {
            if let Err(err) = draw_and_save(&document, &canvas, &image, name, on_error.clone()) {
                on_error(describe(&err));
            }
        })
    };
    let failed = {
        let on_error = on_error.clone();
        Closure::once_into_js(move || {
            on_error(String::from("the chart could not be drawn as an image"))
        })
    };
    image.set_onload(Some(loaded.unchecked_ref()));
    image.set_onerror(Some(failed.unchecked_ref()));
    // A data: URL, which a strict page's img-src allows (blob: it may not).
    image.set_src(&format!(
        "data:image/svg+xml;charset=utf-8,{}",
        js_sys::encode_uri_component(svg)
    ));
    Ok(())
}

fn draw_and_save(
    document: &Document,
    canvas: &HtmlCanvasElement,
    image: &HtmlImageElement,
    name: String,
    on_error: std::rc::Rc<impl Fn(String) + 'static>,
) -> Result<(), JsValue> {
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or("no 2d canvas")?
        .dyn_into()?;
    context.draw_image_with_html_image_element_and_dw_and_dh(
        image,
        0.0,
        0.0,
        f64::from(canvas.width()),
        f64::from(canvas.height()),
    )?;
    let document = document.clone();
    let saved = Closure::once_into_js(move |blob: Option<Blob>| match blob {
        Some(blob) => {
            if let Err(err) = download(&document, &blob, &name) {
                on_error(describe(&err));
            }
        }
        None => on_error(String::from("the browser could not make a PNG")),
    });
    canvas.to_blob(saved.unchecked_ref())
}

pub fn describe(err: &JsValue) -> String {
    err.as_string()
        .or_else(|| {
            err.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| String::from("the download failed"))
}
