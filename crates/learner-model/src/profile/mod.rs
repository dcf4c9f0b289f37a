//! `learner-profile/1`: a jagged learner profile, a learner's strengths and needs across many
//! dimensions, each with the range it varies over, its growth and its contexts.

mod document;
mod reading;
mod self_rating;
mod summary;
mod validate;

pub use crate::limits::MAX_DIMENSIONS;
pub use document::{
    Context, Dimension, Flag, Group, Learner, Level, ProfileDocument, Range, Scale, Snapshot,
    default_groups,
};
pub use reading::{Direction, Reading, read};
pub use self_rating::ProfileEdit;
pub use summary::{Summary, summarize};
