//! How evidence becomes a level: seven calculation methods, each explained with its arithmetic so a
//! student can check it.

use serde::{Deserialize, Serialize};

/// A calculation method, written `{ "type": "decaying-average", "rate": 0.65 }` and so on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "MethodSpec", into = "MethodSpec")]
pub enum Method {
    /// D1 = s1, Dk = (1 − r)·Dk−1 + r·sk: recent scores count most.
    DecayingAverage {
        rate: f64,
    },
    /// w·latest + (1 − w)·mean of the earlier scores.
    WeightedAverage {
        weight: f64,
    },
    MostRecent,
    Highest,
    Mean,
    /// The most common score; a tie goes to the higher score.
    Mode,
    /// The mean of the scores at or above mastery, once there are at least `n` of them.
    NTimes {
        n: u32,
    },
}

/// A method as written in JSON: its type, and the parameter that type uses. A flat struct rather
/// than an internally tagged enum, whose buffering code every student would download.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MethodSpec {
    #[serde(rename = "type")]
    pub kind: MethodKind,
    /// decaying-average: how much each new score counts (default 0.65).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate: Option<f64>,
    /// weighted-average: how much the latest score counts (default 0.65).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    /// n-times: how many scores at mastery are needed (default 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub n: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum MethodKind {
    DecayingAverage,
    WeightedAverage,
    MostRecent,
    Highest,
    Mean,
    Mode,
    NTimes,
}

const DEFAULT_SHARE: f64 = 0.65;
const DEFAULT_N: u32 = 3;

impl From<MethodSpec> for Method {
    fn from(spec: MethodSpec) -> Self {
        match spec.kind {
            MethodKind::DecayingAverage => Method::DecayingAverage {
                rate: spec.rate.unwrap_or(DEFAULT_SHARE),
            },
            MethodKind::WeightedAverage => Method::WeightedAverage {
                weight: spec.weight.unwrap_or(DEFAULT_SHARE),
            },
            MethodKind::MostRecent => Method::MostRecent,
            MethodKind::Highest => Method::Highest,
            MethodKind::Mean => Method::Mean,
            MethodKind::Mode => Method::Mode,
            MethodKind::NTimes => Method::NTimes {
                n: spec.n.unwrap_or(DEFAULT_N),
            },
        }
    }
}

impl From<Method> for MethodSpec {
    fn from(method: Method) -> Self {
        let spec = |kind| MethodSpec {
            kind,
            rate: None,
            weight: None,
            n: None,
        };
        match method {
            Method::DecayingAverage { rate } => MethodSpec {
                rate: Some(rate),
                ..spec(MethodKind::DecayingAverage)
            },
            Method::WeightedAverage { weight } => MethodSpec {
                weight: Some(weight),
                ..spec(MethodKind::WeightedAverage)
            },
            Method::MostRecent => spec(MethodKind::MostRecent),
            Method::Highest => spec(MethodKind::Highest),
            Method::Mean => spec(MethodKind::Mean),
            Method::Mode => spec(MethodKind::Mode),
            Method::NTimes { n } => MethodSpec {
                n: Some(n),
                ..spec(MethodKind::NTimes)
            },
        }
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Method {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        MethodSpec::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        MethodSpec::json_schema(generator)
    }
}

impl Default for Method {
    fn default() -> Self {
        Method::DecayingAverage {
            rate: DEFAULT_SHARE,
        }
    }
}

/// The result of a method on a learner's scores, with the working shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Calculation {
    /// `None` when the method gives no result yet (no scores, or too few at mastery).
    pub score: Option<f64>,
    /// The method used.
    pub method: Method,
    /// The arithmetic, one step a line.
    pub steps: Vec<Step>,
}

/// One step of the working, as data: the widgets word it in the learner's language from their
/// locale tables.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// A decaying average starts at the first score.
    Start { score: f64 },
    /// One score folded into a decaying average: `keep × before + share × score = result`.
    Decay {
        keep: f64,
        before: f64,
        share: f64,
        score: f64,
        result: f64,
    },
    /// A weighted average of a single score is that score.
    OnlyOne { score: f64 },
    /// The mean of the scores before the latest (weighted average).
    EarlierMean { earlier: Vec<f64>, mean: f64 },
    /// `weight × latest + rest × mean = result` (weighted average).
    Weighted {
        weight: f64,
        latest: f64,
        rest: f64,
        mean: f64,
        result: f64,
    },
    /// The latest score counts (most recent).
    Latest { score: f64 },
    /// The best of the scores counts (highest).
    Highest { scores: Vec<f64>, best: f64 },
    /// `(s1 + … + sn) ÷ n = mean`.
    Mean { scores: Vec<f64>, mean: f64 },
    /// The most common score, `count` times among `scores` (mode).
    Mode {
        scores: Vec<f64>,
        value: f64,
        count: usize,
    },
    /// The scores at or above mastery, which n-times averages.
    AtMastery { mastery: f64, scores: Vec<f64> },
    /// `have` of the `needed` scores at mastery so far: no result yet (n-times).
    NotYet {
        have: usize,
        needed: usize,
        mastery: f64,
    },
}

impl Step {
    /// Steps that are arithmetic alone, which read left to right in every language.
    pub fn is_arithmetic(&self) -> bool {
        matches!(
            self,
            Step::Decay { .. } | Step::Weighted { .. } | Step::Mean { .. }
        )
    }
}

impl Method {
    /// The result alone, without the worked explanation: what a class of 150 needs 9,000 times.
    /// Always equal to `calculate(scores, mastery).score` (tested).
    pub fn score(&self, scores: &[f64], mastery: f64) -> Option<f64> {
        let mean = |s: &[f64]| s.iter().sum::<f64>() / s.len() as f64;
        match (self, scores) {
            (_, []) => None,
            (Method::DecayingAverage { rate }, [first, rest @ ..]) => {
                Some(rest.iter().fold(*first, |d, s| (1.0 - rate) * d + rate * s))
            }
            (Method::WeightedAverage { .. }, [latest]) => Some(*latest),
            (Method::WeightedAverage { weight }, [earlier @ .., latest]) => {
                Some(weight * latest + (1.0 - weight) * mean(earlier))
            }
            (Method::MostRecent, [.., latest]) => Some(*latest),
            (Method::Highest, _) => Some(scores.iter().copied().fold(f64::MIN, f64::max)),
            (Method::Mean, _) => Some(mean(scores)),
            (Method::Mode, _) => Some(mode(scores).0),
            (Method::NTimes { n: times }, _) => {
                let at: Vec<f64> = scores
                    .iter()
                    .copied()
                    .filter(|s| *s >= mastery - 1e-9)
                    .collect();
                (at.len() >= *times as usize).then(|| mean(&at))
            }
        }
    }

    /// Applies the method to scores ordered oldest first; `mastery` is the scale's mastery value.
    pub fn calculate(&self, scores: &[f64], mastery: f64) -> Calculation {
        let mut steps = Vec::new();
        let score = match (self, scores) {
            (_, []) => None,
            (Method::DecayingAverage { rate }, [first, rest @ ..]) => {
                let mut d = *first;
                steps.push(Step::Start { score: d });
                for s in rest {
                    let next = (1.0 - rate) * d + rate * s;
                    steps.push(Step::Decay {
                        keep: 1.0 - rate,
                        before: d,
                        share: *rate,
                        score: *s,
                        result: next,
                    });
                    d = next;
                }
                Some(d)
            }
            (Method::WeightedAverage { weight }, [earlier @ .., latest]) => {
                if earlier.is_empty() {
                    steps.push(Step::OnlyOne { score: *latest });
                    Some(*latest)
                } else {
                    let mean = earlier.iter().sum::<f64>() / earlier.len() as f64;
                    let result = weight * latest + (1.0 - weight) * mean;
                    steps.push(Step::EarlierMean {
                        earlier: earlier.to_vec(),
                        mean,
                    });
                    steps.push(Step::Weighted {
                        weight: *weight,
                        latest: *latest,
                        rest: 1.0 - weight,
                        mean,
                        result,
                    });
                    Some(result)
                }
            }
            (Method::MostRecent, [.., latest]) => {
                steps.push(Step::Latest { score: *latest });
                Some(*latest)
            }
            (Method::Highest, _) => {
                let best = scores.iter().copied().fold(f64::MIN, f64::max);
                steps.push(Step::Highest {
                    scores: scores.to_vec(),
                    best,
                });
                Some(best)
            }
            (Method::Mean, _) => {
                let mean = scores.iter().sum::<f64>() / scores.len() as f64;
                steps.push(Step::Mean {
                    scores: scores.to_vec(),
                    mean,
                });
                Some(mean)
            }
            (Method::Mode, _) => {
                let (value, count) = mode(scores);
                steps.push(Step::Mode {
                    scores: scores.to_vec(),
                    value,
                    count,
                });
                Some(value)
            }
            (Method::NTimes { n: times }, _) => {
                let at: Vec<f64> = scores
                    .iter()
                    .copied()
                    .filter(|s| *s >= mastery - 1e-9)
                    .collect();
                let needed = *times as usize;
                if at.len() >= needed {
                    let mean = at.iter().sum::<f64>() / at.len() as f64;
                    steps.push(Step::AtMastery {
                        mastery,
                        scores: at.clone(),
                    });
                    steps.push(Step::Mean { scores: at, mean });
                    Some(mean)
                } else {
                    steps.push(Step::NotYet {
                        have: at.len(),
                        needed,
                        mastery,
                    });
                    None
                }
            }
        };
        Calculation {
            score,
            method: self.clone(),
            steps,
        }
    }

    /// The lowest single next score (on `min..=max`) that would bring the result to mastery, or
    /// `None` when no single score would.
    pub fn next_score_for_mastery(
        &self,
        scores: &[f64],
        mastery: f64,
        min: f64,
        max: f64,
    ) -> Option<f64> {
        let reaches = |s: f64| {
            let mut with = scores.to_vec();
            with.push(s);
            self.score(&with, mastery)
                .is_some_and(|r| r >= mastery - 1e-9)
        };
        if !reaches(max) {
            return None;
        }
        if reaches(min) {
            return Some(min);
        }
        // Every method's result rises (or stays) as the new score rises: bisect.
        let (mut low, mut high) = (min, max);
        for _ in 0..60 {
            let mid = (low + high) / 2.0;
            if reaches(mid) { high = mid } else { low = mid }
        }
        // Round up to a hundredth so the stated score really is enough.
        let rounded = (high * 100.0 - 1e-6).ceil() / 100.0;
        Some(if reaches(rounded) { rounded } else { high }.min(max))
    }
}

/// The most common value and how often it appears; ties go to the higher value.
fn mode(scores: &[f64]) -> (f64, usize) {
    let mut best = (f64::MIN, 0);
    for s in scores {
        let count = scores.iter().filter(|t| (*t - s).abs() < 1e-9).count();
        if count > best.1 || (count == best.1 && *s > best.0) {
            best = (*s, count);
        }
    }
    best
}
