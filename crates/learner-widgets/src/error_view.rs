//! The message a widget shows in place of a document it cannot use.

use learner_model::DocumentError;
use yew::prelude::*;

use crate::Texts;
use crate::i18n::problem_words;

/// Lists every problem with the path of its field, announced to screen readers as an alert, under
/// `title` ("Sorry, this learner profile can't be shown.").
pub fn error_view(texts: &Texts, title: &str, error: &DocumentError) -> Html {
    html! {
        <div class="learner-error" role="alert" part="error">
            <p class="learner-error-title">{ title }</p>
            <ul class="learner-error-list">
                { for error.problems.iter().map(|problem| html! {
                    <li>
                        if !problem.path.is_empty() {
                            <code>{ &problem.path }</code>{ ": " }
                        }
                        { problem_words(texts, problem) }
                    </li>
                }) }
            </ul>
        </div>
    }
}
