//! The rule engine: how a learner's picks stand against each rule, how far they are from a
//! complete board, and which picks would help.
//!
//! Distance: the fewest further picks that, added to the current ones, meet every rule and every
//! required activity. It is `None` when no completion keeps every current pick (a maximum is
//! exceeded, a row holds two picks…); then `remove` lists the picks whose removal opens a way
//! again. `helpful` holds every unpicked activity that lies in some nearest completion, so picking
//! any of them lowers the distance by exactly one and keeps a completion in reach; it is empty only
//! when the board is complete or cannot be completed from here.

use super::document::{ChoiceBoardDocument, ProposalStatus, Rule};
use super::grid::{LineRef, Window};
use super::guidance::{Crowded, Guidance, Named, RuleStatus};
use super::solve::{Model, Outcome, Solver, Undecided};

/// One rule's standing.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleCheck {
    /// The rule's index in `rules`; `None` for the implicit rule of required activities.
    pub rule: Option<usize>,
    pub status: RuleStatus,
    pub guidance: Guidance,
}

impl RuleCheck {
    /// The guidance in English.
    pub fn english(&self) -> String {
        self.guidance.to_string()
    }
}

/// How a set of picks stands against the whole board.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleReport {
    /// The required activities first (when there are any), then each rule in order.
    pub checks: Vec<RuleCheck>,
    /// Every check is met (including teacher approval of free-choice ideas, under `approval`).
    pub complete: bool,
    /// Fewest further picks to meet every rule; `None` when the current picks cannot be
    /// completed (or the board is too large to decide: see `undecided`).
    pub distance: Option<u32>,
    /// Unpicked activities whose pick lowers the distance by one, in board order.
    pub helpful: Vec<String>,
    /// When the picks cannot be completed: the picks whose removal makes completion possible.
    pub remove: Vec<String>,
    /// The search ran out of its budget: `distance`, `helpful` and `remove` are unknown.
    pub undecided: bool,
    /// How many activities are picked (the free centre is not a pick).
    pub picked: u32,
    /// The picks' points.
    pub points: f64,
}

/// Evaluates the document's own selections.
pub fn evaluate_selections(board: &ChoiceBoardDocument) -> RuleReport {
    evaluate(board, &board.picked())
}

/// Evaluates a set of picks (activity ids; unknown ids and repeats are ignored).
pub fn evaluate(board: &ChoiceBoardDocument, picked: &[&str]) -> RuleReport {
    let model = Model::new(board);
    let mut on = vec![false; model.n];
    for id in picked {
        if let Some(slot) = model.index(id).and_then(|i| on.get_mut(i)) {
            *slot = true;
        }
    }
    let picks: Vec<usize> = (0..model.n).filter(|i| is(&on, *i)).collect();
    let constraints = model.constraints(None, true);
    let mut checks = Vec::new();
    let named = |i: usize| Named {
        id: model.id(i).to_string(),
        title: board
            .activities
            .get(i)
            .map_or(String::new(), |a| a.title.clone()),
    };
    if !model.required.is_empty() {
        let missing: Vec<Named> = model
            .required
            .iter()
            .filter(|i| !is(&on, **i))
            .map(|i| named(*i))
            .collect();
        checks.push(RuleCheck {
            rule: None,
            status: status(missing.is_empty(), false),
            guidance: Guidance::Required { missing },
        });
    }
    let count = picks.len() as u32;
    let units: i64 = picks.iter().filter_map(|i| model.points.get(*i)).sum();
    let hundredths = units.saturating_mul(model.unit);
    let points = hundredths as f64 / 100.0;
    let at_least = |target: f64| hundredths >= super::solve::hundredths(target);
    let at_most = |target: f64| hundredths <= super::solve::hundredths(target);
    for (index, rule) in board.rules.iter().enumerate() {
        let (status, guidance) = match rule {
            Rule::Line { length } => line_check(&model, &on, *length as usize),
            Rule::FreeCentre => match model.grid.and_then(|g| g.centre()) {
                Some(c) => (RuleStatus::Met, Guidance::FreeCentre { activity: named(c) }),
                None => (RuleStatus::Broken, Guidance::NotApplicable),
            },
            Rule::Picks { min, max } => (
                bounded(
                    min.is_none_or(|m| count >= m),
                    max.is_some_and(|m| count > m),
                ),
                Guidance::Picks {
                    picked: count,
                    min: *min,
                    max: *max,
                },
            ),
            Rule::Points { min, max, exact } => (
                bounded(
                    min.is_none_or(at_least) && exact.is_none_or(at_least),
                    max.is_some_and(|m| !at_most(m)) || exact.is_some_and(|e| !at_most(e)),
                ),
                Guidance::Points {
                    points,
                    min: *min,
                    max: *max,
                    exact: *exact,
                },
            ),
            Rule::Section { section, min, max } => {
                let picked = picks
                    .iter()
                    .filter(|i| {
                        board
                            .activities
                            .get(**i)
                            .is_some_and(|a| a.section.as_deref() == Some(section.as_str()))
                    })
                    .count() as u32;
                let title = board
                    .section(section)
                    .map_or_else(|| section.clone(), |s| s.title.clone());
                (
                    bounded(
                        min.is_none_or(|m| picked >= m),
                        max.is_some_and(|m| picked > m),
                    ),
                    Guidance::Section {
                        section: Named {
                            id: section.clone(),
                            title,
                        },
                        picked,
                        min: *min,
                        max: *max,
                    },
                )
            }
            Rule::OnePerRow | Rule::OnePerColumn => match model.grid {
                Some(grid) => {
                    let rows = matches!(rule, Rule::OnePerRow);
                    let size = if rows { grid.rows } else { grid.columns };
                    let crowded: Vec<Crowded> = (0..size)
                        .filter_map(|g| {
                            let in_it: Vec<String> = picks
                                .iter()
                                .filter(|i| {
                                    g == if rows {
                                        grid.row(**i)
                                    } else {
                                        grid.column(**i)
                                    }
                                })
                                .map(|i| model.id(*i).to_string())
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
                None => (RuleStatus::Broken, Guidance::NotApplicable),
            },
            Rule::Approval => {
                let (mut waiting, mut unproposed) = (Vec::new(), Vec::new());
                for i in &picks {
                    if !board.activities.get(*i).is_some_and(|a| a.free_choice) {
                        continue;
                    }
                    match board.proposal(model.id(*i)).map(|p| p.status) {
                        Some(ProposalStatus::Approved) => {}
                        Some(_) => waiting.push(named(*i)),
                        None => unproposed.push(named(*i)),
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
        };
        checks.push(RuleCheck {
            rule: Some(index),
            status,
            guidance,
        });
    }
    let mut report = RuleReport {
        complete: checks.iter().all(|c| c.status == RuleStatus::Met),
        checks,
        distance: None,
        helpful: Vec::new(),
        remove: Vec::new(),
        undecided: false,
        picked: count,
        points,
    };
    let mut solver = Solver::new(&model);
    match progress(&mut solver, &constraints, &picks) {
        Ok((distance, helpful, remove)) => {
            report.distance = distance;
            report.helpful = helpful.iter().map(|i| model.id(*i).to_string()).collect();
            report.remove = remove.iter().map(|i| model.id(*i).to_string()).collect();
        }
        Err(Undecided) => report.undecided = true,
    }
    report
}

fn is(on: &[bool], i: usize) -> bool {
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

fn bounded(enough: bool, too_many: bool) -> RuleStatus {
    status(enough, too_many)
}

/// A line rule's standing: the completed line, or the lines needing the fewest picks.
fn line_check(model: &Model, on: &[bool], length: usize) -> (RuleStatus, Guidance) {
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
            let mut seen = std::collections::HashSet::new();
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

type Progress = (Option<u32>, Vec<usize>, Vec<usize>);

/// The distance, the helpful cells and the picks to remove.
fn progress(
    solver: &mut Solver,
    constraints: &super::solve::Constraints,
    picks: &[usize],
) -> Result<Progress, Undecided> {
    let n = solver.model.n;
    let have = picks.len() as u32;
    let witness = match solver.solve(constraints, picks, None)? {
        Outcome::Found(w) => w,
        Outcome::Impossible => {
            let mut remove = Vec::new();
            for p in picks {
                let without: Vec<usize> = picks.iter().copied().filter(|q| q != p).collect();
                if let Outcome::Found(_) = solver.solve(constraints, &without, None)? {
                    remove.push(*p);
                }
            }
            return Ok((None, Vec::new(), remove));
        }
    };
    // The smallest completion: binary search on its size.
    let (mut lo, mut hi) = (have, witness.len() as u32);
    let mut best = witness;
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match solver.solve(constraints, picks, Some(mid))? {
            Outcome::Found(w) => {
                hi = mid;
                best = w;
            }
            Outcome::Impossible => lo = mid + 1,
        }
    }
    let distance = hi.saturating_sub(have);
    let mut helpful = vec![false; n];
    if distance > 0 {
        for i in &best {
            if let Some(h) = helpful.get_mut(*i) {
                *h = !picks.contains(i);
            }
        }
        for cell in 0..n {
            if picks.contains(&cell) || helpful.get(cell).copied().unwrap_or(true) {
                continue;
            }
            let mut with = picks.to_vec();
            with.push(cell);
            if let Outcome::Found(_) = solver.solve(constraints, &with, Some(hi))? {
                if let Some(h) = helpful.get_mut(cell) {
                    *h = true;
                }
            }
        }
    }
    let helpful = (0..n).filter(|i| is(&helpful, *i)).collect();
    Ok((Some(distance), helpful, Vec::new()))
}

/// Whether any set of picks meets every rule and required activity: `Ok(Some(ids))` gives one,
/// `Ok(None)` means none can, `Err(Undecided)` that the board was too large to decide quickly.
pub fn satisfiable(board: &ChoiceBoardDocument) -> Result<Option<Vec<String>>, Undecided> {
    let model = Model::new(board);
    let mut solver = Solver::new(&model);
    Ok(
        match solver.solve(&model.constraints(None, true), &[], None)? {
            Outcome::Found(cells) => Some(cells.iter().map(|i| model.id(*i).to_string()).collect()),
            Outcome::Impossible => None,
        },
    )
}
