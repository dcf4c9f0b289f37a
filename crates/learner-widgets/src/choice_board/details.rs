//! The current activity in full (`activity_about`) and the next step of its work
//! (`work_steps`), with where focus goes as the work moves on.

use std::rc::Rc;

use learner_model::choice::ChoiceBoardDocument;
use yew::prelude::*;

use super::activity_about::activity_about;
use super::work::Step;
use super::work_steps::{
    MakeStep, StepFields, WorkSteps, idea_form, learner_steps, teacher_decision,
};

#[derive(Properties, PartialEq)]
pub struct DetailsProps {
    pub doc: Rc<ChoiceBoardDocument>,
    pub texts: crate::Texts,
    pub index: usize,
    pub teacher: bool,
    /// Whether the box for a reflection is open.
    pub writing: bool,
    pub on_write: Callback<bool>,
    pub on_step: Callback<(String, Step)>,
}

#[component(Details)]
pub fn details(props: &DetailsProps) -> Html {
    let fields = use_memo((), |()| StepFields::default());
    // Set when a person opens or closes the reflection: focus follows into the box, or back to
    // "Submit…" (the control they left is gone). Not when another activity resets the draft.
    let move_focus = use_mut_ref(|| false);
    {
        let (fields, move_focus) = (fields.clone(), move_focus.clone());
        use_effect_with(props.writing, move |writing| {
            if std::mem::take(&mut *move_focus.borrow_mut()) {
                let target = if *writing {
                    &fields.reflection
                } else {
                    &fields.submit_open
                };
                if let Some(el) = target.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    {
        // Another activity, another draft.
        let (writing, on_write) = (props.writing, props.on_write.clone());
        use_effect_with(props.index, move |_| {
            if writing {
                on_write.emit(false);
            }
        });
    }
    let Some(activity) = props.doc.activities.get(props.index) else {
        return html! {};
    };
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
    let set_writing = {
        let (writing, on_write) = (props.writing, props.on_write.clone());
        Callback::from(move |open: bool| {
            if writing != open {
                *move_focus.borrow_mut() = true;
                on_write.emit(open);
            }
        })
    };
    let ask = {
        let (on_step, id, fields) = (props.on_step.clone(), activity.id.clone(), fields.clone());
        Callback::from(move |make: MakeStep| {
            *stepped.borrow_mut() = true;
            on_step.emit((id.clone(), make(&fields)));
        })
    };
    let steps = WorkSteps {
        texts: &props.texts,
        status: props.doc.selection(&activity.id).map(|s| s.status),
        proposal: props.doc.proposal(&activity.id),
        free_choice: activity.free_choice,
        teacher: props.teacher,
        writing: props.writing,
        fields: &fields,
        ask,
        set_writing,
    };
    html! {
        <section class="choice-details" aria-labelledby="choice-details-title" part="details">
            { activity_about(&props.texts, &props.doc, activity) }
            <div class="choice-actions" ref={actions.clone()}>
                { idea_form(&steps) }
                { learner_steps(&steps) }
                { teacher_decision(&steps) }
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
