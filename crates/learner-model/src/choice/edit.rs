//! A learner's and a teacher's edits to a choice board. Each returns a new document, or the
//! problem with the path of what is wrong; the original is never touched. Timestamps come from the
//! caller (the model has no clock).

use super::document::{
    Activity, ChoiceBoardDocument, Layout, Proposal, ProposalStatus, Rule, RuleKind, Selection,
    SelectionStatus,
};
use crate::problem::{Problem, ProblemKey};

/// What changed, as reported in `learner-change`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChoiceEdit {
    Picked {
        activity: String,
    },
    Unpicked {
        activity: String,
    },
    Started {
        activity: String,
    },
    Submitted {
        activity: String,
    },
    Approved {
        activity: String,
    },
    Returned {
        activity: String,
    },
    Proposed {
        activity: String,
    },
    ProposalApproved {
        activity: String,
    },
    ProposalReturned {
        activity: String,
    },
    ActivityAdded {
        activity: String,
    },
    ActivityUpdated {
        activity: String,
    },
    /// The activity and the learner work on it (its selection and proposal) are gone.
    ActivityRemoved {
        activity: String,
    },
    ActivityMoved {
        activity: String,
        to: usize,
    },
    RulesSet,
    /// A smaller grid drops its last activities: their ids.
    LayoutSet {
        removed: Vec<String>,
    },
}

type Edited = Result<(ChoiceBoardDocument, ChoiceEdit), Problem>;

fn text(value: &str) -> Option<String> {
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_string())
}

impl ChoiceBoardDocument {
    fn activity_index(&self, id: &str) -> Result<usize, Problem> {
        self.activities
            .iter()
            .position(|a| a.id == id)
            .ok_or_else(|| Problem::unknown_activity("activities", id))
    }

    fn selection_index(&self, id: &str) -> Result<usize, Problem> {
        self.activity_index(id)?;
        self.selections
            .iter()
            .position(|s| s.activity == id)
            .ok_or_else(|| Problem::new("selections", ProblemKey::NOT_PICKED).with("id", id))
    }

    /// Sets a selection's status, if its current status allows it.
    fn move_selection(
        &self,
        id: &str,
        from: &[SelectionStatus],
        to: SelectionStatus,
        at: &str,
        change: impl FnOnce(&mut Selection),
    ) -> Result<ChoiceBoardDocument, Problem> {
        let i = self.selection_index(id)?;
        let mut doc = self.clone();
        let Some(s) = doc.selections.get_mut(i) else {
            return Err(Problem::new("selections", ProblemKey::NOT_PICKED).with("id", id));
        };
        if !from.contains(&s.status) {
            return Err(Problem::new(
                format!("selections[{i}].status"),
                ProblemKey::STATUS_CANNOT_MOVE,
            )
            .with("from", status_name(s.status))
            .with("to", status_name(to)));
        }
        s.status = to;
        s.updated_at = text(at);
        change(s);
        Ok(doc)
    }

    /// Under the approval rule, a free-choice activity's work waits for an approved idea.
    fn approved_if_needed(&self, id: &str) -> Result<(), Problem> {
        let free = self.activity(id).is_some_and(|a| a.free_choice);
        if free
            && self.has_rule(RuleKind::Approval)
            && self.proposal(id).map(|p| p.status) != Some(ProposalStatus::Approved)
        {
            return Err(Problem::new("proposals", ProblemKey::APPROVE_FIRST));
        }
        Ok(())
    }

    /// The learner picks an activity (planned).
    pub fn pick(&self, id: &str, at: &str) -> Edited {
        self.activity_index(id)?;
        if self.selection(id).is_some() {
            return Err(Problem::new("selections", ProblemKey::ALREADY_PICKED).with("id", id));
        }
        let mut doc = self.clone();
        doc.selections.push(Selection {
            activity: id.to_string(),
            status: SelectionStatus::Planned,
            reflection: None,
            feedback: None,
            updated_at: text(at),
        });
        Ok((
            doc,
            ChoiceEdit::Picked {
                activity: id.into(),
            },
        ))
    }

    /// The learner drops a pick (and an idea not yet approved). Submitted or approved work stays.
    pub fn unpick(&self, id: &str) -> Edited {
        let i = self.selection_index(id)?;
        let status = self.selections.get(i).map(|s| s.status);
        if matches!(
            status,
            Some(SelectionStatus::Submitted | SelectionStatus::Approved)
        ) {
            return Err(Problem::new(
                format!("selections[{i}].status"),
                ProblemKey::SUBMITTED_STAYS,
            ));
        }
        let mut doc = self.clone();
        doc.selections.retain(|s| s.activity != id);
        doc.proposals
            .retain(|p| p.activity != id || p.status == ProposalStatus::Approved);
        Ok((
            doc,
            ChoiceEdit::Unpicked {
                activity: id.into(),
            },
        ))
    }

    /// The learner starts the work.
    pub fn start(&self, id: &str, at: &str) -> Edited {
        self.approved_if_needed(id)?;
        use SelectionStatus::*;
        let doc = self.move_selection(id, &[Planned, Returned], InProgress, at, |_| {})?;
        Ok((
            doc,
            ChoiceEdit::Started {
                activity: id.into(),
            },
        ))
    }

    /// The learner hands the work in with a reflection.
    pub fn submit(&self, id: &str, reflection: &str, at: &str) -> Edited {
        self.approved_if_needed(id)?;
        use SelectionStatus::*;
        let doc =
            self.move_selection(id, &[Planned, InProgress, Returned], Submitted, at, |s| {
                s.reflection = text(reflection);
            })?;
        Ok((
            doc,
            ChoiceEdit::Submitted {
                activity: id.into(),
            },
        ))
    }

    /// The teacher approves submitted work.
    pub fn approve(&self, id: &str, feedback: &str, at: &str) -> Edited {
        use SelectionStatus::*;
        let doc = self.move_selection(id, &[Submitted], Approved, at, |s| {
            s.feedback = text(feedback).or(s.feedback.take());
        })?;
        Ok((
            doc,
            ChoiceEdit::Approved {
                activity: id.into(),
            },
        ))
    }

    /// The teacher returns work with what to change.
    pub fn return_work(&self, id: &str, feedback: &str, at: &str) -> Edited {
        let feedback =
            text(feedback).ok_or_else(|| Problem::new("feedback", ProblemKey::FEEDBACK_WORK))?;
        use SelectionStatus::*;
        let doc = self.move_selection(id, &[Submitted, Approved], Returned, at, |s| {
            s.feedback = Some(feedback);
        })?;
        Ok((
            doc,
            ChoiceEdit::Returned {
                activity: id.into(),
            },
        ))
    }

    /// The learner proposes their own idea for a free-choice activity (and picks it).
    pub fn propose(&self, id: &str, title: &str, description: &str, at: &str) -> Edited {
        let i = self.activity_index(id)?;
        if !self.activities.get(i).is_some_and(|a| a.free_choice) {
            return Err(Problem::new(
                format!("activities[{i}]"),
                ProblemKey::OWN_IDEA_NOT_FREE,
            ));
        }
        let title = text(title).ok_or_else(|| Problem::new("title", ProblemKey::IDEA_TITLE))?;
        let mut doc = self.clone();
        doc.proposals.retain(|p| p.activity != id);
        doc.proposals.push(Proposal {
            activity: id.to_string(),
            title,
            description: text(description),
            status: ProposalStatus::Proposed,
            feedback: None,
            updated_at: text(at),
        });
        if doc.selection(id).is_none() {
            doc.selections.push(Selection {
                activity: id.to_string(),
                status: SelectionStatus::Planned,
                reflection: None,
                feedback: None,
                updated_at: text(at),
            });
        }
        Ok((
            doc,
            ChoiceEdit::Proposed {
                activity: id.into(),
            },
        ))
    }

    fn decide_proposal(
        &self,
        id: &str,
        to: ProposalStatus,
        feedback: &str,
        at: &str,
    ) -> Result<ChoiceBoardDocument, Problem> {
        self.activity_index(id)?;
        let i = self
            .proposals
            .iter()
            .position(|p| p.activity == id)
            .ok_or_else(|| Problem::new("proposals", ProblemKey::NO_PROPOSAL).with("id", id))?;
        let mut doc = self.clone();
        if let Some(p) = doc.proposals.get_mut(i) {
            p.status = to;
            p.feedback = text(feedback).or(p.feedback.take());
            p.updated_at = text(at);
        }
        Ok(doc)
    }

    /// The teacher approves a learner's idea.
    pub fn approve_proposal(&self, id: &str, feedback: &str, at: &str) -> Edited {
        let doc = self.decide_proposal(id, ProposalStatus::Approved, feedback, at)?;
        Ok((
            doc,
            ChoiceEdit::ProposalApproved {
                activity: id.into(),
            },
        ))
    }

    /// The teacher returns a learner's idea with what to change.
    pub fn return_proposal(&self, id: &str, feedback: &str, at: &str) -> Edited {
        if text(feedback).is_none() {
            return Err(Problem::new("feedback", ProblemKey::FEEDBACK_IDEA));
        }
        let doc = self.decide_proposal(id, ProposalStatus::Returned, feedback, at)?;
        Ok((
            doc,
            ChoiceEdit::ProposalReturned {
                activity: id.into(),
            },
        ))
    }

    /// The first problem of an edited document that this one did not have.
    fn first_new_problem(&self, edited: &ChoiceBoardDocument) -> Option<Problem> {
        let old = super::validate::problems(self);
        super::validate::problems(edited)
            .into_iter()
            .find(|p| !old.contains(p))
    }

    fn checked(&self, doc: ChoiceBoardDocument, edit: ChoiceEdit) -> Edited {
        match self.first_new_problem(&doc) {
            Some(problem) => Err(problem),
            None => Ok((doc, edit)),
        }
    }

    /// The teacher adds an activity at the end (a list or menu; a grid's size is its layout's).
    pub fn add_activity(&self, activity: Activity) -> Edited {
        let mut doc = self.clone();
        let id = activity.id.clone();
        doc.activities.push(activity);
        self.checked(doc, ChoiceEdit::ActivityAdded { activity: id })
    }

    /// The teacher rewrites an activity; a new id carries its picks and proposals along.
    pub fn update_activity(&self, id: &str, activity: Activity) -> Edited {
        let i = self.activity_index(id)?;
        let mut doc = self.clone();
        let new_id = activity.id.clone();
        if let Some(slot) = doc.activities.get_mut(i) {
            *slot = activity;
        }
        if new_id != id {
            for s in doc.selections.iter_mut().filter(|s| s.activity == id) {
                s.activity.clone_from(&new_id);
            }
            for p in doc.proposals.iter_mut().filter(|p| p.activity == id) {
                p.activity.clone_from(&new_id);
            }
        }
        self.checked(doc, ChoiceEdit::ActivityUpdated { activity: new_id })
    }

    /// The teacher removes an activity, with the learner work on it.
    pub fn remove_activity(&self, id: &str) -> Edited {
        let i = self.activity_index(id)?;
        let mut doc = self.clone();
        doc.activities.remove(i);
        doc.selections.retain(|s| s.activity != id);
        doc.proposals.retain(|p| p.activity != id);
        self.checked(
            doc,
            ChoiceEdit::ActivityRemoved {
                activity: id.into(),
            },
        )
    }

    /// The teacher moves an activity to position `to` (on a grid, to another cell).
    pub fn move_activity(&self, id: &str, to: usize) -> Edited {
        let i = self.activity_index(id)?;
        if to >= self.activities.len() {
            return Err(
                Problem::new("activities", ProblemKey::NO_SUCH_POSITION).with("position", to + 1)
            );
        }
        let mut doc = self.clone();
        let activity = doc.activities.remove(i);
        doc.activities.insert(to, activity);
        self.checked(
            doc,
            ChoiceEdit::ActivityMoved {
                activity: id.into(),
                to,
            },
        )
    }

    /// The teacher sets the rules.
    pub fn set_rules(&self, rules: Vec<Rule>) -> Edited {
        let mut doc = self.clone();
        doc.rules = rules;
        self.checked(doc, ChoiceEdit::RulesSet)
    }

    /// The teacher sets the layout. A larger grid gets new blank activities to fill its cells; a
    /// smaller one drops its last activities and the learner work on them (named in the edit).
    pub fn set_layout(&self, layout: Layout, new_title: impl Fn(usize) -> String) -> Edited {
        let mut doc = self.clone();
        doc.layout = layout;
        let mut removed = Vec::new();
        if let Layout::Grid { rows, columns } = layout {
            let cells = (rows as usize).saturating_mul(columns as usize);
            if cells <= super::validate::MAX_ACTIVITIES {
                while doc.activities.len() > cells {
                    if let Some(a) = doc.activities.pop() {
                        doc.selections.retain(|s| s.activity != a.id);
                        doc.proposals.retain(|p| p.activity != a.id);
                        removed.push(a.id);
                    }
                }
                let mut k = 1;
                while doc.activities.len() < cells {
                    let id = format!("new-{k}");
                    k += 1;
                    if doc.activity(&id).is_none() {
                        doc.activities
                            .push(Activity::new(id, new_title(doc.activities.len() + 1)));
                    }
                }
            }
        }
        removed.reverse();
        self.checked(doc, ChoiceEdit::LayoutSet { removed })
    }
}

/// A status as the document writes it: a value, not a word, in a problem's facts.
fn status_name(status: SelectionStatus) -> &'static str {
    match status {
        SelectionStatus::Planned => "planned",
        SelectionStatus::InProgress => "in-progress",
        SelectionStatus::Submitted => "submitted",
        SelectionStatus::Approved => "approved",
        SelectionStatus::Returned => "returned",
    }
}
