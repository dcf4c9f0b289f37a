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
            "evidence[0].competency: no competency has the id \"zz\"",
            "evidence[0].score: 9 is off the scale 0–4",
            "evidence[0].date: \"2026-02-30\" is not a date written YYYY-MM-DD",
            "evidence[1].source: must not be empty",
            "overrides[0].reason: must give a reason",
            "pacing.end: must be after pacing.start",
            "goals[0].competencies[0]: no competency has the id \"q\"",
            "goals[0].targetDate: \"soon\" is not a date written YYYY-MM-DD",
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
    let found = messages(&text);
    assert_eq!(found.len(), 1);
    assert!(found[0].starts_with("framework.competencies["), "{found:?}");
    assert!(
        found[0].contains("prerequisites go round in a cycle: "),
        "{found:?}"
    );
    for id in ["a", "b", "c"] {
        assert!(found[0].contains(id));
    }
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
        "framework.competencies[0].parent: no competency has the id \"nope\""
    );
    assert_eq!(
        found[1],
        "framework.competencies[1].parent: a competency cannot be its own parent"
    );
    assert!(
        found[2].contains("parents go round in a cycle: c → d → c")
            || found[2].contains("d → c → d"),
        "{found:?}"
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
            "scale.levels[1].value: 0 must be above the level before it (0)",
            "scale.levels: no level is marked \"mastery\": true",
            "framework.competencies[0].exemplars[0].title: must not be empty",
            "framework.competencies[0].help[0].url: \"javascript:alert(1)\" must be an http or https link",
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
