//! The work on the board, as a learner or teacher asks for it: picking an activity, and each step
//! of its work from planned to approved. Each is one model edit with the sentence that says it.

use learner_model::Problem;
use learner_model::choice::{ChoiceBoardDocument, ChoiceEdit};

use crate::Texts;

/// A step of an activity's work.
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

/// A change to the work on the board.
#[derive(Debug, Clone, PartialEq)]
pub enum Work {
    /// Picks the activity at this index, or unpicks it when it is picked.
    Toggle(usize),
    /// A step of the work on the activity with this id.
    Step(String, Step),
}

pub type Edited = Result<(ChoiceBoardDocument, ChoiceEdit), Problem>;

impl Work {
    /// The model's edit of `doc` at time `at` (ISO 8601), with what is announced when it is
    /// made; `None` for an activity the board does not have.
    pub fn apply(
        &self,
        doc: &ChoiceBoardDocument,
        texts: &Texts,
        at: &str,
    ) -> Option<(Edited, String)> {
        match self {
            Work::Toggle(index) => {
                let activity = doc.activities.get(*index)?;
                let (id, title) = (activity.id.as_str(), &activity.title);
                Some(if doc.selection(id).is_some() {
                    (
                        doc.unpick(id),
                        texts.f("choice.said.removed", &[("title", title)]),
                    )
                } else {
                    (
                        doc.pick(id, at),
                        texts.f("choice.said.picked", &[("title", title)]),
                    )
                })
            }
            Work::Step(id, step) => {
                let title = doc
                    .activity(id)
                    .map(|a| a.title.as_str())
                    .unwrap_or_default();
                let said = |key: &str| texts.f(key, &[("title", title)]);
                Some(match step {
                    Step::Start => (doc.start(id, at), said("choice.said.started")),
                    Step::Unpick => (doc.unpick(id), said("choice.said.removed")),
                    Step::Submit { reflection } => (
                        doc.submit(id, reflection, at),
                        said("choice.said.submitted"),
                    ),
                    Step::Propose { title, description } => (
                        doc.propose(id, title, description, at),
                        said("choice.said.proposed"),
                    ),
                    Step::Approve { feedback } => {
                        (doc.approve(id, feedback, at), said("choice.said.approved"))
                    }
                    Step::Return { feedback } => (
                        doc.return_work(id, feedback, at),
                        said("choice.said.returned"),
                    ),
                    Step::ApproveIdea { feedback } => (
                        doc.approve_proposal(id, feedback, at),
                        said("choice.said.idea-approved"),
                    ),
                    Step::ReturnIdea { feedback } => (
                        doc.return_proposal(id, feedback, at),
                        said("choice.said.idea-returned"),
                    ),
                })
            }
        }
    }
}
