//! `learner-progress-class/1`: one framework and a class of learners' evidence, for the class
//! heatmap. The framework and scale are written once, not once per learner: 150 learners ×
//! 60 competencies × 20 scores is already 180,000 evidence entries.

use std::collections::HashMap;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::document::{Evidence, Framework, Override, ProficiencyScale};
use super::method::Method;
use super::standing::Status;
use super::validate::{Checker, Lengths};
use crate::limits;
pub use crate::limits::MAX_CLASS_LEARNERS;
use crate::parse::Document;
use crate::problem::{Problem, ProblemKey};
use crate::profile::Learner;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ClassProgressDocument {
    /// Always `learner-progress-class/1`.
    pub schema: String,
    /// The class's name, e.g. "6B Mathematics".
    pub title: String,
    pub framework: Framework,
    /// The proficiency scale. When absent: No evidence 0, Below 1, Near 2, Mastery 3, Exceeds 4.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<ProficiencyScale>,
    /// In the host's order, which the heatmap keeps (it never ranks learners).
    #[cfg_attr(feature = "schema", schemars(length(max = MAX_CLASS_LEARNERS)))]
    pub learners: Vec<Rc<ClassLearner>>,
}

/// One learner's records, against the class's framework.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ClassLearner {
    pub learner: Learner,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = limits::MAX_CLASS_EVIDENCE)))]
    pub evidence: Vec<Evidence>,
    /// At most one a competency.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = limits::MAX_CLASS_COMPETENCIES)))]
    pub overrides: Vec<Override>,
}

impl ClassProgressDocument {
    pub const SCHEMA: &'static str = "learner-progress-class/1";

    pub fn from_json(text: &str) -> Result<Self, crate::DocumentError> {
        crate::parse_document(text)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| String::from("{}"))
    }

    /// A copy with one more piece of evidence for the learner `learner_id`, checked as the
    /// document's own evidence is. Only that learner's records are copied; the other learners'
    /// are shared with this document, so an update to a class of 150 copies one learner.
    pub fn with_evidence(
        &self,
        learner_id: &str,
        evidence: Evidence,
    ) -> Result<Self, Vec<Problem>> {
        let mut doc = self.clone();
        let Some((index, record)) = doc
            .learners
            .iter_mut()
            .enumerate()
            .find(|(_, record)| record.learner.id == learner_id)
        else {
            return Err(vec![Problem::unknown_learner("learner", learner_id)]);
        };
        let record = Rc::make_mut(record);
        let before = record.evidence.len();
        record.evidence.push(evidence);
        // The framework was checked with the document; only the new entry can be wrong.
        let check = Checker::new(
            &mut Vec::new(),
            &self.framework,
            self.scale.as_ref(),
            &Lengths::CLASS,
        );
        let mut problems = Vec::new();
        let prefix = format!("learners[{index}].");
        check.evidence(&mut problems, &prefix, &record.evidence);
        let new_entry = format!("{prefix}evidence[{before}].");
        problems.retain(|p| p.path.starts_with(&new_entry));
        if problems.is_empty() {
            Ok(doc)
        } else {
            Err(problems)
        }
    }

    /// The scale in force: the document's own or the default.
    pub fn scale(&self) -> ProficiencyScale {
        self.scale
            .clone()
            .unwrap_or_else(ProficiencyScale::default_levels)
    }
}

impl Document for ClassProgressDocument {
    const SCHEMA: &'static str = ClassProgressDocument::SCHEMA;

    fn problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        if self.title.trim().is_empty() {
            out.push(Problem::empty("title"));
        }
        let check = Checker::new(
            &mut out,
            &self.framework,
            self.scale.as_ref(),
            &Lengths::CLASS,
        );
        if self.learners.is_empty() {
            out.push(Problem::new("learners", ProblemKey::NO_LEARNER));
        }
        limits::check(&mut out, self.learners.len(), MAX_CLASS_LEARNERS, &|| {
            "learners".into()
        });
        let mut ids = std::collections::HashSet::new();
        for (i, record) in self.learners.iter().enumerate() {
            let prefix = format!("learners[{i}].");
            for (field, value) in [("id", &record.learner.id), ("name", &record.learner.name)] {
                if value.trim().is_empty() {
                    out.push(Problem::empty(format!("{prefix}learner.{field}")));
                }
            }
            if !ids.insert(record.learner.id.as_str()) {
                out.push(Problem::used_twice(
                    format!("{prefix}learner.id"),
                    &record.learner.id,
                ));
            }
            check.evidence(&mut out, &prefix, &record.evidence);
            check.overrides(&mut out, &prefix, &record.overrides);
        }
        out
    }
}

/// Where every learner stands on every assessed competency: the numbers behind the heatmap.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassGrid {
    /// The columns: indexes into `framework.competencies` of the competencies that are assessed
    /// directly (no other competency names them as parent), in framework order.
    pub columns: Vec<usize>,
    /// One row per learner, in the document's order; one cell per column.
    pub rows: Vec<Vec<ClassCell>>,
}

/// One learner on one competency.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClassCell {
    /// The score in force (a teacher's override, else the method's result).
    pub score: Option<f64>,
    /// Index into the scale's levels.
    pub level: Option<usize>,
    pub status: Status,
}

/// What every row of a class grid shares: the columns, each column's method, the scale. Made
/// once per framework, so one learner's row can be worked out again alone (an evidence update
/// changes one row of 150).
#[derive(Debug, Clone)]
pub struct GridLayout<'a> {
    /// As [`ClassGrid::columns`].
    pub columns: Vec<usize>,
    column_of: HashMap<&'a str, usize>,
    methods: Vec<Method>,
    scale: ProficiencyScale,
    mastery: f64,
}

impl<'a> GridLayout<'a> {
    pub fn of(doc: &'a ClassProgressDocument) -> GridLayout<'a> {
        let competencies = &doc.framework.competencies;
        let parents: std::collections::HashSet<&str> = competencies
            .iter()
            .filter_map(|c| c.parent.as_deref())
            .collect();
        let columns: Vec<usize> = (0..competencies.len())
            .filter(|i| {
                competencies
                    .get(*i)
                    .is_some_and(|c| !parents.contains(c.id.as_str()))
            })
            .collect();
        let column_of = columns
            .iter()
            .enumerate()
            .filter_map(|(col, i)| competencies.get(*i).map(|c| (c.id.as_str(), col)))
            .collect();
        let methods = columns
            .iter()
            .filter_map(|i| competencies.get(*i))
            .map(|c| {
                c.method
                    .clone()
                    .unwrap_or_else(|| doc.framework.method.clone())
            })
            .collect();
        let scale = doc.scale();
        let mastery = scale.mastery().unwrap_or(scale.max());
        GridLayout {
            columns,
            column_of,
            methods,
            scale,
            mastery,
        }
    }

    /// One learner's cells, one per column, for a valid document. Linear in the learner's
    /// evidence: the evidence is put in column order with a counting sort (stable, so the same
    /// date keeps document order), and a column's scores are sorted by date only when they are
    /// not already in date order.
    pub fn row(&self, record: &ClassLearner) -> Vec<ClassCell> {
        let width = self.columns.len();
        // Evidence usually comes in runs on one competency: remember the last lookup.
        let mut last: Option<(&str, Option<usize>)> = None;
        let placed: Vec<Option<usize>> = record
            .evidence
            .iter()
            .map(|e| {
                let id = e.competency.as_str();
                match last {
                    Some((seen, col)) if seen == id => col,
                    _ => {
                        let col = self.column_of.get(id).copied();
                        last = Some((id, col));
                        col
                    }
                }
            })
            .collect();
        // starts[col]..starts[col + 1] is the column's slice of `sorted`.
        let mut starts = vec![0usize; width + 1];
        for col in placed.iter().flatten() {
            if let Some(count) = starts.get_mut(col + 1) {
                *count += 1;
            }
        }
        for col in 0..width {
            let before = starts.get(col).copied().unwrap_or(0);
            if let Some(next) = starts.get_mut(col + 1) {
                *next += before;
            }
        }
        let mut fill = starts.clone();
        let mut sorted: Vec<(&str, f64)> = vec![("", 0.0); starts.get(width).copied().unwrap_or(0)];
        for (e, col) in record.evidence.iter().zip(&placed) {
            if let Some(at) = col.and_then(|col| fill.get_mut(col)) {
                if let Some(slot) = sorted.get_mut(*at) {
                    *slot = (e.date.as_str(), e.score);
                }
                *at += 1;
            }
        }
        let mut overridden: Vec<Option<f64>> = vec![None; width];
        for o in &record.overrides {
            if let Some(slot) = self
                .column_of
                .get(o.competency.as_str())
                .and_then(|col| overridden.get_mut(*col))
            {
                *slot = Some(o.level);
            }
        }
        let mut scores = Vec::new();
        (0..width)
            .map(|col| {
                let (from, to) = (
                    starts.get(col).copied().unwrap_or(0),
                    starts.get(col + 1).copied().unwrap_or(0),
                );
                let evidence = sorted.get_mut(from..to).unwrap_or_default();
                // Date order; the same date keeps document order (a stable sort). A valid
                // document's dates are all `YYYY-MM-DD`, whose text order is their date order.
                if !evidence.is_sorted_by_key(|(date, _)| *date) {
                    evidence.sort_by_key(|(date, _)| *date);
                }
                scores.clear();
                scores.extend(evidence.iter().map(|(_, s)| *s));
                let overridden = overridden.get(col).copied().flatten();
                self.cell(&scores, overridden, col)
            })
            .collect()
    }

    fn cell(&self, scores: &[f64], overridden: Option<f64>, col: usize) -> ClassCell {
        let method = self.methods.get(col);
        let score = overridden.or_else(|| method.and_then(|m| m.score(scores, self.mastery)));
        let rounded = score.map(|s| (s * 100.0).round() / 100.0);
        let status = match rounded {
            Some(s) if s >= self.mastery - 1e-9 => Status::Mastered,
            _ if scores.is_empty() && overridden.is_none() => Status::NotStarted,
            _ => Status::InProgress,
        };
        ClassCell {
            score,
            level: rounded.and_then(|s| self.scale.level_index_of(s)),
            status,
        }
    }
}

impl ClassGrid {
    /// Every learner's standing on every assessed competency; BENCHMARKS.md has the time a
    /// class of 150 × 60 × 20 takes natively (`cargo xtask bench`), against issue 8's 5 ms.
    pub fn of(doc: &ClassProgressDocument) -> ClassGrid {
        let layout = GridLayout::of(doc);
        let rows = doc
            .learners
            .iter()
            .map(|record| layout.row(record))
            .collect();
        ClassGrid {
            columns: layout.columns,
            rows,
        }
    }

    /// How many learners are at each level of the scale on one column (index = level).
    pub fn level_counts(&self, column: usize, levels: usize) -> Vec<usize> {
        let mut counts = vec![0; levels];
        for row in &self.rows {
            if let Some(slot) = row
                .get(column)
                .and_then(|cell| cell.level)
                .and_then(|level| counts.get_mut(level))
            {
                *slot += 1;
            }
        }
        counts
    }
}
