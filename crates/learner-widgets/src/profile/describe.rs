//! What a screen reader says for one dimension (label, value, range, goal, change and own rating),
//! the summary above the chart, and the short sentences about a dimension, in the widget's language.

use learner_model::profile::{Dimension, Direction, Flag, ProfileDocument, Reading, Summary};

use crate::Texts;

/// A value with its level's name when the scale has levels: "38 (Developing)".
pub fn value_text(texts: &Texts, doc: &ProfileDocument, value: f64) -> String {
    let number = texts.number(value);
    match doc.scale.level_of(value) {
        Some(level) => texts.f(
            "profile.value-level",
            &[("value", &number), ("level", level)],
        ),
        None => number,
    }
}

/// e.g. "Fractions: 38 (Developing), usually 25–55, goal 60, up 14 since February check-in,
/// your rating 30".
pub fn describe_reading(
    texts: &Texts,
    doc: &ProfileDocument,
    reading: &Reading,
    since: Option<&str>,
) -> String {
    let d = reading.dimension;
    let n = |value: f64| texts.number(value);
    let mut parts = vec![texts.f(
        "profile.spoken.value",
        &[
            ("label", &d.label),
            ("value", &value_text(texts, doc, reading.value)),
        ],
    )];
    if reading.in_context {
        parts.push(texts.t("profile.spoken.in-context").to_string());
    }
    if let Some(range) = &d.range {
        parts.push(texts.f(
            "profile.spoken.usually",
            &[("low", &n(range.low)), ("high", &n(range.high))],
        ));
    }
    if let Some(goal) = d.target {
        parts.push(texts.f("profile.spoken.goal", &[("goal", &n(goal))]));
    }
    if let (Some(change), Some(direction), Some(since)) =
        (reading.change(), reading.direction(), since)
    {
        parts.push(match direction {
            Direction::Up => texts.f(
                "profile.spoken.up",
                &[("change", &n(change)), ("since", since)],
            ),
            Direction::Down => texts.f(
                "profile.spoken.down",
                &[("change", &n(-change)), ("since", since)],
            ),
            Direction::Same => texts.f("profile.spoken.same", &[("since", since)]),
        });
    }
    if let Some(rating) = d.self_rating {
        parts.push(texts.f("profile.spoken.own", &[("rating", &n(rating))]));
    }
    if let Some(flag) = d.flag {
        parts.push(
            match flag {
                Flag::Strength => texts.t("profile.spoken.strength"),
                Flag::Need => texts.t("profile.spoken.need"),
            }
            .to_string(),
        );
    }
    parts.join(&separator(texts))
}

/// What separates the parts of a spoken description: ", " (Arabic "، ").
fn separator(texts: &Texts) -> String {
    format!("{} ", texts.t("common.list-separator"))
}

/// Everything else known about a dimension, as short sentences: the flag, how much evidence and how
/// sure, what it means, the teacher's note and the learner's own.
pub fn about(texts: &Texts, d: &Dimension) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(flag) = d.flag {
        out.push(
            match flag {
                Flag::Strength => texts.t("profile.about.strength"),
                Flag::Need => texts.t("profile.about.need"),
            }
            .to_string(),
        );
    }
    let sure = |confidence: f64| texts.number(confidence * 100.0);
    match (d.evidence_count, d.confidence) {
        (Some(count), Some(confidence)) => out.push(texts.plural(
            "profile.about.evidence-sure",
            f64::from(count),
            &[("sure", &sure(confidence))],
        )),
        (Some(count), None) => {
            out.push(texts.plural("profile.about.evidence", f64::from(count), &[]))
        }
        (None, Some(confidence)) => {
            out.push(texts.f("profile.about.sure", &[("sure", &sure(confidence))]));
        }
        (None, None) => {}
    }
    if let Some(description) = &d.description {
        out.push(description.clone());
    }
    if let Some(note) = &d.note {
        out.push(texts.f("profile.about.teacher", &[("note", note)]));
    }
    if let Some(note) = &d.self_note {
        out.push(texts.f("profile.about.you", &[("note", note)]));
    }
    out
}

/// A change as a short visible mark: "▲ 14", "▼ 1", "= 0". Direction is in the symbol and the
/// word-free number, never in colour alone.
pub fn change_mark(texts: &Texts, reading: &Reading) -> Option<String> {
    let change = reading.change()?;
    Some(match reading.direction()? {
        Direction::Up => format!("▲ {}", texts.number(change)),
        Direction::Down => format!("▼ {}", texts.number(-change)),
        Direction::Same => format!("= {}", texts.number(0.0)),
    })
}

/// The name a snapshot is shown by: its label, or its date.
pub fn snapshot_name(texts: &Texts, doc: &ProfileDocument, date: &str) -> Option<String> {
    doc.snapshot(date)
        .map(|s| s.label.clone().unwrap_or_else(|| texts.date(&s.date)))
}

/// The summary as sentences a screen reader speaks, e.g. "Strengths: Visual reasoning (90),
/// Reading comprehension (86). Working on: Fractions (38, goal 60). Biggest growth since
/// Autumn check-in: Fractions, up 14."
pub fn summary_text(texts: &Texts, summary: &Summary) -> String {
    let named = |readings: &[&Reading]| {
        let items: Vec<String> = readings
            .iter()
            .map(|r| {
                let value = texts.number(r.value);
                match r.dimension.target.filter(|t| *t > r.value) {
                    Some(goal) => texts.f(
                        "profile.summary.item-goal",
                        &[
                            ("label", &r.dimension.label),
                            ("value", &value),
                            ("goal", &texts.number(goal)),
                        ],
                    ),
                    None => texts.f(
                        "profile.summary.item",
                        &[("label", &r.dimension.label), ("value", &value)],
                    ),
                }
            })
            .collect();
        items.join(&separator(texts))
    };
    let mut parts = Vec::new();
    if !summary.strengths.is_empty() {
        parts.push(texts.f(
            "profile.summary.strengths",
            &[("list", &named(&summary.strengths))],
        ));
    }
    if !summary.working_on.is_empty() {
        parts.push(texts.f(
            "profile.summary.working-on",
            &[("list", &named(&summary.working_on))],
        ));
    }
    if let Some(since) = summary.since {
        let when = since
            .label
            .clone()
            .unwrap_or_else(|| texts.date(&since.date));
        parts.push(match summary.biggest_growth {
            Some(r) => texts.f(
                "profile.summary.growth",
                &[
                    ("since", &when),
                    ("label", &r.dimension.label),
                    ("change", &texts.number(r.change().unwrap_or(0.0))),
                ],
            ),
            None => texts.f("profile.summary.no-growth", &[("since", &when)]),
        });
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use learner_model::profile::{read, summarize};

    const ANA: &str = include_str!("../../../../www/samples/ana.profile.json");
    const MALIK: &str = include_str!("../../../../www/samples/malik.profile.json");

    #[test]
    fn a_reading_is_spoken_with_everything_known_about_it() {
        let texts = Texts::default();
        let doc = ProfileDocument::from_json(ANA).unwrap();
        let readings = read(&doc, None, Some("2026-02-02"));
        let since = snapshot_name(&texts, &doc, "2026-02-02");
        assert_eq!(
            describe_reading(&texts, &doc, &readings[1], since.as_deref()),
            "Fractions: 38, usually 25–55, goal 60, up 14 since February check-in, your rating 30, \
             a need to work on"
        );
        assert_eq!(change_mark(&texts, &readings[1]).as_deref(), Some("▲ 14"));
    }

    #[test]
    fn a_context_value_says_so() {
        let texts = Texts::default();
        let doc = ProfileDocument::from_json(ANA).unwrap();
        let readings = read(&doc, Some("alone"), Some("2026-09-08"));
        let since = snapshot_name(&texts, &doc, "2026-09-08");
        assert_eq!(
            describe_reading(&texts, &doc, &readings[3], since.as_deref()),
            "Working memory: 40, in this context, usually 35–60, down 5 since Start of the year"
        );
        assert_eq!(change_mark(&texts, &readings[3]).as_deref(), Some("▼ 5"));
    }

    #[test]
    fn everything_else_about_a_dimension_is_said_in_short_sentences() {
        let texts = Texts::default();
        let doc = ProfileDocument::from_json(ANA).unwrap();
        assert_eq!(
            about(&texts, &doc.dimensions[0]),
            vec!["A strength.", "9 pieces of evidence."]
        );
        assert_eq!(
            about(&texts, &doc.dimensions[3]),
            vec!["60% sure.", "Holding several steps in mind while working."]
        );
        assert_eq!(
            about(&texts, &doc.dimensions[1]),
            vec![
                "A need to work on.",
                "Teacher: Strong with pictures; unsure with symbols."
            ]
        );
        assert!(about(&texts, &doc.dimensions[6]).is_empty());
    }

    #[test]
    fn the_summary_names_strengths_needs_goals_and_growth() {
        let texts = Texts::default();
        let doc = ProfileDocument::from_json(ANA).unwrap();
        let readings = read(&doc, None, Some("2026-02-02"));
        assert_eq!(
            summary_text(&texts, &summarize(&doc, &readings, Some("2026-02-02"))),
            "Strengths: Visual reasoning (90), Reading comprehension (86). \
             Working on: Fractions (38, goal 60), Persistence (64, goal 75). \
             Biggest growth since February check-in: English language, up 16."
        );
        let readings = read(&doc, Some("group"), None);
        assert_eq!(
            summary_text(&texts, &summarize(&doc, &readings, None)),
            "Strengths: Visual reasoning (90), Reading comprehension (86). \
             Working on: Fractions (47, goal 60)."
        );
    }

    #[test]
    fn a_summary_with_no_growth_says_so() {
        let texts = Texts::default();
        let mut doc = ProfileDocument::from_json(MALIK).unwrap();
        doc.snapshots[0]
            .values
            .values_mut()
            .for_each(|v| *v = 100.0);
        let readings = read(&doc, None, Some("2026-09-08"));
        assert_eq!(
            summary_text(&texts, &summarize(&doc, &readings, Some("2026-09-08"))),
            "Strengths: English language (95), Persistence (92). \
             Working on: Written expression (35, goal 50), Reading comprehension (41, goal 55). \
             No dimension has risen since Start of the year."
        );
    }
}
