//! Every dimension as a row: the table alternative to the chart.

use std::rc::Rc;

use learner_model::ProfileDocument;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProfileTableProps {
    pub document: Rc<ProfileDocument>,
}

#[component(ProfileTable)]
pub fn profile_table(props: &ProfileTableProps) -> Html {
    let doc = &props.document;
    let caption = format!(
        "{}: every dimension on a {}–{} scale",
        doc.learner.name, doc.scale.min, doc.scale.max
    );
    let rows = doc.dimensions.iter().map(|d| {
        let range = match &d.range {
            Some(range) => format!("{}–{}", range.low, range.high),
            None => String::from("—"),
        };
        html! {
            <tr>
                <th scope="row">{ &d.label }</th>
                <td>{ d.group.clone().unwrap_or_default() }</td>
                <td class="number">{ d.value }</td>
                <td class="number">{ range }</td>
            </tr>
        }
    });
    html! {
        <table class="profile-table" part="table">
            <caption>{ caption }</caption>
            <thead>
                <tr>
                    <th scope="col">{ "Dimension" }</th>
                    <th scope="col">{ "Group" }</th>
                    <th scope="col">{ "Value" }</th>
                    <th scope="col">{ "Usual range" }</th>
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}
