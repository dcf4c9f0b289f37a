//! The next step of the current activity's work, as buttons and small forms: the learner starts,
//! submits with a reflection or proposes their own idea; in teacher mode, the teacher approves or
//! returns it with feedback.

use learner_model::choice::{Proposal, ProposalStatus, SelectionStatus};
use yew::prelude::*;

use super::work::Step;
use crate::Texts;

/// The form fields a step reads when its button is pressed.
#[derive(Default)]
pub struct StepFields {
    pub reflection: NodeRef,
    pub feedback: NodeRef,
    pub idea_title: NodeRef,
    pub idea_text: NodeRef,
    /// "Submit…", which opens the reflection: focus comes back to it when the box closes.
    pub submit_open: NodeRef,
}

/// A step as its button makes it, from the fields it reads when pressed.
pub type MakeStep = fn(&StepFields) -> Step;

/// The callback of a button that asks for the step `make` makes.
fn ask_for(ask: &Callback<MakeStep>, make: MakeStep) -> Callback<MouseEvent> {
    ask.reform(move |_: MouseEvent| make)
}

/// Where the work on the current activity stands, and what its steps need.
pub struct WorkSteps<'a> {
    pub texts: &'a Texts,
    pub status: Option<SelectionStatus>,
    pub proposal: Option<&'a Proposal>,
    /// Whether the activity is the learner's own idea.
    pub free_choice: bool,
    pub teacher: bool,
    pub writing: bool,
    pub fields: &'a StepFields,
    /// Asks for a step of the activity's work.
    pub ask: Callback<MakeStep>,
    /// Opens (`true`) or closes the reflection.
    pub set_writing: Callback<bool>,
}

/// A learner with an own-idea activity proposes what they will do, or proposes again.
pub fn idea_form(w: &WorkSteps) -> Html {
    let (texts, f) = (w.texts, w.fields);
    let open = w.free_choice
        && w.status.is_some()
        && w.proposal
            .is_none_or(|p| p.status == ProposalStatus::Returned)
        && !w.teacher;
    let propose = ask_for(&w.ask, |f| Step::Propose {
        title: value(&f.idea_title),
        description: value(&f.idea_text),
    });
    html! {
        if open {
            <div class="choice-form" role="group" aria-label={texts.t("choice.idea.group")}>
                <label class="teacher-field">{ texts.t("choice.idea.title") }<input ref={f.idea_title.clone()} type="text" /></label>
                <label class="teacher-field">{ texts.t("choice.idea.how") }<textarea ref={f.idea_text.clone()} rows="2" /></label>
                <button type="button" class="toolbar-button" onclick={propose}>
                    { texts.t("choice.idea.propose") }
                </button>
            </div>
        }
    }
}

/// The learner's steps: start (or start again), remove the pick, submit with a reflection.
pub fn learner_steps(w: &WorkSteps) -> Html {
    let (texts, f, status) = (w.texts, w.fields, w.status);
    let open_reflection = w.set_writing.reform(|_: MouseEvent| true);
    let cancel = w.set_writing.reform(|_: MouseEvent| false);
    // Escape leaves the reflection without submitting; the draft stays in the box until then.
    let escape = {
        let set_writing = w.set_writing.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                set_writing.emit(false);
            }
        })
    };
    html! {
        if !w.teacher {
            if status == Some(SelectionStatus::Planned) {
                <button type="button" class="toolbar-button" onclick={ask_for(&w.ask, |_| Step::Start)}>{ texts.t("choice.start") }</button>
                <button type="button" class="toolbar-button" onclick={ask_for(&w.ask, |_| Step::Unpick)}>{ texts.t("choice.unpick") }</button>
            }
            if status == Some(SelectionStatus::Returned) {
                <button type="button" class="toolbar-button" onclick={ask_for(&w.ask, |_| Step::Start)}>{ texts.t("choice.again") }</button>
            }
            if status == Some(SelectionStatus::InProgress) && !w.writing {
                <button type="button" class="toolbar-button" ref={f.submit_open.clone()} onclick={open_reflection}>{ texts.t("choice.submit-open") }</button>
            }
            if status == Some(SelectionStatus::InProgress) && w.writing {
                <div class="choice-form" role="group" aria-label={texts.t("choice.reflection.group")} onkeydown={escape}>
                    <label class="teacher-field">
                        { texts.t("choice.reflection.prompt") }
                        <textarea ref={f.reflection.clone()} rows="3" />
                    </label>
                    <button type="button" class="toolbar-button"
                        onclick={ask_for(&w.ask, |f| Step::Submit { reflection: value(&f.reflection) })}>
                        { texts.t("choice.submit") }
                    </button>
                    <button type="button" class="toolbar-button" onclick={cancel}>{ texts.t("choice.cancel") }</button>
                </div>
            }
        }
    }
}

/// The teacher's decision on submitted work or a proposed idea, with feedback.
pub fn teacher_decision(w: &WorkSteps) -> Html {
    let (texts, feedback) = (w.texts, &w.fields.feedback);
    let idea_waits = w
        .proposal
        .is_some_and(|p| p.status == ProposalStatus::Proposed);
    let submitted = w.status == Some(SelectionStatus::Submitted);
    html! {
        if w.teacher && (submitted || idea_waits) {
            <div class="choice-form" role="group" aria-label={texts.t("choice.decision")}>
                <label class="teacher-field">{ texts.t("choice.feedback-label") }<textarea ref={feedback.clone()} rows="2" /></label>
                if idea_waits {
                    <button type="button" class="toolbar-button"
                        onclick={ask_for(&w.ask, |f| Step::ApproveIdea { feedback: value(&f.feedback) })}>
                        { texts.t("choice.idea.approve") }
                    </button>
                    <button type="button" class="toolbar-button"
                        onclick={ask_for(&w.ask, |f| Step::ReturnIdea { feedback: value(&f.feedback) })}>
                        { texts.t("choice.idea.return") }
                    </button>
                }
                if submitted {
                    <button type="button" class="toolbar-button"
                        onclick={ask_for(&w.ask, |f| Step::Approve { feedback: value(&f.feedback) })}>
                        { texts.t("choice.approve") }
                    </button>
                    <button type="button" class="toolbar-button"
                        onclick={ask_for(&w.ask, |f| Step::Return { feedback: value(&f.feedback) })}>
                        { texts.t("choice.return") }
                    </button>
                }
            </div>
        }
    }
}

/// The text of an input or textarea.
fn value(node: &NodeRef) -> String {
    if let Some(input) = node.cast::<web_sys::HtmlInputElement>() {
        return input.value();
    }
    node.cast::<web_sys::HtmlTextAreaElement>()
        .map(|t| t.value())
        .unwrap_or_default()
}
