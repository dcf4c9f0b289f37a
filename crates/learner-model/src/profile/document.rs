//! The shape of a `learner-profile/1` document.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::parse::Document;
use crate::problem::Problem;

/// A learner's jagged profile: one value per dimension on a shared scale, with how it varies, how it
/// has grown (snapshots), and how it changes with the setting (contexts).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ProfileDocument {
    /// Always `learner-profile/1`.
    pub schema: String,
    pub learner: Learner,
    pub scale: Scale,
    /// The families dimensions belong to. When absent: academic, cognitive, social-emotional,
    /// background.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(max = crate::limits::MAX_GROUPS)))]
    pub groups: Option<Vec<Group>>,
    #[cfg_attr(feature = "schema", schemars(length(max = crate::limits::MAX_DIMENSIONS)))]
    pub dimensions: Vec<Dimension>,
    /// Earlier values, so growth can be shown. Any order; shown oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = crate::limits::MAX_SNAPSHOTS)))]
    pub snapshots: Vec<Snapshot>,
    /// Settings in which the learner's values differ ("working alone", "in Spanish").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = crate::limits::MAX_CONTEXTS)))]
    pub contexts: Vec<Context>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Learner {
    /// The host's identifier for the learner; never shown.
    pub id: String,
    /// The name the learner is shown by.
    pub name: String,
}

/// The numeric scale every dimension is measured on, optionally with named levels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Scale {
    pub min: f64,
    pub max: f64,
    /// The smallest meaningful change: what one arrow key press moves a self-rating by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<f64>,
    /// Names for points of the scale, lowest first, e.g. 1 "Beginning" … 4 "Extending". A value is
    /// shown with the name of the highest level at or below it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = crate::limits::MAX_SCALE_LEVELS)))]
    pub levels: Vec<Level>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Level {
    pub value: f64,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Group {
    pub id: String,
    pub label: String,
}

/// One dimension of the profile, e.g. "Reading comprehension" or "Working memory".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Dimension {
    pub id: String,
    pub label: String,
    /// The id of one of the document's groups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The assessed value (by a teacher or an assessment).
    pub value: f64,
    /// How much the value varies from day to day or task to task.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<Range>,
    /// What the dimension means, in words a learner reads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// A teacher's note on this dimension.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// A goal value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    /// How many pieces of evidence the value rests on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence_count: Option<u32>,
    /// How sure the value is, from 0 (a guess) to 1 (certain).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f64>,
    /// Marked by a teacher as a strength to build on or a need to work on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flag: Option<Flag>,
    /// The learner's own rating, beside the assessed value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_rating: Option<f64>,
    /// The learner's own note on this dimension.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Range {
    pub low: f64,
    pub high: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Flag {
    Strength,
    Need,
}

/// The values on a date in the past.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Snapshot {
    /// `YYYY-MM-DD`.
    pub date: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Dimension id to value; dimensions not listed were not measured then.
    #[cfg_attr(feature = "schema", schemars(extend("maxProperties" = crate::limits::MAX_DIMENSIONS)))]
    pub values: BTreeMap<String, f64>,
}

/// A setting with its own values; dimensions it does not list keep their general value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Context {
    pub id: String,
    pub label: String,
    #[cfg_attr(feature = "schema", schemars(extend("maxProperties" = crate::limits::MAX_DIMENSIONS)))]
    pub values: BTreeMap<String, f64>,
}

impl ProfileDocument {
    pub const SCHEMA: &'static str = "learner-profile/1";

    /// Parses and validates a profile from JSON text.
    pub fn from_json(text: &str) -> Result<Self, crate::DocumentError> {
        crate::parse_document(text)
    }

    /// The document as compact JSON.
    pub fn to_json(&self) -> String {
        // Serializing plain structs of strings and finite numbers cannot fail; an empty object is a
        // safe answer should it ever.
        serde_json::to_string(self).unwrap_or_else(|_| String::from("{}"))
    }

    /// The groups in force: the document's own, or the default four.
    pub fn groups(&self) -> Vec<Group> {
        self.groups.clone().unwrap_or_else(default_groups)
    }

    /// The document's own label for a group id; None for a default group (the widgets name those)
    /// and for an unknown id.
    pub fn group_label(&self, id: &str) -> Option<&str> {
        self.groups
            .as_ref()?
            .iter()
            .find(|g| g.id == id)
            .map(|g| g.label.as_str())
    }

    pub fn context(&self, id: &str) -> Option<&Context> {
        self.contexts.iter().find(|c| c.id == id)
    }

    /// Snapshots oldest first (dates in `YYYY-MM-DD` order as text).
    pub fn snapshots_by_date(&self) -> Vec<&Snapshot> {
        let mut sorted: Vec<&Snapshot> = self.snapshots.iter().collect();
        sorted.sort_by(|a, b| a.date.cmp(&b.date));
        sorted
    }

    pub fn snapshot(&self, date: &str) -> Option<&Snapshot> {
        self.snapshots.iter().find(|s| s.date == date)
    }
}

/// The ids of the groups a profile has when it names none.
pub const DEFAULT_GROUP_IDS: [&str; 4] =
    ["academic", "cognitive", "social-emotional", "background"];

/// The default groups of a profile. They have no label: the widgets name them in the reader's
/// language.
pub fn default_groups() -> Vec<Group> {
    DEFAULT_GROUP_IDS
        .into_iter()
        .map(|id| Group {
            id: id.to_string(),
            label: String::new(),
        })
        .collect()
}

impl Document for ProfileDocument {
    const SCHEMA: &'static str = ProfileDocument::SCHEMA;

    fn problems(&self) -> Vec<Problem> {
        super::validate::problems(self)
    }
}

impl Scale {
    /// Where `value` sits on the scale, from 0 (min) to 1 (max), clamped.
    pub fn fraction(&self, value: f64) -> f64 {
        let span = self.max - self.min;
        if span > 0.0 && value.is_finite() {
            ((value - self.min) / span).clamp(0.0, 1.0)
        } else {
            0.0
        }
    }

    /// The name of the highest level at or below `value`, when the scale has levels.
    pub fn level_of(&self, value: f64) -> Option<&str> {
        self.levels
            .iter()
            .rev()
            .find(|l| l.value <= value)
            .map(|l| l.label.as_str())
    }

    /// The step a keyboard press moves a rating by: the scale's own, or a hundredth of it.
    pub fn keyboard_step(&self) -> f64 {
        self.step
            .filter(|s| *s > 0.0)
            .unwrap_or((self.max - self.min) / 100.0)
    }
}
