//! A class of learners × competencies × scores, the same every run: the class that
//! `tests/bench/pages/data.js` builds for the browser benchmarks (`bigClass`), with the same
//! generator, so the native and browser figures are on the same 180,000 scores. Shared by
//! `tests/rollup_bound.rs` and `benches/rollup.rs` (through `#[path]`).

/// An LCG mod 2^31, exact in both Rust and JS (`generator` in data.js): a number in [0, 1).
pub struct Generator(u32);

impl Generator {
    pub fn new(seed: u32) -> Self {
        Generator(seed)
    }

    pub fn random(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(1_103_515_245).wrapping_add(12345) & 0x7fff_ffff;
        f64::from(self.0) / 2_147_483_648.0
    }
}

/// The class as `learner-progress-class/1` JSON text: each learner has `per_cell` scores (0 to 4)
/// on about 85% of the competencies and none on the rest.
pub fn big_class_json(learners: usize, competencies: usize, per_cell: usize) -> String {
    let mut random = Generator::new(42);
    let framework_competencies: Vec<serde_json::Value> = (0..competencies)
        .map(|c| {
            serde_json::json!({
                "id": format!("c{c}"),
                "code": format!("M.{}.{}", c / 10 + 1, c % 10 + 1),
                "statement": format!("Competency {}", c + 1),
            })
        })
        .collect();
    let days: Vec<String> = (0..per_cell)
        .map(|k| format!("2026-{:02}-{:02}", 9 + k / 28, k % 28 + 1))
        .collect();
    let records: Vec<serde_json::Value> = (0..learners)
        .map(|l| {
            let mut evidence = Vec::new();
            for c in 0..competencies {
                if random.random() < 0.15 {
                    continue;
                }
                for date in &days {
                    evidence.push(serde_json::json!({
                        "competency": format!("c{c}"),
                        "score": (random.random() * 5.0).floor(),
                        "date": date,
                        "source": "Task",
                    }));
                }
            }
            serde_json::json!({
                "learner": { "id": format!("s{l}"), "name": format!("Learner {}", l + 1) },
                "evidence": evidence,
            })
        })
        .collect();
    let rest = serde_json::json!({
        "title": "Year 7, all sets",
        "framework": { "title": "A year of mathematics", "competencies": framework_competencies },
        "learners": records,
    })
    .to_string();
    // `schema` first, as in the browser's text (JSON.stringify keeps data.js's order; serde_json's
    // map sorts keys): a document that begins with it has its type read without a pass over it.
    format!(
        "{{\"schema\":\"learner-progress-class/1\",{}",
        rest.strip_prefix('{').unwrap_or(&rest)
    )
}
