//! How a set of picks stands against each rule on its own: the rule's status and its guidance,
//! with the numbers and names the widgets word.

use std::collections::HashSet;

use super::document::{ProposalStatus, Rule};
use super::grid::{LineRef, Window};
use super::guidance::{Crowded, Guidance, Named, RuleStatus};
use super::solve::{Model, hundredths};

/// A set of picks on a board, with what every rule's check reads.
pub(crate) struct Picks<'m, 'a> {
    model: &'m Model<'a>,
    /// For each cell, whether it is picked.
    on: Vec<bool>,
    /// The picked cells, in board order.
    pub cells: Vec<usize>,
    /// The picks' points, in hundredths of a point.
    hundredths: i64,
}

/// Whether cell `i` is marked.
pub(crate) fn is(on: &[bool], i: usize) -> bool {
    on.get(i).copied().unwrap_or(false)
}

fn status(met: bool, broken: bool) -> RuleStatus {
    if broken {
        RuleStatus::Broken
    } else if met {
        RuleStatus::Met
    } else {
        RuleStatus::NotYet
    }
}

impl<'m, 'a> Picks<'m, 'a> {
    /// Picks given by activity id; unknown ids and repeats are ignored.
    pub fn new(model: &'m Model<'a>, picked: &[&str]) -> Self {
        let mut on = vec![false; model.n];
        for id in picked {
            if let Some(slot) = model.index(id).and_then(|i| on.get_mut(i)) {
                *slot = true;
            }
        }
        let cells: Vec<usize> = (0..model.n).filter(|i| is(&on, *i)).collect();
        let units: i64 = cells.iter().filter_map(|i| model.points.get(*i)).sum();
        Picks {
            model,
            on,
            cells,
            hundredths: units.saturating_mul(model.unit),
        }
    }

    /// How many activities are picked.
    pub fn count(&self) -> u32 {
        self.cells.len() as u32
    }

    /// The picks' points.
    pub fn points(&self) -> f64 {
        self.hundredths as f64 / 100.0
    }

    fn named(&self, cell: usize) -> Named {
        Named {
            id: self.model.id(cell).to_string(),
            title: self
                .model
                .board
                .activities
                .get(cell)
                .map_or(String::new(), |a| a.title.clone()),
        }
    }

    /// The implicit rule that every required activity is picked; `None` when none is required.
    pub fn required(&self) -> Option<(RuleStatus, Guidance)> {
        if self.model.required.is_empty() {
            return None;
        }
        let missing: Vec<Named> = self
            .model
            .required
            .iter()
            .filter(|i| !is(&self.on, **i))
            .map(|i| self.named(*i))
            .collect();
        Some((
            status(missing.is_empty(), false),
            Guidance::Required { missing },
        ))
    }

    /// How the picks stand against one rule.
    pub fn check(&self, rule: &Rule) -> (RuleStatus, Guidance) {
        match rule {
            Rule::Line { length } => self.line(*length as usize),
            Rule::FreeCentre => self.free_centre(),
            Rule::Picks { min, max } => self.picks(*min, *max),
            Rule::Points { min, max, exact } => self.points_against(*min, *max, *exact),
            Rule::Section { section, min, max } => self.section(section, *min, *max),
            Rule::OnePerRow => self.one_per(true),
            Rule::OnePerColumn => self.one_per(false),
            Rule::Approval => self.approval(),
        }
    }

    fn free_centre(&self) -> (RuleStatus, Guidance) {
        match self.model.grid.and_then(|g| g.centre()) {
            Some(c) => (
                RuleStatus::Met,
                Guidance::FreeCentre {
                    activity: self.named(c),
                },
            ),
            None => (RuleStatus::Broken, Guidance::NotApplicable),
        }
    }

    fn picks(&self, min: Option<u32>, max: Option<u32>) -> (RuleStatus, Guidance) {
        let count = self.count();
        (
            status(
                min.is_none_or(|m| count >= m),
                max.is_some_and(|m| count > m),
            ),
            Guidance::Picks {
                picked: count,
                min,
                max,
            },
        )
    }

    fn points_against(
        &self,
        min: Option<f64>,
        max: Option<f64>,
        exact: Option<f64>,
    ) -> (RuleStatus, Guidance) {
        let at_least = |target: f64| self.hundredths >= hundredths(target);
        let at_most = |target: f64| self.hundredths <= hundredths(target);
        (
            status(
                min.is_none_or(at_least) && exact.is_none_or(at_least),
                max.is_some_and(|m| !at_most(m)) || exact.is_some_and(|e| !at_most(e)),
            ),
            Guidance::Points {
                points: self.points(),
                min,
                max,
                exact,
            },
        )
    }

    fn section(&self, section: &str, min: Option<u32>, max: Option<u32>) -> (RuleStatus, Guidance) {
        let board = self.model.board;
        let picked = self
            .cells
            .iter()
            .filter(|i| {
                board
                    .activities
                    .get(**i)
                    .is_some_and(|a| a.section.as_deref() == Some(section))
            })
            .count() as u32;
        let title = board
            .section(section)
            .map_or_else(|| section.to_string(), |s| s.title.clone());
        (
            status(
                min.is_none_or(|m| picked >= m),
                max.is_some_and(|m| picked > m),
            ),
            Guidance::Section {
                section: Named {
                    id: section.to_string(),
                    title,
                },
                picked,
                min,
                max,
            },
        )
    }

    /// One pick per row (`rows`) or per column: the rows or columns holding more.
    fn one_per(&self, rows: bool) -> (RuleStatus, Guidance) {
        let Some(grid) = self.model.grid else {
            return (RuleStatus::Broken, Guidance::NotApplicable);
        };
        let (size, group): (usize, &dyn Fn(usize) -> usize) = if rows {
            (grid.rows, &|i| grid.row(i))
        } else {
            (grid.columns, &|i| grid.column(i))
        };
        let crowded: Vec<Crowded> = (0..size)
            .filter_map(|g| {
                let in_it: Vec<String> = self
                    .cells
                    .iter()
                    .filter(|i| group(**i) == g)
                    .map(|i| self.model.id(*i).to_string())
                    .collect();
                (in_it.len() > 1).then_some(Crowded {
                    index: g as u32,
                    picks: in_it,
                })
            })
            .collect();
        let status = status(crowded.is_empty(), !crowded.is_empty());
        let guidance = if rows {
            Guidance::OnePerRow { crowded }
        } else {
            Guidance::OnePerColumn { crowded }
        };
        (status, guidance)
    }

    /// Picked free-choice activities whose idea is not approved yet.
    fn approval(&self) -> (RuleStatus, Guidance) {
        let board = self.model.board;
        let (mut waiting, mut unproposed) = (Vec::new(), Vec::new());
        for i in &self.cells {
            if !board.activities.get(*i).is_some_and(|a| a.free_choice) {
                continue;
            }
            match board.proposal(self.model.id(*i)).map(|p| p.status) {
                Some(ProposalStatus::Approved) => {}
                Some(_) => waiting.push(self.named(*i)),
                None => unproposed.push(self.named(*i)),
            }
        }
        (
            status(waiting.is_empty() && unproposed.is_empty(), false),
            Guidance::Approval {
                waiting,
                unproposed,
            },
        )
    }

    /// A line rule's standing: the completed line, or the lines needing the fewest picks.
    fn line(&self, length: usize) -> (RuleStatus, Guidance) {
        let model = self.model;
        let on = &self.on;
        let Some(grid) = model.grid else {
            return (RuleStatus::Broken, Guidance::NotApplicable);
        };
        let constraints = model.constraints(None, true);
        let centre = constraints.centre;
        let windows = grid.windows(length);
        if windows.is_empty() {
            return (RuleStatus::Broken, Guidance::NotApplicable);
        }
        let missing = |w: &Window| {
            w.cells
                .iter()
                .filter(|i| !is(on, **i) && Some(**i) != centre)
                .count()
        };
        let line = |w: &Window| LineRef {
            direction: w.direction,
            index: w.index as u32,
            whole: w.whole,
            cells: w.cells.iter().map(|i| model.id(*i).to_string()).collect(),
        };
        if let Some(done) = windows.iter().find(|w| missing(w) == 0) {
            return (RuleStatus::Met, Guidance::LineComplete { line: line(done) });
        }
        // Lines that one pick per row or column does not rule out.
        let fits = |w: &Window| {
            let cells: Vec<usize> = (0..model.n)
                .filter(|i| (is(on, *i) || w.cells.contains(i)) && Some(*i) != centre)
                .collect();
            let clash = |of: &dyn Fn(usize) -> usize| {
                let mut seen = HashSet::new();
                cells.iter().any(|i| !seen.insert(of(*i)))
            };
            !(constraints.one_per_row && clash(&|i| grid.row(i))
                || constraints.one_per_column && clash(&|i| grid.column(i)))
        };
        let open: Vec<&Window> = windows.iter().filter(|w| fits(w)).collect();
        let Some(fewest) = open.iter().map(|w| missing(w)).min() else {
            return (RuleStatus::NotYet, Guidance::NoLine);
        };
        let lines = open
            .iter()
            .filter(|w| missing(w) == fewest)
            .map(|w| line(w))
            .collect();
        (
            RuleStatus::NotYet,
            Guidance::CompleteLine {
                missing: fewest as u32,
                lines,
            },
        )
    }
}
