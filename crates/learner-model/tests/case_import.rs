//! CASE import against the real OpenSALT export, and against broken packages.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use learner_model::case::import_case;
use learner_model::{Problem, ProblemKey};

const OPENSALT: &str =
    include_str!("../../../tests/fixtures/case/what-standards-could-be.case.json");

#[test]
fn the_real_opensalt_export_becomes_a_framework() {
    let import = import_case(OPENSALT).unwrap();
    let framework = &import.framework;
    assert_eq!(framework.title, "What Standards Could Be");
    // The URIs of the CFDocument and each CFItem are kept: credentials align to them.
    assert_eq!(
        framework.uri.as_deref(),
        Some("http://opensalt-staging.opened.com/uri/20c5134f-423d-4097-a971-3dd5152bf507")
    );
    assert!(
        framework
            .competencies
            .iter()
            .all(|c| c.uri.as_deref().is_some_and(learner_model::uri::is_uri))
    );
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
    let note = &import.notes[0];
    assert_eq!(note.key, ProblemKey::CASE_NOTE_OUTSIDE);
    assert_eq!(note.arg("kind"), Some("precedes"));
}

#[test]
fn the_imported_framework_makes_a_valid_progress_document() {
    // Its exemplar links have no titles of their own: the caller names them.
    let framework = import_case(OPENSALT)
        .unwrap()
        .named("Imported framework", "Exemplar")
        .framework;
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
        vec![Problem::new(
            "CFAssociations[2]",
            ProblemKey::CASE_NOTE_NO_WEB_LINK
        )]
    );
}

#[test]
fn malformed_packages_name_the_field() {
    let err = |t: &str| import_case(t).unwrap_err().problems;
    assert_eq!(
        err("not json")[0],
        Problem::new("", ProblemKey::NOT_JSON)
            .with_words("reason", ProblemKey::JSON_EXPECTED_IDENT)
            .with("line", 1)
            .with("column", 2)
    );
    assert_eq!(
        err("[]"),
        [Problem::new("", ProblemKey::CASE_NOT_AN_OBJECT)]
    );
    assert_eq!(
        err("{}"),
        [Problem::new("CFItems", ProblemKey::CASE_NO_ITEMS)]
    );
    assert_eq!(
        err(r#"{"CFItems":[{"fullStatement":"x"}]}"#),
        [Problem::new("CFItems[0].identifier", ProblemKey::MISSING)]
    );
    assert_eq!(
        err(r#"{"CFItems":[{"identifier":"x"}]}"#),
        [Problem::new(
            "CFItems[0].fullStatement",
            ProblemKey::MISSING
        )]
    );
}

/// A package as a CASE server answers `GET /ims/case/v1p1/CFPackages/{id}`: wrapped in `CFPackage`.
#[test]
fn what_the_package_leaves_unnamed_is_named_in_the_callers_words() {
    let text = r#"{"CFDocument":{"identifier":"doc"},
        "CFItems":[{"identifier":"a","fullStatement":"A"}],
        "CFAssociations":[
          {"associationType":"exemplar","originNodeURI":{"identifier":"a"},
           "destinationNodeURI":{"uri":"https://example.org/task","title":"Destination"}},
          {"associationType":"exemplar","originNodeURI":{"identifier":"a"},
           "destinationNodeURI":{"uri":"https://example.org/other","title":"Ratio task"}}]}"#;
    let bare = import_case(text).unwrap();
    assert_eq!(bare.framework.title, "", "the model words nothing");
    let titles = |import: &learner_model::case::CaseImport| -> Vec<String> {
        import.framework.competencies[0]
            .exemplars
            .iter()
            .map(|l| l.title.clone())
            .collect()
    };
    assert_eq!(titles(&bare), ["", "Ratio task"]);
    let named = bare.named("Marco importado", "Ejemplo");
    assert_eq!(named.framework.title, "Marco importado");
    assert_eq!(titles(&named), ["Ejemplo", "Ratio task"]);
}

fn wrapped(package: &str) -> String {
    format!("{{\"CFPackage\": {package}}}")
}

#[test]
fn a_package_from_a_case_server_reads_as_the_file_export_does() {
    let bare = import_case(OPENSALT).unwrap();
    let served = import_case(&wrapped(OPENSALT)).unwrap();
    assert_eq!(served, bare);
    // A problem inside a wrapped package names its path from the answer's root.
    let error = import_case(&wrapped(r#"{"CFItems": [{"fullStatement": "x"}]}"#)).unwrap_err();
    assert_eq!(
        error.first().unwrap().path,
        "CFPackage.CFItems[0].identifier"
    );
    let error = import_case(r#"{"CFPackage": []}"#).unwrap_err();
    assert_eq!(error.first().unwrap().path, "CFPackage");
}

#[test]
fn other_answers_of_a_case_server_say_what_they_are_and_what_to_fetch() {
    let problem = |text: &str| import_case(text).unwrap_err().problems[0].clone();
    let document = problem(r#"{"CFDocument": {"identifier": "d-1", "title": "Grade 6 Math"}}"#);
    assert_eq!(
        document,
        Problem::new("", ProblemKey::CASE_ONE_DOCUMENT_TITLED)
            .with("title", "Grade 6 Math")
            .with("request", "GET /ims/case/v1p1/CFPackages/d-1")
    );
    let item = problem(
        r#"{"CFItem": {"identifier": "i-9", "humanCodingScheme": "6.RP.A.1", "CFDocumentURI": {"identifier": "d-1", "uri": "u", "title": "t"}}}"#,
    );
    assert_eq!(
        item,
        Problem::new("", ProblemKey::CASE_ONE_ITEM_CODED)
            .with("code", "6.RP.A.1")
            .with("request", "GET /ims/case/v1p1/CFPackages/d-1")
    );
    let list = problem(
        r#"{"CFDocuments": [{"identifier": "d-1", "title": "Math"}, {"identifier": "d-2", "title": "ELA"}]}"#,
    );
    assert_eq!(list.key, ProblemKey::CASE_DOCUMENT_LIST_SUCH_AS);
    assert_eq!(list.arg("count"), Some("2"));
    assert_eq!(list.arg("examples"), Some("\"Math\" (d-1), \"ELA\" (d-2)"));
    let error = problem(
        r#"{"imsx_codeMajor": "failure", "imsx_severity": "error", "imsx_description": "Unknown sourcedId", "imsx_CodeMinor": {"imsx_codeMinorField": [{"imsx_codeMinorFieldName": "sourcedId", "imsx_codeMinorFieldValue": "unknownobject"}]}}"#,
    );
    assert_eq!(error.key, ProblemKey::CASE_ERROR_ANSWER_SAYING);
    assert_eq!(error.arg("said"), Some("Unknown sourcedId"));
    assert_eq!(error.arg("major"), Some("failure"));
    let wrapped_error = problem(
        r#"{"imsx_StatusInfo": {"imsx_codeMajor": "failure", "imsx_description": "Forbidden"}}"#,
    );
    assert_eq!(wrapped_error.arg("said"), Some("Forbidden"));
    // Anything else without items is still told what a package lists.
    let other = import_case(r#"{"hello": 1}"#).unwrap_err();
    assert_eq!(other.first().unwrap().path, "CFItems");
}

/// Real packages by three more publishers (`tests/fixtures/case/README.md` says where each is from),
/// each with its title, its number of items, and one item's code and parent's code.
const PUBLISHERS: [(&str, &str, usize); 3] = [
    (
        include_str!("../../../tests/fixtures/case/act-holistic-math.case.json"),
        "ACT Holistic Framework, Math",
        18,
    ),
    (
        include_str!("../../../tests/fixtures/case/ngss-kindergarten.case.json"),
        "Next Generation Science Standards",
        21,
    ),
    (
        include_str!("../../../tests/fixtures/case/ccss-math-grade3-oa.case.json"),
        "Common Core State Standards for Math",
        16,
    ),
];

#[test]
fn real_packages_of_three_more_publishers_import_bare_and_as_served() {
    for (text, title, items) in PUBLISHERS {
        let bare = import_case(text).unwrap();
        assert_eq!(bare.framework.title, title);
        assert_eq!(bare.framework.competencies.len(), items, "{title}");
        // The trimmed subtrees hold: every item but the top ones has a parent in the framework.
        let ids: Vec<&str> = bare
            .framework
            .competencies
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        let tops = bare
            .framework
            .competencies
            .iter()
            .filter(|c| c.parent.is_none())
            .count();
        assert_eq!(tops, 1, "{title}: one top-level domain");
        for c in &bare.framework.competencies {
            if let Some(parent) = &c.parent {
                assert!(
                    ids.contains(&parent.as_str()),
                    "{title}: {} has a parent outside",
                    c.id
                );
            }
        }
        assert!(bare.notes.is_empty(), "{title}: {:?}", bare.notes);
        assert_eq!(import_case(&wrapped(text)).unwrap(), bare, "{title}");
    }
    let act = import_case(PUBLISHERS[0].0).unwrap();
    let leaf = act
        .framework
        .competencies
        .iter()
        .find(|c| c.code.as_deref() == Some("H.A.MATH.GM.PF.2DFP.L1.9"))
        .unwrap();
    let parent = act
        .framework
        .competencies
        .iter()
        .find(|c| Some(&c.id) == leaf.parent.as_ref())
        .unwrap();
    assert_eq!(parent.code.as_deref(), Some("H.A.MATH.GM.PF.2DFP.L1"));
}
