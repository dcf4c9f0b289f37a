//! Bad progress documents: every problem named with its path, cycles included; nothing panics.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use learner_model::progress::ProgressDocument;

fn messages(text: &str) -> Vec<String> {
    ProgressDocument::from_json(text)
        .unwrap_err()
        .problems
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn document(competencies: &str, rest: &str) -> String {
    format!(
        r#"{{"schema":"learner-progress/1","learner":{{"id":"x","name":"X"}},
            "framework":{{"title":"F","competencies":[{competencies}]}}{rest}}}"#
    )
}

#[test]
fn unknown_competencies_off_scale_scores_and_bad_dates_are_named() {
    let text = document(
        r#"{"id":"a","statement":"A"}"#,
        r#","evidence":[{"competency":"zz","score":9,"date":"2026-02-30","source":"Quiz"},
                        {"competency":"a","score":2,"date":"2026-02-03","source":" "}],
           "overrides":[{"competency":"a","level":2,"reason":""}],
           "goals":[{"text":"Go","competencies":["q"],"targetDate":"soon"}],
           "pacing":{"start":"2026-09-01","end":"2026-08-01"}"#,
    );
    assert_eq!(
        messages(&text),
        vec![
            "evidence[0].competency: progress.problem.unknown-competency (id zz)",
            "evidence[0].score: progress.problem.off-scale (value 9, min 0, max 4)",
            "evidence[0].date: problem.not-a-date (value 2026-02-30)",
            "evidence[1].source: problem.empty",
            "overrides[0].reason: progress.problem.no-reason",
            "pacing.end: progress.problem.end-not-after-start",
            "goals[0].competencies[0]: progress.problem.unknown-competency (id q)",
            "goals[0].targetDate: problem.not-a-date (value soon)",
        ]
    );
}

#[test]
fn a_prerequisite_cycle_is_named_with_its_path() {
    let text = document(
        r#"{"id":"a","statement":"A","prerequisites":["c"]},
           {"id":"b","statement":"B","prerequisites":["a"]},
           {"id":"c","statement":"C","prerequisites":["b"]}"#,
        "",
    );
    assert_eq!(
        messages(&text),
        [
            "framework.competencies[0].prerequisites: progress.problem.prerequisite-cycle (ids a → c → b → a)"
        ]
    );
}

#[test]
fn missing_parents_self_parents_and_parent_cycles_are_named() {
    let text = document(
        r#"{"id":"a","statement":"A","parent":"nope"},
           {"id":"b","statement":"B","parent":"b"},
           {"id":"c","statement":"C","parent":"d"},
           {"id":"d","statement":"D","parent":"c"}"#,
        "",
    );
    let found = messages(&text);
    assert_eq!(
        found[0],
        "framework.competencies[0].parent: progress.problem.unknown-competency (id nope)"
    );
    assert_eq!(
        found[1],
        "framework.competencies[1].parent: progress.problem.own-parent"
    );
    assert_eq!(
        found[2],
        "framework.competencies[2].parent: progress.problem.parent-cycle (ids c → d → c)"
    );
}

#[test]
fn a_scale_without_mastery_and_unsafe_links_are_refused() {
    let text = document(
        r#"{"id":"a","statement":"A","help":[{"title":"Help","url":"javascript:alert(1)"}],
            "exemplars":[{"title":"","url":"https://example.org"}]}"#,
        r#","scale":{"levels":[{"value":0,"label":"None"},{"value":0,"label":"Some"}]}"#,
    );
    assert_eq!(
        messages(&text),
        vec![
            "scale.levels[1].value: problem.level-not-above-previous (value 0, previous 0)",
            "scale.levels: progress.problem.no-mastery-level",
            "framework.competencies[0].exemplars[0].title: problem.empty",
            "framework.competencies[0].help[0].url: progress.problem.not-web-link (url javascript:alert(1))",
        ]
    );
}

#[test]
fn a_deep_chain_of_prerequisites_is_checked_without_overflow() {
    let chain: Vec<String> = (0..5000)
        .map(|i| {
            let pre = if i == 0 {
                String::new()
            } else {
                format!(r#","prerequisites":["c{}"]"#, i - 1)
            };
            format!(r#"{{"id":"c{i}","statement":"S"{pre}}}"#)
        })
        .collect();
    assert!(ProgressDocument::from_json(&document(&chain.join(","), "")).is_ok());
}
