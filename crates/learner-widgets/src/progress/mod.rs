//! `<learner-progress>`: where a learner stands on each competency, why, whether they are on pace,
//! and what to do next.

mod competency_row;
mod goals;
mod next_steps;
mod pace_panel;
mod tree;

use std::rc::Rc;

use learner_model::Date;
use learner_model::progress::ProgressDocument;
use yew::prelude::*;

use crate::{LoadState, WidgetProps, error_view};
use goals::goals;
use next_steps::next_steps;
use pace_panel::pace_panel;
use tree::tree;

/// A learner's or teacher's edit to a progress document (none yet: the tracker is read-only).
#[derive(Debug, Clone, PartialEq)]
pub struct ProgressChange {
    pub document: Rc<ProgressDocument>,
}

/// The progress widget's props. `options.today` (`YYYY-MM-DD`) is the date pace is judged on.
pub type ProgressWidgetProps = WidgetProps<ProgressDocument, ProgressChange>;

#[component(ProgressWidget)]
pub fn progress_widget(props: &ProgressWidgetProps) -> Html {
    let body = match &props.state {
        LoadState::Empty => html! {
            <p class="learner-status" role="status">{ "No progress document has been given yet." }</p>
        },
        LoadState::Failed(error) => error_view("this progress tracker", error),
        LoadState::Ready(doc) => {
            let today = props.options.today.as_deref().and_then(Date::parse);
            html! {
                <section class="learner-progress"
                    aria-label={format!("Progress of {}: {}", doc.learner.name, doc.framework.title)}>
                    <p class="profile-name" part="name">{ &doc.learner.name }</p>
                    <p class="progress-framework">{ &doc.framework.title }</p>
                    { for today.map(|today| pace_panel(doc, today)) }
                    { next_steps(doc) }
                    { tree(doc) }
                    { goals(doc) }
                </section>
            }
        }
    };
    html! { <div class="learner-root" part="base">{ body }</div> }
}
