//! Progress per competency in words: each competency the learner works on (the framework's
//! leaves) with its level and status as the tracker words them, and the date aimed at.

use learner_model::progress::{ProgressIndex, Status};
use yew::prelude::*;

use crate::Texts;
use crate::progress::competency_row::status_label;
use crate::progress::wording::level_name;

pub fn standings(texts: &Texts, index: &ProgressIndex) -> Html {
    let doc = index.document();
    let rows = doc
        .framework
        .competencies
        .iter()
        .filter(|c| index.is_leaf(&c.id))
        .map(|competency| {
            let s = index.standing(competency);
            let level = s.level.as_ref().map_or_else(
                || texts.t("progress.no-level").to_string(),
                |l| level_name(texts, l),
            );
            // The same marks as the tracker's, beside the words that carry the meaning.
            let marker = match s.status {
                Status::NotStarted => "○",
                Status::InProgress => "◐",
                Status::Mastered => "●",
            };
            html! {
                <tr>
                    <th scope="row">
                        if let Some(code) = &competency.code { <span class="plan-code">{ code }</span>{ " " } }
                        { &competency.statement }
                    </th>
                    <td>
                        { level }
                        if s.overridden.is_some() { { " " }{ texts.t("progress.set-by-teacher") } }
                    </td>
                    <td><span aria-hidden="true">{ marker }{ " " }</span>{ status_label(texts, s.status) }</td>
                    <td>{ competency.target_date.as_deref().map(|d| texts.date(d)).unwrap_or_default() }</td>
                </tr>
            }
        });
    html! {
        <section class="plan-section plan-progress" aria-labelledby="plan-progress-heading">
            <h2 id="plan-progress-heading">{ texts.t("plan.progress") }</h2>
            <table class="plan-standings">
                <caption>{ texts.f("plan.progress.caption", &[("framework", &doc.framework.title)]) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ texts.t("plan.progress.competency") }</th>
                        <th scope="col">{ texts.t("plan.progress.level") }</th>
                        <th scope="col">{ texts.t("plan.progress.status") }</th>
                        <th scope="col">{ texts.t("plan.progress.target") }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </section>
    }
}
