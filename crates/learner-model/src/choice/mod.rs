//! `learner-choice-board/1`: a choice board of activities, the rules a learner's picks must meet
//! (checked as they pick, with guidance), and the statuses of the work from planned to approved.

mod document;
mod grid;
mod solve;
mod validate;

pub use document::{
    Activity, ChoiceBoardDocument, Layout, LayoutKind, LayoutSpec, Proposal, ProposalStatus, Rule,
    RuleKind, RuleSpec, Section, Selection, SelectionStatus,
};
pub use grid::{Direction, LineRef};
pub use solve::Undecided;
mod guidance;
mod rule_standing;
mod rules;

pub use guidance::{Crowded, Guidance, Named, RuleStatus};
pub use rules::{RuleCheck, RuleReport, evaluate, evaluate_selections, satisfiable};
mod edit;

pub use edit::ChoiceEdit;
pub use validate::MAX_ACTIVITIES;
