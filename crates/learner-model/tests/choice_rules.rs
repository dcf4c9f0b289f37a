//! Property tests of the rule engine against a naive checker written here from the rules' words:
//! what `evaluate` calls complete meets every rule, the distance is the true fewest further picks,
//! following the helpful picks reaches completion, and `satisfiable` agrees with brute force and
//! stays fast on boards of 100 cells.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::time::{Duration, Instant};

use learner_model::choice::{
    Activity, ChoiceBoardDocument, Layout, Rule, Section, evaluate, satisfiable,
};
use proptest::prelude::*;

/// Every way of picking `k` cells in a line of a rows × columns grid, as cell lists.
fn lines(rows: usize, columns: usize, k: usize) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    let at = |r: usize, c: usize| r * columns + c;
    for r in 0..rows {
        for c in 0..columns {
            let mut push = |dr: i64, dc: i64| {
                let cells: Vec<Option<usize>> = (0..k as i64)
                    .map(|i| {
                        let (rr, cc) = (r as i64 + dr * i, c as i64 + dc * i);
                        (rr >= 0 && cc >= 0 && (rr as usize) < rows && (cc as usize) < columns)
                            .then(|| at(rr as usize, cc as usize))
                    })
                    .collect();
                if cells.iter().all(Option::is_some) {
                    out.push(cells.into_iter().map(Option::unwrap).collect());
                }
            };
            push(0, 1);
            push(1, 0);
            push(1, 1);
            push(1, -1);
        }
    }
    out
}

/// The rules, read literally.
fn naive_ok(board: &ChoiceBoardDocument, picked: &[bool]) -> bool {
    let n = board.activities.len();
    let chosen: Vec<usize> = (0..n).filter(|i| picked[*i]).collect();
    let points: f64 = chosen
        .iter()
        .map(|i| board.activities[*i].points.unwrap_or(0.0))
        .sum();
    if board
        .activities
        .iter()
        .enumerate()
        .any(|(i, a)| a.required && !picked[i])
    {
        return false;
    }
    let grid = board.grid().map(|(r, c)| (r as usize, c as usize));
    let centre = grid.and_then(|(r, c)| {
        (r % 2 == 1 && c % 2 == 1 && board.rules.contains(&Rule::FreeCentre))
            .then_some((r / 2) * c + c / 2)
    });
    board.rules.iter().all(|rule| match rule {
        Rule::Line { length } => {
            let (r, c) = grid.unwrap();
            lines(r, c, *length as usize)
                .iter()
                .any(|l| l.iter().all(|i| picked[*i] || Some(*i) == centre))
        }
        Rule::FreeCentre | Rule::Approval => true,
        Rule::Picks { min, max } => {
            let k = chosen.len() as u32;
            min.is_none_or(|m| k >= m) && max.is_none_or(|m| k <= m)
        }
        Rule::Points { min, max, exact } => {
            min.is_none_or(|m| points >= m - 1e-9)
                && max.is_none_or(|m| points <= m + 1e-9)
                && exact.is_none_or(|e| (points - e).abs() < 1e-9)
        }
        Rule::Section { section, min, max } => {
            let k = chosen
                .iter()
                .filter(|i| board.activities[**i].section.as_deref() == Some(section))
                .count() as u32;
            min.is_none_or(|m| k >= m) && max.is_none_or(|m| k <= m)
        }
        Rule::OnePerRow | Rule::OnePerColumn => {
            let (_, c) = grid.unwrap();
            let of = |i: usize| {
                if *rule == Rule::OnePerRow {
                    i / c
                } else {
                    i % c
                }
            };
            let mut seen = std::collections::HashSet::new();
            chosen.iter().all(|i| seen.insert(of(*i)))
        }
    })
}

fn brute_force(board: &ChoiceBoardDocument) -> Vec<Vec<bool>> {
    let n = board.activities.len();
    (0u32..1 << n)
        .map(|mask| (0..n).map(|i| mask >> i & 1 == 1).collect::<Vec<bool>>())
        .filter(|p| naive_ok(board, p))
        .collect()
}

fn ids(board: &ChoiceBoardDocument, picked: &[bool]) -> Vec<String> {
    (0..picked.len())
        .filter(|i| picked[*i])
        .map(|i| board.activities[i].id.clone())
        .collect()
}

fn as_refs(ids: &[String]) -> Vec<&str> {
    ids.iter().map(String::as_str).collect()
}

/// A random board of up to `max_cells` cells with rules that make sense for its layout.
fn board(max_cells: usize) -> impl Strategy<Value = ChoiceBoardDocument> {
    board_in(1..=max_cells.min(10), 1..=10, max_cells)
}

fn board_in(
    rows: std::ops::RangeInclusive<usize>,
    columns: std::ops::RangeInclusive<usize>,
    max_cells: usize,
) -> impl Strategy<Value = ChoiceBoardDocument> {
    let shape = (rows, columns)
        .prop_filter("fits", move |(r, c)| r * c <= max_cells)
        .prop_flat_map(|(r, c)| (Just(r), Just(c), any::<bool>()));
    shape.prop_flat_map(move |(rows, columns, is_grid)| {
        let n = rows * columns;
        let activity = (
            0u32..=6,
            prop::option::of(0usize..3),
            prop::bool::weighted(0.08),
        );
        let rule = prop_oneof![
            (1u32..=rows.max(columns) as u32).prop_map(|length| Rule::Line { length }),
            Just(Rule::FreeCentre),
            (prop::option::of(0u32..=4), prop::option::of(0u32..=6))
                .prop_map(|(min, max)| Rule::Picks { min, max }),
            (0u32..=12, 0u32..=3).prop_map(|(v, which)| {
                let v = Some(f64::from(v * 10));
                match which {
                    0 => Rule::Points {
                        min: v,
                        max: None,
                        exact: None,
                    },
                    1 => Rule::Points {
                        min: None,
                        max: v,
                        exact: None,
                    },
                    _ => Rule::Points {
                        min: None,
                        max: None,
                        exact: v,
                    },
                }
            }),
            (
                0usize..3,
                prop::option::of(0u32..=2),
                prop::option::of(0u32..=3)
            )
                .prop_map(|(s, min, max)| Rule::Section {
                    section: format!("s{s}"),
                    min,
                    max
                }),
            Just(Rule::OnePerRow),
            Just(Rule::OnePerColumn),
        ];
        (
            prop::collection::vec(activity, n),
            prop::collection::vec(rule, 0..4),
        )
            .prop_map(move |(cells, rules)| {
                let grid = is_grid || rules.iter().any(|r| matches!(r, Rule::Line { .. }));
                let rules: Vec<Rule> = rules
                    .into_iter()
                    .filter(|r| {
                        grid || !matches!(
                            r,
                            Rule::Line { .. }
                                | Rule::FreeCentre
                                | Rule::OnePerRow
                                | Rule::OnePerColumn
                        )
                    })
                    .filter(|r| *r != Rule::FreeCentre || (rows % 2 == 1 && columns % 2 == 1))
                    .collect();
                ChoiceBoardDocument {
                    schema: "learner-choice-board/1".into(),
                    title: "Random".into(),
                    instructions: None,
                    learner: None,
                    layout: if grid {
                        Layout::Grid {
                            rows: rows as u32,
                            columns: columns as u32,
                        }
                    } else {
                        Layout::List
                    },
                    sections: (0..3)
                        .map(|s| Section {
                            id: format!("s{s}"),
                            title: format!("Section {s}"),
                            description: None,
                        })
                        .collect(),
                    activities: cells
                        .into_iter()
                        .enumerate()
                        .map(|(i, (points, section, required))| Activity {
                            points: Some(f64::from(points * 10)),
                            section: section.map(|s| format!("s{s}")),
                            required,
                            ..Activity::new(format!("a{i}"), format!("Activity {i}"))
                        })
                        .collect(),
                    rules,
                    selections: Vec::new(),
                    proposals: Vec::new(),
                }
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn satisfiable_agrees_with_brute_force(board in board(12)) {
        let all = brute_force(&board);
        let answer = satisfiable(&board).unwrap();
        prop_assert_eq!(answer.is_some(), !all.is_empty(), "{:?}", board.rules);
        if let Some(witness) = answer {
            let picked: Vec<bool> = board.activities.iter().map(|a| witness.contains(&a.id)).collect();
            prop_assert!(naive_ok(&board, &picked));
        }
    }

    #[test]
    fn complete_means_every_rule_is_met_and_distance_is_exact(
        board in board(12),
        picks in prop::collection::vec(any::<bool>(), 12),
    ) {
        let n = board.activities.len();
        let picked: Vec<bool> = picks[..n].to_vec();
        let names = ids(&board, &picked);
        let report = evaluate(&board, &as_refs(&names));
        prop_assert_eq!(report.complete, naive_ok(&board, &picked));
        // The true distance: the fewest extra picks of any completion containing these picks.
        let completions = brute_force(&board);
        let extra = completions
            .iter()
            .filter(|s| (0..n).all(|i| !picked[i] || s[i]))
            .map(|s| (0..n).filter(|i| s[*i] && !picked[*i]).count() as u32)
            .min();
        prop_assert_eq!(report.distance, extra, "{:?}", report);
        if let Some(d) = extra {
            // Helpful: exactly the cells in some nearest completion.
            let expected: Vec<String> = (0..n)
                .filter(|c| !picked[*c] && completions.iter().any(|s| {
                    s[*c] && (0..n).all(|i| !picked[i] || s[i])
                        && (0..n).filter(|i| s[*i] && !picked[*i]).count() as u32 == d
                }))
                .map(|c| board.activities[c].id.clone())
                .collect();
            prop_assert_eq!(&report.helpful, &expected);
        } else {
            // Removing any listed pick opens a way again.
            for r in &report.remove {
                let without: Vec<&str> = names.iter().map(String::as_str).filter(|x| x != r).collect();
                prop_assert!(evaluate(&board, &without).distance.is_some());
            }
        }
    }

    #[test]
    fn following_the_guidance_reaches_completion(
        board in board(16),
        choices in prop::collection::vec(any::<prop::sample::Index>(), 17),
    ) {
        let mut picked: Vec<String> = Vec::new();
        let mut report = evaluate(&board, &[]);
        let reachable = satisfiable(&board).unwrap().is_some();
        prop_assert_eq!(report.distance.is_some(), reachable);
        let mut step = 0;
        while !report.complete {
            let Some(d) = report.distance else { break };
            prop_assert!(d > 0);
            prop_assert!(!report.helpful.is_empty(), "stuck at distance {}", d);
            let next = choices[step].get(&report.helpful).clone();
            picked.push(next);
            step += 1;
            let after = evaluate(&board, &as_refs(&picked));
            prop_assert_eq!(after.distance, Some(d - 1));
            report = after;
        }
        prop_assert_eq!(report.complete, reachable);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn satisfiable_agrees_with_brute_force_up_to_16_cells(board in board(16)) {
        let answer = satisfiable(&board).unwrap();
        prop_assert_eq!(answer.is_some(), !brute_force(&board).is_empty());
    }

    #[test]
    fn boards_of_100_cells_are_decided_fast_with_a_valid_witness(board in board_in(10..=10, 10..=10, 100)) {
        let start = Instant::now();
        let answer = satisfiable(&board);
        let took = start.elapsed();
        // Debug build; the release build is several times faster.
        prop_assert!(took < Duration::from_millis(500), "{took:?} for {:?}", board.rules);
        if let Ok(Some(witness)) = &answer {
            let picked: Vec<bool> = board.activities.iter().map(|a| witness.contains(&a.id)).collect();
            prop_assert!(naive_ok(&board, &picked));
        }
        let start = Instant::now();
        let report = evaluate(&board, &[]);
        prop_assert!(start.elapsed() < Duration::from_secs(3), "{:?}", board.rules);
        prop_assert_eq!(report.distance.is_some(), matches!(answer, Ok(Some(_))));
    }
}
