//! The learner's personal goals, with their competencies, dates, status and reflections. In
//! `mode="self"` (the learner's own tracker) and `mode="teacher"` a goal can be set, marked met,
//! dropped or taken up again, with ordinary form controls so every step works by keyboard.

use std::rc::Rc;

use learner_model::progress::{Goal, GoalStatus, ProgressDocument};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::ProgressChange;
use super::edit_feedback::{EditFeedback, edit_sender, feedback_view};
use crate::Texts;

#[derive(Properties, PartialEq)]
pub struct GoalsProps {
    pub document: Rc<ProgressDocument>,
    pub texts: Texts,
    /// Whether goals can be set and their status changed.
    pub editable: bool,
    pub on_change: Callback<ProgressChange>,
}

fn status_text(texts: &Texts, status: GoalStatus) -> &'static str {
    match status {
        GoalStatus::Active => texts.t("progress.goal.active"),
        GoalStatus::Met => texts.t("progress.goal.met"),
        GoalStatus::Dropped => texts.t("progress.goal.dropped"),
    }
}

/// The code (or statement) of each competency a goal names.
pub(crate) fn codes(doc: &ProgressDocument, goal: &Goal) -> Vec<String> {
    goal.competencies
        .iter()
        .filter_map(|id| doc.competency(id))
        .map(|c| c.code.clone().unwrap_or_else(|| c.statement.clone()))
        .collect()
}

/// "Active, by 4 Dec 2026, for 6.RP.A.2": the status, then the date and competencies if any.
pub(crate) fn goal_meta(
    texts: &Texts,
    status: GoalStatus,
    date: Option<&str>,
    codes: &[String],
) -> String {
    let status = status_text(texts, status);
    match (date, codes.is_empty()) {
        (Some(date), true) => texts.f(
            "progress.goal.meta-date",
            &[("status", status), ("date", &texts.date(date))],
        ),
        (Some(date), false) => texts.f(
            "progress.goal.meta-date-for",
            &[
                ("status", status),
                ("date", &texts.date(date)),
                ("list", &texts.list(codes)),
            ],
        ),
        (None, false) => texts.f(
            "progress.goal.meta-for",
            &[("status", status), ("list", &texts.list(codes))],
        ),
        (None, true) => status.to_string(),
    }
}

#[component(Goals)]
pub fn goals(props: &GoalsProps) -> Html {
    let doc = &props.document;
    let texts = &props.texts;
    let feedback = use_state(EditFeedback::default);
    let fields = use_memo((), |()| GoalFields::default());

    // Every edit goes the same way: a new document and what changed, or the problems shown.
    let emit = edit_sender(props.on_change.clone(), feedback.clone());
    let set_goal = {
        let (doc, emit, texts, fields) = (doc.clone(), emit.clone(), texts.clone(), fields.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let goal = fields.goal();
            let said = texts.f("progress.goal.said-set", &[("goal", goal.text.trim())]);
            let result = doc.with_goal(goal);
            if result.is_ok()
                && let Some(input) = fields.text.cast::<HtmlInputElement>()
            {
                input.set_value("");
            }
            emit(result, said);
        })
    };
    let change_status = {
        let doc = doc.clone();
        Callback::from(move |(index, status, said): (usize, GoalStatus, String)| {
            emit(doc.with_goal_status(index, status), said)
        })
    };

    if doc.goals.is_empty() && !props.editable {
        return html! {};
    }
    html! {
        <section class="progress-goals" part="goals" aria-labelledby="goals-heading">
            <p class="progress-heading" id="goals-heading">{ texts.t("progress.goals") }</p>
            if !doc.goals.is_empty() {
                <ul>
                    { for doc.goals.iter().enumerate().map(|(index, goal)| {
                        let status = props.editable.then_some(&change_status);
                        goal_item(texts, doc, index, goal, status)
                    }) }
                </ul>
            }
            if props.editable {
                { goal_form(texts, doc, &fields, set_goal) }
                { feedback_view(texts, &feedback) }
            }
        </section>
    }
}

/// A goal with its status, date, competencies and reflections; when goals are editable, the
/// buttons that change its status (`change_status`).
fn goal_item(
    texts: &Texts,
    doc: &ProgressDocument,
    index: usize,
    goal: &Goal,
    change_status: Option<&Callback<(usize, GoalStatus, String)>>,
) -> Html {
    let codes = codes(doc, goal);
    let text_id = format!("goal-{index}");
    let goal_words = [("goal", goal.text.as_str())];
    let button = |change: &Callback<(usize, GoalStatus, String)>, status, said: String, label| {
        html! {
            <button type="button" class="toolbar-button" aria-describedby={text_id.clone()}
                onclick={change.reform(move |_: MouseEvent| (index, status, said.clone()))}>
                { label }
            </button>
        }
    };
    html! {
        <li class="goal">
            <span class="goal-text" id={text_id.clone()}>{ &goal.text }</span>
            <span class="goal-meta">
                { goal_meta(texts, goal.status, goal.target_date.as_deref(), &codes) }
            </span>
            if !goal.reflections.is_empty() {
                <ul class="goal-reflections">
                    { for goal.reflections.iter().map(|r| html! { <li>{ r }</li> }) }
                </ul>
            }
            if let Some(change) = change_status {
                <span class="goal-actions">
                    if goal.status == GoalStatus::Active {
                        { button(change, GoalStatus::Met, texts.f("progress.goal.said-met", &goal_words), texts.t("progress.goal.mark-met")) }
                        { button(change, GoalStatus::Dropped, texts.f("progress.goal.said-dropped", &goal_words), texts.t("progress.goal.drop")) }
                    } else {
                        { button(change, GoalStatus::Active, texts.f("progress.goal.said-active", &goal_words), texts.t("progress.goal.take-up")) }
                    }
                </span>
            }
        </li>
    }
}

/// The fields of the form that sets a goal.
#[derive(Default)]
struct GoalFields {
    text: NodeRef,
    date: NodeRef,
    competency: NodeRef,
}

impl GoalFields {
    /// The goal the form describes: active, with its competency and date if chosen.
    fn goal(&self) -> Goal {
        let value = |node: &NodeRef| {
            node.cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default()
        };
        let chosen = self
            .competency
            .cast::<HtmlSelectElement>()
            .map(|s| s.value())
            .unwrap_or_default();
        Goal {
            text: value(&self.text),
            competencies: Some(chosen).filter(|c| !c.is_empty()).into_iter().collect(),
            target_date: Some(value(&self.date)).filter(|d| !d.is_empty()),
            status: GoalStatus::Active,
            reflections: Vec::new(),
        }
    }
}

/// The form that sets a goal: its words, a date, and a competency if any.
fn goal_form(
    texts: &Texts,
    doc: &ProgressDocument,
    fields: &GoalFields,
    set_goal: Callback<SubmitEvent>,
) -> Html {
    html! {
        <form class="teacher-form" onsubmit={set_goal} aria-label={texts.t("progress.goal.set")}>
            <span class="teacher-field goal-field">
                <label for="g-text">{ texts.t("progress.goal") }</label>
                <input type="text" id="g-text" ref={fields.text.clone()} placeholder={texts.t("progress.goal.example")} />
            </span>
            <span class="teacher-field">
                <label for="g-date">{ texts.t("progress.goal.by") }</label>
                <input type="date" id="g-date" ref={fields.date.clone()} />
            </span>
            <span class="teacher-field">
                <label for="g-competency">{ texts.t("progress.goal.competency") }</label>
                <select id="g-competency" ref={fields.competency.clone()}>
                    <option value="">{ texts.t("progress.goal.no-competency") }</option>
                    { for doc.framework.competencies.iter().map(|c| html! {
                        <option value={c.id.clone()}>{ c.code.clone().unwrap_or_else(|| c.statement.clone()) }</option>
                    }) }
                </select>
            </span>
            <button type="submit" class="toolbar-button">{ texts.t("progress.goal.set-button") }</button>
        </form>
    }
}
