//! What to work on next: competencies whose prerequisites are mastered, with their help.

use learner_model::progress::ProgressIndex;
use yew::prelude::*;

use super::competency_row::links;
use crate::Texts;

pub fn next_steps(texts: &Texts, index: &ProgressIndex) -> Html {
    let steps = index.next_steps();
    html! {
        <section class="progress-next" part="next-steps" aria-labelledby="next-heading">
            <p class="progress-heading" id="next-heading">{ texts.t("progress.next") }</p>
            if steps.is_empty() {
                <p class="learner-status">{ texts.t("progress.next.none") }</p>
            } else {
                <ul class="progress-next-list">
                    { for steps.iter().map(|c| html! {
                        <li>
                            if let Some(code) = &c.code { <span class="progress-code">{ code }</span>{ " " } }
                            { &c.statement }
                            { links(texts.t("progress.help"), &c.help) }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
