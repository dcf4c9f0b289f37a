//! What a screen reader says for one dimension: label, value, range, goal, change and own rating.

use learner_model::format_number as n;
use learner_model::profile::{Dimension, Direction, Flag, ProfileDocument, Reading};

/// e.g. "Fractions: 38 (Developing), usually 25–55, goal 60, up 14 since February check-in,
/// your rating 30".
pub fn describe_reading(doc: &ProfileDocument, reading: &Reading, since: Option<&str>) -> String {
    let d = reading.dimension;
    let mut parts = vec![format!(
        "{}: {}",
        d.label,
        doc.scale.describe(reading.value)
    )];
    if reading.in_context {
        parts.push(String::from("in this context"));
    }
    if let Some(range) = &d.range {
        parts.push(format!("usually {}–{}", n(range.low), n(range.high)));
    }
    if let Some(goal) = d.target {
        parts.push(format!("goal {}", n(goal)));
    }
    if let (Some(change), Some(direction), Some(since)) =
        (reading.change(), reading.direction(), since)
    {
        parts.push(match direction {
            Direction::Up => format!("up {} since {since}", n(change)),
            Direction::Down => format!("down {} since {since}", n(-change)),
            Direction::Same => format!("unchanged since {since}"),
        });
    }
    if let Some(rating) = d.self_rating {
        parts.push(format!("your rating {}", n(rating)));
    }
    if let Some(flag) = d.flag {
        parts.push(String::from(flag_text(flag)));
    }
    parts.join(", ")
}

fn flag_text(flag: Flag) -> &'static str {
    match flag {
        Flag::Strength => "a strength",
        Flag::Need => "a need to work on",
    }
}

/// The flag as a sentence of its own.
fn flag_sentence(flag: Flag) -> &'static str {
    match flag {
        Flag::Strength => "A strength.",
        Flag::Need => "A need to work on.",
    }
}

/// Everything else known about a dimension, as short sentences: the flag, how much evidence and how
/// sure, what it means, the teacher's note and the learner's own.
pub fn about(d: &Dimension) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(flag) = d.flag {
        out.push(String::from(flag_sentence(flag)));
    }
    match (d.evidence_count, d.confidence) {
        (Some(count), Some(confidence)) => out.push(format!(
            "{count} pieces of evidence, {}% sure.",
            n(confidence * 100.0)
        )),
        (Some(count), None) => out.push(format!("{count} pieces of evidence.")),
        (None, Some(confidence)) => out.push(format!("{}% sure.", n(confidence * 100.0))),
        (None, None) => {}
    }
    if let Some(description) = &d.description {
        out.push(description.clone());
    }
    if let Some(note) = &d.note {
        out.push(format!("Teacher: {note}"));
    }
    if let Some(note) = &d.self_note {
        out.push(format!("You: {note}"));
    }
    out
}

/// A change as a short visible mark: "▲ 14", "▼ 1", "= 0". Direction is in the symbol and the
/// word-free number, never in colour alone.
pub fn change_mark(reading: &Reading) -> Option<String> {
    let change = reading.change()?;
    Some(match reading.direction()? {
        Direction::Up => format!("▲ {}", n(change)),
        Direction::Down => format!("▼ {}", n(-change)),
        Direction::Same => String::from("= 0"),
    })
}

/// The name a snapshot is shown by: its label, or its date.
pub fn snapshot_name(doc: &ProfileDocument, date: &str) -> Option<String> {
    doc.snapshot(date)
        .map(|s| s.label.clone().unwrap_or_else(|| s.date.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use learner_model::profile::read;

    const ANA: &str = include_str!("../../../../www/samples/ana.profile.json");

    #[test]
    fn a_reading_is_spoken_with_everything_known_about_it() {
        let doc = ProfileDocument::from_json(ANA).unwrap();
        let readings = read(&doc, None, Some("2026-02-02"));
        let since = snapshot_name(&doc, "2026-02-02");
        assert_eq!(
            describe_reading(&doc, &readings[1], since.as_deref()),
            "Fractions: 38, usually 25–55, goal 60, up 14 since February check-in, your rating 30, \
             a need to work on"
        );
        assert_eq!(change_mark(&readings[1]).as_deref(), Some("▲ 14"));
    }

    #[test]
    fn a_context_value_says_so() {
        let doc = ProfileDocument::from_json(ANA).unwrap();
        let readings = read(&doc, Some("alone"), Some("2026-09-08"));
        let since = snapshot_name(&doc, "2026-09-08");
        assert_eq!(
            describe_reading(&doc, &readings[3], since.as_deref()),
            "Working memory: 40, in this context, usually 35–60, down 5 since Start of the year"
        );
        assert_eq!(change_mark(&readings[3]).as_deref(), Some("▼ 5"));
    }

    #[test]
    fn everything_else_about_a_dimension_is_said_in_short_sentences() {
        let doc = ProfileDocument::from_json(ANA).unwrap();
        assert_eq!(
            about(&doc.dimensions[0]),
            vec!["A strength.", "9 pieces of evidence."]
        );
        assert_eq!(
            about(&doc.dimensions[3]),
            vec!["60% sure.", "Holding several steps in mind while working."]
        );
        assert_eq!(
            about(&doc.dimensions[1]),
            vec![
                "A need to work on.",
                "Teacher: Strong with pictures; unsure with symbols."
            ]
        );
        assert!(about(&doc.dimensions[6]).is_empty());
    }
}
