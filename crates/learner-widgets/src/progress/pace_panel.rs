//! Ahead, on pace or behind, with the reasoning and the projected completion date.

use learner_model::Date;
use learner_model::progress::{ProgressDocument, pace};
use yew::prelude::*;

pub fn pace_panel(document: &ProgressDocument, today: Date) -> Html {
    let report = pace(document, today);
    let badge = report.pace.map(|p| {
        let class = match p {
            learner_model::progress::Pace::Ahead => "pace-badge pace-ahead",
            learner_model::progress::Pace::OnPace => "pace-badge pace-on",
            learner_model::progress::Pace::Behind => "pace-badge pace-behind",
        };
        html! { <span class={class}>{ p.label() }</span> }
    });
    html! {
        <section class="progress-pace" part="pace" aria-labelledby="pace-heading">
            <p class="progress-heading" id="pace-heading">{ "Pace " }{ for badge }</p>
            <progress class="progress-overall" max={report.total.to_string()}
                value={report.mastered.to_string()}
                aria-label={format!("{} of {} competencies mastered", report.mastered, report.total)}>
                { format!("{} of {}", report.mastered, report.total) }
            </progress>
            <ul class="progress-reasons">
                { for report.explanation.iter().map(|line| html! { <li>{ line }</li> }) }
            </ul>
        </section>
    }
}
