//! The shape of a `learner-progress/1` document: a framework of competencies, a proficiency scale,
//! the evidence, teacher overrides, pacing and personal goals.

use serde::{Deserialize, Serialize};

use super::method::Method;
pub use crate::link::Link;
use crate::profile::Learner;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ProgressDocument {
    /// Always `learner-progress/1`.
    pub schema: String,
    pub learner: Learner,
    pub framework: Framework,
    /// The proficiency scale. When absent: No evidence 0, Below 1, Near 2, Mastery 3, Exceeds 4.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<ProficiencyScale>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = crate::limits::MAX_EVIDENCE)))]
    pub evidence: Vec<Evidence>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = crate::limits::MAX_OVERRIDES)))]
    pub overrides: Vec<Override>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pacing: Option<Pacing>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = crate::limits::MAX_GOALS)))]
    pub goals: Vec<Goal>,
}

/// Competencies arranged in domains and strands (by `parent`) and ordered by prerequisites.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Framework {
    pub title: String,
    /// The framework's URI where it is published: a CASE framework's (CFDocument's) `uri`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    /// How evidence becomes a level, unless a competency says otherwise.
    #[serde(default)]
    pub method: Method,
    #[cfg_attr(feature = "schema", schemars(length(max = crate::limits::MAX_COMPETENCIES)))]
    pub competencies: Vec<Competency>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Competency {
    pub id: String,
    /// A human code such as `6.RP.A.1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    pub statement: String,
    /// The competency's URI where its framework is published: a CASE item's (CFItem's) `uri`.
    /// A credential for it is aligned to this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    /// The id of the domain or strand this belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// Ids of competencies to master first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = crate::limits::MAX_PREREQUISITES)))]
    pub prerequisites: Vec<String>,
    /// `YYYY-MM-DD`: when the learner aims to master it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rubric: Option<String>,
    /// Links to examples of mastery (http or https).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = crate::limits::MAX_LINKS)))]
    pub exemplars: Vec<Link>,
    /// Links to help (http or https).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = crate::limits::MAX_LINKS)))]
    pub help: Vec<Link>,
    /// This competency's own calculation method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<Method>,
}

/// Ordered proficiency levels, lowest first; one of them is mastery.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ProficiencyScale {
    #[cfg_attr(feature = "schema", schemars(length(max = crate::limits::MAX_SCALE_LEVELS)))]
    pub levels: Vec<ProficiencyLevel>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ProficiencyLevel {
    pub value: f64,
    pub label: String,
    /// A colour token name such as `level-3`, styled by `--learner-level-3`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// Whether reaching this level is mastery. Exactly one level has it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub mastery: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Evidence {
    pub competency: String,
    pub score: f64,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Where the score comes from, e.g. "Unit 2 quiz".
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A teacher's judgement that replaces the calculated level, with the reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Override {
    pub competency: String,
    pub level: f64,
    pub reason: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Pacing {
    /// `YYYY-MM-DD`: the course's first day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// `YYYY-MM-DD`: the course's last day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// Days of grace before a missed target counts as behind.
    #[serde(default)]
    pub buffer_days: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Goal {
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = crate::limits::MAX_GOAL_COMPETENCIES)))]
    pub competencies: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_date: Option<String>,
    #[serde(default)]
    pub status: GoalStatus,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = crate::limits::MAX_REFLECTIONS)))]
    pub reflections: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum GoalStatus {
    #[default]
    Active,
    Met,
    Dropped,
}

impl ProficiencyScale {
    /// The scale of a document that gives none: levels 0 to 4, mastery at 3 (no evidence, below,
    /// near, mastery, exceeds). Its levels have no label: the widgets name them in the reader's
    /// language, as they name everything else.
    pub fn default_levels() -> ProficiencyScale {
        let level = |value: f64, mastery: bool| ProficiencyLevel {
            value,
            label: String::new(),
            color: Some(format!("level-{value}")),
            mastery,
        };
        ProficiencyScale {
            levels: vec![
                level(0.0, false),
                level(1.0, false),
                level(2.0, false),
                level(3.0, true),
                level(4.0, false),
            ],
        }
    }

    pub fn min(&self) -> f64 {
        self.levels.first().map_or(0.0, |l| l.value)
    }

    pub fn max(&self) -> f64 {
        self.levels.last().map_or(0.0, |l| l.value)
    }

    /// The value at which a competency is mastered.
    pub fn mastery(&self) -> Option<f64> {
        self.levels.iter().find(|l| l.mastery).map(|l| l.value)
    }

    /// The highest level at or below a score.
    pub fn level_of(&self, score: f64) -> Option<&ProficiencyLevel> {
        self.levels.iter().rev().find(|l| l.value <= score + 1e-9)
    }

    /// The position in `levels` of the highest level at or below a score.
    pub fn level_index_of(&self, score: f64) -> Option<usize> {
        self.levels.iter().rposition(|l| l.value <= score + 1e-9)
    }
}

impl ProgressDocument {
    pub const SCHEMA: &'static str = "learner-progress/1";

    pub fn from_json(text: &str) -> Result<Self, crate::DocumentError> {
        crate::parse_document(text)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| String::from("{}"))
    }

    /// The scale in force: the document's own or the default.
    pub fn scale(&self) -> ProficiencyScale {
        self.scale
            .clone()
            .unwrap_or_else(ProficiencyScale::default_levels)
    }

    pub fn competency(&self, id: &str) -> Option<&Competency> {
        self.framework.competencies.iter().find(|c| c.id == id)
    }

    /// The method for a competency: its own, or the framework's.
    pub fn method_for(&self, competency: &Competency) -> Method {
        competency
            .method
            .clone()
            .unwrap_or_else(|| self.framework.method.clone())
    }
}

impl crate::parse::Document for ProgressDocument {
    const SCHEMA: &'static str = ProgressDocument::SCHEMA;

    fn problems(&self) -> Vec<crate::Problem> {
        super::validate::problems(self)
    }
}
