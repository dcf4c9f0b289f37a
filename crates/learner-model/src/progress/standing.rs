//! Where a learner stands on each competency: level, status, the working behind it, what would
//! reach mastery, and how domains roll up their children.

use super::document::{Competency, Evidence, Override, ProficiencyLevel, ProgressDocument};
use super::method::{Calculation, Method, Step};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    NotStarted,
    InProgress,
    Mastered,
}

/// One competency for one learner.
#[derive(Debug, Clone, PartialEq)]
pub struct Standing<'a> {
    pub competency: &'a Competency,
    /// The evidence for it, oldest first.
    pub evidence: Vec<&'a Evidence>,
    pub calculation: Calculation,
    /// A teacher's override, which replaces the calculated score.
    pub overridden: Option<&'a Override>,
    /// The score in force: the override's level, or the calculation's result.
    pub score: Option<f64>,
    pub level: Option<ProficiencyLevel>,
    pub status: Status,
    /// The lowest single next score that would reach mastery, when not yet mastered.
    pub next_score: Option<f64>,
}

/// The standing of one competency. Evidence is taken in date order (ties keep document order).
pub fn standing<'a>(doc: &'a ProgressDocument, competency: &'a Competency) -> Standing<'a> {
    let overridden = doc
        .overrides
        .iter()
        .rev()
        .find(|o| o.competency == competency.id);
    standing_of(
        doc,
        competency,
        doc.evidence_for(&competency.id),
        overridden,
    )
}

/// Where a competency stands, given its evidence oldest first (from a [`ProgressIndex`]).
///
/// [`ProgressIndex`]: super::ProgressIndex
pub(crate) fn standing_of<'a>(
    doc: &'a ProgressDocument,
    competency: &'a Competency,
    evidence: Vec<&'a Evidence>,
    overridden: Option<&'a Override>,
) -> Standing<'a> {
    let scale = doc.scale();
    let mastery = scale.mastery().unwrap_or(scale.max());
    let scores: Vec<f64> = evidence.iter().map(|e| e.score).collect();
    let method = doc.method_for(competency);
    let calculation = method.calculate(&scores, mastery);
    let score = overridden.map(|o| o.level).or(calculation.score);
    let level = score.and_then(|s| scale.level_of(round2(s)).cloned());
    let status = match score {
        Some(s) if round2(s) >= mastery - 1e-9 => Status::Mastered,
        _ if evidence.is_empty() && overridden.is_none() => Status::NotStarted,
        _ => Status::InProgress,
    };
    let next_score = (status != Status::Mastered && overridden.is_none())
        .then(|| method.next_score_for_mastery(&scores, mastery, scale.min(), scale.max()))
        .flatten();
    Standing {
        competency,
        evidence,
        calculation,
        overridden,
        score,
        level,
        status,
        next_score,
    }
}

/// Scores are shown and compared at two decimals, as the explanation states them.
fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

impl Standing<'_> {
    /// The explanation a student reads: the method, the arithmetic, the result and its level, and
    /// what would reach mastery.
    pub fn explanation(&self) -> Vec<ExplanationLine> {
        let mut lines = Vec::new();
        if let Some(o) = self.overridden {
            lines.push(ExplanationLine::SetByTeacher {
                level: o.level,
                on_scale: self.level.clone(),
                reason: o.reason.clone(),
            });
            return lines;
        }
        if self.evidence.is_empty() {
            lines.push(ExplanationLine::NoEvidence);
        } else {
            lines.push(ExplanationLine::Method(self.calculation.method.clone()));
            lines.push(ExplanationLine::EvidenceUsed(
                self.evidence
                    .iter()
                    .map(|e| UsedEvidence {
                        score: e.score,
                        date: e.date.clone(),
                        source: e.source.clone(),
                    })
                    .collect(),
            ));
            lines.extend(
                self.calculation
                    .steps
                    .iter()
                    .cloned()
                    .map(ExplanationLine::Step),
            );
            if let (Some(score), Some(level)) = (self.score, &self.level) {
                lines.push(ExplanationLine::Result {
                    score,
                    level: level.clone(),
                });
            }
        }
        match (self.status, self.next_score) {
            (Status::Mastered, _) => lines.push(ExplanationLine::Mastered),
            (_, Some(next)) => lines.push(ExplanationLine::NextScore(next)),
            (_, None) if !self.evidence.is_empty() => {
                lines.push(ExplanationLine::MoreThanOneNeeded)
            }
            _ => {}
        }
        lines
    }
}

/// One piece of evidence as the explanation states it.
#[derive(Debug, Clone, PartialEq)]
pub struct UsedEvidence {
    pub score: f64,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub source: String,
}

/// One line of a competency's explanation, as data: the widgets word it in the learner's language
/// from their locale tables.
#[derive(Debug, Clone, PartialEq)]
pub enum ExplanationLine {
    /// A teacher's override: the level set, that level on the scale, and the reason given.
    SetByTeacher {
        level: f64,
        on_scale: Option<ProficiencyLevel>,
        reason: String,
    },
    NoEvidence,
    /// The method and its rule.
    Method(Method),
    /// Every piece of evidence the calculation used, oldest first.
    EvidenceUsed(Vec<UsedEvidence>),
    Step(Step),
    /// The score in force and its level.
    Result {
        score: f64,
        level: ProficiencyLevel,
    },
    Mastered,
    /// The lowest single next score that would reach mastery.
    NextScore(f64),
    MoreThanOneNeeded,
}

/// A domain's or strand's progress: how many of the competencies under it are mastered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rollup {
    pub mastered: usize,
    pub total: usize,
}

impl ProgressDocument {
    /// The evidence for a competency in date order; the same date keeps document order.
    pub fn evidence_for(&self, id: &str) -> Vec<&Evidence> {
        let mut evidence: Vec<&Evidence> = self
            .evidence
            .iter()
            .filter(|e| e.competency == id)
            .collect();
        // Validated dates are YYYY-MM-DD, whose text sorts in date order: no parsing.
        evidence.sort_by(|a, b| a.date.cmp(&b.date));
        evidence
    }

    /// Whether no competency names this one as its parent.
    pub fn is_leaf(&self, id: &str) -> bool {
        !self
            .framework
            .competencies
            .iter()
            .any(|c| c.parent.as_deref() == Some(id))
    }

    /// The leaf competencies under `id` (itself when it is a leaf). Safe on cyclic parents.
    pub fn leaves_under(&self, id: &str) -> Vec<&Competency> {
        let mut out = Vec::new();
        let mut stack = vec![id.to_string()];
        let mut seen = std::collections::HashSet::new();
        while let Some(current) = stack.pop() {
            if !seen.insert(current.clone()) {
                continue;
            }
            let children: Vec<&Competency> = self
                .framework
                .competencies
                .iter()
                .filter(|c| c.parent.as_deref() == Some(current.as_str()))
                .collect();
            if children.is_empty() {
                out.extend(self.competency(&current));
            }
            stack.extend(children.iter().rev().map(|c| c.id.clone()));
        }
        out
    }

    /// How many of the leaves under `id` are mastered. For many questions, ask a
    /// [`ProgressIndex`](super::ProgressIndex) made once.
    pub fn rollup(&self, id: &str) -> Rollup {
        super::ProgressIndex::new(self).rollup(id)
    }

    /// Whether a competency, or every leaf under a domain, is mastered.
    pub fn is_mastered(&self, id: &str) -> bool {
        super::ProgressIndex::new(self).is_mastered(id)
    }

    /// What to work on next: leaf competencies not yet mastered whose prerequisites are all
    /// mastered, in framework order.
    pub fn next_steps(&self) -> Vec<&Competency> {
        super::ProgressIndex::new(self).next_steps()
    }
}
