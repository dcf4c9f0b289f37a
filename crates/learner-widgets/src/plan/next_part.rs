//! Where the learner is going: the pace, with its reasoning, and the next steps (competencies whose
//! prerequisites are mastered).

use learner_model::Date;
use learner_model::progress::{ProgressIndex, pace_of};
use yew::prelude::*;

use crate::Texts;
use crate::progress::wording::{pace_label, pace_line};

pub fn next_part(texts: &Texts, index: &ProgressIndex, today: Option<Date>) -> Html {
    let steps = index.next_steps();
    let pace = today.map(|today| {
        let report = pace_of(index, today);
        html! {
            <div class="plan-pace">
                <h3>{ match report.pace {
                    Some(pace) => texts.f("plan.pace-judged", &[("pace", pace_label(texts, pace))]),
                    None => texts.t("plan.pace").to_string(),
                } }</h3>
                <ul>{ for report.explanation.iter().map(|line| html! { <li>{ pace_line(texts, line) }</li> }) }</ul>
            </div>
        }
    });
    html! {
        <section class="plan-section plan-next" aria-labelledby="plan-next-heading">
            <h2 id="plan-next-heading">{ texts.t("plan.next") }</h2>
            if steps.is_empty() {
                <p>{ texts.t("progress.next.none") }</p>
            } else {
                <ul class="plan-steps">
                    { for steps.iter().map(|c| html! {
                        <li>
                            if let Some(code) = &c.code { <span class="plan-code">{ code }</span>{ " " } }
                            { &c.statement }
                        </li>
                    }) }
                </ul>
            }
            { for pace }
        </section>
    }
}
