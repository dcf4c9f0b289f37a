//! What to work on next: competencies whose prerequisites are mastered, with their help.

use learner_model::progress::ProgressDocument;
use yew::prelude::*;

use super::competency_row::links;

pub fn next_steps(doc: &ProgressDocument) -> Html {
    let steps = doc.next_steps();
    html! {
        <section class="progress-next" part="next-steps" aria-labelledby="next-heading">
            <p class="progress-heading" id="next-heading">{ "Next steps" }</p>
            if steps.is_empty() {
                <p class="learner-status">{ "Nothing is ready to start: every competency is mastered or waits for a prerequisite." }</p>
            } else {
                <ul class="progress-next-list">
                    { for steps.iter().map(|c| html! {
                        <li>
                            if let Some(code) = &c.code { <span class="progress-code">{ code }</span>{ " " } }
                            { &c.statement }
                            { links("Help", &c.help) }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
