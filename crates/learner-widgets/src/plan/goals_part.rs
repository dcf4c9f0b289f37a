//! The learner's goals, each with its status, date, competencies and the learner's reflections.

use learner_model::progress::ProgressDocument;
use yew::prelude::*;

use crate::Texts;
use crate::progress::goals::{codes, goal_meta};

pub fn goals_part(texts: &Texts, doc: &ProgressDocument) -> Html {
    html! {
        <section class="plan-section plan-goals" aria-labelledby="plan-goals-heading">
            <h2 id="plan-goals-heading">{ texts.t("plan.goals") }</h2>
            if doc.goals.is_empty() {
                <p>{ texts.t("plan.goals.none") }</p>
            } else {
                <ul class="plan-goal-list">
                    { for doc.goals.iter().map(|goal| html! {
                        <li class="plan-goal">
                            <p class="plan-goal-text">{ &goal.text }</p>
                            <p class="plan-goal-meta">
                                { goal_meta(texts, goal.status, goal.target_date.as_deref(), &codes(doc, goal)) }
                            </p>
                            if goal.reflections.is_empty() {
                                <p class="plan-goal-meta">{ texts.t("plan.reflections.none") }</p>
                            } else {
                                <p class="plan-reflections-label">{ texts.t("plan.reflections") }</p>
                                <ul class="plan-reflections">
                                    { for goal.reflections.iter().map(|r| html! { <li>{ r }</li> }) }
                                </ul>
                            }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
