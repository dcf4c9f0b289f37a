//! Every problem with a profile's values, each with the path of its field.

use std::collections::HashSet;

use super::document::{Dimension, ProfileDocument, Scale};
use crate::problem::Problem;

/// More dimensions than this cannot be read on one chart.
pub const MAX_DIMENSIONS: usize = 64;

pub(crate) fn problems(doc: &ProfileDocument) -> Vec<Problem> {
    let mut out = Vec::new();
    require_text(&mut out, "learner.id", &doc.learner.id);
    require_text(&mut out, "learner.name", &doc.learner.name);
    let scale_ok = check_scale(&mut out, &doc.scale);
    check_dimensions(&mut out, &doc.dimensions, scale_ok.then_some(&doc.scale));
    out
}

fn require_text(out: &mut Vec<Problem>, path: &str, text: &str) {
    if text.trim().is_empty() {
        out.push(Problem::new(path, "must not be empty"));
    }
}

/// Returns whether the scale is usable for checking values against it.
fn check_scale(out: &mut Vec<Problem>, scale: &Scale) -> bool {
    let before = out.len();
    for (path, number) in [("scale.min", scale.min), ("scale.max", scale.max)] {
        if !number.is_finite() {
            out.push(Problem::new(
                path,
                format!("{number} is not a finite number"),
            ));
        }
    }
    if out.len() == before && scale.min >= scale.max {
        out.push(Problem::new(
            "scale.max",
            format!(
                "{} must be greater than scale.min {}",
                num(scale.max),
                num(scale.min)
            ),
        ));
    }
    if let Some(step) = scale.step {
        if !(step.is_finite() && step > 0.0) {
            out.push(Problem::new(
                "scale.step",
                format!("{} must be above 0", num(step)),
            ));
        } else if out.len() == before && step > scale.max - scale.min {
            out.push(Problem::new(
                "scale.step",
                format!("{} is larger than the whole scale", num(step)),
            ));
        }
    }
    out.len() == before
}

fn check_dimensions(out: &mut Vec<Problem>, dimensions: &[Dimension], scale: Option<&Scale>) {
    if dimensions.is_empty() {
        out.push(Problem::new(
            "dimensions",
            "must list at least one dimension",
        ));
    }
    if dimensions.len() > MAX_DIMENSIONS {
        out.push(Problem::new(
            "dimensions",
            format!(
                "{} dimensions is more than the {MAX_DIMENSIONS} allowed",
                dimensions.len()
            ),
        ));
    }
    let mut seen = HashSet::new();
    for (index, dimension) in dimensions.iter().enumerate() {
        let at = |field: &str| format!("dimensions[{index}].{field}");
        require_text(out, &at("id"), &dimension.id);
        require_text(out, &at("label"), &dimension.label);
        if !dimension.id.is_empty() && !seen.insert(dimension.id.as_str()) {
            out.push(Problem::new(
                at("id"),
                format!("\"{}\" is used twice", dimension.id),
            ));
        }
        if let Some(scale) = scale {
            check_on_scale(out, &at("value"), dimension.value, scale);
            if let Some(range) = &dimension.range {
                check_on_scale(out, &at("range.low"), range.low, scale);
                check_on_scale(out, &at("range.high"), range.high, scale);
                if range.low > range.high {
                    out.push(Problem::new(
                        at("range"),
                        format!("low {} is above high {}", num(range.low), num(range.high)),
                    ));
                } else if dimension.value < range.low || dimension.value > range.high {
                    out.push(Problem::new(
                        at("range"),
                        format!(
                            "{}–{} does not contain the value {}",
                            num(range.low),
                            num(range.high),
                            num(dimension.value)
                        ),
                    ));
                }
            }
        }
    }
}

fn check_on_scale(out: &mut Vec<Problem>, path: &str, value: f64, scale: &Scale) {
    if !value.is_finite() {
        out.push(Problem::new(
            path,
            format!("{value} is not a finite number"),
        ));
    } else if value < scale.min {
        out.push(Problem::new(
            path,
            format!(
                "{} is below the scale minimum {}",
                num(value),
                num(scale.min)
            ),
        ));
    } else if value > scale.max {
        out.push(Problem::new(
            path,
            format!(
                "{} is above the scale maximum {}",
                num(value),
                num(scale.max)
            ),
        ));
    }
}

/// Numbers as a person writes them: `140`, not `140.0`.
fn num(value: f64) -> String {
    format!("{value}")
}
