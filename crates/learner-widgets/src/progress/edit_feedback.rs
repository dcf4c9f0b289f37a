//! How a tracker's edit forms (the teacher's, the learner's goals) answer an edit: the new
//! document goes to the host and the form says what it did, or the problems that refused it are
//! shown beside the form.

use std::rc::Rc;

use learner_model::Problem;
use learner_model::progress::{ProgressDocument, ProgressEdit};
use yew::prelude::*;

use super::ProgressChange;
use crate::{Texts, problem_line};

/// What a form shows after an edit: the problems that refused it, and what the last edit did.
pub type EditFeedback = (Vec<Problem>, String);

/// An edit's result, from the model.
pub type EditResult = Result<(ProgressDocument, ProgressEdit), Vec<Problem>>;

/// Sends an accepted edit to the host with `said` (what it did), or keeps its problems to show.
pub fn edit_sender(
    on_change: Callback<ProgressChange>,
    feedback: UseStateHandle<EditFeedback>,
) -> impl Fn(EditResult, String) + Clone {
    move |result, said| match result {
        Ok((document, edit)) => {
            feedback.set((Vec::new(), said));
            on_change.emit(ProgressChange {
                document: Rc::new(document),
                edit,
            });
        }
        Err(problems) => feedback.set((problems, String::new())),
    }
}

/// The problems (as an alert) and what the last edit did (as a status).
pub fn feedback_view(texts: &Texts, feedback: &EditFeedback) -> Html {
    let (problems, done) = feedback;
    html! {
        <>
            if !problems.is_empty() {
                <div class="learner-error teacher-problems" role="alert">
                    <ul>
                    { for problems.iter().map(|p| html! { <li>{ problem_line(texts, p) }</li> }) }
                    </ul>
                </div>
            }
            <p class="learner-status" role="status">{ done }</p>
        </>
    }
}
