//! `learner-progress-class/1`: one framework and a class of learners' evidence, for the class
//! heatmap. The framework and scale are written once, not once per learner: 150 learners ×
//! 60 competencies × 20 scores is already 180,000 evidence entries.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::document::{Evidence, Framework, Override, ProficiencyScale};
use super::standing::Status;
use super::validate::Checker;
use crate::Date;
use crate::parse::Document;
use crate::problem::Problem;
use crate::profile::Learner;

/// More learners than this are not shown in one class heatmap.
pub const MAX_CLASS_LEARNERS: usize = 500;

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
    pub learners: Vec<ClassLearner>,
}

/// One learner's records, against the class's framework.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ClassLearner {
    pub learner: Learner,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
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
        let check = Checker::new(&mut out, &self.framework, self.scale.as_ref());
        if self.learners.is_empty() {
            out.push(Problem::new("learners", "must list at least one learner"));
        }
        if self.learners.len() > MAX_CLASS_LEARNERS {
            out.push(Problem::new(
                "learners",
                format!(
                    "{} learners is more than the {MAX_CLASS_LEARNERS} allowed",
                    self.learners.len()
                ),
            ));
        }
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

impl ClassGrid {
    /// Every learner's standing on every assessed competency. Evidence is grouped per learner in
    /// one pass, so the work is linear in the evidence; BENCHMARKS.md has the time a class of
    /// 150 × 60 × 20 takes natively (`cargo xtask bench`), against issue 8's 5 ms.
    pub fn of(doc: &ClassProgressDocument) -> ClassGrid {
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
        let column_of: HashMap<&str, usize> = columns
            .iter()
            .enumerate()
            .filter_map(|(col, i)| competencies.get(*i).map(|c| (c.id.as_str(), col)))
            .collect();
        let methods: Vec<_> = columns
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
        let rows = doc
            .learners
            .iter()
            .map(|record| {
                let mut by_column: Vec<Vec<(Option<Date>, f64)>> = vec![Vec::new(); columns.len()];
                for e in &record.evidence {
                    if let Some(list) = column_of
                        .get(e.competency.as_str())
                        .and_then(|col| by_column.get_mut(*col))
                    {
                        list.push((Date::parse(&e.date), e.score));
                    }
                }
                let mut overridden: Vec<Option<f64>> = vec![None; columns.len()];
                for o in &record.overrides {
                    if let Some(slot) = column_of
                        .get(o.competency.as_str())
                        .and_then(|col| overridden.get_mut(*col))
                    {
                        *slot = Some(o.level);
                    }
                }
                by_column
                    .iter_mut()
                    .zip(&overridden)
                    .zip(&methods)
                    .map(|((evidence, overridden), method)| {
                        // Date order; the same date keeps document order (a stable sort).
                        evidence.sort_by_key(|(date, _)| *date);
                        let scores: Vec<f64> = evidence.iter().map(|(_, s)| *s).collect();
                        let score = overridden.or_else(|| method.score(&scores, mastery));
                        let rounded = score.map(|s| (s * 100.0).round() / 100.0);
                        let status = match rounded {
                            Some(s) if s >= mastery - 1e-9 => Status::Mastered,
                            _ if evidence.is_empty() && overridden.is_none() => Status::NotStarted,
                            _ => Status::InProgress,
                        };
                        ClassCell {
                            score,
                            level: rounded.and_then(|s| scale.level_index_of(s)),
                            status,
                        }
                    })
                    .collect()
            })
            .collect();
        ClassGrid { columns, rows }
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
