//! Every dimension as a row: the table alternative to the charts, with the same lens.

use learner_model::profile::{ProfileDocument, read};
use yew::prelude::*;

use super::describe::{about, change_mark, snapshot_name, value_text};
use super::lens::Lens;
use crate::{Texts, table_scroll};

pub fn profile_table(texts: &Texts, doc: &ProfileDocument, lens: &Lens) -> Html {
    let n = |value: f64| texts.number(value);
    let readings = read(doc, lens.context(), lens.compare());
    let since = lens
        .compare()
        .and_then(|date| snapshot_name(texts, doc, date));
    let context = lens.context().and_then(|id| doc.context(id));
    let any_goal = readings.iter().any(|r| r.dimension.target.is_some());
    let any_own = readings.iter().any(|r| r.dimension.self_rating.is_some());
    let any_about = readings
        .iter()
        .any(|r| !about(texts, r.dimension).is_empty());
    let (name, min, max) = (&doc.learner.name, n(doc.scale.min), n(doc.scale.max));
    let caption = match context {
        Some(context) => texts.f(
            "profile.table.caption-context",
            &[
                ("name", name),
                ("min", &min),
                ("max", &max),
                ("context", &context.label),
            ],
        ),
        None => texts.f(
            "profile.table.caption",
            &[("name", name), ("min", &min), ("max", &max)],
        ),
    };
    let rows = readings.iter().map(|r| {
        let d = r.dimension;
        let range = d.range.as_ref().map_or_else(
            || String::from("—"),
            |r| texts.f("common.range", &[("low", &n(r.low)), ("high", &n(r.high))]),
        );
        let value = if context.is_some() && !r.in_context {
            texts.f("profile.table.general", &[("value", &value_text(texts, doc, r.value))])
        } else {
            value_text(texts, doc, r.value)
        };
        html! {
            <tr>
                <th scope="row">{ &d.label }</th>
                <td>{ d.group.as_deref().map(|g| group_label(texts, doc, g)).unwrap_or_default() }</td>
                <td class="number">{ value }</td>
                <td class="number">{ range }</td>
                if any_goal { <td class="number">{ d.target.map(n).unwrap_or_default() }</td> }
                if any_own { <td class="number">{ d.self_rating.map(n).unwrap_or_default() }</td> }
                if since.is_some() {
                    <td class="number">{ change_mark(texts, r).unwrap_or_else(|| String::from("—")) }</td>
                }
                if any_about { <td class="about">{ about(texts, d).join(" ") }</td> }
            </tr>
        }
    });
    let name = caption.clone();
    table_scroll(
        &name,
        html! {
        <table class="profile-table" part="table">
            <caption>{ caption }</caption>
            <thead>
                <tr>
                    <th scope="col">{ texts.t("profile.table.dimension") }</th>
                    <th scope="col">{ texts.t("profile.table.group") }</th>
                    <th scope="col">{ texts.t("profile.table.value") }</th>
                    <th scope="col">{ texts.t("profile.key.range") }</th>
                    if any_goal { <th scope="col">{ texts.t("profile.key.goal") }</th> }
                    if any_own { <th scope="col">{ texts.t("profile.key.own") }</th> }
                    if let Some(since) = &since {
                        <th scope="col">{ texts.f("profile.table.change-since", &[("since", since)]) }</th>
                    }
                    if any_about { <th scope="col">{ texts.t("profile.table.about") }</th> }
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
        },
    )
}

/// A group's label: the document's own, or for the four default groups the table's word.
pub fn group_label(texts: &Texts, doc: &ProfileDocument, id: &str) -> String {
    if doc.groups.is_none() {
        let word = match id {
            "academic" => Some(texts.t("profile.group.academic")),
            "cognitive" => Some(texts.t("profile.group.cognitive")),
            "social-emotional" => Some(texts.t("profile.group.social-emotional")),
            "background" => Some(texts.t("profile.group.background")),
            _ => None,
        };
        if let Some(word) = word {
            return word.to_string();
        }
    }
    doc.group_label(id).unwrap_or(id).to_string()
}
