//! Every problem with a choice board, each with the path of its field: the shape of the board,
//! references between its parts, and rules no choice of activities could meet.

use std::collections::HashSet;

use super::document::{ChoiceBoardDocument, Layout, Rule};
use super::solve::{Model, Outcome, Solver, hundredths};
use crate::limits::MAX_UDL_TAGS;
use crate::limits::{self, MAX_LINKS, MAX_PROPOSALS, MAX_RULES, MAX_SECTIONS, MAX_SELECTIONS};
use crate::link::check_links;
use crate::number::format_number as n;
use crate::problem::{Problem, ProblemKey};

pub use crate::limits::MAX_ACTIVITIES;
/// Beyond any sensible score, and keeps the points arithmetic exact.
const MAX_POINTS: f64 = 1_000_000.0;

pub(crate) fn problems(doc: &ChoiceBoardDocument) -> Vec<Problem> {
    let mut out = Vec::new();
    non_empty(&mut out, "title".into(), &doc.title);
    if let Some(learner) = &doc.learner {
        non_empty(&mut out, "learner.id".into(), &learner.id);
        non_empty(&mut out, "learner.name".into(), &learner.name);
    }
    check_lengths(&mut out, doc);
    let grid_ok = check_layout(&mut out, doc);
    let sections = check_sections(&mut out, doc);
    check_activities(&mut out, doc, &sections);
    check_selections(&mut out, doc);
    check_proposals(&mut out, doc);
    let before = out.len();
    check_rules(&mut out, doc, grid_ok);
    // Only a board whose parts make sense is searched, and only when each rule is sound alone.
    if out.is_empty() && before == 0 {
        check_together(&mut out, doc);
    }
    out
}

fn non_empty(out: &mut Vec<Problem>, path: String, value: &str) {
    if value.trim().is_empty() {
        out.push(Problem::empty(path));
    }
}

/// At least one activity, and no list longer than its limit.
fn check_lengths(out: &mut Vec<Problem>, doc: &ChoiceBoardDocument) {
    let count = doc.activities.len();
    if count == 0 {
        out.push(Problem::new("activities", ProblemKey::NO_ACTIVITY));
    }
    limits::check(out, count, MAX_ACTIVITIES, &|| "activities".into());
    for (list, count, max) in [
        ("sections", doc.sections.len(), MAX_SECTIONS),
        ("rules", doc.rules.len(), MAX_RULES),
        ("selections", doc.selections.len(), MAX_SELECTIONS),
        ("proposals", doc.proposals.len(), MAX_PROPOSALS),
    ] {
        limits::check(out, count, max, &|| list.into());
    }
}

/// A grid's rows and columns, one activity a cell. Returns whether the board is a sound grid.
fn check_layout(out: &mut Vec<Problem>, doc: &ChoiceBoardDocument) -> bool {
    let Layout::Grid { rows, columns } = doc.layout else {
        return false;
    };
    let count = doc.activities.len();
    if rows == 0 {
        out.push(Problem::new("layout.rows", ProblemKey::NO_ROW));
    }
    if columns == 0 {
        out.push(Problem::new("layout.columns", ProblemKey::NO_COLUMN));
    }
    let cells = u64::from(rows) * u64::from(columns);
    if rows > 0 && columns > 0 && cells != count as u64 {
        out.push(
            Problem::new("layout", ProblemKey::GRID_CELLS)
                .with("rows", rows)
                .with("columns", columns)
                .with("cells", cells)
                .with("count", count),
        );
    }
    rows > 0 && columns > 0 && cells == count as u64
}

/// Each section's id and title; returns the ids.
fn check_sections<'a>(out: &mut Vec<Problem>, doc: &'a ChoiceBoardDocument) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    for (i, s) in doc.sections.iter().enumerate() {
        non_empty(out, format!("sections[{i}].id"), &s.id);
        if !s.id.trim().is_empty() && !seen.insert(s.id.as_str()) {
            out.push(Problem::used_twice(format!("sections[{i}].id"), &s.id));
        }
        non_empty(out, format!("sections[{i}].title"), &s.title);
    }
    seen
}

/// Each activity's id, title, points, section, UDL lists and resources.
fn check_activities(out: &mut Vec<Problem>, doc: &ChoiceBoardDocument, sections: &HashSet<&str>) {
    let mut ids = HashSet::new();
    for (i, a) in doc.activities.iter().enumerate() {
        let at = |field: &str| format!("activities[{i}].{field}");
        if a.id.trim().is_empty() {
            out.push(Problem::empty(at("id")));
        } else if !ids.insert(a.id.as_str()) {
            out.push(Problem::used_twice(at("id"), &a.id));
        }
        non_empty(out, at("title"), &a.title);
        if let Some(p) = a.points {
            if !p.is_finite() || p < 0.0 {
                out.push(
                    Problem::new(at("points"), ProblemKey::POINTS_NEGATIVE).with("points", n(p)),
                );
            } else if p > MAX_POINTS {
                out.push(
                    Problem::new(at("points"), ProblemKey::POINTS_TOO_MANY)
                        .with("points", n(p))
                        .with("max", n(MAX_POINTS)),
                );
            }
        }
        if let Some(s) = &a.section {
            if !sections.contains(s.as_str()) {
                out.push(Problem::unknown_section(at("section"), s));
            }
        }
        for (list, count) in [
            ("engagement", a.engagement.len()),
            ("representation", a.representation.len()),
            ("expression", a.expression.len()),
        ] {
            limits::check(out, count, MAX_UDL_TAGS, &|| at(list));
        }
        limits::check(out, a.resources.len(), MAX_LINKS, &|| at("resources"));
        check_links(out, &at("resources"), &a.resources, true);
    }
}

/// Each pick names an activity of the board, once.
fn check_selections(out: &mut Vec<Problem>, doc: &ChoiceBoardDocument) {
    let mut picked = HashSet::new();
    for (i, s) in doc.selections.iter().enumerate() {
        let at = format!("selections[{i}].activity");
        if doc.activity(&s.activity).is_none() {
            out.push(Problem::unknown_activity(at, &s.activity));
        } else if !picked.insert(s.activity.as_str()) {
            out.push(Problem::new(at, ProblemKey::PICKED_TWICE).with("id", &s.activity));
        }
    }
}

/// Each proposal is for a free-choice activity of the board, one proposal an activity, each with a title.
fn check_proposals(out: &mut Vec<Problem>, doc: &ChoiceBoardDocument) {
    let mut proposed = HashSet::new();
    for (i, p) in doc.proposals.iter().enumerate() {
        let at = format!("proposals[{i}].activity");
        match doc.activity(&p.activity) {
            None => out.push(Problem::unknown_activity(&at, &p.activity)),
            Some(a) if !a.free_choice => {
                out.push(Problem::new(&at, ProblemKey::NOT_FREE_CHOICE).with("title", &a.title));
            }
            Some(_) if !proposed.insert(p.activity.as_str()) => {
                out.push(Problem::new(&at, ProblemKey::TWO_PROPOSALS).with("id", &p.activity));
            }
            Some(_) => {}
        }
        non_empty(out, format!("proposals[{i}].title"), &p.title);
    }
}

/// Each rule alone: its numbers, and whether it could ever be met on this board.
fn check_rules(out: &mut Vec<Problem>, doc: &ChoiceBoardDocument, grid_ok: bool) {
    let board = Board {
        doc,
        grid: doc.grid().filter(|_| grid_ok),
        total: doc
            .activities
            .iter()
            .map(|a| a.points.unwrap_or(0.0))
            .filter(|p| p.is_finite() && *p > 0.0)
            .sum(),
    };
    let mut kinds = Vec::new();
    for (i, rule) in doc.rules.iter().enumerate() {
        let at = format!("rules[{i}]");
        let once = matches!(
            rule,
            Rule::FreeCentre | Rule::OnePerRow | Rule::OnePerColumn | Rule::Approval
        );
        if once && kinds.contains(&rule.kind()) {
            out.push(Problem::new(&at, ProblemKey::RULE_TWICE));
        }
        kinds.push(rule.kind());
        match rule {
            Rule::Line { length } => board.check_line(out, &at, *length),
            Rule::FreeCentre => board.check_free_centre(out, &at),
            Rule::Picks { min, max } => board.check_picks(out, &at, *min, *max),
            Rule::Points { min, max, exact } => {
                board.check_points(out, &at, *min, *max, *exact);
            }
            Rule::Section { section, min, max } => {
                board.check_section(out, &at, section, *min, *max);
            }
            Rule::OnePerRow => board.grid_only(out, &at, ProblemKey::ONE_PER_ROW_NEEDS_GRID),
            Rule::OnePerColumn => board.grid_only(out, &at, ProblemKey::ONE_PER_COLUMN_NEEDS_GRID),
            Rule::Approval => {
                if !doc.activities.iter().any(|a| a.free_choice) {
                    out.push(Problem::new(&at, ProblemKey::NOTHING_TO_APPROVE));
                }
            }
        }
    }
}

/// What checking a board's rules needs of it: the document, its grid (when its cells are sound)
/// and what all its activities are worth together.
struct Board<'a> {
    doc: &'a ChoiceBoardDocument,
    grid: Option<(u32, u32)>,
    total: f64,
}

impl Board<'_> {
    /// A rule that only a grid has (`key` says which), on a board of another layout.
    fn grid_only(&self, out: &mut Vec<Problem>, at: &str, key: ProblemKey) {
        if self.doc.grid().is_none() {
            out.push(Problem::new(at, key).with("layout", layout_name(self.doc)));
        }
    }

    /// `a line of length`: a length of at least 1 that fits the grid.
    fn check_line(&self, out: &mut Vec<Problem>, at: &str, length: u32) {
        self.grid_only(out, at, ProblemKey::LINE_NEEDS_GRID);
        if length == 0 {
            out.push(Problem::new(
                format!("{at}.length"),
                ProblemKey::LINE_TOO_SHORT,
            ));
        } else if let Some((rows, columns)) = self.grid {
            if length > rows.max(columns) {
                out.push(
                    Problem::new(at, ProblemKey::LINE_TOO_LONG)
                        .with("length", length)
                        .with("rows", rows)
                        .with("columns", columns),
                );
            }
        }
    }

    /// A free centre: a grid with a centre cell.
    fn check_free_centre(&self, out: &mut Vec<Problem>, at: &str) {
        self.grid_only(out, at, ProblemKey::FREE_CENTRE_NEEDS_GRID);
        if let Some((rows, columns)) = self.grid {
            if rows % 2 == 0 || columns % 2 == 0 {
                out.push(
                    Problem::new(at, ProblemKey::NO_CENTRE)
                        .with("rows", rows)
                        .with("columns", columns),
                );
            }
        }
    }

    /// How many picks: a min, a max or both, in order, and no more than the board has.
    fn check_picks(&self, out: &mut Vec<Problem>, at: &str, min: Option<u32>, max: Option<u32>) {
        whole(out, at, "min", min);
        whole(out, at, "max", max);
        if min.is_none() && max.is_none() {
            out.push(Problem::new(at, ProblemKey::NO_BOUND));
        } else if matches!((min, max), (Some(lo), Some(hi)) if lo > hi && lo != u32::MAX && hi != u32::MAX)
        {
            out.push(
                Problem::new(at, ProblemKey::MIN_ABOVE_MAX)
                    .with("min", min.unwrap_or(0))
                    .with("max", max.unwrap_or(0)),
            );
        } else if let Some(lo) = min.filter(|lo| *lo != u32::MAX) {
            if lo as usize > self.doc.activities.len() {
                out.push(
                    Problem::new(at, ProblemKey::PICKS_MORE_THAN_BOARD)
                        .with("min", lo)
                        .with("count", self.doc.activities.len()),
                );
            }
        }
    }

    /// How many points: exact, or a min and a max in order, that the activities can reach.
    fn check_points(
        &self,
        out: &mut Vec<Problem>,
        at: &str,
        min: Option<f64>,
        max: Option<f64>,
        exact: Option<f64>,
    ) {
        for (field, v) in [("min", min), ("max", max), ("exact", exact)] {
            if v.is_some_and(|v| !v.is_finite() || v < 0.0) {
                out.push(Problem::new(
                    format!("{at}.{field}"),
                    ProblemKey::NOT_FROM_ZERO,
                ));
            }
        }
        let target = exact.or(min).unwrap_or(0.0);
        if min.is_none() && max.is_none() && exact.is_none() {
            out.push(Problem::new(at, ProblemKey::NO_POINTS_BOUND));
        } else if exact.is_some() && (min.is_some() || max.is_some()) {
            out.push(Problem::new(at, ProblemKey::EXACT_AND_BOUNDS));
        } else if let (Some(lo), Some(hi)) = (min, max) {
            if lo > hi {
                out.push(
                    Problem::new(at, ProblemKey::MIN_ABOVE_MAX)
                        .with("min", n(lo))
                        .with("max", n(hi)),
                );
            }
        } else if hundredths(target) > hundredths(self.total) {
            out.push(
                Problem::new(at, ProblemKey::TARGET_ABOVE_TOTAL)
                    .with("target", n(target))
                    .with("total", n(self.total)),
            );
        }
    }

    /// How many from a section: a section the board has, a min, a max or both, in order, and no
    /// more than the section holds.
    fn check_section(
        &self,
        out: &mut Vec<Problem>,
        at: &str,
        section: &str,
        min: Option<u32>,
        max: Option<u32>,
    ) {
        whole(out, at, "min", min);
        whole(out, at, "max", max);
        if section.trim().is_empty() {
            out.push(Problem::new(format!("{at}.section"), ProblemKey::MISSING));
            return;
        }
        let Some(s) = self.doc.section(section) else {
            out.push(Problem::unknown_section(format!("{at}.section"), section));
            return;
        };
        let size = self
            .doc
            .activities
            .iter()
            .filter(|a| a.section.as_deref() == Some(section))
            .count();
        if min.is_none() && max.is_none() {
            out.push(Problem::new(at, ProblemKey::NO_BOUND));
        } else if let (Some(lo), Some(hi)) = (min, max) {
            if lo > hi && lo != u32::MAX && hi != u32::MAX {
                out.push(
                    Problem::new(at, ProblemKey::MIN_ABOVE_MAX)
                        .with("min", lo)
                        .with("max", hi),
                );
                return;
            }
        }
        if let Some(lo) = min.filter(|lo| *lo != u32::MAX && *lo as usize > size) {
            out.push(
                Problem::new(at, ProblemKey::SECTION_TOO_SMALL)
                    .with("min", lo)
                    .with("section", &s.title)
                    .with("count", size),
            );
        }
    }
}

/// A count that was not a whole number from 0 (read as `u32::MAX`).
fn whole(out: &mut Vec<Problem>, at: &str, field: &str, v: Option<u32>) {
    if v == Some(u32::MAX) {
        out.push(Problem::new(
            format!("{at}.{field}"),
            ProblemKey::NOT_WHOLE_FROM_ZERO,
        ));
    }
}

fn layout_name(doc: &ChoiceBoardDocument) -> &'static str {
    match doc.layout {
        Layout::Grid { .. } => "grid",
        Layout::Menu => "menu",
        Layout::List => "list",
    }
}

/// The rules together: when no choice meets them all, names the rule most responsible.
fn check_together(out: &mut Vec<Problem>, doc: &ChoiceBoardDocument) {
    let model = Model::new(doc);
    let mut solver = Solver::new(&model);
    let mut possible = |skip: Option<usize>, required: bool| {
        let c = model.constraints(skip, required);
        // Undecided counts as possible: only what is proved impossible is reported.
        !matches!(solver.solve(&c, &[], None), Ok(Outcome::Impossible))
    };
    if possible(None, true) {
        return;
    }
    // A rule impossible alone (an exact points target no set of activities adds up to).
    for (i, rule) in doc.rules.iter().enumerate() {
        if let Rule::Points { min, max, exact } = rule {
            let alone = ChoiceBoardDocument {
                rules: vec![rule.clone()],
                ..doc.clone()
            };
            let alone_model = Model::new(&alone);
            let mut alone_solver = Solver::new(&alone_model);
            let c = alone_model.constraints(None, false);
            if matches!(alone_solver.solve(&c, &[], None), Ok(Outcome::Impossible)) {
                let at = format!("rules[{i}]");
                out.push(match (min, max, exact) {
                    (_, _, Some(e)) => {
                        Problem::new(at, ProblemKey::NEVER_EXACTLY).with("points", n(*e))
                    }
                    (Some(lo), Some(hi), _) => Problem::new(at, ProblemKey::NEVER_BETWEEN)
                        .with("min", n(*lo))
                        .with("max", n(*hi)),
                    (Some(lo), None, _) => {
                        Problem::new(at, ProblemKey::NEVER_AT_LEAST).with("points", n(*lo))
                    }
                    (_, Some(hi), _) => {
                        Problem::new(at, ProblemKey::NEVER_AT_MOST).with("points", n(*hi))
                    }
                    (None, None, None) => Problem::new(at, ProblemKey::NO_POINTS_BOUND),
                });
                return;
            }
        }
    }
    // One pick per row or column caps the number of picks.
    if let Some(problem) = too_many_for_rows(doc) {
        out.push(problem);
        return;
    }
    for i in 0..doc.rules.len() {
        if possible(Some(i), true) {
            out.push(Problem::new(
                format!("rules[{i}]"),
                ProblemKey::RULE_CONFLICTS,
            ));
            return;
        }
    }
    if possible(None, false) {
        let first = doc.activities.iter().position(|a| a.required).unwrap_or(0);
        out.push(Problem::new(
            format!("activities[{first}].required"),
            ProblemKey::REQUIRED_CONFLICT,
        ));
        return;
    }
    out.push(Problem::new("rules", ProblemKey::RULES_CONFLICT));
}

/// A picks minimum above what one pick per row (or column) allows.
fn too_many_for_rows(doc: &ChoiceBoardDocument) -> Option<Problem> {
    let (rows, columns) = doc.grid()?;
    let per_row = doc.has_rule(super::document::RuleKind::OnePerRow);
    let per_column = doc.has_rule(super::document::RuleKind::OnePerColumn);
    let (limit, key) = match (per_row, per_column) {
        (true, true) => (rows.min(columns), ProblemKey::PICKS_ABOVE_ROWS_AND_COLUMNS),
        (true, false) => (rows, ProblemKey::PICKS_ABOVE_ROWS),
        (false, true) => (columns, ProblemKey::PICKS_ABOVE_COLUMNS),
        (false, false) => return None,
    };
    doc.rules.iter().enumerate().find_map(|(i, r)| match r {
        Rule::Picks { min: Some(lo), .. } if *lo > limit => Some(
            Problem::new(format!("rules[{i}]"), key)
                .with("min", lo)
                .with("limit", limit),
        ),
        _ => None,
    })
}
