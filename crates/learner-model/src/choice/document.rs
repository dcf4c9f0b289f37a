//! The shape of a `learner-choice-board/1` document: activities on a grid, a menu or a list, the
//! rules a learner's picks must meet, and the learner's picks and proposals with their statuses.
//!
//! Field names follow the brief. One departure in the Rust, not the JSON: rules and layouts are
//! read through flat structs ([`RuleSpec`], [`LayoutSpec`]: `kind` plus optional numbers) and
//! converted to the enums [`Rule`] and [`Layout`], like `progress::Method`. The JSON is the same
//! (`{"kind": "line", "length": 3}`), but serde's internally tagged enums buffer every value
//! through `Content`, which would add that code to every student's download (see
//! docs/architecture.md, "Size"). A missing number (a line without `length`) reads as 0 or empty
//! and validation names it, which gives a better path than a shape error would.

use serde::{Deserialize, Serialize};

use crate::link::Link;
use crate::profile::Learner;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ChoiceBoardDocument {
    /// Always `learner-choice-board/1`.
    pub schema: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// Whose board this is; absent on a template.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub learner: Option<Learner>,
    pub layout: Layout,
    /// Groups of activities (a menu's courses); an activity names its section by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = crate::limits::MAX_SECTIONS)))]
    pub sections: Vec<Section>,
    /// The activities; on a grid, its cells in row-major order.
    #[cfg_attr(feature = "schema", schemars(length(max = crate::limits::MAX_ACTIVITIES)))]
    pub activities: Vec<Activity>,
    /// What a learner's picks must meet. Activities marked `required` are an implicit rule.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = crate::limits::MAX_RULES)))]
    pub rules: Vec<Rule>,
    /// The learner's picks, each with its status.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = crate::limits::MAX_SELECTIONS)))]
    pub selections: Vec<Selection>,
    /// The learner's own ideas for free-choice activities.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = crate::limits::MAX_PROPOSALS)))]
    pub proposals: Vec<Proposal>,
}

/// How the activities are laid out, written `{"kind": "grid", "rows": 3, "columns": 3}`,
/// `{"kind": "menu"}` (grouped by section) or `{"kind": "list"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "LayoutSpec", into = "LayoutSpec")]
pub enum Layout {
    Grid { rows: u32, columns: u32 },
    Menu,
    List,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LayoutSpec {
    pub kind: LayoutKind,
    /// grid: how many rows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rows: Option<u32>,
    /// grid: how many columns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub columns: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum LayoutKind {
    Grid,
    Menu,
    List,
}

impl From<LayoutSpec> for Layout {
    fn from(spec: LayoutSpec) -> Self {
        match spec.kind {
            LayoutKind::Grid => Layout::Grid {
                rows: spec.rows.unwrap_or(0),
                columns: spec.columns.unwrap_or(0),
            },
            LayoutKind::Menu => Layout::Menu,
            LayoutKind::List => Layout::List,
        }
    }
}

impl From<Layout> for LayoutSpec {
    fn from(layout: Layout) -> Self {
        let (kind, rows, columns) = match layout {
            Layout::Grid { rows, columns } => (LayoutKind::Grid, Some(rows), Some(columns)),
            Layout::Menu => (LayoutKind::Menu, None, None),
            Layout::List => (LayoutKind::List, None, None),
        };
        LayoutSpec {
            kind,
            rows,
            columns,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Section {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Activity {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// What the activity is worth towards a points rule (counted to the hundredth). Absent: 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points: Option<f64>,
    /// The id of one of the board's sections.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// About how long it takes, in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
    /// UDL: how it engages (e.g. "choice of topic").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = crate::limits::MAX_UDL_TAGS)))]
    pub engagement: Vec<String>,
    /// UDL: how it presents ideas (e.g. "diagram").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = crate::limits::MAX_UDL_TAGS)))]
    pub representation: Vec<String>,
    /// UDL: how the learner shows what they know (e.g. "poster").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = crate::limits::MAX_UDL_TAGS)))]
    pub expression: Vec<String>,
    /// Links to help (http, https or mailto).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = crate::limits::MAX_LINKS)))]
    pub resources: Vec<Link>,
    /// A cell the learner fills with their own idea (a proposal).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub free_choice: bool,
    /// Every learner must pick it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub required: bool,
}

impl Activity {
    /// An activity with a title and nothing else.
    pub fn new(id: impl Into<String>, title: impl Into<String>) -> Self {
        Activity {
            id: id.into(),
            title: title.into(),
            description: None,
            points: None,
            section: None,
            minutes: None,
            engagement: Vec::new(),
            representation: Vec::new(),
            expression: Vec::new(),
            resources: Vec::new(),
            free_choice: false,
            required: false,
        }
    }
}

/// One rule the picks must meet, written `{"kind": "line", "length": 3}` and so on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "RuleSpec", into = "RuleSpec")]
pub enum Rule {
    /// Complete a line of `length` cells along a row, a column or a diagonal (grid only).
    Line { length: u32 },
    /// The centre cell of an odd × odd grid counts as picked for lines (it earns no points and
    /// takes no pick).
    FreeCentre,
    /// How many activities to pick.
    Picks { min: Option<u32>, max: Option<u32> },
    /// How many points the picks add up to.
    Points {
        min: Option<f64>,
        max: Option<f64>,
        exact: Option<f64>,
    },
    /// How many to pick from one section.
    Section {
        section: String,
        min: Option<u32>,
        max: Option<u32>,
    },
    /// At most one pick per row (grid only).
    OnePerRow,
    /// At most one pick per column (grid only).
    OnePerColumn,
    /// A free-choice proposal needs the teacher's approval before its work can start.
    Approval,
}

/// A rule as written in JSON: its kind and the numbers that kind uses. A flat struct rather than
/// an internally tagged enum, whose buffering code every student would download.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RuleSpec {
    pub kind: RuleKind,
    /// line: how many cells in a row.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length: Option<u32>,
    /// section: the section's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// picks, section: at least this many picks; points: at least this many points.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// picks, section: at most this many picks; points: at most this many points.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// points: exactly this many points.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exact: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum RuleKind {
    Line,
    FreeCentre,
    Picks,
    Points,
    Section,
    OnePerRow,
    OnePerColumn,
    Approval,
}

/// A count read from JSON as a number: a fraction or a negative number is left for validation to
/// name, as `u32::MAX` (which no count reaches) or 0.
fn count(value: Option<f64>) -> Option<u32> {
    value.map(|v| {
        if v.fract() != 0.0 || !v.is_finite() || v > f64::from(u32::MAX) {
            u32::MAX
        } else if v < 0.0 {
            0
        } else {
            v as u32
        }
    })
}

impl From<RuleSpec> for Rule {
    fn from(spec: RuleSpec) -> Self {
        match spec.kind {
            RuleKind::Line => Rule::Line {
                length: spec.length.unwrap_or(0),
            },
            RuleKind::FreeCentre => Rule::FreeCentre,
            RuleKind::Picks => Rule::Picks {
                min: count(spec.min),
                max: count(spec.max),
            },
            RuleKind::Points => Rule::Points {
                min: spec.min,
                max: spec.max,
                exact: spec.exact,
            },
            RuleKind::Section => Rule::Section {
                section: spec.section.unwrap_or_default(),
                min: count(spec.min),
                max: count(spec.max),
            },
            RuleKind::OnePerRow => Rule::OnePerRow,
            RuleKind::OnePerColumn => Rule::OnePerColumn,
            RuleKind::Approval => Rule::Approval,
        }
    }
}

impl From<Rule> for RuleSpec {
    fn from(rule: Rule) -> Self {
        let spec = |kind| RuleSpec {
            kind,
            length: None,
            section: None,
            min: None,
            max: None,
            exact: None,
        };
        match rule {
            Rule::Line { length } => RuleSpec {
                length: Some(length),
                ..spec(RuleKind::Line)
            },
            Rule::FreeCentre => spec(RuleKind::FreeCentre),
            Rule::Picks { min, max } => RuleSpec {
                min: min.map(f64::from),
                max: max.map(f64::from),
                ..spec(RuleKind::Picks)
            },
            Rule::Points { min, max, exact } => RuleSpec {
                min,
                max,
                exact,
                ..spec(RuleKind::Points)
            },
            Rule::Section { section, min, max } => RuleSpec {
                section: Some(section),
                min: min.map(f64::from),
                max: max.map(f64::from),
                ..spec(RuleKind::Section)
            },
            Rule::OnePerRow => spec(RuleKind::OnePerRow),
            Rule::OnePerColumn => spec(RuleKind::OnePerColumn),
            Rule::Approval => spec(RuleKind::Approval),
        }
    }
}

impl Rule {
    pub fn kind(&self) -> RuleKind {
        match self {
            Rule::Line { .. } => RuleKind::Line,
            Rule::FreeCentre => RuleKind::FreeCentre,
            Rule::Picks { .. } => RuleKind::Picks,
            Rule::Points { .. } => RuleKind::Points,
            Rule::Section { .. } => RuleKind::Section,
            Rule::OnePerRow => RuleKind::OnePerRow,
            Rule::OnePerColumn => RuleKind::OnePerColumn,
            Rule::Approval => RuleKind::Approval,
        }
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Rule {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        RuleSpec::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        RuleSpec::json_schema(generator)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Layout {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        LayoutSpec::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        LayoutSpec::json_schema(generator)
    }
}

/// A learner's pick of one activity and how far its work has gone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Selection {
    /// The activity's id.
    pub activity: String,
    #[serde(default)]
    pub status: SelectionStatus,
    /// The learner's reflection, written when they submit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reflection: Option<String>,
    /// The teacher's feedback, written when they approve or return the work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<String>,
    /// When the status last changed, as the host's clock wrote it (ISO 8601).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum SelectionStatus {
    #[default]
    Planned,
    InProgress,
    Submitted,
    Approved,
    Returned,
}

/// A learner's own idea for a free-choice activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Proposal {
    /// The free-choice activity's id.
    pub activity: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default)]
    pub status: ProposalStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum ProposalStatus {
    #[default]
    Proposed,
    Approved,
    Returned,
}

impl ChoiceBoardDocument {
    pub const SCHEMA: &'static str = "learner-choice-board/1";

    pub fn from_json(text: &str) -> Result<Self, crate::DocumentError> {
        crate::parse_document(text)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| String::from("{}"))
    }

    pub fn activity(&self, id: &str) -> Option<&Activity> {
        self.activities.iter().find(|a| a.id == id)
    }

    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    pub fn selection(&self, activity: &str) -> Option<&Selection> {
        self.selections.iter().find(|s| s.activity == activity)
    }

    pub fn proposal(&self, activity: &str) -> Option<&Proposal> {
        self.proposals.iter().find(|p| p.activity == activity)
    }

    /// The ids of the picked activities, in the order they were picked.
    pub fn picked(&self) -> Vec<&str> {
        self.selections
            .iter()
            .map(|s| s.activity.as_str())
            .collect()
    }

    /// An activity's points, 0 when it has none.
    pub fn points_of(&self, id: &str) -> f64 {
        self.activity(id).and_then(|a| a.points).unwrap_or(0.0)
    }

    /// The grid's rows and columns, when the layout is a grid.
    pub fn grid(&self) -> Option<(u32, u32)> {
        match self.layout {
            Layout::Grid { rows, columns } => Some((rows, columns)),
            _ => None,
        }
    }

    /// Whether the rules include one of this kind.
    pub fn has_rule(&self, kind: RuleKind) -> bool {
        self.rules.iter().any(|r| r.kind() == kind)
    }
}

impl crate::parse::Document for ChoiceBoardDocument {
    const SCHEMA: &'static str = ChoiceBoardDocument::SCHEMA;

    fn problems(&self) -> Vec<crate::Problem> {
        super::validate::problems(self)
    }
}
