//! The rule engine: how a learner's picks stand against the board (each rule's standing comes from
//! `rule_standing.rs`), how far they are from a complete board, and which picks would help.
//!
//! Distance: the fewest further picks that, added to the current ones, meet every rule and every
//! required activity. It is `None` when no completion keeps every current pick (a maximum is
//! exceeded, a row holds two picks…); then `remove` lists the picks whose removal opens a way
//! again. `helpful` holds every unpicked activity that lies in some nearest completion, so picking
//! any of them lowers the distance by exactly one and keeps a completion in reach; it is empty only
//! when the board is complete or cannot be completed from here.

use super::document::ChoiceBoardDocument;
use super::guidance::{Guidance, RuleStatus};
use super::rule_standing::{Picks, is};
use super::solve::{Model, Outcome, Solver, Undecided};

/// One rule's standing.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleCheck {
    /// The rule's index in `rules`; `None` for the implicit rule of required activities.
    pub rule: Option<usize>,
    pub status: RuleStatus,
    pub guidance: Guidance,
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
    let picks = Picks::new(&model, picked);
    let mut checks = Vec::new();
    if let Some((status, guidance)) = picks.required() {
        checks.push(RuleCheck {
            rule: None,
            status,
            guidance,
        });
    }
    for (index, rule) in board.rules.iter().enumerate() {
        let (status, guidance) = picks.check(rule);
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
        picked: picks.count(),
        points: picks.points(),
    };
    let mut solver = Solver::new(&model);
    match progress(&mut solver, &model.constraints(None, true), &picks.cells) {
        Ok((distance, helpful, remove)) => {
            report.distance = distance;
            report.helpful = helpful.iter().map(|i| model.id(*i).to_string()).collect();
            report.remove = remove.iter().map(|i| model.id(*i).to_string()).collect();
        }
        Err(Undecided) => report.undecided = true,
    }
    report
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
