//! Every problem with a progress document, each with the path of its field.

use std::collections::{HashMap, HashSet};

use super::document::{
    Competency, Evidence, Framework, Override, ProficiencyScale, ProgressDocument,
};
use super::method::Method;
use crate::Date;
use crate::limits::{self, MAX_GOAL_COMPETENCIES, MAX_GOALS, MAX_LINKS, MAX_PREREQUISITES};
use crate::limits::{MAX_REFLECTIONS, MAX_SCALE_LEVELS};
use crate::link::check_links;
use crate::number::format_number as n;
use crate::problem::{Problem, ProblemKey};

pub(crate) fn problems(doc: &ProgressDocument) -> Vec<Problem> {
    let mut out = Vec::new();
    non_empty(&mut out, || "learner.id".into(), &doc.learner.id);
    non_empty(&mut out, || "learner.name".into(), &doc.learner.name);
    let check = Checker::new(
        &mut out,
        &doc.framework,
        doc.scale.as_ref(),
        &Lengths::LEARNER,
    );
    check.evidence(&mut out, "", &doc.evidence);
    check.overrides(&mut out, "", &doc.overrides);
    limits::check(&mut out, doc.goals.len(), MAX_GOALS, &|| "goals".into());
    if let Some(pacing) = &doc.pacing {
        let start = pacing.start.as_deref().map(|d| (d, Date::parse(d)));
        let end = pacing.end.as_deref().map(|d| (d, Date::parse(d)));
        for (path, value) in [("pacing.start", start), ("pacing.end", end)] {
            if let Some((text, None)) = value {
                date(&mut out, || path.into(), text);
            }
        }
        if let (Some((_, Some(s))), Some((_, Some(e)))) = (start, end) {
            if e <= s {
                out.push(Problem::new("pacing.end", ProblemKey::END_NOT_AFTER_START));
            }
        }
    }
    for (i, g) in doc.goals.iter().enumerate() {
        non_empty(&mut out, || format!("goals[{i}].text"), &g.text);
        let (competencies, reflections) = (g.competencies.len(), g.reflections.len());
        limits::check(&mut out, competencies, MAX_GOAL_COMPETENCIES, &|| {
            format!("goals[{i}].competencies")
        });
        limits::check(&mut out, reflections, MAX_REFLECTIONS, &|| {
            format!("goals[{i}].reflections")
        });
        for (j, id) in g.competencies.iter().enumerate() {
            check.known_competency(&mut out, || format!("goals[{i}].competencies[{j}]"), id);
        }
        if let Some(d) = &g.target_date {
            date(&mut out, || format!("goals[{i}].targetDate"), d);
        }
    }
    out
}

// The checks take the field's path as a closure: a class holds some 180,000 pieces of evidence,
// and a path is only worth building for a field that is wrong.

fn non_empty(out: &mut Vec<Problem>, path: impl FnOnce() -> String, value: &str) {
    if value.trim().is_empty() {
        out.push(Problem::empty(path()));
    }
}

fn uri(out: &mut Vec<Problem>, path: impl FnOnce() -> String, value: Option<&str>) {
    if let Some(value) = value.filter(|v| !crate::uri::is_uri(v)) {
        out.push(Problem::new(path(), ProblemKey::NOT_A_URI).with("value", value));
    }
}

fn date(out: &mut Vec<Problem>, path: impl FnOnce() -> String, value: &str) {
    if Date::parse(value).is_none() {
        out.push(Problem::not_a_date(path(), value));
    }
}

/// How long a framework and one learner's records may be: a class holds a smaller framework (the
/// heatmap's columns) and fewer records a learner.
pub(crate) struct Lengths {
    competencies: usize,
    evidence: usize,
    overrides: usize,
}

impl Lengths {
    pub(crate) const LEARNER: Lengths = Lengths {
        competencies: limits::MAX_COMPETENCIES,
        evidence: limits::MAX_EVIDENCE,
        overrides: limits::MAX_OVERRIDES,
    };
    pub(crate) const CLASS: Lengths = Lengths {
        competencies: limits::MAX_CLASS_COMPETENCIES,
        evidence: limits::MAX_CLASS_EVIDENCE,
        overrides: limits::MAX_CLASS_COMPETENCIES,
    };
}

/// Checks a framework and scale once, then the records (evidence, overrides) that refer to them:
/// one learner's in a progress document, each learner's in a class.
pub(crate) struct Checker<'a> {
    lengths: &'a Lengths,
    known: HashSet<&'a str>,
    scale: ProficiencyScale,
    /// Scores are only checked against a usable scale.
    scale_ok: bool,
}

impl<'a> Checker<'a> {
    pub(crate) fn new(
        out: &mut Vec<Problem>,
        framework: &'a Framework,
        scale: Option<&ProficiencyScale>,
        lengths: &'a Lengths,
    ) -> Self {
        non_empty(out, || "framework.title".into(), &framework.title);
        uri(out, || "framework.uri".into(), framework.uri.as_deref());
        if let Some(problem) = method_problem("framework.method", &framework.method) {
            out.push(problem);
        }
        let scale_ok = scale.is_none_or(|s| check_scale(out, s));
        let count = framework.competencies.len();
        limits::check(out, count, lengths.competencies, &|| {
            "framework.competencies".into()
        });
        check_competencies(out, framework);
        Checker {
            lengths,
            known: framework
                .competencies
                .iter()
                .map(|c| c.id.as_str())
                .collect(),
            scale: scale
                .cloned()
                .unwrap_or_else(ProficiencyScale::default_levels),
            scale_ok,
        }
    }

    fn known_competency(&self, out: &mut Vec<Problem>, path: impl FnOnce() -> String, id: &str) {
        if !self.known.contains(id) {
            out.push(Problem::unknown_competency(path(), id));
        }
    }

    fn on_scale(&self, out: &mut Vec<Problem>, path: impl FnOnce() -> String, value: f64) {
        let scale = &self.scale;
        if self.scale_ok && !(value.is_finite() && value >= scale.min() && value <= scale.max()) {
            let (value, min, max) = (n(value), n(scale.min()), n(scale.max()));
            out.push(
                Problem::new(path(), ProblemKey::OFF_SCALE)
                    .with("value", value)
                    .with("min", min)
                    .with("max", max),
            );
        }
    }

    /// `prefix` is where the list sits: empty in a progress document, `learners[3].` in a class.
    pub(crate) fn evidence(&self, out: &mut Vec<Problem>, prefix: &str, evidence: &[Evidence]) {
        limits::check(out, evidence.len(), self.lengths.evidence, &|| {
            format!("{prefix}evidence")
        });
        // Evidence usually comes in runs on one competency: a known id is not looked up again.
        let mut known: Option<&str> = None;
        for (i, e) in evidence.iter().enumerate() {
            let at = |field: &str| format!("{prefix}evidence[{i}].{field}");
            let id = e.competency.as_str();
            if known != Some(id) {
                if self.known.contains(id) {
                    known = Some(id);
                } else {
                    out.push(Problem::unknown_competency(at("competency"), id));
                }
            }
            self.on_scale(out, || at("score"), e.score);
            date(out, || at("date"), &e.date);
            non_empty(out, || at("source"), &e.source);
        }
    }

    pub(crate) fn overrides(&self, out: &mut Vec<Problem>, prefix: &str, overrides: &[Override]) {
        limits::check(out, overrides.len(), self.lengths.overrides, &|| {
            format!("{prefix}overrides")
        });
        for (i, o) in overrides.iter().enumerate() {
            let at = |field: &str| format!("{prefix}overrides[{i}].{field}");
            self.known_competency(out, || at("competency"), &o.competency);
            self.on_scale(out, || at("level"), o.level);
            if o.reason.trim().is_empty() {
                out.push(Problem::new(at("reason"), ProblemKey::NO_REASON));
            }
            if let Some(d) = &o.date {
                date(out, || at("date"), d);
            }
        }
    }
}

/// Returns whether the scale can be used to check scores.
fn check_scale(out: &mut Vec<Problem>, scale: &ProficiencyScale) -> bool {
    let before = out.len();
    if scale.levels.is_empty() {
        out.push(Problem::new("scale.levels", ProblemKey::TOO_FEW_LEVELS));
        return false;
    }
    limits::check(out, scale.levels.len(), MAX_SCALE_LEVELS, &|| {
        "scale.levels".into()
    });
    for (i, pair) in scale.levels.windows(2).enumerate() {
        if let [a, b] = pair {
            if b.value.partial_cmp(&a.value) != Some(std::cmp::Ordering::Greater) {
                out.push(
                    Problem::new(
                        format!("scale.levels[{}].value", i + 1),
                        ProblemKey::LEVEL_NOT_ABOVE_PREVIOUS,
                    )
                    .with("value", n(b.value))
                    .with("previous", n(a.value)),
                );
            }
        }
    }
    for (i, level) in scale.levels.iter().enumerate() {
        if !level.value.is_finite() {
            out.push(Problem::new(
                format!("scale.levels[{i}].value"),
                ProblemKey::MUST_BE_FINITE,
            ));
        }
        if level.label.trim().is_empty() {
            out.push(Problem::empty(format!("scale.levels[{i}].label")));
        }
    }
    match scale.levels.iter().filter(|l| l.mastery).count() {
        0 => out.push(Problem::new("scale.levels", ProblemKey::NO_MASTERY_LEVEL)),
        1 => {}
        more => out.push(
            Problem::new("scale.levels", ProblemKey::SEVERAL_MASTERY_LEVELS).with("count", more),
        ),
    }
    out.len() == before
}

fn check_competencies(out: &mut Vec<Problem>, framework: &Framework) {
    let competencies = &framework.competencies;
    if competencies.is_empty() {
        out.push(Problem::new(
            "framework.competencies",
            ProblemKey::NO_COMPETENCY,
        ));
    }
    let index: HashMap<&str, usize> = competencies
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    let mut seen = HashSet::new();
    for (i, c) in competencies.iter().enumerate() {
        let at = |field: &str| format!("framework.competencies[{i}].{field}");
        if c.id.trim().is_empty() {
            out.push(Problem::empty(at("id")));
        } else if !seen.insert(c.id.as_str()) {
            out.push(Problem::used_twice(at("id"), &c.id));
        }
        if c.statement.trim().is_empty() {
            out.push(Problem::empty(at("statement")));
        }
        uri(out, || at("uri"), c.uri.as_deref());
        if let Some(parent) = &c.parent {
            if parent == &c.id {
                out.push(Problem::new(at("parent"), ProblemKey::OWN_PARENT));
            } else if !index.contains_key(parent.as_str()) {
                out.push(Problem::unknown_competency(at("parent"), parent));
            }
        }
        limits::check(out, c.prerequisites.len(), MAX_PREREQUISITES, &|| {
            at("prerequisites")
        });
        for (j, p) in c.prerequisites.iter().enumerate() {
            if !index.contains_key(p.as_str()) {
                out.push(Problem::unknown_competency(
                    format!("{}[{j}]", at("prerequisites")),
                    p,
                ));
            }
        }
        if let Some(d) = &c.target_date {
            if Date::parse(d).is_none() {
                out.push(Problem::not_a_date(at("targetDate"), d));
            }
        }
        for (kind, links) in [("exemplars", &c.exemplars), ("help", &c.help)] {
            limits::check(out, links.len(), MAX_LINKS, &|| at(kind));
            check_links(out, &at(kind), links, false);
        }
        if let Some(problem) = c
            .method
            .as_ref()
            .and_then(|m| method_problem(&at("method"), m))
        {
            out.push(problem);
        }
    }
    let prerequisites = |i: usize| -> Vec<usize> {
        competencies
            .get(i)
            .map(|c| {
                c.prerequisites
                    .iter()
                    .filter_map(|p| index.get(p.as_str()).copied())
                    .collect()
            })
            .unwrap_or_default()
    };
    let parent = |i: usize| -> Vec<usize> {
        competencies
            .get(i)
            .and_then(|c| c.parent.as_deref())
            .and_then(|p| index.get(p).copied())
            .into_iter()
            .filter(|p| *p != i)
            .collect()
    };
    report_cycle(
        out,
        competencies,
        "prerequisites",
        find_cycle(competencies.len(), prerequisites),
    );
    report_cycle(
        out,
        competencies,
        "parent",
        find_cycle(competencies.len(), parent),
    );
}

/// A mastery method's parameters out of their range.
fn method_problem(path: &str, method: &Method) -> Option<Problem> {
    match method {
        Method::DecayingAverage { rate } if !(*rate > 0.0 && *rate <= 1.0) => {
            Some(Problem::new(path, ProblemKey::RATE_OUTSIDE).with("rate", n(*rate)))
        }
        Method::WeightedAverage { weight } if !(*weight >= 0.0 && *weight <= 1.0) => {
            Some(Problem::new(path, ProblemKey::WEIGHT_OUTSIDE).with("weight", n(*weight)))
        }
        Method::NTimes { n: 0 } => Some(Problem::new(path, ProblemKey::TIMES_ZERO)),
        _ => None,
    }
}

/// Names a cycle found through `field` (`prerequisites` or `parent`) by the ids on it.
fn report_cycle(
    out: &mut Vec<Problem>,
    competencies: &[Competency],
    field: &str,
    cycle: Option<Vec<usize>>,
) {
    let Some(cycle) = cycle else { return };
    let names: Vec<&str> = cycle
        .iter()
        .filter_map(|i| competencies.get(*i))
        .map(|c| c.id.as_str())
        .collect();
    let first = cycle.first().copied().unwrap_or(0);
    let key = if field == "parent" {
        ProblemKey::PARENT_CYCLE
    } else {
        ProblemKey::PREREQUISITE_CYCLE
    };
    out.push(
        Problem::new(format!("framework.competencies[{first}].{field}"), key)
            .with("ids", names.join(" → ")),
    );
}

/// A cycle in a graph of `count` nodes, as the nodes on it with the first repeated at the end.
fn find_cycle(count: usize, edges: impl Fn(usize) -> Vec<usize>) -> Option<Vec<usize>> {
    // 0 unvisited, 1 on the current path, 2 done. Iterative, so deep graphs cannot overflow.
    let mut state = vec![0u8; count];
    for root in 0..count {
        if state.get(root) != Some(&0) {
            continue;
        }
        let mut path: Vec<(usize, Vec<usize>)> = vec![(root, edges(root))];
        if let Some(s) = state.get_mut(root) {
            *s = 1;
        }
        while let Some((node, pending)) = path.last_mut() {
            let node = *node;
            match pending.pop() {
                Some(next) => match state.get(next) {
                    Some(0) => {
                        if let Some(s) = state.get_mut(next) {
                            *s = 1;
                        }
                        path.push((next, edges(next)));
                    }
                    Some(1) => {
                        let from = path.iter().position(|(n, _)| *n == next).unwrap_or(0);
                        let mut cycle: Vec<usize> =
                            path.iter().skip(from).map(|(n, _)| *n).collect();
                        cycle.push(next);
                        return Some(cycle);
                    }
                    _ => {}
                },
                None => {
                    if let Some(s) = state.get_mut(node) {
                        *s = 2;
                    }
                    path.pop();
                }
            }
        }
    }
    None
}
