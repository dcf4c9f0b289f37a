//! The shape of a profile in words: where the learner's peaks and valleys are.
//!
//! A learner is compared with their own profile only, never with a class average.

use super::document::{Dimension, ProfileDocument};

/// How many peaks and valleys a summary names.
const NAMED: usize = 2;

/// The peaks and valleys of one learner's profile.
#[derive(Debug, Clone, PartialEq)]
pub struct ShapeSummary<'a> {
    /// The highest dimensions, highest first.
    pub highest: Vec<&'a Dimension>,
    /// The lowest dimensions, lowest first. Never repeats one from `highest`.
    pub lowest: Vec<&'a Dimension>,
}

impl ShapeSummary<'_> {
    /// One or two sentences a screen reader can speak, e.g.
    /// "Highest: Reading (82), Art (78). Lowest: Fractions (35), Focus (40)."
    pub fn sentence(&self) -> String {
        let list = |dimensions: &[&Dimension]| {
            dimensions
                .iter()
                .map(|d| format!("{} ({})", d.label, d.value))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut out = String::new();
        if !self.highest.is_empty() {
            out.push_str(&format!("Highest: {}.", list(&self.highest)));
        }
        if !self.lowest.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&format!("Lowest: {}.", list(&self.lowest)));
        }
        out
    }
}

/// Names the peaks and valleys of a profile. Dimensions of equal value keep document order.
pub fn summarize(doc: &ProfileDocument) -> ShapeSummary<'_> {
    let mut by_value: Vec<&Dimension> = doc.dimensions.iter().collect();
    by_value.sort_by(|a, b| b.value.total_cmp(&a.value));
    // With fewer than two dimensions per end there is no valley distinct from the peak.
    let named = NAMED.min(by_value.len() / 2);
    let highest: Vec<&Dimension> = by_value.iter().take(named.max(1)).copied().collect();
    let lowest: Vec<&Dimension> = by_value
        .iter()
        .rev()
        .take(named)
        .filter(|d| !highest.iter().any(|h| std::ptr::eq(*h, **d)))
        .copied()
        .collect();
    ShapeSummary { highest, lowest }
}
