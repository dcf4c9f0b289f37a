//! The current activity in full: what it asks, how it engages, represents and lets the learner
//! express (UDL), its resources, and the next step of its work: start, submit with a reflection,
//! propose an idea; in teacher mode, approve or return with feedback.

use learner_model::choice::{ChoiceBoardDocument, ProposalStatus, SelectionStatus};
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
    pub texts: crate::Texts,
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
    let submit_open = use_node_ref();
    // Set when a person opens or closes the reflection: focus follows into the box, or back to
    // "Submit…" (the control they left is gone). Not when another activity resets the draft.
    let move_focus = use_mut_ref(|| false);
    {
        let (reflection, submit_open, move_focus) =
            (reflection.clone(), submit_open.clone(), move_focus.clone());
        use_effect_with(*writing, move |writing| {
            if std::mem::take(&mut *move_focus.borrow_mut()) {
                let target = if *writing { &reflection } else { &submit_open };
                if let Some(el) = target.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    {
        // Another activity, another draft.
        let writing = writing.clone();
        // Only when writing: setting state re-renders the details.
        use_effect_with(props.index, move |_| {
            if *writing {
                writing.set(false);
            }
        });
    }
    let Some(activity) = props.doc.activities.get(props.index) else {
        return html! {};
    };
    let id = activity.id.clone();
    let selection = props.doc.selection(&id);
    let proposal = props.doc.proposal(&id);
    // A step taken usually removes the button that took it (Start becomes Submit…, Submit and
    // Remove pick leave none): focus then goes to the work's next step, or back to its cell.
    let actions = use_node_ref();
    let stepped = use_mut_ref(|| false);
    {
        let (actions, stepped, index) = (actions.clone(), stepped.clone(), props.index);
        use_effect(move || {
            if std::mem::take(&mut *stepped.borrow_mut()) {
                refocus_after_step(&actions, index);
            }
        });
    }
    let step = |make: fn(&NodeRef, &NodeRef) -> Step, a: NodeRef, b: NodeRef| {
        let (on_step, id, stepped) = (props.on_step.clone(), id.clone(), stepped.clone());
        Callback::from(move |_: MouseEvent| {
            *stepped.borrow_mut() = true;
            on_step.emit((id.clone(), make(&a, &b)))
        })
    };
    let simple = |s: Step| {
        let (on_step, id, stepped) = (props.on_step.clone(), id.clone(), stepped.clone());
        Callback::from(move |_: MouseEvent| {
            *stepped.borrow_mut() = true;
            on_step.emit((id.clone(), s.clone()))
        })
    };
    let set_writing = {
        let (writing, move_focus) = (writing.clone(), move_focus.clone());
        move |open: bool| {
            if *writing != open {
                *move_focus.borrow_mut() = true;
                writing.set(open);
            }
        }
    };
    let open_reflection = {
        let set_writing = set_writing.clone();
        Callback::from(move |_: MouseEvent| set_writing(true))
    };
    let cancel = {
        let set_writing = set_writing.clone();
        Callback::from(move |_: MouseEvent| set_writing(false))
    };
    // Escape leaves the reflection without submitting; the draft stays in the box until then.
    let escape = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Escape" {
            e.prevent_default();
            set_writing(false);
        }
    });
    let texts = &props.texts;
    let udl = [
        (texts.t("choice.udl.engagement"), &activity.engagement),
        (
            texts.t("choice.udl.representation"),
            &activity.representation,
        ),
        (texts.t("choice.udl.expression"), &activity.expression),
    ];
    let status = selection.map(|s| s.status);
    html! {
        <section class="choice-details" aria-labelledby="choice-details-title" part="details">
            <p class="choice-details-title" id="choice-details-title">{ &activity.title }</p>
            if let Some(words) = status_words(texts, &props.doc, activity) {
                <p class="choice-status-line">{ texts.f("choice.status", &[("status", words)]) }</p>
            }
            if let Some(d) = &activity.description { <p>{ d }</p> }
            <p class="choice-muted">
                { [
                    activity.points.map(|p| texts.plural("choice.points", p, &[])),
                    activity.minutes.map(|m| texts.plural("choice.minutes", f64::from(m), &[])),
                    activity.required.then(|| texts.t("choice.required").to_string()),
                ].into_iter().flatten().collect::<Vec<_>>().join(" · ") }
            </p>
            if udl.iter().any(|(_, tags)| !tags.is_empty()) {
                <dl class="choice-udl">
                    { for udl.iter().filter(|(_, tags)| !tags.is_empty()).map(|(label, tags)| html! {
                        <>
                            <dt>{ *label }</dt>
                            <dd>{ texts.list(tags) }</dd>
                        </>
                    }) }
                </dl>
            }
            if !activity.resources.is_empty() {
                <ul class="competency-links" aria-label={texts.t("choice.resources")}>
                    { for activity.resources.iter().map(|r| html! {
                        <li><a href={r.url.clone()} target="_blank" rel="noopener noreferrer">{ &r.title }</a></li>
                    }) }
                </ul>
            }
            if let Some(p) = proposal {
                <p class="choice-proposal">
                    { texts.f("choice.idea", &[("title", &p.title), ("status", match p.status {
                        ProposalStatus::Proposed => texts.t("choice.idea.waiting"),
                        ProposalStatus::Approved => texts.t("choice.idea.approved"),
                        ProposalStatus::Returned => texts.t("choice.idea.returned"),
                    })]) }
                </p>
                if let Some(f) = &p.feedback { <p class="choice-feedback">{ texts.f("choice.idea.feedback", &[("feedback", f)]) }</p> }
            }
            if let Some(f) = selection.and_then(|s| s.feedback.as_ref()) {
                <p class="choice-feedback">{ texts.f("choice.feedback", &[("feedback", f)]) }</p>
            }
            if let Some(r) = selection.and_then(|s| s.reflection.as_ref()) {
                <p class="choice-reflection">{ texts.f("choice.reflection", &[("reflection", r)]) }</p>
            }
            <div class="choice-actions" ref={actions.clone()}>
                if activity.free_choice && status.is_some()
                    && proposal.is_none_or(|p| p.status == ProposalStatus::Returned) && !props.teacher {
                    <div class="choice-form" role="group" aria-label={texts.t("choice.idea.group")}>
                        <label class="teacher-field">{ texts.t("choice.idea.title") }<input ref={idea_title.clone()} type="text" /></label>
                        <label class="teacher-field">{ texts.t("choice.idea.how") }<textarea ref={idea_text.clone()} rows="2" /></label>
                        <button type="button" class="toolbar-button"
                            onclick={step(|t, d| Step::Propose { title: value(t), description: value(d) }, idea_title.clone(), idea_text.clone())}>
                            { texts.t("choice.idea.propose") }
                        </button>
                    </div>
                }
                if !props.teacher {
                    if status == Some(SelectionStatus::Planned) {
                        <button type="button" class="toolbar-button" onclick={simple(Step::Start)}>{ texts.t("choice.start") }</button>
                        <button type="button" class="toolbar-button" onclick={simple(Step::Unpick)}>{ texts.t("choice.unpick") }</button>
                    }
                    if status == Some(SelectionStatus::Returned) {
                        <button type="button" class="toolbar-button" onclick={simple(Step::Start)}>{ texts.t("choice.again") }</button>
                    }
                    if status == Some(SelectionStatus::InProgress) && !*writing {
                        <button type="button" class="toolbar-button" ref={submit_open.clone()} onclick={open_reflection}>{ texts.t("choice.submit-open") }</button>
                    }
                    if status == Some(SelectionStatus::InProgress) && *writing {
                        <div class="choice-form" role="group" aria-label={texts.t("choice.reflection.group")} onkeydown={escape}>
                            <label class="teacher-field">
                                { texts.t("choice.reflection.prompt") }
                                <textarea ref={reflection.clone()} rows="3" />
                            </label>
                            <button type="button" class="toolbar-button"
                                onclick={step(|r, _| Step::Submit { reflection: value(r) }, reflection.clone(), reflection.clone())}>
                                { texts.t("choice.submit") }
                            </button>
                            <button type="button" class="toolbar-button" onclick={cancel}>{ texts.t("choice.cancel") }</button>
                        </div>
                    }
                }
                if props.teacher && (status == Some(SelectionStatus::Submitted)
                    || proposal.is_some_and(|p| p.status == ProposalStatus::Proposed)) {
                    <div class="choice-form" role="group" aria-label={texts.t("choice.decision")}>
                        <label class="teacher-field">{ texts.t("choice.feedback-label") }<textarea ref={feedback.clone()} rows="2" /></label>
                        if proposal.is_some_and(|p| p.status == ProposalStatus::Proposed) {
                            <button type="button" class="toolbar-button"
                                onclick={step(|f, _| Step::ApproveIdea { feedback: value(f) }, feedback.clone(), feedback.clone())}>
                                { texts.t("choice.idea.approve") }
                            </button>
                            <button type="button" class="toolbar-button"
                                onclick={step(|f, _| Step::ReturnIdea { feedback: value(f) }, feedback.clone(), feedback.clone())}>
                                { texts.t("choice.idea.return") }
                            </button>
                        }
                        if status == Some(SelectionStatus::Submitted) {
                            <button type="button" class="toolbar-button"
                                onclick={step(|f, _| Step::Approve { feedback: value(f) }, feedback.clone(), feedback.clone())}>
                                { texts.t("choice.approve") }
                            </button>
                            <button type="button" class="toolbar-button"
                                onclick={step(|f, _| Step::Return { feedback: value(f) }, feedback.clone(), feedback.clone())}>
                                { texts.t("choice.return") }
                            </button>
                        }
                    </div>
                }
            </div>
        </section>
    }
}

/// If the step left nothing focused in the widget, focuses the work's next step (its first action
/// button), or else the activity's cell on the board.
fn refocus_after_step(actions: &NodeRef, index: usize) {
    let Some(actions) = actions.cast::<web_sys::Element>() else {
        return;
    };
    let Ok(Some(root)) = actions.closest(".learner-root") else {
        return;
    };
    if root.query_selector(":focus").ok().flatten().is_some() {
        return;
    }
    let target = actions.query_selector("button").ok().flatten().or_else(|| {
        root.query_selector(&format!("#choice-cell-{index}"))
            .ok()
            .flatten()
    });
    if let Some(el) =
        target.and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
    {
        let _ = el.focus();
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
