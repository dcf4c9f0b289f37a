//! What each rule asks of the learner now, as data: numbers and names, which the widgets word in
//! the learner's language.

use super::grid::LineRef;

/// Whether a rule is met by the picks so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleStatus {
    Met,
    /// More picks can still meet it.
    NotYet,
    /// Too many picks: one must go.
    Broken,
}

/// An activity as guidance names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub id: String,
    pub title: String,
}

/// A row or column with more than one pick under a one-per-row or one-per-column rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Crowded {
    /// The row or column, from 0.
    pub index: u32,
    /// The picks in it.
    pub picks: Vec<String>,
}

/// What one rule asks for, with its numbers.
#[derive(Debug, Clone, PartialEq)]
pub enum Guidance {
    /// A line is complete.
    LineComplete { line: LineRef },
    /// Pick `missing` more in one of `lines` (those needing the fewest picks) to complete a line.
    CompleteLine { missing: u32, lines: Vec<LineRef> },
    /// No line can be completed while the picks stay as they are (another rule is in the way).
    NoLine,
    /// The centre counts as picked for lines.
    FreeCentre { activity: Named },
    Picks {
        picked: u32,
        min: Option<u32>,
        max: Option<u32>,
    },
    Points {
        points: f64,
        min: Option<f64>,
        max: Option<f64>,
        exact: Option<f64>,
    },
    Section {
        /// The section's id and title.
        section: Named,
        picked: u32,
        min: Option<u32>,
        max: Option<u32>,
    },
    /// Rows with more than one pick; empty when the rule is met.
    OnePerRow { crowded: Vec<Crowded> },
    /// Columns with more than one pick; empty when the rule is met.
    OnePerColumn { crowded: Vec<Crowded> },
    /// Picked free-choice activities whose idea awaits the teacher, and those with no idea yet.
    Approval {
        waiting: Vec<Named>,
        unproposed: Vec<Named>,
    },
    /// Required activities not picked yet; empty when all are.
    Required { missing: Vec<Named> },
    /// The rule does not apply to this layout (a line on a list, say).
    NotApplicable,
}
