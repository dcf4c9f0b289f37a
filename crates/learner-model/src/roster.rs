//! `learner-roster/1`: a class of learner profiles, for the class view.

use serde::{Deserialize, Serialize};

use crate::parse::Document;
use crate::problem::{Problem, ProblemKey};
use crate::profile::ProfileDocument;

pub use crate::limits::MAX_LEARNERS;

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
            out.push(Problem::new("profiles", ProblemKey::NO_LEARNER));
        }
        crate::limits::check(&mut out, self.profiles.len(), MAX_LEARNERS, &|| {
            "profiles".into()
        });
        let mut ids = std::collections::HashSet::new();
        for (index, profile) in self.profiles.iter().enumerate() {
            let at = format!("profiles[{index}]");
            if profile.schema != ProfileDocument::SCHEMA {
                out.push(
                    Problem::new(format!("{at}.schema"), ProblemKey::SCHEMA_NOT_EXPECTED)
                        .with("expected", ProfileDocument::SCHEMA)
                        .with("found", &profile.schema),
                );
            }
            if !profile.learner.id.is_empty() && !ids.insert(profile.learner.id.as_str()) {
                out.push(Problem::used_twice(
                    format!("{at}.learner.id"),
                    &profile.learner.id,
                ));
            }
            // A class of full histories would be hundreds of megabytes: a roster carries less.
            let (snapshots, contexts) = (profile.snapshots.len(), profile.contexts.len());
            let limits = [
                ("snapshots", snapshots, crate::limits::MAX_ROSTER_SNAPSHOTS),
                ("contexts", contexts, crate::limits::MAX_ROSTER_CONTEXTS),
            ];
            for (list, count, max) in limits {
                crate::limits::check(&mut out, count, max, &|| format!("{at}.{list}"));
            }
            out.extend(profile.problems().into_iter().map(|p| p.under(&at)));
        }
        out
    }
}
