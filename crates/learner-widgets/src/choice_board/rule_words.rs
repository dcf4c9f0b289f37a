//! A board's rules in a teacher's words, as the authoring panel lists them.

use learner_model::choice::Rule;

use crate::Texts;

/// A rule in a teacher's words.
pub fn describe(texts: &Texts, rule: &Rule) -> String {
    let n = |v: f64| texts.number(v);
    let range = |min: Option<String>, max: Option<String>| match (min, max) {
        (Some(a), Some(b)) if a == b => texts.f("choice.range.exactly", &[("a", &a)]),
        (Some(a), Some(b)) => texts.f("choice.range.between", &[("a", &a), ("b", &b)]),
        (Some(a), None) => texts.f("choice.range.at-least", &[("a", &a)]),
        (None, Some(b)) => texts.f("choice.range.at-most", &[("b", &b)]),
        (None, None) => texts.t("choice.range.any").to_string(),
    };
    match rule {
        Rule::Line { length } => texts.f("choice.rule.line", &[("length", &n(f64::from(*length)))]),
        Rule::FreeCentre => texts.t("choice.rule.free-centre").to_string(),
        Rule::Picks { min, max } => texts.f(
            "choice.rule.picks",
            &[(
                "range",
                &range(min.map(|v| n(f64::from(v))), max.map(|v| n(f64::from(v)))),
            )],
        ),
        Rule::Points { exact: Some(e), .. } => texts.plural("choice.rule.points-exact", *e, &[]),
        Rule::Points { min, max, .. } => texts.f(
            "choice.rule.points",
            &[("range", &range(min.map(n), max.map(n)))],
        ),
        Rule::Section { section, min, max } => texts.f(
            "choice.rule.section",
            &[
                ("section", section),
                (
                    "range",
                    &range(min.map(|v| n(f64::from(v))), max.map(|v| n(f64::from(v)))),
                ),
            ],
        ),
        Rule::OnePerRow => texts.t("choice.rule.one-per-row").to_string(),
        Rule::OnePerColumn => texts.t("choice.rule.one-per-column").to_string(),
        Rule::Approval => texts.t("choice.rule.approval").to_string(),
    }
}
