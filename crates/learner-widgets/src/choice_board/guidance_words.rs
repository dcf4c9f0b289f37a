//! The rule engine's guidance worded in the learner's language: the model says what is needed as
//! data (`Guidance`), the locale tables give the words, and `Intl` the numbers and lists.

use learner_model::choice::{Crowded, Direction, Guidance, LineRef, Named};

use crate::Texts;

/// What a rule needs next, or how it stands, in one sentence.
pub fn guidance(texts: &Texts, guidance: &Guidance) -> String {
    let count = |n: u32| f64::from(n);
    let number = |n: f64| texts.number(n);
    let titles =
        |named: &[Named]| texts.list(&named.iter().map(|a| a.title.clone()).collect::<Vec<_>>());
    match guidance {
        Guidance::LineComplete { line } => texts.f(
            "choice.guide.line-complete",
            &[("line", &line_name(texts, line))],
        ),
        Guidance::CompleteLine { missing, lines } => {
            let mut names: Vec<String> = Vec::new();
            for line in lines {
                let name = line_name(texts, line);
                if !names.contains(&name) {
                    names.push(name);
                }
            }
            texts.plural(
                "choice.guide.complete-line",
                count(*missing),
                &[("lines", &texts.list_or(&names))],
            )
        }
        Guidance::NoLine => texts.t("choice.guide.no-line").to_string(),
        Guidance::FreeCentre { activity } => {
            texts.f("choice.guide.free-centre", &[("activity", &activity.title)])
        }
        Guidance::Picks { picked, min, max } => match (min, max) {
            (Some(lo), _) if picked < lo => {
                texts.plural("choice.guide.pick-more", count(lo - picked), &[])
            }
            (_, Some(hi)) if picked > hi => texts.plural(
                "choice.guide.remove",
                count(picked - hi),
                &[("max", &number(count(*hi)))],
            ),
            _ => texts.f(
                "choice.guide.picked",
                &[("picked", &number(count(*picked)))],
            ),
        },
        Guidance::Points {
            points,
            min,
            max,
            exact,
        } => points_guidance(texts, *points, *min, *max, *exact),
        Guidance::Section {
            section,
            picked,
            min,
            max,
        } => match (min, max) {
            (Some(lo), _) if picked < lo => texts.plural(
                "choice.guide.section-more",
                count(lo - picked),
                &[("section", &section.title)],
            ),
            (_, Some(hi)) if picked > hi => texts.plural(
                "choice.guide.section-remove",
                count(picked - hi),
                &[("section", &section.title), ("max", &number(count(*hi)))],
            ),
            _ => texts.f(
                "choice.guide.section-picked",
                &[
                    ("section", &section.title),
                    ("picked", &number(count(*picked))),
                ],
            ),
        },
        Guidance::OnePerRow { crowded } => one_per(texts, crowded, true),
        Guidance::OnePerColumn { crowded } => one_per(texts, crowded, false),
        Guidance::Approval {
            waiting,
            unproposed,
        } => {
            let mut parts = Vec::new();
            if !unproposed.is_empty() {
                parts.push(texts.f(
                    "choice.guide.propose",
                    &[("activities", &titles(unproposed))],
                ));
            }
            if !waiting.is_empty() {
                parts.push(texts.f("choice.guide.waiting", &[("activities", &titles(waiting))]));
            }
            if parts.is_empty() {
                texts.t("choice.guide.approved").to_string()
            } else {
                texts.list(&parts)
            }
        }
        Guidance::Required { missing } if missing.is_empty() => {
            texts.t("choice.guide.required-done").to_string()
        }
        Guidance::Required { missing } => texts.plural(
            "choice.guide.required",
            missing.len() as f64,
            &[("activities", &titles(missing))],
        ),
        Guidance::NotApplicable => texts.t("choice.guide.not-applicable").to_string(),
    }
}

/// "row 2", "the diagonal", ...
fn line_name(texts: &Texts, line: &LineRef) -> String {
    let n = texts.number(f64::from(line.index + 1));
    match (line.direction, line.whole) {
        (Direction::Row, _) => texts.f("choice.line.row", &[("n", &n)]),
        (Direction::Column, _) => texts.f("choice.line.column", &[("n", &n)]),
        (Direction::Diagonal, true) => texts.t("choice.line.diagonal").to_string(),
        (Direction::AntiDiagonal, true) => texts.t("choice.line.anti-diagonal").to_string(),
        _ => texts.t("choice.line.a-diagonal").to_string(),
    }
}

/// "Remove one pick from row 2: one per row", or "One per row: kept".
fn one_per(texts: &Texts, crowded: &[Crowded], rows: bool) -> String {
    if crowded.is_empty() {
        let kept = if rows {
            texts.t("choice.guide.row-kept")
        } else {
            texts.t("choice.guide.column-kept")
        };
        return kept.to_string();
    }
    let parts: Vec<String> = crowded
        .iter()
        .map(|c| {
            let extra = c.picks.len().saturating_sub(1) as f64;
            let n = texts.number(f64::from(c.index + 1));
            if rows {
                texts.plural("choice.guide.row-remove", extra, &[("n", &n)])
            } else {
                texts.plural("choice.guide.column-remove", extra, &[("n", &n)])
            }
        })
        .collect();
    let parts = texts.list(&parts);
    if rows {
        texts.f("choice.guide.one-per-row", &[("parts", &parts)])
    } else {
        texts.f("choice.guide.one-per-column", &[("parts", &parts)])
    }
}

fn points_guidance(
    texts: &Texts,
    points: f64,
    min: Option<f64>,
    max: Option<f64>,
    exact: Option<f64>,
) -> String {
    let n = |value: f64| texts.number(value);
    let have = texts.plural("choice.points", points, &[]);
    if let Some(e) = exact {
        if points < e - 0.005 {
            return texts.plural(
                "choice.guide.points-of-exactly",
                e,
                &[("points", &n(points))],
            );
        }
        if points > e + 0.005 {
            return texts.f(
                "choice.guide.points-over-exactly",
                &[("have", &have), ("over", &n(points - e)), ("exact", &n(e))],
            );
        }
    }
    match (min, max) {
        (Some(lo), _) if points < lo - 0.005 => {
            texts.plural("choice.guide.points-of", lo, &[("points", &n(points))])
        }
        (_, Some(hi)) if points > hi + 0.005 => texts.f(
            "choice.guide.points-over",
            &[("have", &have), ("over", &n(points - hi)), ("max", &n(hi))],
        ),
        _ => texts.f("choice.guide.points", &[("have", &have)]),
    }
}
