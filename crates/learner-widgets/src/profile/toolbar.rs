//! The controls above a profile: the view, the context, the snapshot to compare with, and export.

use std::rc::Rc;

use learner_model::profile::ProfileDocument;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::ExportFormat;
use super::lens::View;
use crate::{Texts, view_switch};

/// What the toolbar shows and whom it tells.
pub struct ToolbarProps {
    pub texts: Texts,
    pub document: Rc<ProfileDocument>,
    pub view: View,
    pub context: Option<AttrValue>,
    pub compare: Option<AttrValue>,
    pub on_view: Callback<View>,
    pub on_context: Callback<Option<AttrValue>>,
    pub on_compare: Callback<Option<AttrValue>>,
    pub on_export: Callback<ExportFormat>,
}

/// A `<select>` change as the chosen value, with "" meaning none.
fn chosen(event: Event) -> Option<AttrValue> {
    let value = event.target_unchecked_into::<HtmlSelectElement>().value();
    (!value.is_empty()).then(|| AttrValue::from(value))
}

pub fn toolbar(props: &ToolbarProps) -> Html {
    let doc = &*props.document;
    let texts = &props.texts;
    let context = (!doc.contexts.is_empty()).then(|| {
        let on_context = props.on_context.clone();
        let current = props.context.clone().unwrap_or_default();
        html! {
            <label class="toolbar-field">
                { texts.t("profile.context") }{ " " }
                <select onchange={Callback::from(move |e: Event| on_context.emit(chosen(e)))}>
                    <option value="" selected={current.is_empty()}>{ texts.t("profile.context.general") }</option>
                    { for doc.contexts.iter().map(|c| html! {
                        <option value={c.id.clone()} selected={*current == *c.id}>{ &c.label }</option>
                    }) }
                </select>
            </label>
        }
    });
    let compare = (!doc.snapshots.is_empty()).then(|| {
        let on_compare = props.on_compare.clone();
        let current = props.compare.clone().unwrap_or_default();
        html! {
            <label class="toolbar-field">
                { texts.t("profile.compare") }{ " " }
                <select onchange={Callback::from(move |e: Event| on_compare.emit(chosen(e)))}>
                    <option value="" selected={current.is_empty()}>{ texts.t("profile.compare.nothing") }</option>
                    { for doc.snapshots_by_date().into_iter().map(|s| {
                        let name = match &s.label {
                            Some(label) => texts.f("profile.snapshot", &[("label", label), ("date", &texts.date(&s.date))]),
                            None => texts.date(&s.date),
                        };
                        html! { <option value={s.date.clone()} selected={*current == *s.date}>{ name }</option> }
                    }) }
                </select>
            </label>
        }
    });
    let export = (props.view != View::Table).then(|| {
        let svg = props.on_export.reform(|_| ExportFormat::Svg);
        let png = props.on_export.reform(|_| ExportFormat::Png);
        html! {
            <div class="toolbar-group" role="group" aria-label={texts.t("profile.download")}>
                <button type="button" class="toolbar-button" onclick={svg}>{ texts.t("profile.download.svg") }</button>
                <button type="button" class="toolbar-button" onclick={png}>{ texts.t("profile.download.png") }</button>
            </div>
        }
    });
    // Each part is one node, present or not (`{ for part }` would add none when it is absent):
    // Yew matches unkeyed children from the end, so a part that comes and goes (the downloads, not
    // in the table view) would shift the others and rebuild the view buttons, dropping focus.
    html! {
        <div class="profile-toolbar" part="toolbar">
            { view_switch(texts, &View::ALL.map(|v| (v, v.label(texts))), props.view, &props.on_view) }
            { context.unwrap_or_default() }
            { compare.unwrap_or_default() }
            { export.unwrap_or_default() }
        </div>
    }
}
