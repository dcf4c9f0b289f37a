//! The profile's summary: strengths, what the learner is working on, and the biggest growth, as
//! readings the widgets word.
//!
//! A learner is compared with their own profile and their own past only, never with a class average.
//! The rules, as the integrator guide states them:
//! - strengths are the dimensions a teacher flagged `strength`; with no flags, the two highest;
//! - working on are the dimensions flagged `need` or with a goal above the value; with neither, the
//!   two lowest that are not strengths;
//! - the biggest growth is the largest rise since the snapshot compared with.

use super::document::{Flag, ProfileDocument, Snapshot};
use super::reading::Reading;

/// At most this many dimensions are named in each part of the summary.
const NAMED: usize = 3;

#[derive(Debug, Clone, PartialEq)]
pub struct Summary<'r, 'a> {
    pub strengths: Vec<&'r Reading<'a>>,
    pub working_on: Vec<&'r Reading<'a>>,
    /// The reading that rose most since the snapshot, when one rose.
    pub biggest_growth: Option<&'r Reading<'a>>,
    /// The snapshot compared with.
    pub since: Option<&'a Snapshot>,
}

/// Summarizes readings of `doc` (from [`super::read`]); `compare` is the snapshot date they were
/// compared with.
pub fn summarize<'r, 'a>(
    doc: &'a ProfileDocument,
    readings: &'r [Reading<'a>],
    compare: Option<&str>,
) -> Summary<'r, 'a> {
    let mut by_value: Vec<&Reading> = readings.iter().collect();
    by_value.sort_by(|a, b| b.value.total_cmp(&a.value));

    let flagged = readings.iter().any(|r| r.dimension.flag.is_some());
    let strengths: Vec<&Reading> = if flagged {
        by_value
            .iter()
            .filter(|r| r.dimension.flag == Some(Flag::Strength))
            .take(NAMED)
            .copied()
            .collect()
    } else {
        by_value
            .iter()
            .take(if readings.len() >= 4 { 2 } else { 1 })
            .copied()
            .collect()
    };
    let is_strength = |r: &Reading| strengths.iter().any(|s| std::ptr::eq(*s, r));
    let mut working_on: Vec<&Reading> = by_value
        .iter()
        .rev()
        .filter(|r| {
            r.dimension.flag == Some(Flag::Need) || r.dimension.target.is_some_and(|t| t > r.value)
        })
        .filter(|r| !is_strength(r))
        .take(NAMED)
        .copied()
        .collect();
    if working_on.is_empty() && !flagged {
        working_on = by_value
            .iter()
            .rev()
            .filter(|r| !is_strength(r))
            .take(2)
            .copied()
            .collect();
    }
    let biggest_growth = readings
        .iter()
        .filter(|r| r.change().is_some_and(|c| c > 1e-9))
        .max_by(|a, b| {
            a.change()
                .unwrap_or(0.0)
                .total_cmp(&b.change().unwrap_or(0.0))
        });
    Summary {
        strengths,
        working_on,
        biggest_growth,
        since: compare.and_then(|date| doc.snapshot(date)),
    }
}
