//! A competency's level over time: the method's result after each piece of evidence.

use super::document::{Competency, Evidence, ProgressDocument};

/// One piece of evidence and the score the method gave once it was counted.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryPoint<'a> {
    pub evidence: &'a Evidence,
    pub score_after: Option<f64>,
}

/// The evidence for a competency in date order, each with the result so far.
pub fn history<'a>(doc: &'a ProgressDocument, competency: &Competency) -> Vec<HistoryPoint<'a>> {
    history_of(doc, competency, doc.evidence_for(&competency.id))
}

/// The same, given the competency's evidence oldest first (from a [`ProgressIndex`]).
///
/// [`ProgressIndex`]: super::ProgressIndex
pub(crate) fn history_of<'a>(
    doc: &'a ProgressDocument,
    competency: &Competency,
    evidence: Vec<&'a Evidence>,
) -> Vec<HistoryPoint<'a>> {
    let scale = doc.scale();
    let mastery = scale.mastery().unwrap_or(scale.max());
    let method = doc.method_for(competency);
    let mut scores = Vec::with_capacity(evidence.len());
    evidence
        .into_iter()
        .map(|e| {
            scores.push(e.score);
            HistoryPoint {
                evidence: e,
                score_after: method.calculate(&scores, mastery).score,
            }
        })
        .collect()
}

/// Competencies in prerequisite layers: the first holds those with no prerequisites, each next one
/// those whose prerequisites all sit in earlier layers. Safe on cycles (left in a last layer).
pub fn prerequisite_layers(doc: &ProgressDocument) -> Vec<Vec<&Competency>> {
    super::ProgressIndex::new(doc).prerequisite_layers()
}
