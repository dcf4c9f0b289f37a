//! `learner-progress/1`: competency-based progress with transparent mastery, pace and next steps.

mod class;
mod document;
mod edit;
mod history;
mod index;
mod input;
mod method;
mod pace;
mod standing;
mod validate;

pub use class::{
    ClassCell, ClassGrid, ClassLearner, ClassProgressDocument, GridLayout, MAX_CLASS_LEARNERS,
};
pub use document::{
    Competency, Evidence, Framework, Goal, GoalStatus, Link, Override, Pacing, ProficiencyLevel,
    ProficiencyScale, ProgressDocument,
};
pub use edit::ProgressEdit;
pub use history::{HistoryPoint, history, prerequisite_layers};
pub use index::ProgressIndex;
pub use input::ProgressInput;
pub use method::{Calculation, Method, Step};
pub use pace::{Pace, PaceLine, PaceReport, pace, pace_of};
pub use standing::{ExplanationLine, Rollup, Standing, Status, UsedEvidence, standing};
