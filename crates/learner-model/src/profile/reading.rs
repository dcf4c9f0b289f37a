//! A profile read through a lens: in one context, compared with one earlier snapshot.

use super::document::{Dimension, ProfileDocument, Snapshot};

/// One dimension as the learner is looking at it now.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading<'a> {
    pub dimension: &'a Dimension,
    /// The value in the chosen context, or the general value.
    pub value: f64,
    /// Whether `value` comes from the chosen context rather than the general value.
    pub in_context: bool,
    /// The value in the snapshot compared with, when it measured this dimension.
    pub earlier: Option<f64>,
}

/// Which way a value moved since the snapshot compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Same,
}

impl Reading<'_> {
    /// How much the value changed since the snapshot, when there is one.
    pub fn change(&self) -> Option<f64> {
        self.earlier.map(|earlier| self.value - earlier)
    }

    pub fn direction(&self) -> Option<Direction> {
        self.change().map(|change| {
            if change > 1e-9 {
                Direction::Up
            } else if change < -1e-9 {
                Direction::Down
            } else {
                Direction::Same
            }
        })
    }
}

/// The profile's dimensions, in document order, read in `context` (an id; `None` for general
/// values) and compared with the snapshot of date `compare` (`None` for no comparison). Unknown ids
/// read as `None`.
pub fn read<'a>(
    doc: &'a ProfileDocument,
    context: Option<&str>,
    compare: Option<&str>,
) -> Vec<Reading<'a>> {
    let context = context.and_then(|id| doc.context(id));
    let snapshot: Option<&Snapshot> = compare.and_then(|date| doc.snapshot(date));
    doc.dimensions
        .iter()
        .map(|dimension| {
            let contextual = context.and_then(|c| c.values.get(&dimension.id)).copied();
            Reading {
                dimension,
                value: contextual.unwrap_or(dimension.value),
                in_context: contextual.is_some(),
                earlier: snapshot.and_then(|s| s.values.get(&dimension.id)).copied(),
            }
        })
        .collect()
}
