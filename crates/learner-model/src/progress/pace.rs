//! Pace: ahead, on pace or behind against target dates (with a grace buffer), and a projected
//! completion date from the learner's own rate. "Today" is given, so reports and tests are exact.

use std::collections::HashSet;

use super::document::ProgressDocument;
use super::index::ProgressIndex;
use super::standing::Status;
use crate::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pace {
    Ahead,
    OnPace,
    Behind,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PaceReport {
    /// `None` when the document sets no targets and no course dates.
    pub pace: Option<Pace>,
    pub mastered: usize,
    pub total: usize,
    /// How many should be mastered by today, given targets and the buffer.
    pub expected: f64,
    /// Ids of competencies past their target (plus buffer) and not mastered.
    pub overdue: Vec<String>,
    /// When all would be mastered at the learner's own rate so far.
    pub projected: Option<Date>,
    /// The reasoning, line by line.
    pub explanation: Vec<PaceLine>,
}

/// One line of the pace reasoning, as data: the widgets word it in the learner's language from
/// their locale tables.
#[derive(Debug, Clone, PartialEq)]
pub enum PaceLine {
    /// How many of the leaf competencies are mastered.
    Mastered { mastered: usize, total: usize },
    /// How many should be mastered by today, counting targets passed more than `buffer_days` ago.
    Expected {
        today: Date,
        expected: f64,
        buffer_days: i64,
    },
    /// Ahead, on pace or behind: the mastered against the expected.
    Pace(Pace),
    /// At the rate so far (`mastered` in `days`), when all `total` would be mastered.
    Projection {
        mastered: usize,
        days: i64,
        total: usize,
        date: Date,
    },
}

pub fn pace(doc: &ProgressDocument, today: Date) -> PaceReport {
    pace_of(&ProgressIndex::new(doc), today)
}

/// As [`pace`], from an index the caller already has.
pub fn pace_of(index: &ProgressIndex, today: Date) -> PaceReport {
    let doc = index.document();
    let pacing = doc.pacing.clone().unwrap_or_default();
    let buffer = i64::from(pacing.buffer_days);
    let start = pacing.start.as_deref().and_then(Date::parse);
    let end = pacing.end.as_deref().and_then(Date::parse);
    let leaves: Vec<_> = doc
        .framework
        .competencies
        .iter()
        .filter(|c| index.is_leaf(&c.id))
        .collect();
    let total = leaves.len();
    let mastered_ids: HashSet<&str> = leaves
        .iter()
        .filter(|c| index.standing(c).status == Status::Mastered)
        .map(|c| c.id.as_str())
        .collect();
    let mastered = mastered_ids.len();

    let mut expected = 0.0;
    let mut overdue = Vec::new();
    let mut without_target = 0usize;
    for c in &leaves {
        match c.target_date.as_deref().and_then(Date::parse) {
            Some(target) if today.days_since(target) > buffer => {
                expected += 1.0;
                if !mastered_ids.contains(c.id.as_str()) {
                    overdue.push(c.id.clone());
                }
            }
            Some(_) => {}
            None => without_target += 1,
        }
    }
    if let (Some(start), Some(end)) = (start, end) {
        let span = end.days_since(start).max(1) as f64;
        let elapsed = (today.days_since(start) - buffer).max(0) as f64;
        expected += without_target as f64 * (elapsed / span).min(1.0);
    }
    let has_targets =
        leaves.iter().any(|c| c.target_date.is_some()) || (start.is_some() && end.is_some());
    let pace = has_targets.then(|| {
        if (mastered as f64) < expected.floor() {
            Pace::Behind
        } else if (mastered as f64) > expected.ceil() {
            Pace::Ahead
        } else {
            Pace::OnPace
        }
    });

    let first_evidence = doc
        .evidence
        .iter()
        .filter_map(|e| Date::parse(&e.date))
        .min();
    let from = start.or(first_evidence);
    let projected = match from {
        _ if mastered == total => Some(today),
        Some(from) if mastered > 0 && today.days_since(from) > 0 => {
            let rate = mastered as f64 / today.days_since(from) as f64;
            Some(today.plus_days(((total - mastered) as f64 / rate).ceil() as i64))
        }
        _ => None,
    };

    let mut explanation = vec![PaceLine::Mastered { mastered, total }];
    if has_targets {
        explanation.push(PaceLine::Expected {
            today,
            expected: (expected * 10.0).round() / 10.0,
            buffer_days: buffer,
        });
    }
    if let Some(pace) = pace {
        explanation.push(PaceLine::Pace(pace));
    }
    if let (Some(date), Some(from)) = (projected, from) {
        if mastered < total {
            explanation.push(PaceLine::Projection {
                mastered,
                days: today.days_since(from),
                total,
                date,
            });
        }
    }
    PaceReport {
        pace,
        mastered,
        total,
        expected,
        overdue,
        projected,
        explanation,
    }
}
