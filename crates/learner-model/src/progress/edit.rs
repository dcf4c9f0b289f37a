//! Edits to a progress document: a teacher's new evidence and overrides with a reason, and the
//! learner's own goals (set, then met, dropped or taken up again). Each edit returns a new, valid
//! document or says what is wrong with it; the original is never touched.

use super::document::{Evidence, Goal, GoalStatus, Override, ProgressDocument};
use super::standing::{Status, standing};
use crate::Date;
use crate::problem::{Problem, ProblemKey};

/// What changed, as reported in `learner-change`.
#[derive(Debug, Clone, PartialEq)]
pub enum ProgressEdit {
    EvidenceAdded {
        evidence: Evidence,
        mastered_now: bool,
    },
    Overridden {
        competency: String,
        level: f64,
        reason: String,
        mastered_now: bool,
    },
    /// A new goal, at `goals[index]`.
    GoalSet { index: usize, goal: Goal },
    /// The goal at `goals[index]` is now met, dropped or active again.
    GoalStatusSet { index: usize, status: GoalStatus },
}

impl ProgressDocument {
    /// A copy with one more piece of evidence, checked like the rest of the document.
    pub fn with_evidence(&self, evidence: Evidence) -> Result<(Self, ProgressEdit), Vec<Problem>> {
        let mut doc = self.clone();
        let competency = evidence.competency.clone();
        doc.evidence.push(evidence.clone());
        let problems = doc.new_problems(self);
        if !problems.is_empty() {
            return Err(problems);
        }
        let mastered_now = self.newly_mastered(&doc, &competency);
        Ok((
            doc,
            ProgressEdit::EvidenceAdded {
                evidence,
                mastered_now,
            },
        ))
    }

    /// A copy where a teacher sets a competency's level, with the reason shown to the learner.
    pub fn with_override(
        &self,
        competency: &str,
        level: f64,
        reason: &str,
        today: Option<Date>,
    ) -> Result<(Self, ProgressEdit), Vec<Problem>> {
        let mut doc = self.clone();
        doc.overrides.retain(|o| o.competency != competency);
        doc.overrides.push(Override {
            competency: competency.to_string(),
            level,
            reason: reason.trim().to_string(),
            date: today.map(|d| d.to_string()),
        });
        let problems = doc.new_problems(self);
        if !problems.is_empty() {
            return Err(problems);
        }
        let mastered_now = self.newly_mastered(&doc, competency);
        let edit = ProgressEdit::Overridden {
            competency: competency.to_string(),
            level,
            reason: reason.trim().to_string(),
            mastered_now,
        };
        Ok((doc, edit))
    }

    /// A copy with one more goal, checked like the rest of the document (text, dates, competencies).
    pub fn with_goal(&self, goal: Goal) -> Result<(Self, ProgressEdit), Vec<Problem>> {
        let mut doc = self.clone();
        let goal = Goal {
            text: goal.text.trim().to_string(),
            ..goal
        };
        doc.goals.push(goal.clone());
        let problems = doc.new_problems(self);
        if !problems.is_empty() {
            return Err(problems);
        }
        let index = doc.goals.len().saturating_sub(1);
        Ok((doc, ProgressEdit::GoalSet { index, goal }))
    }

    /// A copy where the goal at `index` has a new status.
    pub fn with_goal_status(
        &self,
        index: usize,
        status: GoalStatus,
    ) -> Result<(Self, ProgressEdit), Vec<Problem>> {
        let mut doc = self.clone();
        let Some(goal) = doc.goals.get_mut(index) else {
            return Err(vec![
                Problem::new(format!("goals[{index}]"), ProblemKey::NO_SUCH_GOAL)
                    .with("number", index + 1),
            ]);
        };
        goal.status = status;
        Ok((doc, ProgressEdit::GoalStatusSet { index, status }))
    }

    /// The problems of this edited document that `before` did not have.
    fn new_problems(&self, before: &ProgressDocument) -> Vec<Problem> {
        let old = super::validate::problems(before);
        super::validate::problems(self)
            .into_iter()
            .filter(|p| !old.contains(p))
            .collect()
    }

    fn newly_mastered(&self, after: &ProgressDocument, id: &str) -> bool {
        let mastered = |doc: &ProgressDocument| {
            doc.competency(id)
                .is_some_and(|c| standing(doc, c).status == Status::Mastered)
        };
        !mastered(self) && mastered(after)
    }
}
