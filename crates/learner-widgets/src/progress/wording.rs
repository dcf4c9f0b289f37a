//! The model's explanations (how a level was reached, how the pace was judged) worded in the
//! learner's language: the model gives them as data, the locale tables give the words, and `Intl`
//! the numbers, dates and lists.

use learner_model::progress::{ExplanationLine, Method, Pace, PaceLine, ProficiencyLevel, Step};
use yew::prelude::*;

use crate::Texts;

/// One line of a competency's explanation, as a list item. Lines that are arithmetic alone read
/// left to right, also in a right-to-left language.
pub fn explanation_item(texts: &Texts, line: &ExplanationLine) -> Html {
    let arithmetic = matches!(line, ExplanationLine::Step(step) if step.is_arithmetic());
    let dir = arithmetic.then_some("ltr");
    html! { <li dir={dir}>{ explanation_line(texts, line) }</li> }
}

/// A level's name: the document's label, or for the default scale (whose levels have none) its
/// name in the reader's language.
pub fn level_name(texts: &Texts, level: &ProficiencyLevel) -> String {
    if !level.label.is_empty() {
        return level.label.clone();
    }
    let whole = (level.value.fract() == 0.0).then_some(level.value as i64);
    let key = match whole {
        Some(0) => "progress.scale.none",
        Some(1) => "progress.scale.below",
        Some(2) => "progress.scale.near",
        Some(3) => "progress.scale.mastery",
        Some(4) => "progress.scale.exceeds",
        _ => return texts.number(level.value),
    };
    texts.t(key).to_string()
}

pub fn explanation_line(texts: &Texts, line: &ExplanationLine) -> String {
    match line {
        ExplanationLine::SetByTeacher {
            level,
            on_scale,
            reason,
        } => {
            let level = texts.number(*level);
            match on_scale {
                Some(on_scale) => texts.f(
                    "explain.teacher-level",
                    &[
                        ("level", &level),
                        ("label", &level_name(texts, on_scale)),
                        ("reason", reason),
                    ],
                ),
                None => texts.f("explain.teacher", &[("level", &level), ("reason", reason)]),
            }
        }
        ExplanationLine::NoEvidence => texts.t("explain.no-evidence").to_string(),
        ExplanationLine::Method(method) => method_rule(texts, method),
        ExplanationLine::EvidenceUsed(used) => {
            let items: Vec<String> = used
                .iter()
                .map(|e| {
                    texts.f(
                        "explain.evidence-item",
                        &[
                            ("score", &texts.number(e.score)),
                            ("date", &texts.date(&e.date)),
                            ("source", &e.source),
                        ],
                    )
                })
                .collect();
            texts.f("explain.evidence", &[("list", &texts.list(&items))])
        }
        ExplanationLine::Step(step) => step_line(texts, step),
        ExplanationLine::Result { score, level } => texts.f(
            "explain.result",
            &[
                ("score", &texts.number(*score)),
                ("level", &level_name(texts, level)),
            ],
        ),
        ExplanationLine::Mastered => texts.t("explain.mastered").to_string(),
        ExplanationLine::NextScore(next) => {
            texts.f("explain.next-score", &[("score", &texts.number(*next))])
        }
        ExplanationLine::MoreThanOneNeeded => texts.t("explain.more-than-one").to_string(),
    }
}

/// The method's name and rule.
pub fn method_rule(texts: &Texts, method: &Method) -> String {
    let percent = |share: f64| texts.number(share * 100.0);
    match method {
        Method::DecayingAverage { rate } => texts.f(
            "explain.method.decaying",
            &[("new", &percent(*rate)), ("before", &percent(1.0 - rate))],
        ),
        Method::WeightedAverage { weight } => texts.f(
            "explain.method.weighted",
            &[
                ("latest", &percent(*weight)),
                ("earlier", &percent(1.0 - weight)),
            ],
        ),
        Method::MostRecent => texts.t("explain.method.most-recent").to_string(),
        Method::Highest => texts.t("explain.method.highest").to_string(),
        Method::Mean => texts.t("explain.method.mean").to_string(),
        Method::Mode => texts.t("explain.method.mode").to_string(),
        Method::NTimes { n } => texts.plural("explain.method.n-times", f64::from(*n), &[]),
    }
}

/// One step of the working, its numbers to four decimals so a student can redo it.
pub fn step_line(texts: &Texts, step: &Step) -> String {
    let p = |value: f64| texts.precise(value);
    let scores = |values: &[f64]| texts.list(&values.iter().map(|v| p(*v)).collect::<Vec<_>>());
    let product_sum = |a: f64, b: f64, c: f64, d: f64, result: f64| {
        format!("{} × {} + {} × {} = {}", p(a), p(b), p(c), p(d), p(result))
    };
    match step {
        Step::Start { score } => texts.f("explain.step.start", &[("score", &p(*score))]),
        Step::Decay {
            keep,
            before,
            share,
            score,
            result,
        } => product_sum(*keep, *before, *share, *score, *result),
        Step::OnlyOne { score } => texts.f("explain.step.only-one", &[("score", &p(*score))]),
        Step::EarlierMean { earlier, mean } => texts.f(
            "explain.step.earlier-mean",
            &[("scores", &scores(earlier)), ("mean", &p(*mean))],
        ),
        Step::Weighted {
            weight,
            latest,
            rest,
            mean,
            result,
        } => product_sum(*weight, *latest, *rest, *mean, *result),
        Step::Latest { score } => texts.f("explain.step.latest", &[("score", &p(*score))]),
        Step::Highest { scores: all, best } => texts.f(
            "explain.step.highest",
            &[("scores", &scores(all)), ("best", &p(*best))],
        ),
        Step::Mean { scores: all, mean } => {
            let sum: Vec<String> = all.iter().map(|v| p(*v)).collect();
            format!(
                "({}) ÷ {} = {}",
                sum.join(" + "),
                texts.number(all.len() as f64),
                p(*mean)
            )
        }
        Step::Mode {
            scores: all,
            value,
            count,
        } => texts.f(
            "explain.step.mode",
            &[
                ("scores", &scores(all)),
                ("value", &p(*value)),
                ("part", &texts.number(*count as f64)),
                ("whole", &texts.number(all.len() as f64)),
            ],
        ),
        Step::AtMastery {
            mastery,
            scores: all,
        } => texts.f(
            "explain.step.at-mastery",
            &[("mastery", &p(*mastery)), ("scores", &scores(all))],
        ),
        Step::NotYet {
            have,
            needed,
            mastery,
        } => texts.plural(
            "explain.step.not-yet",
            *needed as f64,
            &[
                ("have", &texts.number(*have as f64)),
                ("mastery", &p(*mastery)),
            ],
        ),
    }
}

/// Ahead, on pace or behind, in words.
pub fn pace_label(texts: &Texts, pace: Pace) -> &'static str {
    match pace {
        Pace::Ahead => texts.t("progress.pace.ahead"),
        Pace::OnPace => texts.t("progress.pace.on"),
        Pace::Behind => texts.t("progress.pace.behind"),
    }
}

/// One line of the pace reasoning.
pub fn pace_line(texts: &Texts, line: &PaceLine) -> String {
    let days = |count: i64| texts.plural("explain.days", count as f64, &[]);
    match line {
        PaceLine::Mastered { mastered, total } => texts.plural(
            "pace.mastered",
            *total as f64,
            &[("mastered", &texts.number(*mastered as f64))],
        ),
        PaceLine::Expected {
            today,
            expected,
            buffer_days,
        } => texts.f(
            "pace.expected",
            &[
                ("date", &texts.date(&today.to_string())),
                ("expected", &texts.number(*expected)),
                ("days", &days(*buffer_days)),
            ],
        ),
        PaceLine::Pace(pace) => texts.f("pace.judged", &[("pace", pace_label(texts, *pace))]),
        PaceLine::Projection {
            mastered,
            days: elapsed,
            total,
            date,
        } => texts.plural(
            "pace.projection",
            *total as f64,
            &[
                ("mastered", &texts.number(*mastered as f64)),
                ("days", &days(*elapsed)),
                ("date", &texts.date(&date.to_string())),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use learner_model::Date;
    use learner_model::progress::{Override, ProgressDocument, pace, standing};

    const ANA: &str = include_str!("../../../../www/samples/ana.progress.json");

    /// A competency's explanation in English, as its details list it.
    fn explained(doc: &ProgressDocument, id: &str) -> Vec<String> {
        let texts = Texts::default();
        let competency = doc.competency(id).unwrap();
        standing(doc, competency)
            .explanation()
            .iter()
            .map(|line| explanation_line(&texts, line))
            .collect()
    }

    #[test]
    fn a_mastered_competency_reads_with_its_method_evidence_working_and_level() {
        let doc = ProgressDocument::from_json(ANA).unwrap();
        assert_eq!(
            explained(&doc, "rp-a-1"),
            vec![
                "Decaying average: each new score counts 65%, everything before it 35%.",
                "Evidence used: 1 on 2026-09-14 (Warm-up: ratio talk), 2 on 2026-09-21 \
                 (Exit ticket 2), 3 on 2026-09-28 (Quiz: ratio language) and 4 on 2026-10-05 \
                 (Project: recipe ratios).",
                "Start with the first score: 1",
                "0.35 × 1 + 0.65 × 2 = 1.65",
                "0.35 × 1.65 + 0.65 × 3 = 2.5275",
                "0.35 × 2.5275 + 0.65 × 4 = 3.4846",
                "Result: 3.48 → Mastery",
                "Mastered.",
            ]
        );
    }

    #[test]
    fn what_would_reach_mastery_is_said() {
        let doc = ProgressDocument::from_json(ANA).unwrap();
        let lines = explained(&doc, "rp-a-2");
        assert_eq!(
            lines[lines.len() - 2..],
            [
                "Result: 2.42 → Near",
                "A next score of 3.32 or more would reach mastery."
            ]
        );
        assert!(explained(&doc, "rp-a-3").contains(&String::from(
            "1 of the 2 scores at or above mastery (3) needed so far: no result yet"
        )));
        assert_eq!(
            explained(&doc, "rp-b-2"),
            [
                "No evidence yet.",
                "A next score of 3 or more would reach mastery."
            ]
        );
    }

    #[test]
    fn a_teachers_override_says_who_set_it_and_why() {
        let mut doc = ProgressDocument::from_json(ANA).unwrap();
        doc.overrides.push(Override {
            competency: "rp-a-2".into(),
            level: 3.0,
            reason: "Showed it in the shop project".into(),
            date: Some("2026-11-20".into()),
        });
        assert_eq!(
            explained(&doc, "rp-a-2"),
            ["Set by your teacher to 3 (Mastery): Showed it in the shop project"]
        );
    }

    #[test]
    fn every_method_states_its_rule() {
        let texts = Texts::default();
        let rules: Vec<String> = [
            Method::WeightedAverage { weight: 0.65 },
            Method::MostRecent,
            Method::Highest,
            Method::Mean,
            Method::Mode,
            Method::NTimes { n: 1 },
            Method::NTimes { n: 3 },
        ]
        .iter()
        .map(|m| method_rule(&texts, m))
        .collect();
        assert_eq!(
            rules,
            [
                "Weighted average: the latest score counts 65%, the mean of the earlier ones 35%.",
                "Most recent: the latest score counts.",
                "Highest: the best score counts.",
                "Mean: every score counts the same.",
                "Mode: the most common score counts (a tie goes to the higher).",
                "Once at mastery: the mean of the scores at or above mastery, once there is one.",
                "3 times at mastery: the mean of the scores at or above mastery, once there are 3.",
            ]
        );
        let steps: Vec<String> = Method::Mode
            .calculate(&[1.0, 2.0, 2.0], 3.0)
            .steps
            .iter()
            .chain(&Method::Mean.calculate(&[1.0, 2.0, 3.0, 4.0], 3.0).steps)
            .map(|s| step_line(&texts, s))
            .collect();
        assert_eq!(
            steps,
            [
                "Most common of 1, 2 and 2: 2 (2 of 3)",
                "(1 + 2 + 3 + 4) ÷ 4 = 2.5"
            ]
        );
    }

    #[test]
    fn the_pace_is_reasoned_line_by_line() {
        let doc = ProgressDocument::from_json(ANA).unwrap();
        let texts = Texts::default();
        let report = pace(&doc, Date::parse("2026-11-23").unwrap());
        let lines: Vec<String> = report
            .explanation
            .iter()
            .map(|line| pace_line(&texts, line))
            .collect();
        assert_eq!(
            lines,
            [
                "You have mastered 1 of 5 competencies.",
                "By 2026-11-23, 2 should be mastered (targets passed more than 7 days ago count).",
                "Pace: Behind.",
                "At your rate so far (1 in 77 days), you would master all 5 around 2027-09-27.",
            ]
        );
    }
}
