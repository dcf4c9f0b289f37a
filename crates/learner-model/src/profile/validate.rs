//! Every problem with a profile's values, each with the path of its field.

use std::collections::{BTreeMap, HashSet};

use super::document::{Dimension, ProfileDocument, Scale};
use crate::limits::{
    self, MAX_CONTEXTS, MAX_DIMENSIONS, MAX_GROUPS, MAX_SCALE_LEVELS, MAX_SNAPSHOTS,
};
use crate::number::format_number as num;
use crate::problem::{Problem, ProblemKey};

pub(crate) fn problems(doc: &ProfileDocument) -> Vec<Problem> {
    let mut out = Vec::new();
    require_text(&mut out, "learner.id", &doc.learner.id);
    require_text(&mut out, "learner.name", &doc.learner.name);
    let scale_ok = check_scale(&mut out, &doc.scale);
    let scale = scale_ok.then_some(&doc.scale);
    let group_ids = check_groups(&mut out, doc);
    check_dimensions(&mut out, &doc.dimensions, scale, &group_ids);
    let dimension_ids: HashSet<&str> = doc.dimensions.iter().map(|d| d.id.as_str()).collect();
    let (snapshots, contexts) = (doc.snapshots.len(), doc.contexts.len());
    limits::check(&mut out, snapshots, MAX_SNAPSHOTS, &|| "snapshots".into());
    limits::check(&mut out, contexts, MAX_CONTEXTS, &|| "contexts".into());
    let mut dates = HashSet::new();
    for (index, snapshot) in doc.snapshots.iter().enumerate() {
        let at = format!("snapshots[{index}]");
        if !is_date(&snapshot.date) {
            out.push(Problem::not_a_date(format!("{at}.date"), &snapshot.date));
        } else if !dates.insert(snapshot.date.as_str()) {
            out.push(
                Problem::new(format!("{at}.date"), ProblemKey::TWO_SNAPSHOTS)
                    .with("date", &snapshot.date),
            );
        }
        check_values(&mut out, &at, &snapshot.values, &dimension_ids, scale);
    }
    let mut context_ids = HashSet::new();
    for (index, context) in doc.contexts.iter().enumerate() {
        let at = format!("contexts[{index}]");
        require_text(&mut out, &format!("{at}.id"), &context.id);
        require_text(&mut out, &format!("{at}.label"), &context.label);
        if !context.id.is_empty() && !context_ids.insert(context.id.as_str()) {
            out.push(Problem::used_twice(format!("{at}.id"), &context.id));
        }
        check_values(&mut out, &at, &context.values, &dimension_ids, scale);
    }
    out
}

fn require_text(out: &mut Vec<Problem>, path: &str, text: &str) {
    if text.trim().is_empty() {
        out.push(Problem::empty(path));
    }
}

/// Returns whether the scale is usable for checking values against it.
fn check_scale(out: &mut Vec<Problem>, scale: &Scale) -> bool {
    let before = out.len();
    for (path, number) in [("scale.min", scale.min), ("scale.max", scale.max)] {
        if !number.is_finite() {
            out.push(Problem::new(path, ProblemKey::NOT_FINITE).with("value", number));
        }
    }
    if out.len() == before && scale.min >= scale.max {
        out.push(
            Problem::new("scale.max", ProblemKey::MAX_NOT_ABOVE_MIN)
                .with("max", num(scale.max))
                .with("min", num(scale.min)),
        );
    }
    if let Some(step) = scale.step {
        if !(step.is_finite() && step > 0.0) {
            out.push(
                Problem::new("scale.step", ProblemKey::STEP_NOT_POSITIVE).with("step", num(step)),
            );
        } else if out.len() == before && step > scale.max - scale.min {
            out.push(
                Problem::new("scale.step", ProblemKey::STEP_TOO_LARGE).with("step", num(step)),
            );
        }
    }
    let usable = out.len() == before;
    limits::check(out, scale.levels.len(), MAX_SCALE_LEVELS, &|| {
        "scale.levels".into()
    });
    let mut previous: Option<f64> = None;
    for (index, level) in scale.levels.iter().enumerate() {
        let at = |field: &str| format!("scale.levels[{index}].{field}");
        require_text(out, &at("label"), &level.label);
        if usable {
            check_on_scale(out, &at("value"), level.value, scale);
        }
        if let Some(previous) = previous.filter(|p| level.value <= *p) {
            out.push(
                Problem::new(at("value"), ProblemKey::LEVEL_NOT_ABOVE_PREVIOUS)
                    .with("value", num(level.value))
                    .with("previous", num(previous)),
            );
        }
        previous = Some(level.value);
    }
    usable
}

/// Checks the groups and returns the ids dimensions may name.
fn check_groups(out: &mut Vec<Problem>, doc: &ProfileDocument) -> Vec<String> {
    let Some(groups) = &doc.groups else {
        return doc.groups().into_iter().map(|g| g.id).collect();
    };
    limits::check(out, groups.len(), MAX_GROUPS, &|| "groups".into());
    let mut seen = HashSet::new();
    for (index, group) in groups.iter().enumerate() {
        require_text(out, &format!("groups[{index}].id"), &group.id);
        require_text(out, &format!("groups[{index}].label"), &group.label);
        if !group.id.is_empty() && !seen.insert(group.id.as_str()) {
            out.push(Problem::used_twice(
                format!("groups[{index}].id"),
                &group.id,
            ));
        }
    }
    groups.iter().map(|g| g.id.clone()).collect()
}

fn check_dimensions(
    out: &mut Vec<Problem>,
    dimensions: &[Dimension],
    scale: Option<&Scale>,
    group_ids: &[String],
) {
    if dimensions.is_empty() {
        out.push(Problem::new("dimensions", ProblemKey::NO_DIMENSION));
    }
    limits::check(out, dimensions.len(), MAX_DIMENSIONS, &|| {
        "dimensions".into()
    });
    let mut seen = HashSet::new();
    for (index, dimension) in dimensions.iter().enumerate() {
        let at = |field: &str| format!("dimensions[{index}].{field}");
        require_text(out, &at("id"), &dimension.id);
        require_text(out, &at("label"), &dimension.label);
        if !dimension.id.is_empty() && !seen.insert(dimension.id.as_str()) {
            out.push(Problem::used_twice(at("id"), &dimension.id));
        }
        if let Some(group) = &dimension.group {
            if !group_ids.iter().any(|id| id == group) {
                out.push(
                    Problem::new(at("group"), ProblemKey::NOT_A_GROUP)
                        .with("group", group)
                        .with("groups", group_ids.join(", ")),
                );
            }
        }
        if let Some(confidence) = dimension.confidence {
            if !(0.0..=1.0).contains(&confidence) {
                out.push(
                    Problem::new(at("confidence"), ProblemKey::CONFIDENCE_OUTSIDE)
                        .with("value", num(confidence)),
                );
            }
        }
        let Some(scale) = scale else { continue };
        check_on_scale(out, &at("value"), dimension.value, scale);
        if let Some(target) = dimension.target {
            check_on_scale(out, &at("target"), target, scale);
        }
        if let Some(rating) = dimension.self_rating {
            check_on_scale(out, &at("selfRating"), rating, scale);
        }
        if let Some(range) = &dimension.range {
            check_on_scale(out, &at("range.low"), range.low, scale);
            check_on_scale(out, &at("range.high"), range.high, scale);
            if range.low > range.high {
                out.push(
                    Problem::new(at("range"), ProblemKey::RANGE_REVERSED)
                        .with("low", num(range.low))
                        .with("high", num(range.high)),
                );
            } else if dimension.value < range.low || dimension.value > range.high {
                out.push(
                    Problem::new(at("range"), ProblemKey::RANGE_MISSES_VALUE)
                        .with("low", num(range.low))
                        .with("high", num(range.high))
                        .with("value", num(dimension.value)),
                );
            }
        }
    }
}

/// A snapshot's or a context's values: each names a dimension and sits on the scale.
fn check_values(
    out: &mut Vec<Problem>,
    at: &str,
    values: &BTreeMap<String, f64>,
    dimension_ids: &HashSet<&str>,
    scale: Option<&Scale>,
) {
    limits::check(out, values.len(), MAX_DIMENSIONS, &|| {
        format!("{at}.values")
    });
    for (id, value) in values {
        let path = format!("{at}.values.{id}");
        if !dimension_ids.contains(id.as_str()) {
            out.push(Problem::unknown_dimension(path, id));
        } else if let Some(scale) = scale {
            check_on_scale(out, &path, *value, scale);
        }
    }
}

fn check_on_scale(out: &mut Vec<Problem>, path: &str, value: f64, scale: &Scale) {
    if !value.is_finite() {
        out.push(Problem::new(path, ProblemKey::NOT_FINITE).with("value", value));
    } else if value < scale.min {
        out.push(
            Problem::new(path, ProblemKey::BELOW_SCALE)
                .with("value", num(value))
                .with("min", num(scale.min)),
        );
    } else if value > scale.max {
        out.push(
            Problem::new(path, ProblemKey::ABOVE_SCALE)
                .with("value", num(value))
                .with("max", num(scale.max)),
        );
    }
}

/// `YYYY-MM-DD` with a real month and a day that month can have.
fn is_date(text: &str) -> bool {
    crate::Date::parse(text).is_some()
}
