//! Teacher mode (`mode="teacher"`): add evidence and set a level with a reason, with ordinary form
//! controls (so every step works by keyboard), the problems shown as they are found.

use std::rc::Rc;

use learner_model::Date;
use learner_model::format_number as n;
use learner_model::progress::{Evidence, ProgressDocument};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::ProgressChange;
use super::edit_feedback::{EditFeedback, edit_sender, feedback_view};
use super::wording::level_name;
use crate::{Texts, number_from_text};

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

#[component(TeacherPanel)]
pub fn teacher_panel(props: &TeacherPanelProps) -> Html {
    let doc = &props.document;
    let texts = &props.texts;
    let feedback = use_state(EditFeedback::default);
    let fields = use_memo((), |()| TeacherFields::default());

    // Both forms' edits go the same way: a new document and what it did, or the problems shown.
    let emit = edit_sender(props.on_change.clone(), feedback.clone());
    let add_evidence = {
        let (doc, texts, fields, emit) = (doc.clone(), texts.clone(), fields.clone(), emit.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let evidence = fields.evidence();
            let said = texts.f(
                "progress.teacher.added",
                &[
                    ("score", &texts.number(evidence.score)),
                    ("source", &evidence.source),
                    ("date", &texts.date(&evidence.date)),
                ],
            );
            emit(doc.with_evidence(evidence), said);
        })
    };
    let set_level = {
        let (doc, texts, fields) = (doc.clone(), texts.clone(), fields.clone());
        let today = props.today.as_deref().and_then(Date::parse);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let level = number_from_text(&select(&fields.o_level)).unwrap_or(f64::NAN);
            let competency = select(&fields.o_competency);
            let result = doc.with_override(&competency, level, &input(&fields.o_reason), today);
            let said = texts.f(
                "progress.teacher.level-set",
                &[("level", &texts.number(level))],
            );
            emit(result, said);
        })
    };
    let forms = TeacherForms {
        texts,
        doc,
        fields: &fields,
        leaves: leaves(doc),
        today: props.today.clone().unwrap_or_default(),
    };
    html! {
        <section class="progress-teacher" part="teacher" aria-labelledby="teacher-heading">
            <p class="progress-heading" id="teacher-heading">{ texts.t("progress.teacher") }</p>
            { evidence_form(&forms, add_evidence) }
            { level_form(&forms, set_level) }
            { feedback_view(texts, &feedback) }
        </section>
    }
}

/// The fields of the teacher's two forms: evidence, and a level set by hand (`o_`: override).
#[derive(Default)]
struct TeacherFields {
    competency: NodeRef,
    score: NodeRef,
    date: NodeRef,
    source: NodeRef,
    note: NodeRef,
    o_competency: NodeRef,
    o_level: NodeRef,
    o_reason: NodeRef,
}

impl TeacherFields {
    /// The evidence the first form describes.
    fn evidence(&self) -> Evidence {
        Evidence {
            competency: select(&self.competency),
            score: number_from_text(&select(&self.score)).unwrap_or(f64::NAN),
            date: input(&self.date),
            source: input(&self.source).trim().to_string(),
            note: Some(input(&self.note).trim().to_string()).filter(|n| !n.is_empty()),
        }
    }
}

/// The competencies evidence is given for (the leaves of the framework), as values and labels.
fn leaves(doc: &ProgressDocument) -> Vec<(String, String)> {
    let index = learner_model::progress::ProgressIndex::new(doc);
    doc.framework
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
        .collect()
}

/// What both forms are drawn from.
struct TeacherForms<'a> {
    texts: &'a Texts,
    doc: &'a ProgressDocument,
    fields: &'a TeacherFields,
    leaves: Vec<(String, String)>,
    today: AttrValue,
}

impl TeacherForms<'_> {
    /// The competencies to choose from, the first chosen.
    fn competency_options(&self) -> Html {
        let first = self
            .leaves
            .first()
            .map(|(id, _)| id.as_str())
            .unwrap_or_default();
        html! {
            { for self.leaves.iter().map(|(value, label)| html! {
                <option value={value.clone()} selected={value == first}>{ label }</option>
            }) }
        }
    }

    /// The scale's levels, each with its value.
    fn level_options(&self) -> Html {
        let texts = self.texts;
        html! {
            { for self.doc.scale().levels.iter().map(|l| html! {
                <option value={n(l.value)}>{ texts.f("progress.teacher.level-option", &[("value", &texts.number(l.value)), ("level", &level_name(texts, l))]) }</option>
            }) }
        }
    }
}

fn evidence_form(forms: &TeacherForms, onsubmit: Callback<SubmitEvent>) -> Html {
    let (texts, f) = (forms.texts, forms.fields);
    html! {
        <form class="teacher-form" onsubmit={onsubmit} aria-label={texts.t("progress.teacher.add-evidence")}>
            { field("t-competency", texts.t("progress.competency"), html! { <select id="t-competency" ref={f.competency.clone()}>{ forms.competency_options() }</select> }) }
            { field("t-score", texts.t("progress.score"), html! { <select id="t-score" ref={f.score.clone()}>{ forms.level_options() }</select> }) }
            { field("t-date", texts.t("progress.date"), html! { <input type="date" id="t-date" ref={f.date.clone()} value={forms.today.clone()} /> }) }
            { field("t-source", texts.t("progress.source"), html! { <input type="text" id="t-source" ref={f.source.clone()} placeholder={texts.t("progress.teacher.source-example")} /> }) }
            { field("t-note", texts.t("progress.teacher.note"), html! { <input type="text" id="t-note" ref={f.note.clone()} /> }) }
            <button type="submit" class="toolbar-button">{ texts.t("progress.teacher.add-evidence") }</button>
        </form>
    }
}

fn level_form(forms: &TeacherForms, onsubmit: Callback<SubmitEvent>) -> Html {
    let (texts, f) = (forms.texts, forms.fields);
    html! {
        <form class="teacher-form" onsubmit={onsubmit} aria-label={texts.t("progress.teacher.set-level")}>
            { field("o-competency", texts.t("progress.competency"), html! { <select id="o-competency" ref={f.o_competency.clone()}>{ forms.competency_options() }</select> }) }
            { field("o-level", texts.t("progress.level"), html! { <select id="o-level" ref={f.o_level.clone()}>{ forms.level_options() }</select> }) }
            { field("o-reason", texts.t("progress.teacher.reason"), html! { <input type="text" id="o-reason" ref={f.o_reason.clone()} /> }) }
            <button type="submit" class="toolbar-button">{ texts.t("progress.teacher.set-level-button") }</button>
        </form>
    }
}
