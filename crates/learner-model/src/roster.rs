//! `learner-roster/1`: a class of learner profiles, for the class view.

use serde::{Deserialize, Serialize};

use crate::parse::Document;
use crate::problem::Problem;
use crate::profile::ProfileDocument;

/// More learners than this are not shown in one class view.
pub const MAX_LEARNERS: usize = 500;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RosterDocument {
    /// Always `learner-roster/1`.
    pub schema: String,
    /// The class's name, e.g. "7B Mathematics".
    pub title: String,
    /// One `learner-profile/1` document per learner, in the host's order (never re-ranked).
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_LEARNERS)))]
    pub profiles: Vec<ProfileDocument>,
}

impl RosterDocument {
    pub const SCHEMA: &'static str = "learner-roster/1";

    pub fn from_json(text: &str) -> Result<Self, crate::DocumentError> {
        crate::parse_document(text)
    }
}

impl Document for RosterDocument {
    const SCHEMA: &'static str = RosterDocument::SCHEMA;

    fn problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        if self.title.trim().is_empty() {
            out.push(Problem::empty("title"));
        }
        if self.profiles.is_empty() {
            out.push(Problem::new("profiles", "must list at least one learner"));
        }
        if self.profiles.len() > MAX_LEARNERS {
            out.push(Problem::new(
                "profiles",
                format!(
                    "{} learners is more than the {MAX_LEARNERS} allowed",
                    self.profiles.len()
                ),
            ));
        }
        let mut ids = std::collections::HashSet::new();
        for (index, profile) in self.profiles.iter().enumerate() {
            let at = format!("profiles[{index}]");
            if profile.schema != ProfileDocument::SCHEMA {
                out.push(Problem::new(
                    format!("{at}.schema"),
                    format!(
                        "expected \"{}\", found \"{}\"",
                        ProfileDocument::SCHEMA,
                        profile.schema
                    ),
                ));
            }
            if !profile.learner.id.is_empty() && !ids.insert(profile.learner.id.as_str()) {
                out.push(Problem::used_twice(
                    format!("{at}.learner.id"),
                    &profile.learner.id,
                ));
            }
            for problem in profile.problems() {
                out.push(Problem::new(
                    format!("{at}.{}", problem.path),
                    problem.message,
                ));
            }
        }
        out
    }
}
