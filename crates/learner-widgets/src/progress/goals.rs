//! The learner's personal goals, with their competencies, dates, status and reflections. In
//! `mode="self"` (the learner's own tracker) and `mode="teacher"` a goal can be set, marked met,
//! dropped or taken up again, with ordinary form controls so every step works by keyboard.

use std::rc::Rc;

use learner_model::Problem;
use learner_model::progress::{Goal, GoalStatus, ProgressDocument, ProgressEdit};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::ProgressChange;

#[derive(Properties, PartialEq)]
pub struct GoalsProps {
    pub document: Rc<ProgressDocument>,
    /// Whether goals can be set and their status changed.
    pub editable: bool,
    pub on_change: Callback<ProgressChange>,
}

fn status_text(status: GoalStatus) -> &'static str {
    match status {
        GoalStatus::Active => "Active",
        GoalStatus::Met => "Met",
        GoalStatus::Dropped => "Dropped",
    }
}

/// The code (or statement) of each competency a goal names.
fn codes(doc: &ProgressDocument, goal: &Goal) -> Vec<String> {
    goal.competencies
        .iter()
        .filter_map(|id| doc.competency(id))
        .map(|c| c.code.clone().unwrap_or_else(|| c.statement.clone()))
        .collect()
}

#[component(Goals)]
pub fn goals(props: &GoalsProps) -> Html {
    let doc = &props.document;
    let feedback = use_state(|| (Vec::<Problem>::new(), String::new()));
    let text = use_node_ref();
    let date = use_node_ref();
    let competency = use_node_ref();

    // Every edit goes the same way: a new document and what changed, or the problems shown.
    let emit = {
        let (on_change, feedback) = (props.on_change.clone(), feedback.clone());
        move |result: Result<(ProgressDocument, ProgressEdit), Vec<Problem>>, said: String| {
            match result {
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
    };
    let set_goal = {
        let (doc, emit) = (doc.clone(), emit.clone());
        let (text, date, competency) = (text.clone(), date.clone(), competency.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = |node: &NodeRef| {
                node.cast::<HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default()
            };
            let chosen = competency
                .cast::<HtmlSelectElement>()
                .map(|s| s.value())
                .unwrap_or_default();
            let goal = Goal {
                text: value(&text),
                competencies: Some(chosen).filter(|c| !c.is_empty()).into_iter().collect(),
                target_date: Some(value(&date)).filter(|d| !d.is_empty()),
                status: GoalStatus::Active,
                reflections: Vec::new(),
            };
            let said = format!("Goal set: {}", goal.text.trim());
            let result = doc.with_goal(goal);
            if result.is_ok()
                && let Some(input) = text.cast::<HtmlInputElement>()
            {
                input.set_value("");
            }
            emit(result, said);
        })
    };
    let change_status = |index: usize, status: GoalStatus, said: String| {
        let (doc, emit) = (doc.clone(), emit.clone());
        Callback::from(move |_: MouseEvent| emit(doc.with_goal_status(index, status), said.clone()))
    };

    if doc.goals.is_empty() && !props.editable {
        return html! {};
    }
    let (problems, done) = &*feedback;
    html! {
        <section class="progress-goals" part="goals" aria-labelledby="goals-heading">
            <p class="progress-heading" id="goals-heading">{ "My goals" }</p>
            if !doc.goals.is_empty() {
                <ul>
                    { for doc.goals.iter().enumerate().map(|(index, goal)| {
                        let codes = codes(doc, goal);
                        let text_id = format!("goal-{index}");
                        html! {
                            <li class="goal">
                                <span class="goal-text" id={text_id.clone()}>{ &goal.text }</span>
                                <span class="goal-meta">
                                    { status_text(goal.status) }
                                    if let Some(date) = &goal.target_date { { format!(", by {date}") } }
                                    if !codes.is_empty() { { format!(", for {}", codes.join(", ")) } }
                                </span>
                                if !goal.reflections.is_empty() {
                                    <ul class="goal-reflections">
                                        { for goal.reflections.iter().map(|r| html! { <li>{ r }</li> }) }
                                    </ul>
                                }
                                if props.editable {
                                    <span class="goal-actions">
                                        if goal.status == GoalStatus::Active {
                                            <button type="button" class="toolbar-button" aria-describedby={text_id.clone()}
                                                onclick={change_status(index, GoalStatus::Met, format!("Goal met: {}", goal.text))}>
                                                { "Mark as met" }
                                            </button>
                                            <button type="button" class="toolbar-button" aria-describedby={text_id.clone()}
                                                onclick={change_status(index, GoalStatus::Dropped, format!("Goal dropped: {}", goal.text))}>
                                                { "Drop" }
                                            </button>
                                        } else {
                                            <button type="button" class="toolbar-button" aria-describedby={text_id.clone()}
                                                onclick={change_status(index, GoalStatus::Active, format!("Goal active again: {}", goal.text))}>
                                                { "Take up again" }
                                            </button>
                                        }
                                    </span>
                                }
                            </li>
                        }
                    }) }
                </ul>
            }
            if props.editable {
                <form class="teacher-form" onsubmit={set_goal} aria-label="Set a goal">
                    <span class="teacher-field goal-field">
                        <label for="g-text">{ "Goal" }</label>
                        <input type="text" id="g-text" ref={text} placeholder="e.g. Explain unit rates to a classmate" />
                    </span>
                    <span class="teacher-field">
                        <label for="g-date">{ "By (optional)" }</label>
                        <input type="date" id="g-date" ref={date} />
                    </span>
                    <span class="teacher-field">
                        <label for="g-competency">{ "Competency (optional)" }</label>
                        <select id="g-competency" ref={competency}>
                            <option value="">{ "None" }</option>
                            { for doc.framework.competencies.iter().map(|c| html! {
                                <option value={c.id.clone()}>{ c.code.clone().unwrap_or_else(|| c.statement.clone()) }</option>
                            }) }
                        </select>
                    </span>
                    <button type="submit" class="toolbar-button">{ "Set goal" }</button>
                </form>
                if !problems.is_empty() {
                    <ul class="learner-error teacher-problems" role="alert">
                        { for problems.iter().map(|p| html! { <li>{ p.to_string() }</li> }) }
                    </ul>
                }
                <p class="learner-status" role="status">{ done }</p>
            }
        </section>
    }
}
