//! Deciding whether any set of picks meets every rule, and finding one: the rules as integer
//! constraints, then a depth-first search with bounds and a memory of dead ends.
//!
//! A line rule is handled by trying each line (a 10 × 10 board has a few hundred), the longest
//! line rule implying the shorter ones. Everything else is a search over the cells in an order
//! that keeps its state small: counts saturate at their minimum when there is no maximum, a
//! section's count is dropped once its last cell is passed, and with one pick per row (or column)
//! the cells go row by row (column by column) so that rule is one flag; with both, the shorter
//! side is a bit mask of at most 10 bits. Points are whole hundredths divided by their greatest
//! common divisor, so a target of 100 with points 20, 50, 80 is a target of 10 in units of 10.
//! The search stops after [`BUDGET`] steps and says it could not decide, rather than run long.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use super::document::{ChoiceBoardDocument, Rule};
use super::grid::{Grid, Window};

/// Steps one question may take: a few tens of milliseconds.
const BUDGET: u32 = 300_000;

/// Too many combinations to decide within the budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Undecided;

pub(crate) enum Outcome {
    Found(Vec<usize>),
    Impossible,
}

/// The board's cells as numbers the search works with.
pub(crate) struct Model<'a> {
    pub board: &'a ChoiceBoardDocument,
    pub n: usize,
    /// Points in units of `unit` hundredths.
    pub points: Vec<i64>,
    /// Hundredths of a point per unit.
    pub unit: i64,
    /// For each cell, its position in `section_ids` (the sections some rule counts).
    pub section: Vec<Option<usize>>,
    pub section_ids: Vec<&'a str>,
    /// The grid, when the layout is a grid whose size matches the activities.
    pub grid: Option<Grid>,
    pub required: Vec<usize>,
    /// The grid's lines of each length asked for, made once: a pick's evaluation solves some
    /// dozens of times, and making every line again each time was a fifth of it.
    lines: RefCell<Vec<(usize, Rc<[Window]>)>>,
}

/// The rules in force, merged: the tightest bound of each kind.
#[derive(Debug, Clone)]
pub(crate) struct Constraints {
    pub line: Option<usize>,
    pub centre: Option<usize>,
    pub picks_min: u32,
    pub picks_max: Option<u32>,
    pub points_min: i64,
    pub points_max: Option<i64>,
    pub points_rule: bool,
    /// Per counted section: (min, max).
    pub sections: Vec<(u32, Option<u32>)>,
    pub one_per_row: bool,
    pub one_per_column: bool,
    pub required: bool,
    /// A bound no choice can meet whatever the cells (an exact target between two units).
    pub impossible: bool,
}

/// Hundredths of a point, as a whole number.
pub(crate) fn hundredths(value: f64) -> i64 {
    if value.is_finite() {
        (value * 100.0).round().clamp(-1e13, 1e13) as i64
    } else {
        0
    }
}

fn gcd(a: i64, b: i64) -> i64 {
    let (mut a, mut b) = (a.abs(), b.abs());
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

impl<'a> Model<'a> {
    pub fn new(board: &'a ChoiceBoardDocument) -> Self {
        let n = board.activities.len();
        let raw: Vec<i64> = board
            .activities
            .iter()
            .map(|a| hundredths(a.points.unwrap_or(0.0)).max(0))
            .collect();
        let unit = raw.iter().fold(0, |g, p| gcd(g, *p)).max(1);
        let mut section_ids: Vec<&str> = Vec::new();
        for rule in &board.rules {
            if let Rule::Section { section, .. } = rule {
                if !section_ids.contains(&section.as_str()) {
                    section_ids.push(section);
                }
            }
        }
        let section = board
            .activities
            .iter()
            .map(|a| {
                a.section
                    .as_deref()
                    .and_then(|s| section_ids.iter().position(|id| *id == s))
            })
            .collect();
        let grid = board.grid().and_then(|(rows, columns)| {
            let grid = Grid {
                rows: rows as usize,
                columns: columns as usize,
            };
            (grid.cell_count() == n && n > 0).then_some(grid)
        });
        let required = (0..n)
            .filter(|i| board.activities.get(*i).is_some_and(|a| a.required))
            .collect();
        Model {
            board,
            n,
            points: raw.iter().map(|p| p / unit).collect(),
            unit,
            section,
            section_ids,
            grid,
            required,
            lines: RefCell::new(Vec::new()),
        }
    }

    /// Every run of `length` cells along a row, a column or a diagonal of the grid.
    fn lines(&self, grid: &Grid, length: usize) -> Rc<[Window]> {
        let mut made = self.lines.borrow_mut();
        if let Some((_, lines)) = made.iter().find(|(l, _)| *l == length) {
            return Rc::clone(lines);
        }
        let lines: Rc<[Window]> = grid.windows(length).into();
        made.push((length, Rc::clone(&lines)));
        lines
    }

    pub fn index(&self, id: &str) -> Option<usize> {
        self.board.activities.iter().position(|a| a.id == id)
    }

    pub fn id(&self, cell: usize) -> &'a str {
        self.board
            .activities
            .get(cell)
            .map_or("", |a| a.id.as_str())
    }

    /// The rules in force, leaving out `skip` (a rule's index) and, unless `required`, the
    /// required activities.
    pub fn constraints(&self, skip: Option<usize>, required: bool) -> Constraints {
        let mut c = Constraints {
            line: None,
            centre: None,
            picks_min: 0,
            picks_max: None,
            points_min: 0,
            points_max: None,
            points_rule: false,
            sections: vec![(0, None); self.section_ids.len()],
            one_per_row: false,
            one_per_column: false,
            required,
            impossible: false,
        };
        let tighter = |old: Option<u32>, new: Option<u32>| match (old, new) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let tighter_i = |old: Option<i64>, new: i64| Some(old.map_or(new, |a| a.min(new)));
        let unit = self.unit;
        let floor = |v: f64| hundredths(v).div_euclid(unit);
        let ceil = |v: f64| -(-hundredths(v)).div_euclid(unit);
        for (i, rule) in self.board.rules.iter().enumerate() {
            if Some(i) == skip {
                continue;
            }
            match rule {
                Rule::Line { length } => {
                    if let Some(grid) = self.grid {
                        let length = *length as usize;
                        if length > grid.longest_line() || length == 0 {
                            c.impossible |= length > 0;
                        } else {
                            c.line = Some(c.line.map_or(length, |l| l.max(length)));
                        }
                    }
                }
                Rule::FreeCentre => c.centre = self.grid.and_then(|g| g.centre()),
                Rule::Picks { min, max } => {
                    c.picks_min = c.picks_min.max(min.unwrap_or(0));
                    c.picks_max = tighter(c.picks_max, *max);
                }
                Rule::Points { min, max, exact } => {
                    c.points_rule = true;
                    if let Some(v) = min {
                        c.points_min = c.points_min.max(ceil(*v));
                    }
                    if let Some(v) = max {
                        c.points_max = tighter_i(c.points_max, floor(*v));
                    }
                    if let Some(v) = exact {
                        let (lo, hi) = (ceil(*v), floor(*v));
                        c.impossible |= lo > hi;
                        c.points_min = c.points_min.max(lo);
                        c.points_max = tighter_i(c.points_max, hi);
                    }
                }
                Rule::Section { section, min, max } => {
                    let at = self.section_ids.iter().position(|s| s == section);
                    if let Some(bounds) = at.and_then(|at| c.sections.get_mut(at)) {
                        bounds.0 = bounds.0.max(min.unwrap_or(0));
                        bounds.1 = tighter(bounds.1, *max);
                    }
                }
                Rule::OnePerRow => c.one_per_row = self.grid.is_some(),
                Rule::OnePerColumn => c.one_per_column = self.grid.is_some(),
                Rule::Approval => {}
            }
        }
        c.impossible |= c.picks_max.is_some_and(|m| m < c.picks_min)
            || c.points_max.is_some_and(|m| m < c.points_min)
            || c.sections
                .iter()
                .any(|(lo, hi)| hi.is_some_and(|h| h < *lo));
        c
    }

    /// Whether a set of picks meets the constraints, checked directly.
    pub fn meets(&self, c: &Constraints, picked: &[bool]) -> bool {
        let on = |i: usize| picked.get(i).copied().unwrap_or(false);
        let cells = (0..self.n).filter(|i| on(*i));
        let count = cells.clone().count() as u64;
        let points: i64 = cells.clone().filter_map(|i| self.points.get(i)).sum();
        if c.impossible
            || count < u64::from(c.picks_min)
            || c.picks_max.is_some_and(|m| count > u64::from(m))
            || points < c.points_min
            || c.points_max.is_some_and(|m| points > m)
            || (c.required && self.required.iter().any(|r| !on(*r)))
        {
            return false;
        }
        for (s, (lo, hi)) in c.sections.iter().enumerate() {
            let k = cells
                .clone()
                .filter(|i| self.section.get(*i) == Some(&Some(s)))
                .count() as u64;
            if k < u64::from(*lo) || hi.is_some_and(|h| k > u64::from(h)) {
                return false;
            }
        }
        if let Some(grid) = self.grid {
            let crowded = |of: &dyn Fn(usize) -> usize, size: usize| {
                (0..size).any(|g| cells.clone().filter(|i| of(*i) == g).count() > 1)
            };
            if (c.one_per_row && crowded(&|i| grid.row(i), grid.rows))
                || (c.one_per_column && crowded(&|i| grid.column(i), grid.columns))
            {
                return false;
            }
            if let Some(length) = c.line {
                let done = self
                    .lines(&grid, length)
                    .iter()
                    .any(|w| w.cells.iter().all(|i| on(*i) || Some(*i) == c.centre));
                if !done {
                    return false;
                }
            }
        }
        true
    }

    /// The lines of the line rule in force, if any.
    pub fn windows(&self, c: &Constraints) -> Rc<[Window]> {
        match (&self.grid, c.line) {
            (Some(grid), Some(length)) => self.lines(grid, length),
            _ => Rc::from(Vec::new()),
        }
    }
}

/// Answers questions about one board, sharing one budget.
pub(crate) struct Solver<'m, 'a> {
    pub model: &'m Model<'a>,
    budget: u32,
}

impl<'m, 'a> Solver<'m, 'a> {
    pub fn new(model: &'m Model<'a>) -> Self {
        Solver {
            model,
            budget: BUDGET,
        }
    }

    /// A set of picks containing `forced` that meets `c`, with at most `cap` picks in all.
    pub fn solve(
        &mut self,
        c: &Constraints,
        forced: &[usize],
        cap: Option<u32>,
    ) -> Result<Outcome, Undecided> {
        if c.impossible {
            return Ok(Outcome::Impossible);
        }
        let n = self.model.n;
        let mut base = vec![false; n];
        let required: &[usize] = if c.required {
            &self.model.required
        } else {
            &[]
        };
        for i in forced.iter().chain(required) {
            if let Some(f) = base.get_mut(*i) {
                *f = true;
            }
        }
        let windows = self.model.windows(c);
        let first = self.search(c, &base, cap)?;
        let witness = match first {
            Outcome::Impossible => return Ok(Outcome::Impossible),
            Outcome::Found(w) if c.line.is_none() => return Ok(Outcome::Found(w)),
            Outcome::Found(w) => w,
        };
        let mut picked = vec![false; n];
        for i in &witness {
            if let Some(p) = picked.get_mut(*i) {
                *p = true;
            }
        }
        if self.model.meets(c, &picked) {
            return Ok(Outcome::Found(witness));
        }
        // Lines needing the fewest new picks first.
        let mut order: Vec<(usize, &Window)> = windows
            .iter()
            .map(|w| {
                let new = w
                    .cells
                    .iter()
                    .filter(|i| !base.get(**i).copied().unwrap_or(true) && Some(**i) != c.centre)
                    .count();
                (new, w)
            })
            .collect();
        order.sort_by_key(|(new, _)| *new);
        for (_, window) in order {
            let mut with = base.clone();
            for i in &window.cells {
                if Some(*i) != c.centre {
                    if let Some(f) = with.get_mut(*i) {
                        *f = true;
                    }
                }
            }
            if !self.forced_fit(c, &with, cap) {
                continue;
            }
            if let Outcome::Found(w) = self.search(c, &with, cap)? {
                return Ok(Outcome::Found(w));
            }
        }
        Ok(Outcome::Impossible)
    }

    /// Whether the forced cells alone respect the maximums, one per row and one per column: a
    /// quick test that spares most lines a search.
    fn forced_fit(&self, c: &Constraints, forced: &[bool], cap: Option<u32>) -> bool {
        // Run once per line in each solve: counted in place, with no list of the cells made.
        let cells = || (0..self.model.n).filter(|i| forced.get(*i).copied().unwrap_or(false));
        let count = cells().count() as u64;
        let points: i64 = cells().filter_map(|i| self.model.points.get(i)).sum();
        if cap.is_some_and(|m| count > u64::from(m))
            || c.picks_max.is_some_and(|m| count > u64::from(m))
            || (c.points_rule && c.points_max.is_some_and(|m| points > m))
        {
            return false;
        }
        let Some(grid) = self.model.grid else {
            return true;
        };
        let clash = |of: &dyn Fn(usize) -> usize| {
            let mut seen = HashSet::new();
            cells().any(|i| !seen.insert(of(i)))
        };
        !(c.one_per_row && clash(&|i| grid.row(i))
            || c.one_per_column && clash(&|i| grid.column(i)))
    }

    /// The search over every rule except lines.
    fn search(
        &mut self,
        c: &Constraints,
        forced: &[bool],
        cap: Option<u32>,
    ) -> Result<Outcome, Undecided> {
        let mut search = Search::new(self.model, c, forced, cap);
        let mut taken = Vec::new();
        let state = State {
            count: 0,
            points: 0,
            flag: false,
            mask: 0,
            sections: vec![0; c.sections.len()],
        };
        let found = search.dfs(0, state, &mut taken, &mut self.budget)?;
        Ok(if found {
            let mut cells: Vec<usize> = taken
                .iter()
                .filter_map(|pos| search.order.get(*pos).copied())
                .collect();
            cells.sort_unstable();
            Outcome::Found(cells)
        } else {
            Outcome::Impossible
        })
    }
}

#[derive(Clone, PartialEq, Eq, Hash)]
struct State {
    count: u32,
    points: i64,
    flag: bool,
    mask: u128,
    sections: Vec<u32>,
}

/// One depth-first search, its cells in a chosen order with running bounds.
struct Search {
    /// Cells in the order visited.
    order: Vec<usize>,
    forced: Vec<bool>,
    points: Vec<i64>,
    section: Vec<Option<usize>>,
    /// Per position: the group the flag tracks (a row, or a column) and the mask bit.
    outer: Vec<usize>,
    inner: Vec<usize>,
    flag_rule: bool,
    mask_rule: bool,
    picks_min: u32,
    picks_max: Option<u32>,
    points_min: i64,
    points_max: Option<i64>,
    sections: Vec<(u32, Option<u32>)>,
    /// Sums over the positions from here on: all cells, then forced cells.
    rest_count: Vec<u32>,
    rest_points: Vec<i64>,
    rest_sections: Vec<Vec<u32>>,
    forced_count: Vec<u32>,
    forced_points: Vec<i64>,
    forced_sections: Vec<Vec<u32>>,
    dead: HashSet<(usize, State)>,
}

impl Search {
    fn new(model: &Model, c: &Constraints, forced: &[bool], cap: Option<u32>) -> Self {
        let n = model.n;
        let (mut flag_rule, mut mask_rule, mut by_rows) = (false, false, true);
        let mut order: Vec<usize> = (0..n).collect();
        let (mut outer, mut inner) = (vec![0; n], vec![0; n]);
        match model.grid {
            Some(grid) if c.one_per_row || c.one_per_column => {
                by_rows = if c.one_per_row && c.one_per_column {
                    grid.rows >= grid.columns
                } else {
                    c.one_per_row
                };
                flag_rule = true;
                mask_rule = c.one_per_row && c.one_per_column;
                if !by_rows {
                    order.sort_by_key(|i| (grid.column(*i), grid.row(*i)));
                }
                for (pos, cell) in order.iter().enumerate() {
                    let (r, col) = (grid.row(*cell), grid.column(*cell));
                    if let (Some(o), Some(k)) = (outer.get_mut(pos), inner.get_mut(pos)) {
                        (*o, *k) = if by_rows { (r, col) } else { (col, r) };
                    }
                }
            }
            _ => order.sort_by_key(|i| {
                model
                    .section
                    .get(*i)
                    .copied()
                    .flatten()
                    .unwrap_or(usize::MAX)
            }),
        }
        let _ = by_rows;
        let at = |v: &[i64], pos: usize| v.get(pos).copied().unwrap_or(0);
        let points: Vec<i64> = if c.points_rule {
            order.iter().map(|i| at(&model.points, *i)).collect()
        } else {
            vec![0; n]
        };
        let forced: Vec<bool> = order
            .iter()
            .map(|i| forced.get(*i).copied().unwrap_or(false))
            .collect();
        let section: Vec<Option<usize>> = order
            .iter()
            .map(|i| model.section.get(*i).copied().flatten())
            .collect();
        let s = c.sections.len();
        let (mut rest_count, mut rest_points) = (vec![0u32; n + 1], vec![0i64; n + 1]);
        let (mut forced_count, mut forced_points) = (vec![0u32; n + 1], vec![0i64; n + 1]);
        let mut rest_sections = vec![vec![0u32; s]; n + 1];
        let mut forced_sections = vec![vec![0u32; s]; n + 1];
        for pos in (0..n).rev() {
            let p = at(&points, pos);
            let f = forced.get(pos).copied().unwrap_or(false);
            let next = |v: &[u32]| v.get(pos + 1).copied().unwrap_or(0);
            let next_i = |v: &[i64]| v.get(pos + 1).copied().unwrap_or(0);
            let (rc, rp, fc, fp) = (
                next(&rest_count) + 1,
                next_i(&rest_points) + p,
                next(&forced_count) + u32::from(f),
                next_i(&forced_points) + if f { p } else { 0 },
            );
            let mut rs = rest_sections.get(pos + 1).cloned().unwrap_or_default();
            let mut fs = forced_sections.get(pos + 1).cloned().unwrap_or_default();
            if let Some(k) = section.get(pos).copied().flatten() {
                if let Some(v) = rs.get_mut(k) {
                    *v += 1;
                }
                if let (true, Some(v)) = (f, fs.get_mut(k)) {
                    *v += 1;
                }
            }
            if let (Some(a), Some(b), Some(x), Some(y), Some(r), Some(q)) = (
                rest_count.get_mut(pos),
                rest_points.get_mut(pos),
                forced_count.get_mut(pos),
                forced_points.get_mut(pos),
                rest_sections.get_mut(pos),
                forced_sections.get_mut(pos),
            ) {
                (*a, *b, *x, *y, *r, *q) = (rc, rp, fc, fp, rs, fs);
            }
        }
        let picks_max = match (c.picks_max, cap) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        Search {
            order,
            forced,
            points,
            section,
            outer,
            inner,
            flag_rule,
            mask_rule,
            picks_min: c.picks_min,
            picks_max,
            points_min: c.points_min,
            points_max: c.points_max,
            sections: c.sections.clone(),
            rest_count,
            rest_points,
            rest_sections,
            forced_count,
            forced_points,
            forced_sections,
            dead: HashSet::new(),
        }
    }

    /// Whether the picks so far can still be completed, by counting what is left.
    fn hopeful(&self, pos: usize, s: &State) -> bool {
        let rc = self.rest_count.get(pos).copied().unwrap_or(0);
        let rp = self.rest_points.get(pos).copied().unwrap_or(0);
        let fc = self.forced_count.get(pos).copied().unwrap_or(0);
        let fp = self.forced_points.get(pos).copied().unwrap_or(0);
        if u64::from(s.count) + u64::from(rc) < u64::from(self.picks_min)
            || self
                .picks_max
                .is_some_and(|m| u64::from(s.count) + u64::from(fc) > u64::from(m))
            || s.points.saturating_add(rp) < self.points_min
            || self
                .points_max
                .is_some_and(|m| s.points.saturating_add(fp) > m)
        {
            return false;
        }
        let (rest, forced) = (self.rest_sections.get(pos), self.forced_sections.get(pos));
        self.sections.iter().enumerate().all(|(k, (lo, hi))| {
            let have = s.sections.get(k).copied().unwrap_or(0);
            let r = rest.and_then(|v| v.get(k)).copied().unwrap_or(0);
            let f = forced.and_then(|v| v.get(k)).copied().unwrap_or(0);
            have + r >= *lo && hi.is_none_or(|h| have + f <= h)
        })
    }

    fn dfs(
        &mut self,
        pos: usize,
        state: State,
        taken: &mut Vec<usize>,
        budget: &mut u32,
    ) -> Result<bool, Undecided> {
        *budget = budget.checked_sub(1).ok_or(Undecided)?;
        if !self.hopeful(pos, &state) {
            return Ok(false);
        }
        if pos >= self.order.len() {
            return Ok(true);
        }
        // A section whose cells are all behind us no longer matters.
        let mut key = state.clone();
        for (k, v) in key.sections.iter_mut().enumerate() {
            if self.rest_sections.get(pos).and_then(|r| r.get(k)) == Some(&0) {
                *v = 0;
            }
        }
        let key = (pos, key);
        if self.dead.contains(&key) {
            return Ok(false);
        }
        let next_outer = self.outer.get(pos + 1).copied();
        let outer = self.outer.get(pos).copied();
        let fresh_group = next_outer != outer;
        let bit = 1u128
            .checked_shl(self.inner.get(pos).copied().unwrap_or(0) as u32)
            .unwrap_or(0);
        let p = self.points.get(pos).copied().unwrap_or(0);
        let section = self.section.get(pos).copied().flatten();
        let can_take = !(self.flag_rule && state.flag)
            && !(self.mask_rule && (bit == 0 || state.mask & bit != 0));
        let take = can_take.then(|| {
            let mut s = state.clone();
            s.count = match self.picks_max {
                Some(_) => s.count.saturating_add(1),
                None => s.count.saturating_add(1).min(self.picks_min),
            };
            s.points = match self.points_max {
                Some(_) => s.points.saturating_add(p),
                None => s.points.saturating_add(p).min(self.points_min),
            };
            if let Some(k) = section {
                if let (Some(v), Some((lo, hi))) = (s.sections.get_mut(k), self.sections.get(k)) {
                    *v = match hi {
                        Some(_) => v.saturating_add(1),
                        None => v.saturating_add(1).min(*lo),
                    };
                }
            }
            s.flag = self.flag_rule && !fresh_group;
            if self.mask_rule {
                s.mask |= bit;
            }
            s
        });
        let skip = (!self.forced.get(pos).copied().unwrap_or(true)).then(|| {
            let mut s = state.clone();
            s.flag = s.flag && !fresh_group;
            s
        });
        // Take first while a minimum is still unmet; otherwise leave cells out first.
        let short = state.count < self.picks_min || state.points < self.points_min;
        let tries = if short { [take, skip] } else { [skip, take] };
        for (k, next) in tries.into_iter().enumerate() {
            let Some(next) = next else { continue };
            let took = (k == 0) == short;
            if took {
                taken.push(pos);
            }
            if self.dfs(pos + 1, next, taken, budget)? {
                return Ok(true);
            }
            if took {
                taken.pop();
            }
        }
        self.dead.insert(key);
        Ok(false)
    }
}
