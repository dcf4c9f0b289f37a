//! `<learner-choice-board>`: a board the teacher designed, from which the learner chooses what to
//! do; the rules are checked as they pick, with guidance in words; each activity's work goes from
//! planned to approved, ending in a reflection and feedback.

mod authoring;
mod board;
mod details;
mod guidance_words;
mod rules_panel;

use std::rc::Rc;

use learner_model::choice::{ChoiceBoardDocument, ChoiceEdit, RuleReport, evaluate_selections};
use yew::prelude::*;

use crate::{LoadState, Mode, WidgetProps, error_view, problem_words};
use authoring::Authoring;
use board::{BoardProps, board};
use details::{Details, Step};
use rules_panel::{announcement, rules_panel};

/// A learner's or teacher's edit, with the whole document after it.
#[derive(Debug, Clone, PartialEq)]
pub struct ChoiceChange {
    pub document: Rc<ChoiceBoardDocument>,
    pub edit: ChoiceEdit,
    /// Whether the picks meet every rule after the edit.
    pub complete: bool,
}

pub type ChoiceBoardProps = WidgetProps<ChoiceBoardDocument, ChoiceChange>;

/// Now, as the host's browser tells it (ISO 8601), for the statuses' timestamps.
fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

#[component(ChoiceBoardWidget)]
pub fn choice_board_widget(props: &ChoiceBoardProps) -> Html {
    let focused = use_state(|| 0usize);
    let said = use_state(String::new);
    let problem = use_state(|| None::<String>);
    let board_ref = use_node_ref();
    // Set by the arrow keys: the keyboard moved, so DOM focus follows after the render.
    let move_focus = use_mut_ref(|| false);
    {
        let (board_ref, move_focus) = (board_ref.clone(), move_focus.clone());
        use_effect_with(*focused, move |index| {
            if std::mem::take(&mut *move_focus.borrow_mut()) {
                if let Some(button) = board_ref
                    .cast::<web_sys::Element>()
                    .and_then(|root| root.query_selector(&format!("#choice-cell-{index}")).ok())
                    .flatten()
                    .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
                {
                    let _ = button.focus();
                }
            }
        });
    }
    // The rule engine searches; run it once per document, not on every focus move. An edit works
    // out its document's report to say what changed (`apply` below); the render that shows that
    // document takes it from `fresh` rather than searching again, which halved a pick's time.
    let fresh = use_mut_ref(|| None::<(Rc<ChoiceBoardDocument>, Rc<RuleReport>)>);
    let report = use_memo(props.state.clone(), {
        let fresh = fresh.clone();
        move |state| match state {
            LoadState::Ready(doc) => {
                let made = fresh.borrow_mut().take();
                Some(match made {
                    Some((made_for, report)) if made_for == *doc => report,
                    _ => Rc::new(evaluate_selections(doc)),
                })
            }
            _ => None,
        }
    });
    let teacher = props.options.mode == Mode::Teacher;
    let texts = props.options.texts();
    let body = match &props.state {
        LoadState::Empty => html! {
            <p class="learner-status" role="status">{ texts.t("choice.empty") }</p>
        },
        LoadState::Failed(error) => error_view(&texts, texts.t("choice.cannot-show"), error),
        LoadState::Ready(doc) => {
            let Some(report) = report.as_ref().as_ref() else {
                return html! {};
            };
            let index = (*focused).min(doc.activities.len().saturating_sub(1));
            // Every edit goes through the model; a refused one is said, and nothing changes.
            let apply = {
                let (on_change, said, problem, fresh) = (
                    props.on_change.clone(),
                    said.clone(),
                    problem.clone(),
                    fresh.clone(),
                );
                let texts = texts.clone();
                Callback::from(
                    move |(result, what): (
                        Result<(ChoiceBoardDocument, ChoiceEdit), learner_model::Problem>,
                        String,
                    )| {
                        match result {
                            Ok((document, edit)) => {
                                let after = evaluate_selections(&document);
                                said.set(announcement(&texts, &after, &what));
                                problem.set(None);
                                let document = Rc::new(document);
                                let complete = after.complete;
                                *fresh.borrow_mut() = Some((Rc::clone(&document), Rc::new(after)));
                                on_change.emit(ChoiceChange {
                                    document,
                                    edit,
                                    complete,
                                });
                            }
                            Err(p) => problem.set(Some(problem_words(&texts, &p))),
                        }
                    },
                )
            };
            let on_toggle = {
                let (doc, apply, texts) = (doc.clone(), apply.clone(), texts.clone());
                Callback::from(move |i: usize| {
                    let Some(activity) = doc.activities.get(i) else {
                        return;
                    };
                    let id = activity.id.as_str();
                    let result = if doc.selection(id).is_some() {
                        (
                            doc.unpick(id),
                            texts.f("choice.said.removed", &[("title", &activity.title)]),
                        )
                    } else {
                        (
                            doc.pick(id, &now()),
                            texts.f("choice.said.picked", &[("title", &activity.title)]),
                        )
                    };
                    apply.emit(result);
                })
            };
            let on_step = {
                let (doc, apply, texts) = (doc.clone(), apply.clone(), texts.clone());
                Callback::from(move |(id, step): (String, Step)| {
                    let at = now();
                    let title = doc
                        .activity(&id)
                        .map(|a| a.title.clone())
                        .unwrap_or_default();
                    let said = |key: &str| texts.f(key, &[("title", &title)]);
                    let result = match step {
                        Step::Start => (doc.start(&id, &at), said("choice.said.started")),
                        Step::Unpick => (doc.unpick(&id), said("choice.said.removed")),
                        Step::Submit { reflection } => (
                            doc.submit(&id, &reflection, &at),
                            said("choice.said.submitted"),
                        ),
                        Step::Propose {
                            title: idea,
                            description,
                        } => (
                            doc.propose(&id, &idea, &description, &at),
                            said("choice.said.proposed"),
                        ),
                        Step::Approve { feedback } => (
                            doc.approve(&id, &feedback, &at),
                            said("choice.said.approved"),
                        ),
                        Step::Return { feedback } => (
                            doc.return_work(&id, &feedback, &at),
                            said("choice.said.returned"),
                        ),
                        Step::ApproveIdea { feedback } => (
                            doc.approve_proposal(&id, &feedback, &at),
                            said("choice.said.idea-approved"),
                        ),
                        Step::ReturnIdea { feedback } => (
                            doc.return_proposal(&id, &feedback, &at),
                            said("choice.said.idea-returned"),
                        ),
                    };
                    apply.emit(result);
                })
            };
            let on_focus = {
                let focused = focused.clone();
                Callback::from(move |i: usize| focused.set(i))
            };
            let on_move = {
                let (focused, move_focus) = (focused.clone(), move_focus.clone());
                Callback::from(move |i: usize| {
                    *move_focus.borrow_mut() = true;
                    focused.set(i);
                })
            };
            let board_props = BoardProps {
                texts: &texts,
                doc,
                report,
                focused: index,
                on_focus,
                on_move,
                on_toggle,
            };
            html! {
                <section class="learner-choice" aria-label={texts.f("choice.region", &[("title", &doc.title)])}>
                    <p class="profile-name" part="name">{ &doc.title }</p>
                    if let Some(learner) = &doc.learner { <p class="progress-framework">{ &learner.name }</p> }
                    if let Some(text) = &doc.instructions { <p class="choice-instructions">{ text }</p> }
                    <p class="choice-muted" id="choice-keys">
                        { texts.t("choice.keys") }
                    </p>
                    <div ref={board_ref}>{ board(&board_props) }</div>
                    <p class="choice-live" role="status" aria-live="polite" part="announcement">{ &*said }</p>
                    if let Some(message) = &*problem {
                        <p class="learner-error" role="alert">{ message }</p>
                    }
                    if report.complete {
                        <p class="choice-complete" part="complete">{ "★ " }{ texts.t("choice.complete") }</p>
                    }
                    { rules_panel(&texts, report) }
                    <Details doc={doc.clone()} texts={texts.clone()} index={index} teacher={teacher} on_step={on_step} />
                    if teacher {
                        <Authoring document={doc.clone()} texts={texts.clone()} current={index} on_change={props.on_change.clone()} />
                    }
                </section>
            }
        }
    };
    html! { <div class="learner-root" part="base" lang={texts.lang().to_string()} dir={texts.dir()}>{ body }</div> }
}
