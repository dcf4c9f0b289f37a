//! The learner documents, their validation and the arithmetic behind every number a widget shows.
//!
//! This crate has no web dependencies: everything here is tested natively. Nothing in it panics;
//! bad input comes back as a [`DocumentError`] listing every problem with the path of its field.

pub mod case;
pub mod choice;
mod date;
mod input;
mod json_path;
pub mod limits;
mod link;
mod number;
mod parse;
mod problem;
mod problem_key;
pub mod profile;
pub mod progress;
pub mod record;
pub mod roster;
#[cfg(feature = "schema")]
pub mod schema;
mod serde_error;
mod spread;
pub mod uri;

pub use date::Date;
pub use input::ProfileInput;
pub use number::{format_number, format_precise};
pub use parse::{Document, parse_document};
pub use problem::{DocumentError, ErrorCode, Problem, ProblemKey};
pub use profile::{Dimension, Learner, ProfileDocument, Range, Scale};
pub use roster::RosterDocument;
pub use spread::Spread;
