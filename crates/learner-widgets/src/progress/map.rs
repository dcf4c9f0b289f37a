//! The map view: competencies laid out in the order their prerequisites allow, step by step, each
//! with its status and what it builds on.

use learner_model::progress::{ProgressDocument, ProgressIndex, Status};
use yew::prelude::*;

use super::competency_row::status_label;
use crate::Texts;

pub fn map(texts: &Texts, doc: &ProgressDocument) -> Html {
    // Made once: each card asks it for its standing and its prerequisites' codes.
    let index = ProgressIndex::new(doc);
    let layers = index.prerequisite_layers();
    let code = |id: &str| {
        index.competency(id).map_or_else(
            || id.to_string(),
            |c| c.code.clone().unwrap_or_else(|| c.id.clone()),
        )
    };
    html! {
        <ol class="progress-map" part="map" aria-label={texts.t("progress.map")}>
            { for layers.iter().enumerate().map(|(step, layer)| html! {
                <li class="map-step">
                    <p class="map-step-heading">{ texts.f("progress.map.step", &[("step", &texts.number((step + 1) as f64))]) }</p>
                    <ul class="map-cards">
                        { for layer.iter().map(|c| {
                            let s = index.standing(c);
                            let (marker, class) = match s.status {
                                Status::Mastered => ("●", "map-card status-mastered"),
                                Status::InProgress => ("◐", "map-card status-in-progress"),
                                Status::NotStarted => ("○", "map-card status-not-started"),
                            };
                            let after: Vec<String> = c.prerequisites.iter().map(|p| code(p)).collect();
                            html! {
                                <li class={class}>
                                    <span class="map-status"><span aria-hidden="true">{ marker }{ " " }</span>{ status_label(texts, s.status) }</span>
                                    if let Some(code) = &c.code { <span class="progress-code">{ code }</span> }
                                    <span class="map-statement">{ &c.statement }</span>
                                    if !after.is_empty() {
                                        <span class="map-after">{ texts.f("progress.map.after", &[("list", &texts.list(&after))]) }</span>
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                </li>
            }) }
        </ol>
    }
}
