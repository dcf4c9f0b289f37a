//! A learner's record in the standards other schools, colleges and employers read: one Open Badges
//! 3.0 `OpenBadgeCredential` per competency (mastered, or also started when the host asks), each
//! aligned to its CASE item, bundled in one CLR 2.0 `ClrCredential`. Unsigned: the host signs it on
//! its own server. The model words nothing: the record's name, the scale's and unnamed levels'
//! names come from the caller ([`RecordWords`]), and its ids from the caller's source of UUIDs.

mod clr;
mod issue;
mod open_badges;
mod options;
pub mod vocabulary;

pub use clr::{Association, ClrCredential, ClrSubject};
pub use issue::{RecordWords, learner_record};
pub use open_badges::{
    Achievement, AchievementCredential, AchievementResult, AchievementSubject, Alignment,
    CredentialSchema, Criteria, Evidence, IdentityObject, Profile, ResultDescription,
    RubricCriterionLevel,
};
pub use options::{Include, Issuer, RecordOptions};

use crate::problem::DocumentError;

impl RecordOptions {
    /// The host's options as JSON text; a wrong shape names the field (`issuer.id: missing`).
    pub fn from_json(text: &str) -> Result<RecordOptions, DocumentError> {
        crate::parse::read_part(text, "")
    }
}
