//! Ahead, on pace or behind, with the reasoning and the projected completion date.

use learner_model::Date;
use learner_model::progress::{Pace, ProgressIndex, pace_of};
use yew::prelude::*;

use super::wording::{pace_label, pace_line};
use crate::Texts;

pub fn pace_panel(texts: &Texts, index: &ProgressIndex, today: Date) -> Html {
    let report = pace_of(index, today);
    let badge = report.pace.map(|p| {
        let class = match p {
            Pace::Ahead => "pace-badge pace-ahead",
            Pace::OnPace => "pace-badge pace-on",
            Pace::Behind => "pace-badge pace-behind",
        };
        html! { <span class={class}>{ pace_label(texts, p) }</span> }
    });
    html! {
        <section class="progress-pace" part="pace" aria-labelledby="pace-heading">
            <p class="progress-heading" id="pace-heading">{ texts.t("progress.pace") }{ " " }{ for badge }</p>
            <progress class="progress-overall" max={report.total.to_string()}
                value={report.mastered.to_string()}
                aria-label={texts.plural("progress.mastered-of", report.total as f64, &[("mastered", &texts.number(report.mastered as f64))])}>
                { texts.f("progress.of", &[("part", &texts.number(report.mastered as f64)), ("whole", &texts.number(report.total as f64))]) }
            </progress>
            <ul class="progress-reasons">
                { for report.explanation.iter().map(|line| html! { <li>{ pace_line(texts, line) }</li> }) }
            </ul>
        </section>
    }
}
