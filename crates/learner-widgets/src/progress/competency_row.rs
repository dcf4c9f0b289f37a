//! One competency: code, statement, level and status in words (never colour alone), and an
//! explanation a student can open: method, evidence, arithmetic, and what would reach mastery.

use learner_model::progress::{Link, ProgressIndex, Status};
use yew::prelude::*;

use super::wording::{explanation_item, level_name};
use crate::Texts;

/// A status in words.
pub fn status_label(texts: &Texts, status: Status) -> &'static str {
    match status {
        Status::NotStarted => texts.t("progress.status.not-started"),
        Status::InProgress => texts.t("progress.status.in-progress"),
        Status::Mastered => texts.t("progress.status.mastered"),
    }
}

pub fn competency_row(texts: &Texts, index: &ProgressIndex, id: &str) -> Html {
    let Some(competency) = index.competency(id) else {
        return html! {};
    };
    let doc = index.document();
    let s = index.standing(competency);
    let scale = doc.scale();
    let level = s.level.as_ref().map_or_else(
        || texts.t("progress.no-level").to_string(),
        |l| level_name(texts, l),
    );
    let status_class = match s.status {
        Status::NotStarted => "status status-not-started",
        Status::InProgress => "status status-in-progress",
        Status::Mastered => "status status-mastered",
    };
    let marker = match s.status {
        Status::NotStarted => "○",
        Status::InProgress => "◐",
        Status::Mastered => "●",
    };
    let color = s
        .level
        .as_ref()
        .and_then(|l| l.color.clone())
        .unwrap_or_default();
    // The browser colours the meter: at mastery and above, just below it, and further below.
    let mastery = scale.mastery().unwrap_or(scale.max());
    let below_mastery = scale
        .levels
        .iter()
        .rev()
        .map(|l| l.value)
        .find(|v| *v < mastery)
        .unwrap_or(scale.min());
    html! {
        <li class="competency" part="competency">
            <div class="competency-head">
                <span class={status_class}><span aria-hidden="true">{ marker }{ " " }</span>{ status_label(texts, s.status) }</span>
                if let Some(code) = &competency.code { <span class="progress-code">{ code }</span> }
                <span class="competency-statement">{ &competency.statement }</span>
                <span class={classes!("competency-level", color)}>
                    { level }
                    if s.overridden.is_some() { <span class="overridden">{ " " }{ texts.t("progress.set-by-teacher") }</span> }
                </span>
            </div>
            <meter class="competency-meter" min={scale.min().to_string()} max={scale.max().to_string()}
                low={below_mastery.to_string()} high={mastery.to_string()} optimum={scale.max().to_string()}
                value={s.score.unwrap_or(scale.min()).to_string()}
                aria-label={texts.f("progress.meter", &[("competency", &competency.code.clone().unwrap_or_else(|| competency.statement.clone()))])} />
            <details class="competency-why">
                <summary>{ match &s.level {
                    Some(l) => texts.f("progress.why", &[("level", &level_name(texts, l))]),
                    None => texts.t("progress.why-none").to_string(),
                } }</summary>
                <ol class="competency-steps">
                    { for s.explanation().iter().map(|line| explanation_item(texts, line)) }
                </ol>
                if let Some(rubric) = &competency.rubric { <p class="competency-rubric">{ texts.f("progress.rubric", &[("rubric", rubric)]) }</p> }
            </details>
            { links(texts.t("progress.examples"), &competency.exemplars) }
            { links(texts.t("progress.help"), &competency.help) }
        </li>
    }
}

/// A labelled list of links that open in a new page. Only http and https links reach here
/// (validation refuses the rest); `noopener` keeps the opened page from reaching back.
pub fn links(label: &str, links: &[Link]) -> Html {
    if links.is_empty() {
        return html! {};
    }
    html! {
        <span class="competency-links">
            { label }{ " " }
            { for links.iter().map(|link| html! {
                <a href={link.url.clone()} target="_blank" rel="noopener noreferrer">{ &link.title }</a>
            }) }
        </span>
    }
}
