//! The progress index answers as the document's own scans did, and in time that grows with the
//! framework, not with its square: checked against the scanning layering it replaced, on random
//! frameworks with domains, unknown prerequisites and cycles, and timed at 1,000 and 8,000
//! competencies.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::time::{Duration, Instant};

use learner_model::parse_document;
use learner_model::progress::{
    Competency, ProgressDocument, ProgressIndex, Status, history, prerequisite_layers, standing,
};
use proptest::prelude::*;

/// The layering as the document computed it before the index: round after round, the leaves
/// whose prerequisites are all placed; what is never ready goes in a last layer.
fn layers_by_scanning(doc: &ProgressDocument) -> Vec<Vec<String>> {
    let leaves: Vec<&Competency> = doc
        .framework
        .competencies
        .iter()
        .filter(|c| doc.is_leaf(&c.id))
        .collect();
    let mut placed: Vec<&str> = Vec::new();
    let mut layers = Vec::new();
    let mut left = leaves;
    while !left.is_empty() {
        let (ready, waiting): (Vec<&Competency>, Vec<&Competency>) =
            left.into_iter().partition(|c| {
                c.prerequisites.iter().all(|p| {
                    placed.contains(&p.as_str())
                        || doc
                            .leaves_under(p)
                            .iter()
                            .all(|l| placed.contains(&l.id.as_str()))
                })
            });
        if ready.is_empty() {
            layers.push(waiting.iter().map(|c| c.id.clone()).collect());
            break;
        }
        placed.extend(ready.iter().map(|c| c.id.as_str()));
        layers.push(ready.iter().map(|c| c.id.clone()).collect());
        left = waiting;
    }
    layers
}

fn ids(layers: Vec<Vec<&Competency>>) -> Vec<Vec<String>> {
    layers
        .into_iter()
        .map(|layer| layer.into_iter().map(|c| c.id.clone()).collect())
        .collect()
}

/// A framework of `n` competencies: some domains (parents), prerequisites among any of them,
/// including unknown ids and cycles.
fn framework(
    n: usize,
    parents: &[Option<usize>],
    prerequisites: &[Vec<usize>],
    evidence: &[(usize, u8, u8)],
) -> ProgressDocument {
    let competencies: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            let mut c = serde_json::json!({ "id": format!("c{i}"), "statement": format!("C {i}") });
            if let Some(Some(p)) = parents.get(i) {
                c["parent"] = format!("c{}", p % n).into();
            }
            let pre: Vec<String> = prerequisites
                .get(i)
                .into_iter()
                .flatten()
                .map(|p| {
                    if p % 7 == 6 {
                        format!("unknown{p}")
                    } else {
                        format!("c{}", p % n)
                    }
                })
                .collect();
            if !pre.is_empty() {
                c["prerequisites"] = pre.into();
            }
            c
        })
        .collect();
    let evidence: Vec<serde_json::Value> = evidence
        .iter()
        .map(|(c, score, day)| {
            serde_json::json!({
                "competency": format!("c{}", c % n),
                "score": score % 5,
                "source": "quiz",
                "date": format!("2026-10-{:02}", 1 + day % 28),
            })
        })
        .collect();
    serde_json::from_value(serde_json::json!({
        "schema": "learner-progress/1",
        "learner": { "id": "l", "name": "L" },
        "framework": { "title": "F", "competencies": competencies },
        "evidence": evidence,
    }))
    .expect("a framework")
}

proptest! {
    #[test]
    fn layers_are_those_the_scan_found(
        n in 1usize..24,
        parents in proptest::collection::vec(proptest::option::weighted(0.25, 0usize..24), 24),
        prerequisites in proptest::collection::vec(proptest::collection::vec(0usize..24, 0..3), 24),
        evidence in proptest::collection::vec((0usize..24, 0u8..5, 0u8..28), 0..30),
    ) {
        let doc = framework(n, &parents, &prerequisites, &evidence);
        prop_assert_eq!(ids(prerequisite_layers(&doc)), layers_by_scanning(&doc));
        let index = ProgressIndex::new(&doc);
        for c in &doc.framework.competencies {
            prop_assert_eq!(index.is_leaf(&c.id), doc.is_leaf(&c.id));
            let under = |v: Vec<&Competency>| v.into_iter().map(|c| c.id.clone()).collect::<Vec<_>>();
            prop_assert_eq!(under(index.leaves_under(&c.id)), under(doc.leaves_under(&c.id)));
            let leaves = doc.leaves_under(&c.id);
            let mastered = leaves.iter().filter(|l| standing(&doc, l).status == Status::Mastered).count();
            let rollup = index.rollup(&c.id);
            prop_assert_eq!((rollup.mastered, rollup.total), (mastered, leaves.len()));
            prop_assert_eq!(index.history(c), history(&doc, c));
            prop_assert_eq!(index.standing(c), standing(&doc, c));
        }
        // The scan next_steps replaced: leaves not mastered whose prerequisites all are.
        let scanned: Vec<&Competency> = doc.framework.competencies.iter()
            .filter(|c| doc.is_leaf(&c.id))
            .filter(|c| standing(&doc, c).status != Status::Mastered)
            .filter(|c| c.prerequisites.iter().all(|p| {
                let leaves = doc.leaves_under(p);
                !leaves.is_empty() && leaves.iter().all(|l| standing(&doc, l).status == Status::Mastered)
            }))
            .collect();
        prop_assert_eq!(index.next_steps(), scanned);
    }
}

/// A chain-heavy framework: 50 domains of `n / 50`, each leaf after the one before it.
fn big(n: usize) -> ProgressDocument {
    let mut competencies = Vec::new();
    for d in 0..n / 50 {
        competencies.push(format!(r#"{{"id":"d{d}","statement":"Domain {d}"}}"#));
    }
    for i in 0..n {
        let pre = if i % 50 == 0 {
            String::new()
        } else {
            format!(r#","prerequisites":["c{}"]"#, i - 1)
        };
        competencies.push(format!(
            r#"{{"id":"c{i}","code":"C.{i}","statement":"Competency {i}","parent":"d{}"{pre}}}"#,
            i / 50
        ));
    }
    let evidence: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"competency":"c{i}","score":3,"source":"quiz","date":"2026-10-0{}"}}"#,
                1 + i % 9
            )
        })
        .collect();
    parse_document(&format!(
        r#"{{"schema":"learner-progress/1","learner":{{"id":"l","name":"L"}},"framework":{{"title":"F","competencies":[{}]}},"evidence":[{}]}}"#,
        competencies.join(","),
        evidence.join(",")
    ))
    .expect("a valid document")
}

/// What the map view asks: the layers, and where each competency stands.
fn map_questions(doc: &ProgressDocument) -> Duration {
    let start = Instant::now();
    let index = ProgressIndex::new(doc);
    let layers = index.prerequisite_layers();
    let standings = layers
        .iter()
        .flatten()
        .filter(|c| index.standing(c).score.is_some())
        .count();
    assert_eq!(standings, layers.iter().map(Vec::len).sum::<usize>());
    let _ = index.next_steps();
    start.elapsed()
}

#[test]
fn the_map_views_questions_grow_with_the_framework_not_its_square() {
    // The large one is near the 5,000 competencies a document may hold.
    let (small, large) = (big(600), big(4_800));
    // The best of three, against a noisy machine.
    let best =
        |doc: &ProgressDocument| (0..3).map(|_| map_questions(doc)).min().unwrap_or_default();
    let (small, large) = (best(&small), best(&large));
    // Eight times the competencies: about 8 times the time (n log n), where the scans took 64.
    let ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-6);
    assert!(
        ratio < 24.0,
        "600 took {small:?}, 4,800 took {large:?}: {ratio:.1}x"
    );
}
