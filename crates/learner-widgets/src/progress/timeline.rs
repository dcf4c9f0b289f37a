//! The timeline view: for each competency, its evidence in date order with the level after each
//! piece, as a small chart and a table with the same numbers.

use learner_model::format_number as n;
use learner_model::progress::{ProgressDocument, ProgressIndex};
use yew::prelude::*;

use super::wording::level_name;
use crate::{Texts, table_scroll};

const WIDTH: f64 = 240.0;
const HEIGHT: f64 = 48.0;
/// Competencies' histories drawn at a time: each is a chart and a table, so a framework of
/// thousands shows them a page at a time, with "Show more" (as the list does).
pub const TIMELINE_PAGE: usize = 100;

/// `shown`: how many histories to draw; `on_more` asks for the next page.
pub fn timeline(
    texts: &Texts,
    doc: &ProgressDocument,
    shown: usize,
    on_more: &Callback<()>,
) -> Html {
    let scale = doc.scale();
    let (min, max) = (scale.min(), scale.max());
    let y_of = |v: f64| {
        HEIGHT - 4.0 - (HEIGHT - 8.0) * ((v - min) / (max - min).max(1e-9)).clamp(0.0, 1.0)
    };
    // Made once: each competency's history is then its own evidence, not a scan of all of it.
    let index = ProgressIndex::new(doc);
    let mut without = Vec::new();
    let mut blocks = Vec::new();
    let mut with_history = 0usize;
    for c in doc
        .framework
        .competencies
        .iter()
        .filter(|c| index.is_leaf(&c.id))
    {
        let points = index.history(c);
        let name = match &c.code {
            Some(code) => format!("{code} {}", c.statement),
            None => c.statement.clone(),
        };
        if points.is_empty() {
            without.push(name);
            continue;
        }
        with_history += 1;
        if with_history > shown {
            continue;
        }
        let step = WIDTH / points.len().max(1) as f64;
        let x_of = |i: usize| step * (i as f64 + 0.5);
        let line: Vec<String> = points
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                p.score_after
                    .map(|s| format!("{},{}", n(x_of(i)), n(y_of(s))))
            })
            .collect();
        let mastery_y = scale.mastery().map(y_of);
        blocks.push(html! {
            <li class="timeline-item">
                <p class="timeline-heading">{ &name }</p>
                <svg class="timeline-chart learner-tokens" viewBox={format!("0 0 {WIDTH} {HEIGHT}")}
                    width={n(WIDTH)} height={n(HEIGHT)} aria-hidden="true">
                    if let Some(y) = mastery_y {
                        <line class="timeline-mastery" x1="0" x2={n(WIDTH)} y1={n(y)} y2={n(y)} />
                    }
                    <polyline class="timeline-level" points={line.join(" ")} />
                    { for points.iter().enumerate().map(|(i, p)| html! {
                        <circle class="timeline-score" cx={n(x_of(i))} cy={n(y_of(p.evidence.score))} r="3" />
                    }) }
                </svg>
                { table_scroll(&texts.f("progress.timeline.caption", &[("competency", &name)]), html! {
                <table class="profile-table timeline-table">
                    <caption>{ texts.f("progress.timeline.caption", &[("competency", &name)]) }</caption>
                    <thead><tr>
                        <th scope="col">{ texts.t("progress.date") }</th>
                        <th scope="col">{ texts.t("progress.source") }</th>
                        <th scope="col">{ texts.t("progress.score") }</th>
                        <th scope="col">{ texts.t("progress.timeline.level-after") }</th>
                    </tr></thead>
                    <tbody>
                        { for points.iter().map(|p| {
                            let level = p.score_after.map_or_else(|| String::from("—"), |s| {
                                let label = scale.level_of((s * 100.0).round() / 100.0).map(|l| level_name(texts, l)).unwrap_or_default();
                                texts.f("progress.score-level", &[("score", &texts.number(s)), ("level", &label)])
                            });
                            html! {
                                <tr>
                                    <td>{ texts.date(&p.evidence.date) }</td>
                                    <td>{ &p.evidence.source }</td>
                                    <td class="number">{ texts.number(p.evidence.score) }</td>
                                    <td class="number">{ level }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
                }) }
            </li>
        });
    }
    html! {
        <section class="progress-timeline" part="timeline" aria-label={texts.t("progress.timeline")}>
            <p class="timeline-key">{ texts.t("progress.timeline.key") }</p>
            <ul class="timeline-list">
                { for blocks }
                if with_history > shown {
                    <li class="progress-more">
                        <button type="button" class="toolbar-button" onclick={on_more.reform(|_| ())}>
                            { texts.f("progress.show-more", &[
                                ("count", &texts.number((with_history - shown).min(TIMELINE_PAGE) as f64)),
                                ("shown", &texts.number(shown as f64)),
                                ("total", &texts.number(with_history as f64)),
                            ]) }
                        </button>
                    </li>
                }
            </ul>
            if !without.is_empty() {
                <p class="progress-heading">{ texts.t("progress.timeline.none") }</p>
                <ul class="timeline-none">{ for without.into_iter().map(|name| html! { <li>{ name }</li> }) }</ul>
            }
        </section>
    }
}
