//! What each rule asks of the learner now, as data (numbers and names, so a widget can say it in
//! any language) with an English rendering.

use std::fmt;

use super::grid::{Direction, LineRef};
use crate::number::format_number as n;

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

/// "one" for 1, the digits otherwise.
fn one(count: u32) -> String {
    if count == 1 {
        String::from("one")
    } else {
        count.to_string()
    }
}

fn plural(count: u32, word: &str) -> String {
    if count == 1 {
        word.to_string()
    } else {
        format!("{word}s")
    }
}

/// "a, b or c".
fn either(names: &[String], last: &str) -> String {
    match names {
        [] => String::new(),
        [only] => only.clone(),
        [rest @ .., final_] => format!("{} {last} {final_}", rest.join(", ")),
    }
}

fn titles(named: &[Named]) -> Vec<String> {
    named.iter().map(|a| a.title.clone()).collect()
}

impl LineRef {
    /// "row 2", "column 3", "the diagonal", "the other diagonal" or "a diagonal".
    pub fn name(&self) -> String {
        match (self.direction, self.whole) {
            (Direction::Row, _) => format!("row {}", self.index + 1),
            (Direction::Column, _) => format!("column {}", self.index + 1),
            (Direction::Diagonal, true) => String::from("the diagonal"),
            (Direction::AntiDiagonal, true) => String::from("the other diagonal"),
            _ => String::from("a diagonal"),
        }
    }
}

fn crowded(f: &mut fmt::Formatter<'_>, rows: &[Crowded], what: &str) -> fmt::Result {
    if rows.is_empty() {
        return write!(f, "One per {what}: kept");
    }
    let parts: Vec<String> = rows
        .iter()
        .map(|c| {
            let extra = c.picks.len().saturating_sub(1) as u32;
            format!(
                "Remove {} {} from {what} {}",
                one(extra),
                plural(extra, "pick"),
                c.index + 1
            )
        })
        .collect();
    write!(f, "{}: one per {what}", parts.join("; "))
}

impl fmt::Display for Guidance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Guidance::LineComplete { line } => write!(f, "Line complete: {}", line.name()),
            Guidance::CompleteLine { missing, lines } => {
                let mut names: Vec<String> = Vec::new();
                for line in lines {
                    let name = line.name();
                    if !names.contains(&name) {
                        names.push(name);
                    }
                }
                write!(
                    f,
                    "Pick {} more in {} to complete a line",
                    one(*missing),
                    either(&names, "or")
                )
            }
            Guidance::NoLine => {
                f.write_str("No line can be completed with these picks: remove a pick")
            }
            Guidance::FreeCentre { activity } => write!(
                f,
                "The centre, {}, is free: it counts towards every line",
                activity.title
            ),
            Guidance::Picks { picked, min, max } => match (min, max) {
                (Some(lo), _) if picked < lo => {
                    let more = lo - picked;
                    let what = if more == 1 { "activity" } else { "activities" };
                    write!(f, "Pick {more} more {what}")
                }
                (_, Some(hi)) if picked > hi => {
                    let extra = picked - hi;
                    write!(
                        f,
                        "Remove {} {}: at most {hi}",
                        one(extra),
                        plural(extra, "pick")
                    )
                }
                _ => write!(f, "You have picked {picked}"),
            },
            Guidance::Points {
                points,
                min,
                max,
                exact,
            } => {
                let p = *points;
                if let Some(e) = exact {
                    if p < e - 0.005 {
                        return write!(f, "You have {} of exactly {} points", n(p), n(*e));
                    }
                    if p > e + 0.005 {
                        return write!(
                            f,
                            "You have {} points: {} more than exactly {}",
                            n(p),
                            n(p - e),
                            n(*e)
                        );
                    }
                }
                match (min, max) {
                    (Some(lo), _) if p < lo - 0.005 => {
                        write!(f, "You have {} of {} points", n(p), n(*lo))
                    }
                    (_, Some(hi)) if p > hi + 0.005 => write!(
                        f,
                        "You have {} points: remove {} to stay at or under {}",
                        n(p),
                        n(p - hi),
                        n(*hi)
                    ),
                    _ => write!(f, "You have {} points", n(p)),
                }
            }
            Guidance::Section {
                section,
                picked,
                min,
                max,
            } => match (min, max) {
                (Some(lo), _) if picked < lo => {
                    write!(f, "Pick {} more from {}", lo - picked, section.title)
                }
                (_, Some(hi)) if picked > hi => {
                    let extra = picked - hi;
                    write!(
                        f,
                        "Remove {} {} from {}: at most {hi}",
                        one(extra),
                        plural(extra, "pick"),
                        section.title
                    )
                }
                _ => write!(f, "{}: {picked} picked", section.title),
            },
            Guidance::OnePerRow { crowded: rows } => crowded(f, rows, "row"),
            Guidance::OnePerColumn { crowded: columns } => crowded(f, columns, "column"),
            Guidance::Approval {
                waiting,
                unproposed,
            } => {
                let mut parts = Vec::new();
                if !unproposed.is_empty() {
                    parts.push(format!(
                        "Propose your own idea for {}",
                        either(&titles(unproposed), "and")
                    ));
                }
                if !waiting.is_empty() {
                    parts.push(format!(
                        "Waiting for your teacher to approve your idea for {}",
                        either(&titles(waiting), "and")
                    ));
                }
                if parts.is_empty() {
                    f.write_str("Your own ideas are approved")
                } else {
                    f.write_str(&parts.join("; "))
                }
            }
            Guidance::Required { missing } if missing.is_empty() => {
                f.write_str("Every required activity is picked")
            }
            Guidance::Required { missing } => write!(
                f,
                "Everyone does {}: pick {}",
                either(&titles(missing), "and"),
                if missing.len() == 1 { "it" } else { "them" }
            ),
            Guidance::NotApplicable => f.write_str("This rule does not apply to this layout"),
        }
    }
}
