//! A learner's standing, explanation, pace with a fixed today, next steps and rollups, on the
//! gallery's sample.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use learner_model::Date;
use learner_model::progress::{
    ExplanationLine, Method, Pace, PaceLine, ProgressDocument, Status, Step, UsedEvidence, pace,
    standing,
};

const ANA: &str = include_str!("../../../www/samples/ana.progress.json");

/// To two decimals, as the explanation states a result.
fn r2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

fn used(score: f64, date: &str, source: &str) -> UsedEvidence {
    UsedEvidence {
        score,
        date: date.into(),
        source: source.into(),
    }
}

fn doc() -> ProgressDocument {
    ProgressDocument::from_json(ANA).unwrap()
}

#[test]
fn the_sample_is_valid_and_round_trips() {
    let d = doc();
    assert_eq!(ProgressDocument::from_json(&d.to_json()).unwrap(), d);
}

#[test]
fn a_competency_is_explained_with_its_evidence_arithmetic_and_level() {
    let d = doc();
    let s = standing(&d, d.competency("rp-a-1").unwrap());
    assert_eq!(s.status, Status::Mastered);
    assert_eq!(
        s.level.as_ref().map(|l| (l.value, l.mastery)),
        Some((3.0, true))
    );
    let lines = s.explanation();
    assert_eq!(lines.len(), 8, "{lines:?}");
    assert_eq!(
        lines[0],
        ExplanationLine::Method(Method::DecayingAverage { rate: 0.65 })
    );
    assert_eq!(
        lines[1],
        ExplanationLine::EvidenceUsed(vec![
            used(1.0, "2026-09-14", "Warm-up: ratio talk"),
            used(2.0, "2026-09-21", "Exit ticket 2"),
            used(3.0, "2026-09-28", "Quiz: ratio language"),
            used(4.0, "2026-10-05", "Project: recipe ratios"),
        ])
    );
    // The working itself is the method's (tests/progress_mastery.rs).
    let steps: Vec<&ExplanationLine> = lines[2..6].iter().collect();
    assert_eq!(steps[0], &ExplanationLine::Step(Step::Start { score: 1.0 }));
    assert!(
        steps[1..]
            .iter()
            .all(|l| matches!(l, ExplanationLine::Step(Step::Decay { .. })))
    );
    match &lines[6] {
        ExplanationLine::Result { score, level } => {
            assert_eq!((r2(*score), level.value), (3.48, 3.0));
        }
        other => panic!("not a result: {other:?}"),
    }
    assert_eq!(lines[7], ExplanationLine::Mastered);
}

#[test]
fn a_competency_in_progress_says_what_would_reach_mastery() {
    let d = doc();
    let s = standing(&d, d.competency("rp-a-2").unwrap());
    // 2, 1, 3: D = 2 → 0.35 × 2 + 0.65 × 1 = 1.35 → 0.35 × 1.35 + 0.65 × 3 = 2.4225
    assert_eq!(s.status, Status::InProgress);
    assert_eq!(
        s.level.as_ref().map(|l| (l.value, l.mastery)),
        Some((2.0, false))
    );
    let lines = s.explanation();
    match &lines[lines.len() - 2] {
        ExplanationLine::Result { score, level } => {
            assert_eq!((r2(*score), level.value), (2.42, 2.0));
        }
        other => panic!("not a result: {other:?}"),
    }
    // 0.35 × 2.4225 + 0.65 × s ≥ 3 ⇔ s ≥ 3.3111…
    assert_eq!(lines[lines.len() - 1], ExplanationLine::NextScore(3.32));
}

#[test]
fn a_competencys_own_method_wins_and_n_times_waits_for_enough_scores() {
    let d = doc();
    let s = standing(&d, d.competency("rp-a-3").unwrap());
    assert_eq!(s.score, None);
    assert_eq!(s.status, Status::InProgress);
    assert!(
        s.explanation()
            .contains(&ExplanationLine::Step(Step::NotYet {
                have: 1,
                needed: 2,
                mastery: 3.0
            }))
    );
    let untouched = standing(&d, d.competency("rp-b-2").unwrap());
    assert_eq!(untouched.status, Status::NotStarted);
    assert_eq!(
        untouched.explanation(),
        vec![ExplanationLine::NoEvidence, ExplanationLine::NextScore(3.0)]
    );
}

#[test]
fn a_teacher_override_replaces_the_calculation_and_says_why() {
    let mut d = doc();
    d.overrides.push(learner_model::progress::Override {
        competency: "rp-a-2".into(),
        level: 3.0,
        reason: "Showed it in the shop project".into(),
        date: Some("2026-11-20".into()),
    });
    let s = standing(&d, d.competency("rp-a-2").unwrap());
    assert_eq!(s.status, Status::Mastered);
    assert_eq!(
        s.explanation(),
        vec![ExplanationLine::SetByTeacher {
            level: 3.0,
            on_scale: d.scale().levels.get(3).cloned(),
            reason: "Showed it in the shop project".into(),
        }]
    );
}

#[test]
fn domains_roll_up_their_children() {
    let d = doc();
    assert_eq!((d.rollup("rp-a").mastered, d.rollup("rp-a").total), (1, 3));
    assert_eq!((d.rollup("rp").mastered, d.rollup("rp").total), (1, 5));
    assert!(d.is_leaf("rp-a-1") && !d.is_leaf("rp-a"));
}

#[test]
fn next_steps_are_unmastered_competencies_whose_prerequisites_are_mastered() {
    let d = doc();
    let next: Vec<&str> = d.next_steps().iter().map(|c| c.id.as_str()).collect();
    assert_eq!(next, vec!["rp-a-2"]);
}

#[test]
fn pace_with_a_fixed_today() {
    let d = doc();
    // By 2026-11-23 with a 7-day buffer: rp-a-1 (due 10-02) and rp-a-2 (due 10-30) are due.
    let report = pace(&d, Date::parse("2026-11-23").unwrap());
    assert_eq!((report.mastered, report.total), (1, 5));
    assert_eq!(report.expected, 2.0);
    assert_eq!(report.pace, Some(Pace::Behind));
    assert_eq!(report.overdue, vec!["rp-a-2"]);
    // 1 mastered in 77 days since the course start: 4 more take 308 days.
    assert_eq!(report.projected.unwrap().to_string(), "2027-09-27");
    let day = |text: &str| Date::parse(text).unwrap();
    assert_eq!(
        report.explanation,
        vec![
            PaceLine::Mastered {
                mastered: 1,
                total: 5
            },
            PaceLine::Expected {
                today: day("2026-11-23"),
                expected: 2.0,
                buffer_days: 7
            },
            PaceLine::Pace(Pace::Behind),
            PaceLine::Projection {
                mastered: 1,
                days: 77,
                total: 5,
                date: day("2027-09-27")
            },
        ]
    );
    // Within the buffer of the second target, she is on pace.
    let earlier = pace(&d, Date::parse("2026-11-05").unwrap());
    assert_eq!(earlier.expected, 1.0);
    assert_eq!(earlier.pace, Some(Pace::OnPace));
}

#[test]
fn adding_evidence_is_checked_and_says_when_it_brings_mastery() {
    let d = doc();
    let evidence = |score: f64, competency: &str| learner_model::progress::Evidence {
        competency: competency.into(),
        score,
        date: "2026-11-20".into(),
        source: "Conference".into(),
        note: None,
    };
    // 2, 1, 3 then 4: 0.35 × 2.4225 + 0.65 × 4 = 3.447875 → Mastery.
    let (after, edit) = d.with_evidence(evidence(4.0, "rp-a-2")).unwrap();
    assert_eq!(after.evidence.len(), d.evidence.len() + 1);
    assert!(matches!(
        edit,
        learner_model::progress::ProgressEdit::EvidenceAdded {
            mastered_now: true,
            ..
        }
    ));
    let problems = d.with_evidence(evidence(7.0, "rp-a-2")).unwrap_err();
    assert_eq!(
        problems[0].to_string(),
        "evidence[8].score: progress.problem.off-scale (value 7, min 0, max 4)"
    );
    assert!(d.with_evidence(evidence(3.0, "nope")).is_err());
}

#[test]
fn an_override_replaces_any_earlier_one_and_needs_a_reason() {
    let d = doc();
    let today = Date::parse("2026-11-23");
    let (after, edit) = d
        .with_override("rp-a-3", 3.0, " Shown in the paint task ", today)
        .unwrap();
    assert!(matches!(
        edit,
        learner_model::progress::ProgressEdit::Overridden {
            mastered_now: true,
            ..
        }
    ));
    assert_eq!(after.overrides.len(), 1);
    assert_eq!(after.overrides[0].reason, "Shown in the paint task");
    assert_eq!(after.overrides[0].date.as_deref(), Some("2026-11-23"));
    let (again, _) = after
        .with_override("rp-a-3", 2.0, "Rechecked", today)
        .unwrap();
    assert_eq!(
        again.overrides.len(),
        1,
        "a new override replaces the old one"
    );
    let problems = d.with_override("rp-a-3", 3.0, "  ", today).unwrap_err();
    assert_eq!(
        problems[0].to_string(),
        "overrides[0].reason: progress.problem.no-reason"
    );
}

#[test]
fn the_level_over_time_follows_each_piece_of_evidence() {
    let d = doc();
    let points = learner_model::progress::history(&d, d.competency("rp-a-1").unwrap());
    let after: Vec<f64> = points
        .iter()
        .map(|p| (p.score_after.unwrap() * 100.0).round() / 100.0)
        .collect();
    assert_eq!(after, vec![1.0, 1.65, 2.53, 3.48]);
}

#[test]
fn prerequisites_are_laid_out_in_layers() {
    let d = doc();
    let layers: Vec<Vec<&str>> = learner_model::progress::prerequisite_layers(&d)
        .iter()
        .map(|layer| layer.iter().map(|c| c.id.as_str()).collect())
        .collect();
    assert_eq!(
        layers,
        vec![
            vec!["rp-a-1"],
            vec!["rp-a-2"],
            vec!["rp-a-3", "rp-b-1"],
            vec!["rp-b-2"]
        ]
    );
}
