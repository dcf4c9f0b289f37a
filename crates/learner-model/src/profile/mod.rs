//! `learner-profile/1`: a jagged learner profile, a learner's strengths and needs across many
//! dimensions, each with the range it varies over.

mod document;
mod summary;
mod validate;

pub use document::{Dimension, Learner, ProfileDocument, Range, Scale};
pub use summary::{ShapeSummary, summarize};
pub use validate::MAX_DIMENSIONS;
