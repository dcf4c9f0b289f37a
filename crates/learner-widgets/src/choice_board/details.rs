//! The current activity in full: what it asks, how it engages, represents and lets the learner
//! express (UDL), its resources, and the next step of its work: start, submit with a reflection,
//! propose an idea; in teacher mode, approve or return with feedback.

use learner_model::choice::{ChoiceBoardDocument, ProposalStatus, SelectionStatus};
use learner_model::format_number as n;
use yew::prelude::*;

use super::board::status_words;

/// A step of the work, as the learner or teacher asks for it.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Start,
    Unpick,
    Submit { reflection: String },
    Propose { title: String, description: String },
    Approve { feedback: String },
    Return { feedback: String },
    ApproveIdea { feedback: String },
    ReturnIdea { feedback: String },
}

#[derive(Properties, PartialEq)]
pub struct DetailsProps {
    pub doc: std::rc::Rc<ChoiceBoardDocument>,
    pub index: usize,
    pub teacher: bool,
    pub on_step: Callback<(String, Step)>,
}

#[component(Details)]
pub fn details(props: &DetailsProps) -> Html {
    let writing = use_state(|| false);
    let reflection = use_node_ref();
    let feedback = use_node_ref();
    let idea_title = use_node_ref();
    let idea_text = use_node_ref();
    {
        // Another activity, another draft.
        let writing = writing.clone();
        use_effect_with(props.index, move |_| writing.set(false));
    }
    let Some(activity) = props.doc.activities.get(props.index) else {
        return html! {};
    };
    let id = activity.id.clone();
    let selection = props.doc.selection(&id);
    let proposal = props.doc.proposal(&id);
    let step = |make: fn(&NodeRef, &NodeRef) -> Step, a: NodeRef, b: NodeRef| {
        let (on_step, id) = (props.on_step.clone(), id.clone());
        Callback::from(move |_: MouseEvent| on_step.emit((id.clone(), make(&a, &b))))
    };
    let simple = |s: Step| {
        let (on_step, id) = (props.on_step.clone(), id.clone());
        Callback::from(move |_: MouseEvent| on_step.emit((id.clone(), s.clone())))
    };
    let open_reflection = {
        let writing = writing.clone();
        Callback::from(move |_: MouseEvent| writing.set(true))
    };
    let cancel = {
        let writing = writing.clone();
        Callback::from(move |_: MouseEvent| writing.set(false))
    };
    // Escape leaves the reflection without submitting; the draft stays in the box until then.
    let escape = {
        let writing = writing.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                writing.set(false);
            }
        })
    };
    let udl = [
        ("Engages through", &activity.engagement),
        ("Represents with", &activity.representation),
        ("You show it by", &activity.expression),
    ];
    let status = selection.map(|s| s.status);
    html! {
        <section class="choice-details" aria-labelledby="choice-details-title" part="details">
            <p class="choice-details-title" id="choice-details-title">{ &activity.title }</p>
            if let Some(words) = status_words(&props.doc, activity) {
                <p class="choice-status-line">{ format!("Status: {words}") }</p>
            }
            if let Some(d) = &activity.description { <p>{ d }</p> }
            <p class="choice-muted">
                { [
                    activity.points.map(|p| format!("{} points", n(p))),
                    activity.minutes.map(|m| format!("about {m} minutes")),
                    activity.required.then(|| String::from("required")),
                ].into_iter().flatten().collect::<Vec<_>>().join(" · ") }
            </p>
            if udl.iter().any(|(_, tags)| !tags.is_empty()) {
                <dl class="choice-udl">
                    { for udl.iter().filter(|(_, tags)| !tags.is_empty()).map(|(label, tags)| html! {
                        <>
                            <dt>{ *label }</dt>
                            <dd>{ tags.join(", ") }</dd>
                        </>
                    }) }
                </dl>
            }
            if !activity.resources.is_empty() {
                <ul class="competency-links" aria-label="Resources">
                    { for activity.resources.iter().map(|r| html! {
                        <li><a href={r.url.clone()} target="_blank" rel="noopener noreferrer">{ &r.title }</a></li>
                    }) }
                </ul>
            }
            if let Some(p) = proposal {
                <p class="choice-proposal">
                    { format!("Your idea: {} ({})", p.title, match p.status {
                        ProposalStatus::Proposed => "waiting for your teacher",
                        ProposalStatus::Approved => "approved",
                        ProposalStatus::Returned => "returned",
                    }) }
                </p>
                if let Some(f) = &p.feedback { <p class="choice-feedback">{ format!("Teacher on your idea: {f}") }</p> }
            }
            if let Some(f) = selection.and_then(|s| s.feedback.as_ref()) {
                <p class="choice-feedback">{ format!("Teacher: {f}") }</p>
            }
            if let Some(r) = selection.and_then(|s| s.reflection.as_ref()) {
                <p class="choice-reflection">{ format!("Your reflection: {r}") }</p>
            }
            <div class="choice-actions">
                if activity.free_choice && status.is_some()
                    && proposal.is_none_or(|p| p.status == ProposalStatus::Returned) && !props.teacher {
                    <div class="choice-form" role="group" aria-label="Your idea">
                        <label class="teacher-field">{ "Idea" }<input ref={idea_title.clone()} type="text" /></label>
                        <label class="teacher-field">{ "How you will do it" }<textarea ref={idea_text.clone()} rows="2" /></label>
                        <button type="button" class="toolbar-button"
                            onclick={step(|t, d| Step::Propose { title: value(t), description: value(d) }, idea_title.clone(), idea_text.clone())}>
                            { "Propose idea" }
                        </button>
                    </div>
                }
                if !props.teacher {
                    if status == Some(SelectionStatus::Planned) {
                        <button type="button" class="toolbar-button" onclick={simple(Step::Start)}>{ "Start" }</button>
                        <button type="button" class="toolbar-button" onclick={simple(Step::Unpick)}>{ "Remove pick" }</button>
                    }
                    if status == Some(SelectionStatus::Returned) {
                        <button type="button" class="toolbar-button" onclick={simple(Step::Start)}>{ "Work on it again" }</button>
                    }
                    if status == Some(SelectionStatus::InProgress) && !*writing {
                        <button type="button" class="toolbar-button" onclick={open_reflection}>{ "Submit…" }</button>
                    }
                    if status == Some(SelectionStatus::InProgress) && *writing {
                        <div class="choice-form" role="group" aria-label="Submit with a reflection" onkeydown={escape}>
                            <label class="teacher-field">
                                { "What did you learn, and what would you do differently?" }
                                <textarea ref={reflection.clone()} rows="3" autofocus=true />
                            </label>
                            <button type="button" class="toolbar-button"
                                onclick={step(|r, _| Step::Submit { reflection: value(r) }, reflection.clone(), reflection.clone())}>
                                { "Submit" }
                            </button>
                            <button type="button" class="toolbar-button" onclick={cancel}>{ "Cancel" }</button>
                        </div>
                    }
                }
                if props.teacher && (status == Some(SelectionStatus::Submitted)
                    || proposal.is_some_and(|p| p.status == ProposalStatus::Proposed)) {
                    <div class="choice-form" role="group" aria-label="Teacher's decision">
                        <label class="teacher-field">{ "Feedback" }<textarea ref={feedback.clone()} rows="2" /></label>
                        if proposal.is_some_and(|p| p.status == ProposalStatus::Proposed) {
                            <button type="button" class="toolbar-button"
                                onclick={step(|f, _| Step::ApproveIdea { feedback: value(f) }, feedback.clone(), feedback.clone())}>
                                { "Approve idea" }
                            </button>
                            <button type="button" class="toolbar-button"
                                onclick={step(|f, _| Step::ReturnIdea { feedback: value(f) }, feedback.clone(), feedback.clone())}>
                                { "Return idea" }
                            </button>
                        }
                        if status == Some(SelectionStatus::Submitted) {
                            <button type="button" class="toolbar-button"
                                onclick={step(|f, _| Step::Approve { feedback: value(f) }, feedback.clone(), feedback.clone())}>
                                { "Approve" }
                            </button>
                            <button type="button" class="toolbar-button"
                                onclick={step(|f, _| Step::Return { feedback: value(f) }, feedback.clone(), feedback.clone())}>
                                { "Return with feedback" }
                            </button>
                        }
                    </div>
                }
            </div>
        </section>
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
