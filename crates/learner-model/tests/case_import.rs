//! CASE import against the real OpenSALT export, and against broken packages.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use learner_model::case::import_case;

const OPENSALT: &str =
    include_str!("../../../tests/fixtures/case/what-standards-could-be.case.json");

#[test]
fn the_real_opensalt_export_becomes_a_framework() {
    let import = import_case(OPENSALT).unwrap();
    let framework = &import.framework;
    assert_eq!(framework.title, "What Standards Could Be");
    assert_eq!(framework.competencies.len(), 16);
    let by_code = |code: &str| {
        framework
            .competencies
            .iter()
            .find(|c| c.code.as_deref() == Some(code))
            .unwrap()
    };
    let cluster = by_code("CCSS.Math.Content.6.RP.A");
    assert_eq!(
        cluster.parent, None,
        "a child of the document is a top-level domain"
    );
    assert_eq!(
        cluster.statement,
        "Understand ratio concepts and use ratio reasoning to solve problems."
    );
    let a3b = by_code("CCSS.Math.Content.6.RP.A.3b");
    assert_eq!(
        a3b.parent.as_deref(),
        Some(by_code("CCSS.Math.Content.6.RP.A.3").id.as_str())
    );
    // precedes: 6.RP.A.1 before 6.RP.A.2, and 6.RP.A.3 before 7.RP.A.3.
    assert_eq!(
        by_code("CCSS.Math.Content.6.RP.A.2").prerequisites,
        vec![by_code("CCSS.Math.Content.6.RP.A.1").id.clone()]
    );
    assert_eq!(
        by_code("CCSS.Math.Content.7.RP.A.3").prerequisites,
        vec![by_code("CCSS.Math.Content.6.RP.A.3").id.clone()]
    );
    // exemplar: the editor's wrapper is removed to leave the real address.
    assert_eq!(
        cluster.exemplars[0].url,
        "https://www.illustrativemathematics.org/content-standards/6/RP/A/1/tasks/1181"
    );
    assert_eq!(by_code("CCSS.Math.Content.7.RP.A.2").exemplars.len(), 1);
    // The one precedes pointing outside the package is noted, not fatal.
    assert_eq!(import.notes.len(), 1, "{:?}", import.notes);
    assert!(import.notes[0].contains("precedes points outside the package"));
}

#[test]
fn the_imported_framework_makes_a_valid_progress_document() {
    let framework = import_case(OPENSALT).unwrap().framework;
    let doc = learner_model::progress::ProgressDocument {
        schema: "learner-progress/1".into(),
        learner: learner_model::Learner {
            id: "x".into(),
            name: "X".into(),
        },
        framework,
        scale: None,
        evidence: vec![],
        overrides: vec![],
        pacing: None,
        goals: vec![],
    };
    let text = doc.to_json();
    assert!(learner_model::progress::ProgressDocument::from_json(&text).is_ok());
    let roots: Vec<_> = doc
        .framework
        .competencies
        .iter()
        .filter(|c| c.parent.is_none())
        .collect();
    assert_eq!(roots.len(), 2);
}

#[test]
fn tolerated_spellings_and_bare_uris() {
    let text = r#"{"cfDocument":{"identifier":"doc","title":"T"},
        "cfItems":[{"identifier":"a","abbreviatedStatement":"A"},{"identifier":"b","fullStatement":"B"}],
        "cfAssociations":[
          {"associationType":"isChildOf","originNodeURI":"https://x.org/uri/b","destinationNodeURI":"https://x.org/uri/a"},
          {"associationType":"precedes","originNodeURI":{"uri":"https://x.org/uri/a"},"destinationNodeURI":{"identifier":"b"}},
          {"associationType":"exemplar","originNodeURI":{"identifier":"a"},"destinationNodeURI":{"uri":"javascript:alert(1)"}}]}"#;
    let import = import_case(text).unwrap();
    let b = &import.framework.competencies[1];
    assert_eq!(b.parent.as_deref(), Some("a"));
    assert_eq!(b.prerequisites, vec!["a"]);
    assert!(
        import.framework.competencies[0].exemplars.is_empty(),
        "no javascript: links"
    );
    assert_eq!(
        import.notes,
        vec!["CFAssociations[2]: exemplar without a web link; skipped"]
    );
}

#[test]
fn malformed_packages_name_the_field() {
    let err = |t: &str| import_case(t).unwrap_err().to_string();
    assert!(err("not json").starts_with("the text is not valid JSON"));
    assert_eq!(err("[]"), "expected a CASE package (a JSON object)");
    assert_eq!(
        err("{}"),
        "CFItems: missing; a CASE package lists its items in CFItems"
    );
    assert_eq!(
        err(r#"{"CFItems":[{"fullStatement":"x"}]}"#),
        "CFItems[0].identifier: missing"
    );
    assert_eq!(
        err(r#"{"CFItems":[{"identifier":"x"}]}"#),
        "CFItems[0].fullStatement: missing"
    );
}
