//! Teacher mode (`mode="teacher"`): add evidence and set a level with a reason, with ordinary form
//! controls (so every step works by keyboard), the problems shown as they are found.

use std::rc::Rc;

use learner_model::format_number as n;
use learner_model::progress::{Evidence, ProgressDocument};
use learner_model::{Date, Problem};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::ProgressChange;
use crate::{Texts, number_from_text, problem_line};

#[derive(Properties, PartialEq)]
pub struct TeacherPanelProps {
    pub document: Rc<ProgressDocument>,
    pub texts: Texts,
    pub today: Option<AttrValue>,
    pub on_change: Callback<ProgressChange>,
}

fn input(node: &NodeRef) -> String {
    node.cast::<HtmlInputElement>()
        .map(|i| i.value())
        .unwrap_or_default()
}

fn select(node: &NodeRef) -> String {
    node.cast::<HtmlSelectElement>()
        .map(|s| s.value())
        .unwrap_or_default()
}

/// A control with its label beside it (not around it, so a select's options stay out of its name).
pub fn field(id: &'static str, label: &str, control: Html) -> Html {
    html! {
        <span class="teacher-field">
            <label for={id}>{ label }</label>
            { control }
        </span>
    }
}

fn messages(texts: &Texts, problems: Vec<Problem>) -> Vec<String> {
    problems.iter().map(|p| problem_line(texts, p)).collect()
}

#[component(TeacherPanel)]
pub fn teacher_panel(props: &TeacherPanelProps) -> Html {
    let doc = &props.document;
    let texts = &props.texts;
    let scale = doc.scale();
    let feedback = use_state(|| (Vec::<String>::new(), String::new()));
    let refs: [NodeRef; 8] = Default::default();
    let [
        competency,
        score,
        date,
        source,
        note,
        o_competency,
        o_level,
        o_reason,
    ] = refs.clone();

    let index = learner_model::progress::ProgressIndex::new(doc);
    let leaves: Vec<(String, String)> = doc
        .framework
        .competencies
        .iter()
        .filter(|c| index.is_leaf(&c.id))
        .map(|c| {
            (
                c.id.clone(),
                c.code.clone().map_or_else(
                    || c.statement.clone(),
                    |code| format!("{code} {}", c.statement),
                ),
            )
        })
        .collect();
    let competency_options = |id: &str| {
        html! {
            { for leaves.iter().map(|(value, label)| html! {
                <option value={value.clone()} selected={value == id}>{ label }</option>
            }) }
        }
    };
    let level_options = html! {
        { for scale.levels.iter().map(|l| html! {
            <option value={n(l.value)}>{ texts.f("progress.teacher.level-option", &[("value", &texts.number(l.value)), ("level", &l.label)]) }</option>
        }) }
    };

    let add_evidence = {
        let (doc, on_change, feedback) = (doc.clone(), props.on_change.clone(), feedback.clone());
        let texts = texts.clone();
        let [competency, score, date, source, note, ..] = refs.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let evidence = Evidence {
                competency: select(&competency),
                score: number_from_text(&select(&score)).unwrap_or(f64::NAN),
                date: input(&date),
                source: input(&source).trim().to_string(),
                note: Some(input(&note).trim().to_string()).filter(|n| !n.is_empty()),
            };
            let said = texts.f(
                "progress.teacher.added",
                &[
                    ("score", &texts.number(evidence.score)),
                    ("source", &evidence.source),
                    ("date", &texts.date(&evidence.date)),
                ],
            );
            match doc.with_evidence(evidence) {
                Ok((document, edit)) => {
                    feedback.set((Vec::new(), said));
                    on_change.emit(ProgressChange {
                        document: Rc::new(document),
                        edit,
                    });
                }
                Err(problems) => feedback.set((messages(&texts, problems), String::new())),
            }
        })
    };
    let set_level = {
        let (doc, on_change, feedback) = (doc.clone(), props.on_change.clone(), feedback.clone());
        let texts = texts.clone();
        let today = props.today.as_deref().and_then(Date::parse);
        let [.., o_competency, o_level, o_reason] = refs.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let level = number_from_text(&select(&o_level)).unwrap_or(f64::NAN);
            match doc.with_override(&select(&o_competency), level, &input(&o_reason), today) {
                Ok((document, edit)) => {
                    feedback.set((
                        Vec::new(),
                        texts.f(
                            "progress.teacher.level-set",
                            &[("level", &texts.number(level))],
                        ),
                    ));
                    on_change.emit(ProgressChange {
                        document: Rc::new(document),
                        edit,
                    });
                }
                Err(problems) => feedback.set((messages(&texts, problems), String::new())),
            }
        })
    };
    let first = leaves.first().map(|(id, _)| id.clone()).unwrap_or_default();
    let (problems, done) = &*feedback;
    html! {
        <section class="progress-teacher" part="teacher" aria-labelledby="teacher-heading">
            <p class="progress-heading" id="teacher-heading">{ texts.t("progress.teacher") }</p>
            <form class="teacher-form" onsubmit={add_evidence} aria-label={texts.t("progress.teacher.add-evidence")}>
                { field("t-competency", texts.t("progress.competency"), html! { <select id="t-competency" ref={competency}>{ competency_options(&first) }</select> }) }
                { field("t-score", texts.t("progress.score"), html! { <select id="t-score" ref={score}>{ level_options.clone() }</select> }) }
                { field("t-date", texts.t("progress.date"), html! { <input type="date" id="t-date" ref={date} value={props.today.clone().unwrap_or_default()} /> }) }
                { field("t-source", texts.t("progress.source"), html! { <input type="text" id="t-source" ref={source} placeholder={texts.t("progress.teacher.source-example")} /> }) }
                { field("t-note", texts.t("progress.teacher.note"), html! { <input type="text" id="t-note" ref={note} /> }) }
                <button type="submit" class="toolbar-button">{ texts.t("progress.teacher.add-evidence") }</button>
            </form>
            <form class="teacher-form" onsubmit={set_level} aria-label={texts.t("progress.teacher.set-level")}>
                { field("o-competency", texts.t("progress.competency"), html! { <select id="o-competency" ref={o_competency}>{ competency_options(&first) }</select> }) }
                { field("o-level", texts.t("progress.level"), html! { <select id="o-level" ref={o_level}>{ level_options }</select> }) }
                { field("o-reason", texts.t("progress.teacher.reason"), html! { <input type="text" id="o-reason" ref={o_reason} /> }) }
                <button type="submit" class="toolbar-button">{ texts.t("progress.teacher.set-level-button") }</button>
            </form>
            if !problems.is_empty() {
                <div class="learner-error teacher-problems" role="alert">
                    <ul>
                    { for problems.iter().map(|p| html! { <li>{ p }</li> }) }
                    </ul>
                </div>
            }
            <p class="learner-status" role="status">{ done }</p>
        </section>
    }
}
