//! The learner's personal goals, with their competencies, dates, status and reflections.

use learner_model::progress::{GoalStatus, ProgressDocument};
use yew::prelude::*;

pub fn goals(doc: &ProgressDocument) -> Html {
    if doc.goals.is_empty() {
        return html! {};
    }
    html! {
        <section class="progress-goals" part="goals" aria-labelledby="goals-heading">
            <p class="progress-heading" id="goals-heading">{ "My goals" }</p>
            <ul>
                { for doc.goals.iter().map(|goal| {
                    let status = match goal.status {
                        GoalStatus::Active => "Active",
                        GoalStatus::Met => "Met",
                        GoalStatus::Dropped => "Dropped",
                    };
                    let codes: Vec<String> = goal
                        .competencies
                        .iter()
                        .filter_map(|id| doc.competency(id))
                        .map(|c| c.code.clone().unwrap_or_else(|| c.statement.clone()))
                        .collect();
                    html! {
                        <li class="goal">
                            <span class="goal-text">{ &goal.text }</span>
                            <span class="goal-meta">
                                { status }
                                if let Some(date) = &goal.target_date { { format!(", by {date}") } }
                                if !codes.is_empty() { { format!(", for {}", codes.join(", ")) } }
                            </span>
                            if !goal.reflections.is_empty() {
                                <ul class="goal-reflections">
                                    { for goal.reflections.iter().map(|r| html! { <li>{ r }</li> }) }
                                </ul>
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
