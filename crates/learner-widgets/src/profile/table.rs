//! Every dimension as a row: the table alternative to the charts, with the same lens.

use learner_model::format_number as n;
use learner_model::profile::{ProfileDocument, read};
use yew::prelude::*;

use super::describe::{about, change_mark, snapshot_name};
use super::lens::Lens;
use crate::table_scroll;

pub fn profile_table(doc: &ProfileDocument, lens: &Lens) -> Html {
    let readings = read(doc, lens.context(), lens.compare());
    let since = lens.compare().and_then(|date| snapshot_name(doc, date));
    let context = lens.context().and_then(|id| doc.context(id));
    let any_goal = readings.iter().any(|r| r.dimension.target.is_some());
    let any_own = readings.iter().any(|r| r.dimension.self_rating.is_some());
    let any_about = readings.iter().any(|r| !about(r.dimension).is_empty());
    let mut caption = format!(
        "{}: every dimension on a {}–{} scale",
        doc.learner.name,
        n(doc.scale.min),
        n(doc.scale.max)
    );
    if let Some(context) = context {
        caption.push_str(&format!(" ({})", context.label));
    }
    let rows = readings.iter().map(|r| {
        let d = r.dimension;
        let range = d.range.as_ref().map_or_else(
            || String::from("—"),
            |r| format!("{}–{}", n(r.low), n(r.high)),
        );
        let value = if context.is_some() && !r.in_context {
            format!("{} (general)", doc.scale.describe(r.value))
        } else {
            doc.scale.describe(r.value)
        };
        html! {
            <tr>
                <th scope="row">{ &d.label }</th>
                <td>{ d.group.as_deref().map(|g| doc.group_label(g)).unwrap_or_default() }</td>
                <td class="number">{ value }</td>
                <td class="number">{ range }</td>
                if any_goal { <td class="number">{ d.target.map(n).unwrap_or_default() }</td> }
                if any_own { <td class="number">{ d.self_rating.map(n).unwrap_or_default() }</td> }
                if since.is_some() {
                    <td class="number">{ change_mark(r).unwrap_or_else(|| String::from("—")) }</td>
                }
                if any_about { <td class="about">{ about(d).join(" ") }</td> }
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
                    <th scope="col">{ "Dimension" }</th>
                    <th scope="col">{ "Group" }</th>
                    <th scope="col">{ "Value" }</th>
                    <th scope="col">{ "Usual range" }</th>
                    if any_goal { <th scope="col">{ "Goal" }</th> }
                    if any_own { <th scope="col">{ "Your rating" }</th> }
                    if let Some(since) = &since {
                        <th scope="col">{ format!("Change since {since}") }</th>
                    }
                    if any_about { <th scope="col">{ "About" }</th> }
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
        },
    )
}
