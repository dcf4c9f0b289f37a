//! The learner's own ratings: the only edits a learner makes to a profile.

use super::document::ProfileDocument;
use crate::problem::{Problem, ProblemKey};

/// What a learner changed, as reported in `learner-change`.
#[derive(Debug, Clone, PartialEq)]
pub enum ProfileEdit {
    SelfRating {
        dimension: String,
        value: f64,
        previous: Option<f64>,
    },
    SelfNote {
        dimension: String,
        note: String,
        previous: Option<String>,
    },
}

impl ProfileDocument {
    /// A copy with the learner's own rating of one dimension set, snapped to the scale's step.
    pub fn with_self_rating(
        &self,
        dimension: &str,
        value: f64,
    ) -> Result<(Self, ProfileEdit), Problem> {
        let mut doc = self.clone();
        let scale = doc.scale.clone();
        let (index, target) = find(&mut doc, dimension)?;
        let path = format!("dimensions[{index}].selfRating");
        if !value.is_finite() || value < scale.min || value > scale.max {
            return Err(Problem::new(path, ProblemKey::OUTSIDE_SCALE)
                .with("value", value)
                .with("min", scale.min)
                .with("max", scale.max));
        }
        let snapped = match scale.step.filter(|s| *s > 0.0) {
            Some(step) => (scale.min + ((value - scale.min) / step).round() * step).min(scale.max),
            None => value,
        };
        let previous = target.self_rating.replace(snapped);
        let edit = ProfileEdit::SelfRating {
            dimension: dimension.to_string(),
            value: snapped,
            previous,
        };
        Ok((doc, edit))
    }

    /// A copy with the learner's own note on one dimension; an empty note removes it.
    pub fn with_self_note(
        &self,
        dimension: &str,
        note: &str,
    ) -> Result<(Self, ProfileEdit), Problem> {
        let mut doc = self.clone();
        let (_, target) = find(&mut doc, dimension)?;
        let trimmed = note.trim();
        let previous = if trimmed.is_empty() {
            target.self_note.take()
        } else {
            target.self_note.replace(trimmed.to_string())
        };
        let edit = ProfileEdit::SelfNote {
            dimension: dimension.to_string(),
            note: trimmed.to_string(),
            previous,
        };
        Ok((doc, edit))
    }
}

fn find<'a>(
    doc: &'a mut ProfileDocument,
    id: &str,
) -> Result<(usize, &'a mut super::document::Dimension), Problem> {
    doc.dimensions
        .iter_mut()
        .enumerate()
        .find(|(_, d)| d.id == id)
        .ok_or_else(|| Problem::unknown_dimension("dimensions", id))
}
