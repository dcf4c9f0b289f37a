//! `<learner-choice-board>`: a board the teacher designed, from which the learner chooses what to
//! do; the rules are checked as they pick, with guidance in words; each activity's work goes from
//! planned to approved, ending in a reflection and feedback.

mod activity_about;
mod authoring;
mod board;
mod design;
mod details;
mod guidance_words;
mod rule_words;
mod rules_panel;
mod state;
mod work;
mod work_steps;

use std::rc::Rc;

use learner_model::choice::{ChoiceBoardDocument, ChoiceEdit, RuleReport, evaluate_selections};
use yew::prelude::*;

use crate::{LoadState, Mode, Texts, WidgetProps, error_view};
use authoring::Authoring;
use board::{BoardProps, board};
use details::Details;
use rules_panel::rules_panel;
use state::{BoardAction, BoardState, EditContext};
use work::Work;

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
    let state = use_reducer(BoardState::default);
    let board_ref = use_node_ref();
    // Set by the arrow keys: the keyboard moved, so DOM focus follows after the render.
    let move_focus = use_mut_ref(|| false);
    {
        let (board_ref, move_focus) = (board_ref.clone(), move_focus.clone());
        use_effect_with(state.focused, move |index| {
            if std::mem::take(&mut *move_focus.borrow_mut()) {
                focus_cell(&board_ref, *index);
            }
        });
    }
    // The rule engine searches; run it once per document, not on every focus move. The render
    // that shows the document a change to the work made takes the report that change worked out.
    let report = use_memo(props.state.clone(), {
        let fresh = state.fresh.clone();
        move |loaded| match loaded {
            LoadState::Ready(doc) => Some(match fresh {
                Some((made_for, report)) if made_for == *doc => report,
                _ => Rc::new(evaluate_selections(doc)),
            }),
            _ => None,
        }
    });
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
            let act = {
                let (state, on_change) = (state.clone(), props.on_change.clone());
                Callback::from(move |action| act(&state, &on_change, action))
            };
            board_section(&BoardSection {
                texts: &texts,
                doc,
                report,
                state: &state,
                teacher: props.options.mode == Mode::Teacher,
                board_ref: &board_ref,
                move_focus: &move_focus,
                act,
            })
        }
    };
    html! { <div class="learner-root" part="base" lang={texts.lang().to_string()} dir={texts.dir()}>{ body }</div> }
}

/// Hands an action to the board's reducer, then tells the host of the change it made, if any:
/// after the reducer has let go of its state, so a listener may act on the board again.
fn act(
    state: &UseReducerHandle<BoardState>,
    on_change: &Callback<ChoiceChange>,
    action: BoardAction,
) {
    let before = state.change.clone();
    state.dispatch(action);
    if let Some(change) = state.change.clone()
        && !before.is_some_and(|b| Rc::ptr_eq(&b, &change))
    {
        on_change.emit((*change).clone());
    }
}

/// Moves DOM focus to the activity's cell on the board.
fn focus_cell(board_ref: &NodeRef, index: usize) {
    if let Some(button) = board_ref
        .cast::<web_sys::Element>()
        .and_then(|root| root.query_selector(&format!("#choice-cell-{index}")).ok())
        .flatten()
        .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
    {
        let _ = button.focus();
    }
}

/// A board with its document: what the widget shows, and where each action goes.
struct BoardSection<'a> {
    texts: &'a Texts,
    doc: &'a Rc<ChoiceBoardDocument>,
    report: &'a RuleReport,
    state: &'a BoardState,
    teacher: bool,
    board_ref: &'a NodeRef,
    move_focus: &'a Rc<std::cell::RefCell<bool>>,
    act: Callback<BoardAction>,
}

fn board_section(s: &BoardSection) -> Html {
    let (texts, doc, report, state) = (s.texts, s.doc, s.report, s.state);
    let index = state.focused.min(doc.activities.len().saturating_sub(1));
    // Every change is made on the document shown, now, and said in its language.
    let on = {
        let (doc, texts) = (doc.clone(), texts.clone());
        move || EditContext {
            document: doc.clone(),
            texts: texts.clone(),
            at: now(),
        }
    };
    let on_toggle = s.act.reform({
        let on = on.clone();
        move |i| BoardAction::Work(Work::Toggle(i), on())
    });
    let on_step = s.act.reform({
        let on = on.clone();
        move |(id, step)| BoardAction::Work(Work::Step(id, step), on())
    });
    let on_design = s
        .act
        .reform(move |design| BoardAction::Design(design, on()));
    let on_move = {
        let move_focus = s.move_focus.clone();
        s.act.reform(move |i: usize| {
            *move_focus.borrow_mut() = true;
            BoardAction::Focus(i)
        })
    };
    let board_props = BoardProps {
        texts,
        doc,
        report,
        focused: index,
        on_focus: s.act.reform(BoardAction::Focus),
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
            <div ref={s.board_ref.clone()}>{ board(&board_props) }</div>
            <p class="choice-live" role="status" aria-live="polite" part="announcement">{ &state.said }</p>
            if let Some(message) = &state.refused_work {
                <p class="learner-error" role="alert">{ message }</p>
            }
            if report.complete {
                <p class="choice-complete" part="complete">{ "★ " }{ texts.t("choice.complete") }</p>
            }
            { rules_panel(texts, report) }
            <Details doc={doc.clone()} texts={texts.clone()} index={index} teacher={s.teacher}
                writing={state.writing} on_write={s.act.reform(BoardAction::Write)}
                on_step={on_step} />
            if s.teacher {
                <Authoring document={doc.clone()} texts={texts.clone()} current={index}
                    draft={state.draft.clone()} refused={state.refused_design.clone()}
                    on_design={on_design} on_drop_draft={s.act.reform(|()| BoardAction::DropDraft)} />
            }
        </section>
    }
}
