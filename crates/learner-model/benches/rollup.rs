//! Mastery rollups for a class of 150 learners × 60 competencies × 20 scores (153,040 scores, the
//! class of the browser benchmarks): the class API the heatmap uses (`ClassGrid::of`), the
//! single-learner API (`standing` on every competency of every learner), and, for comparison,
//! reading and checking the class's JSON, with two of its steps apart. `cargo xtask bench` runs this and puts the medians in
//! BENCHMARKS.md (from target/criterion/*/new/estimates.json).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[path = "../tests/support/big_class.rs"]
mod big_class;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use learner_model::progress::{ClassGrid, ClassProgressDocument, ProgressDocument, standing};

fn rollups(c: &mut Criterion) {
    let json = big_class::big_class_json(150, 60, 20);
    let class = ClassProgressDocument::from_json(&json).unwrap();
    let learners: Vec<ProgressDocument> = class
        .learners
        .iter()
        .map(|record| ProgressDocument {
            schema: ProgressDocument::SCHEMA.into(),
            learner: record.learner.clone(),
            framework: class.framework.clone(),
            scale: class.scale.clone(),
            evidence: record.evidence.clone(),
            overrides: record.overrides.clone(),
            pacing: None,
            goals: Vec::new(),
        })
        .collect();

    let mut group = c.benchmark_group("rollup");
    group.bench_function("class_grid", |b| {
        b.iter(|| ClassGrid::of(black_box(&class)))
    });
    group.bench_function("standing_per_learner", |b| {
        b.iter(|| {
            black_box(&learners)
                .iter()
                .map(|doc| {
                    doc.framework
                        .competencies
                        .iter()
                        .filter(|c| {
                            standing(doc, c).status == learner_model::progress::Status::Mastered
                        })
                        .count()
                })
                .sum::<usize>()
        })
    });
    group.finish();

    // Where reading the class goes: the whole of `from_json`, then two of its steps apart (the
    // rest is the checks of every field).
    let mut group = c.benchmark_group("parse");
    group.sample_size(10);
    group.bench_function("class_from_json", |b| {
        b.iter(|| ClassProgressDocument::from_json(black_box(&json)).unwrap())
    });
    group.bench_function("json_value", |b| {
        b.iter(|| serde_json::from_str::<serde_json::Value>(black_box(&json)).unwrap())
    });
    group.bench_function("serde_typed", |b| {
        b.iter(|| serde_json::from_str::<ClassProgressDocument>(black_box(&json)).unwrap())
    });
    group.finish();
}

criterion_group!(benches, rollups);
criterion_main!(benches);
