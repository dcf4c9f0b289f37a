//! The corpus of bad documents in `tests/fixtures/bad/`: each is refused with the code and the
//! first field path its `index.json` entry expects, and none panics. The browser test
//! `tests/e2e/bad-documents.spec.js` checks the same expectations in the widgets.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::Path;

use learner_model::choice::ChoiceBoardDocument;
use learner_model::progress::ProgressDocument;
use learner_model::{DocumentError, ProfileInput};

fn fixtures() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/bad")
}

fn parse(element: &str, text: &str) -> Option<DocumentError> {
    match element {
        "learner-profile" => ProfileInput::from_json(text).err(),
        "learner-progress" => ProgressDocument::from_json(text).err(),
        "learner-choice-board" => ChoiceBoardDocument::from_json(text).err(),
        other => panic!("unknown element {other}"),
    }
}

#[test]
fn every_bad_document_is_refused_with_the_expected_code_and_path() {
    let index: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixtures().join("index.json")).unwrap())
            .unwrap();
    let cases = index.as_object().unwrap();
    assert!(cases.len() >= 50, "the corpus holds at least 50 documents");
    let mut wrong = Vec::new();
    for (name, expected) in cases {
        let text = std::fs::read_to_string(fixtures().join(format!("{name}.json"))).unwrap();
        let element = expected["element"].as_str().unwrap();
        let Some(error) = parse(element, &text) else {
            wrong.push(format!("{name}: accepted"));
            continue;
        };
        let first = error.first().unwrap();
        let (code, path) = (error.code.as_str(), first.path.as_str());
        if std::env::var_os("PRINT_BAD").is_some() {
            println!("{name}\t{code}\t{first}");
        }
        if expected["code"].as_str() != Some(code) || expected["path"].as_str() != Some(path) {
            wrong.push(format!("{name}: got {code} at \"{path}\" ({first})"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
