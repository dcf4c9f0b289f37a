//! The shape of a `learner-profile/1` document.

use serde::{Deserialize, Serialize};

use crate::parse::Document;
use crate::problem::Problem;

/// A learner's jagged profile: one value per dimension on a shared scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfileDocument {
    /// Always `learner-profile/1`.
    pub schema: String,
    pub learner: Learner,
    pub scale: Scale,
    pub dimensions: Vec<Dimension>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Learner {
    /// The host's identifier for the learner; never shown.
    pub id: String,
    /// The name the learner is shown by.
    pub name: String,
}

/// The numeric scale every dimension is measured on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scale {
    pub min: f64,
    pub max: f64,
    /// The smallest meaningful change; also the spacing of grid lines when it divides the scale
    /// into a few parts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<f64>,
}

/// One dimension of the profile, e.g. "Reading comprehension" or "Working memory".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dimension {
    pub id: String,
    pub label: String,
    /// Which family the dimension belongs to (academic, cognitive, social-emotional, background).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    pub value: f64,
    /// How much the value varies from day to day or task to task.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<Range>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Range {
    pub low: f64,
    pub high: f64,
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
}
