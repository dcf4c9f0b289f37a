//! Every calculation method against hand-computed vectors, with the working a student reads.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use learner_model::progress::{Method, Step};

const SCORES: [f64; 4] = [1.0, 2.0, 3.0, 4.0];
const MASTERY: f64 = 3.0;

/// To four decimals, as the working states numbers.
fn r4(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}

fn result(method: Method, scores: &[f64]) -> Option<f64> {
    method
        .calculate(scores, MASTERY)
        .score
        .map(|s| (s * 100.0).round() / 100.0)
}

#[test]
fn decaying_average_at_065_over_1_2_3_4_is_348() {
    let calc = Method::DecayingAverage { rate: 0.65 }.calculate(&SCORES, MASTERY);
    assert_eq!((calc.score.unwrap() * 100.0).round() / 100.0, 3.48);
    assert_eq!(calc.steps[0], Step::Start { score: 1.0 });
    // Each step: keep × before + share × score = result.
    let decays: Vec<[f64; 5]> = calc.steps[1..]
        .iter()
        .map(|step| match step {
            Step::Decay {
                keep,
                before,
                share,
                score,
                result,
            } => [*keep, *before, *share, *score, *result].map(r4),
            other => panic!("not a decay step: {other:?}"),
        })
        .collect();
    assert_eq!(
        decays,
        vec![
            [0.35, 1.0, 0.65, 2.0, 1.65],
            [0.35, 1.65, 0.65, 3.0, 2.5275],
            [0.35, 2.5275, 0.65, 4.0, 3.4846],
        ]
    );
    assert_eq!(calc.method, Method::DecayingAverage { rate: 0.65 });
}

#[test]
fn weighted_average_counts_the_latest_against_the_mean_of_the_rest() {
    // 0.65 × 4 + 0.35 × mean(1, 2, 3) = 2.6 + 0.7 = 3.3
    assert_eq!(
        result(Method::WeightedAverage { weight: 0.65 }, &SCORES),
        Some(3.3)
    );
    assert_eq!(
        result(Method::WeightedAverage { weight: 0.5 }, &[2.0, 4.0]),
        Some(3.0)
    );
    assert_eq!(
        result(Method::WeightedAverage { weight: 0.65 }, &[2.0]),
        Some(2.0)
    );
}

#[test]
fn most_recent_highest_and_mean() {
    assert_eq!(result(Method::MostRecent, &[4.0, 1.0, 2.0]), Some(2.0));
    assert_eq!(result(Method::Highest, &[1.0, 4.0, 2.0]), Some(4.0));
    assert_eq!(result(Method::Mean, &SCORES), Some(2.5));
    let calc = Method::Mean.calculate(&SCORES, MASTERY);
    assert_eq!(
        calc.steps,
        vec![Step::Mean {
            scores: SCORES.to_vec(),
            mean: 2.5
        }]
    );
}

#[test]
fn mode_is_the_most_common_and_a_tie_goes_higher() {
    assert_eq!(result(Method::Mode, &[1.0, 2.0, 2.0, 3.0]), Some(2.0));
    assert_eq!(result(Method::Mode, &[3.0, 2.0, 3.0, 2.0]), Some(3.0));
    assert_eq!(result(Method::Mode, &[1.0, 2.0, 4.0]), Some(4.0));
}

#[test]
fn n_times_needs_n_scores_at_mastery_then_averages_them() {
    let three = Method::NTimes { n: 3 };
    assert_eq!(result(three.clone(), &[3.0, 4.0, 2.0, 3.0]), Some(3.33));
    assert_eq!(result(three.clone(), &[3.0, 2.0, 4.0]), None);
    let calc = three.calculate(&[3.0, 2.0, 4.0], MASTERY);
    assert_eq!(
        calc.steps,
        vec![Step::NotYet {
            have: 2,
            needed: 3,
            mastery: 3.0
        }]
    );
}

#[test]
fn no_scores_give_no_result_for_every_method() {
    for method in [
        Method::DecayingAverage { rate: 0.65 },
        Method::WeightedAverage { weight: 0.65 },
        Method::MostRecent,
        Method::Highest,
        Method::Mean,
        Method::Mode,
        Method::NTimes { n: 3 },
    ] {
        assert_eq!(method.calculate(&[], MASTERY).score, None, "{method:?}");
    }
}

#[test]
fn the_next_score_that_would_reach_mastery_is_found_and_rounded_up() {
    // D = 0.35 × 1 + 0.65 × 2 = 1.65; 0.35 × 1.65 + 0.65 × s ≥ 3 ⇔ s ≥ 3.7269…
    let decaying = Method::DecayingAverage { rate: 0.65 };
    assert_eq!(
        decaying.next_score_for_mastery(&[1.0, 2.0], 3.0, 0.0, 4.0),
        Some(3.73)
    );
    // Mean of 1, 2 and s ≥ 3 needs s ≥ 6: off a 0–4 scale.
    assert_eq!(
        Method::Mean.next_score_for_mastery(&[1.0, 2.0], 3.0, 0.0, 4.0),
        None
    );
    assert_eq!(
        Method::MostRecent.next_score_for_mastery(&[1.0], 3.0, 0.0, 4.0),
        Some(3.0)
    );
    assert_eq!(
        Method::NTimes { n: 2 }.next_score_for_mastery(&[3.0], 3.0, 0.0, 4.0),
        Some(3.0)
    );
    assert_eq!(
        Method::NTimes { n: 3 }.next_score_for_mastery(&[3.0], 3.0, 0.0, 4.0),
        None
    );
}

#[test]
fn methods_are_read_from_json_with_defaults() {
    let m: Method = serde_json::from_str(r#"{"type":"decaying-average"}"#).unwrap();
    assert_eq!(m, Method::DecayingAverage { rate: 0.65 });
    let m: Method = serde_json::from_str(r#"{"type":"n-times"}"#).unwrap();
    assert_eq!(m, Method::NTimes { n: 3 });
    let m: Method = serde_json::from_str(r#"{"type":"mode"}"#).unwrap();
    assert_eq!(m, Method::Mode);
    assert!(serde_json::from_str::<Method>(r#"{"type":"median"}"#).is_err());
}
