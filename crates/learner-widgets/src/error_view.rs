//! The message a widget shows in place of a document it cannot use.

use learner_model::{DocumentError, Problem};
use yew::prelude::*;

use crate::Texts;

/// What is wrong, in the learner's language when the model gives its words, else in English.
pub fn problem_words(texts: &Texts, problem: &Problem) -> String {
    match &problem.words {
        Some((key, args)) => {
            let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            texts.f(key, &args)
        }
        None => problem.message.clone(),
    }
}

/// The field's path and what is wrong with it: `evidence[3].date: …`.
pub fn problem_line(texts: &Texts, problem: &Problem) -> String {
    let words = problem_words(texts, problem);
    if problem.path.is_empty() {
        words
    } else {
        format!("{}: {words}", problem.path)
    }
}

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
