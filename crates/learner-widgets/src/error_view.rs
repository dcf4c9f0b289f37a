//! The message a widget shows in place of a document it cannot use.

use std::rc::Rc;

use learner_model::DocumentError;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorViewProps {
    /// What could not be shown, e.g. "this learner profile".
    pub what: AttrValue,
    pub error: Rc<DocumentError>,
}

/// Lists every problem with the path of its field, announced to screen readers as an alert.
#[component(ErrorView)]
pub fn error_view(props: &ErrorViewProps) -> Html {
    html! {
        <div class="learner-error" role="alert" part="error">
            <p class="learner-error-title">{ format!("Sorry, {} can't be shown.", props.what) }</p>
            <ul class="learner-error-list">
                { for props.error.problems.iter().map(|problem| html! {
                    <li>
                        if !problem.path.is_empty() {
                            <code>{ &problem.path }</code>{ ": " }
                        }
                        { &problem.message }
                    </li>
                }) }
            </ul>
        </div>
    }
}
