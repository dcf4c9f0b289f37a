//! What the board remembers besides its document, and the one place every action on it goes
//! (Yew's `use_reducer`): where the keyboard is, what was last announced, an edit the model
//! refused, the reflection box, and a teacher's draft that waits for a fix.

use std::rc::Rc;

use learner_model::Document as _;
use learner_model::choice::{ChoiceBoardDocument, RuleReport, evaluate, evaluate_selections};
use yew::Reducible;

use super::ChoiceChange;
use super::design::Design;
use super::rules_panel::announcement;
use super::work::{Edited, Work};
use crate::{Texts, problem_line, problem_words};

/// A teacher's edited board that breaks a rule of authoring (an impossible rule, a duplicate
/// id…), with its problems in words. The board changes only once the draft is fixed, so nothing
/// is lost meanwhile.
#[derive(Debug, PartialEq)]
pub struct Draft {
    pub document: Rc<ChoiceBoardDocument>,
    pub problems: Vec<String>,
}

/// The document an edit is made on, and the language and time (ISO 8601) it is made in.
pub struct EditContext {
    pub document: Rc<ChoiceBoardDocument>,
    pub texts: Texts,
    pub at: String,
}

pub enum BoardAction {
    /// The keyboard is on the activity at this index.
    Focus(usize),
    /// The learner opens (`true`) or closes the box for their reflection.
    Write(bool),
    /// The host gave another document: a draft of the one before goes.
    DropDraft,
    /// A learner's or teacher's change to the work, on the document shown.
    Work(Work, EditContext),
    /// A teacher's change to the design, on their draft if there is one, else on the document.
    Design(Design, EditContext),
}

#[derive(Clone, Default)]
pub struct BoardState {
    /// The activity the keyboard is on, whose details show.
    pub focused: usize,
    /// What was last announced, in the polite live region.
    pub said: String,
    /// Why the model refused the last change to the work; nothing changed.
    pub refused_work: Option<String>,
    /// Whether the box for a reflection is open.
    pub writing: bool,
    pub draft: Option<Rc<Draft>>,
    /// Why the model refused the teacher's last step (moving past the end, say); nothing kept.
    pub refused_design: Option<String>,
    /// The document the last change to the work made, with its rule report: the rule engine
    /// searches, so the render that shows that document takes the report from here.
    pub fresh: Option<(Rc<ChoiceBoardDocument>, Rc<RuleReport>)>,
    /// The last change made, for the host: a new `Rc` for each change.
    pub change: Option<Rc<ChoiceChange>>,
}

impl Reducible for BoardState {
    type Action = BoardAction;

    /// The same state (same `Rc`, so no render) when nothing changes.
    fn reduce(self: Rc<Self>, action: BoardAction) -> Rc<Self> {
        match action {
            BoardAction::Focus(index) if index != self.focused => {
                let mut next = Rc::unwrap_or_clone(self);
                next.focused = index;
                Rc::new(next)
            }
            BoardAction::Write(open) if open != self.writing => {
                let mut next = Rc::unwrap_or_clone(self);
                next.writing = open;
                Rc::new(next)
            }
            BoardAction::DropDraft if self.draft.is_some() => {
                let mut next = Rc::unwrap_or_clone(self);
                next.draft = None;
                Rc::new(next)
            }
            BoardAction::Work(work, on) => match work.apply(&on.document, &on.texts, &on.at) {
                Some((edited, what)) => self.worked(edited, &what, &on.texts),
                None => self,
            },
            BoardAction::Design(design, on) => {
                let base = self.draft.as_ref().map_or(&on.document, |d| &d.document);
                let edited = design.apply(base);
                self.designed(edited, &on.texts)
            }
            BoardAction::Focus(_) | BoardAction::Write(_) | BoardAction::DropDraft => self,
        }
    }
}

impl BoardState {
    /// A change to the work is announced with where the picks now stand, or its refusal said.
    fn worked(self: Rc<Self>, edited: Edited, what: &str, texts: &Texts) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        match edited {
            Ok((document, edit)) => {
                let after = evaluate_selections(&document);
                next.said = announcement(texts, &after, what);
                next.refused_work = None;
                let document = Rc::new(document);
                next.change = Some(Rc::new(ChoiceChange {
                    document: Rc::clone(&document),
                    edit,
                    complete: after.complete,
                }));
                next.fresh = Some((document, Rc::new(after)));
            }
            Err(problem) => next.refused_work = Some(problem_words(texts, &problem)),
        }
        Rc::new(next)
    }

    /// A change to the design reaches the host only when the board it makes passes the model's
    /// checks (those a document read from text gets); until then it waits as a draft.
    fn designed(self: Rc<Self>, edited: Edited, texts: &Texts) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        match edited {
            Err(problem) => next.refused_design = Some(problem_line(texts, &problem)),
            Ok((document, edit)) => {
                next.refused_design = None;
                let problems = document.problems();
                if problems.is_empty() {
                    let complete = evaluate(&document, &document.picked()).complete;
                    next.draft = None;
                    next.change = Some(Rc::new(ChoiceChange {
                        document: Rc::new(document),
                        edit,
                        complete,
                    }));
                } else {
                    let problems = problems.iter().map(|p| problem_line(texts, p)).collect();
                    next.draft = Some(Rc::new(Draft {
                        document: Rc::new(document),
                        problems,
                    }));
                }
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use learner_model::choice::{ChoiceEdit, Rule};

    use super::*;
    use crate::choice_board::work::Step;

    fn board() -> Rc<ChoiceBoardDocument> {
        Rc::new(
            ChoiceBoardDocument::from_json(include_str!(
                "../../../../www/samples/choice-tic-tac-toe.json"
            ))
            .unwrap(),
        )
    }

    fn on(document: &Rc<ChoiceBoardDocument>) -> EditContext {
        EditContext {
            document: Rc::clone(document),
            texts: Texts::for_lang(Some("en")),
            at: "2026-11-23T10:00:00Z".into(),
        }
    }

    fn work(state: Rc<BoardState>, doc: &Rc<ChoiceBoardDocument>, w: Work) -> Rc<BoardState> {
        state.reduce(BoardAction::Work(w, on(doc)))
    }

    fn design(state: Rc<BoardState>, doc: &Rc<ChoiceBoardDocument>, d: Design) -> Rc<BoardState> {
        state.reduce(BoardAction::Design(d, on(doc)))
    }

    #[test]
    fn a_pick_is_announced_and_handed_on_with_its_report() {
        let doc = board();
        // The third cell: "energy-pyramid", not picked yet.
        let state = work(Rc::default(), &doc, Work::Toggle(2));
        let change = state.change.as_ref().unwrap();
        assert_eq!(
            change.edit,
            ChoiceEdit::Picked {
                activity: "energy-pyramid".into()
            }
        );
        assert!(!change.complete);
        assert!(state.said.starts_with("Picked "), "{}", state.said);
        let (made_for, report) = state.fresh.as_ref().unwrap();
        assert!(Rc::ptr_eq(made_for, &change.document));
        assert_eq!(report.picked, 3);
        assert_eq!(state.refused_work, None);
    }

    #[test]
    fn a_refused_step_is_said_and_changes_nothing() {
        let doc = board();
        let state = work(Rc::default(), &doc, Work::Toggle(2));
        let said = state.said.clone();
        // Not picked: the model refuses to start it.
        let after = work(
            Rc::clone(&state),
            &state.change.as_ref().unwrap().document,
            Work::Step("field-journal".into(), Step::Start),
        );
        assert!(after.refused_work.is_some());
        assert_eq!(after.said, said);
        assert!(Rc::ptr_eq(
            after.change.as_ref().unwrap(),
            state.change.as_ref().unwrap()
        ));
    }

    #[test]
    fn an_activity_the_board_lacks_changes_nothing() {
        let state = Rc::new(BoardState::default());
        let after = work(Rc::clone(&state), &board(), Work::Toggle(99));
        assert!(Rc::ptr_eq(&state, &after));
    }

    /// A board that breaks a rule of authoring already, as only a draft can.
    fn broken_board() -> Rc<ChoiceBoardDocument> {
        let mut doc = (*board()).clone();
        doc.rules.push(Rule::Line { length: 0 });
        Rc::new(doc)
    }

    #[test]
    fn a_design_that_breaks_a_rule_waits_as_a_draft_until_fixed() {
        let doc = broken_board();
        let moved = Design::MoveActivity {
            id: "food-web".into(),
            to: 1,
        };
        let state = design(Rc::default(), &doc, moved);
        let draft = state.draft.as_ref().unwrap();
        assert!(!draft.problems.is_empty());
        assert_eq!(draft.document.activities[1].id, "food-web");
        assert!(state.change.is_none());
        // The next step is made on the draft: removing the rule fixes it, and the host hears.
        let fixed = design(state, &doc, Design::RemoveRule(2));
        assert!(fixed.draft.is_none());
        let change = fixed.change.as_ref().unwrap();
        assert_eq!(change.edit, ChoiceEdit::RulesSet);
        assert_eq!(change.document.rules, board().rules);
        assert_eq!(change.document.activities[1].id, "food-web");
    }

    #[test]
    fn a_design_step_the_model_refuses_is_said_and_the_draft_stays() {
        let doc = broken_board();
        let moved = Design::MoveActivity {
            id: "food-web".into(),
            to: 1,
        };
        let state = design(Rc::default(), &doc, moved);
        assert!(state.draft.is_some());
        let after = design(
            Rc::clone(&state),
            &doc,
            Design::AddRule(Rule::Picks {
                min: Some(3),
                max: Some(1),
            }),
        );
        assert!(after.refused_design.is_some(), "{:?}", after.draft);
        assert_eq!(after.draft, state.draft);
        assert!(after.change.is_none());
        // A new document from the host drops the draft.
        let dropped = after.reduce(BoardAction::DropDraft);
        assert!(dropped.draft.is_none());
    }

    #[test]
    fn nothing_to_change_keeps_the_same_state_so_nothing_renders() {
        let state = Rc::new(BoardState::default());
        for action in [
            BoardAction::Focus(0),
            BoardAction::Write(false),
            BoardAction::DropDraft,
        ] {
            assert!(Rc::ptr_eq(&state, &Rc::clone(&state).reduce(action)));
        }
        let moved = Rc::clone(&state).reduce(BoardAction::Focus(4));
        assert_eq!(moved.focused, 4);
        assert!(moved.reduce(BoardAction::Write(true)).writing);
    }
}
