//! A document for `<learner-profile>`: one learner's profile, or a class roster.

use crate::parse::{neither_schema, parse_head, typed};
use crate::problem::DocumentError;
use crate::profile::ProfileDocument;
use crate::roster::RosterDocument;

#[derive(Debug, Clone, PartialEq)]
pub enum ProfileInput {
    Profile(ProfileDocument),
    Roster(RosterDocument),
}

impl ProfileInput {
    /// Reads either document, chosen by its `schema` field.
    pub fn from_json(text: &str) -> Result<Self, DocumentError> {
        let head = parse_head(text)?;
        match head.schema() {
            Some(RosterDocument::SCHEMA) => typed::<RosterDocument>(&head, text).map(Self::Roster),
            Some(ProfileDocument::SCHEMA) | None => {
                typed::<ProfileDocument>(&head, text).map(Self::Profile)
            }
            Some(other) => Err(neither_schema(
                text,
                other,
                ProfileDocument::SCHEMA,
                RosterDocument::SCHEMA,
            )),
        }
    }
}
