//! The tables are complete where they promise to be, and every key the code uses exists.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::{BTreeMap, BTreeSet};

use super::*;

/// The tables as translators write them; `build.rs` compiles English's into `KEYS` and `ENGLISH`,
/// and the others reach a page as words files, added with `add_language`.
const SOURCES: [(&str, &str); 3] = [
    ("en", include_str!("en.txt")),
    ("es", include_str!("es.txt")),
    ("ar", include_str!("ar.txt")),
];

/// Which keys each shipped language promises, by prefix: all of them, in all three.
const PROMISES: [(&str, &[&str]); 3] = [("en", &[""]), ("es", &[""]), ("ar", &[""])];

/// Plural forms each language needs (CLDR), for keys that have plural forms in English.
const PLURAL_FORMS: [(&str, &[&str]); 3] = [
    ("en", &["one", "other"]),
    ("es", &["one", "many", "other"]),
    ("ar", &["zero", "one", "two", "few", "many", "other"]),
];
const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// A shipped table as `(key, text)` pairs.
fn table(code: &str) -> BTreeMap<&'static str, &'static str> {
    let (_, source) = SOURCES.iter().find(|(c, _)| *c == code).unwrap();
    table_lines::table_lines(source).collect()
}

/// Adds Spanish and Arabic to this test thread, as the loader does on a page in those languages.
fn add_other_languages() {
    for (code, source) in &SOURCES[1..] {
        add_language(code, source);
    }
}

/// `key.one` → (`key`, Some("one")); `key` → (`key`, None).
fn split_plural(key: &str) -> (&str, Option<&str>) {
    match key.rsplit_once('.') {
        Some((base, last)) if CATEGORIES.contains(&last) => (base, Some(last)),
        _ => (key, None),
    }
}

fn placeholders(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(end) => {
                out.insert(after[..end].to_string());
                rest = &after[end + 1..];
            }
            None => break,
        }
    }
    out
}

#[test]
fn every_line_of_every_table_is_a_key_and_a_text_and_no_key_is_repeated() {
    for (code, source) in SOURCES {
        let mut seen = BTreeSet::new();
        for (number, line) in source.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (key, text) = line
                .split_once(" = ")
                .unwrap_or_else(|| panic!("{code}.txt line {}: no ' = ' in {line:?}", number + 1));
            assert!(
                !text.trim().is_empty(),
                "{code}.txt line {}: empty text",
                number + 1
            );
            assert!(seen.insert(key.trim()), "{code}.txt: {key} twice");
        }
    }
}

#[test]
fn a_shipped_locale_misses_no_string_it_promises_and_keeps_every_placeholder() {
    let english = table("en");
    let english_bases: BTreeSet<&str> = english.keys().map(|k| split_plural(k).0).collect();
    for (code, prefixes) in PROMISES {
        let this = table(code);
        let forms = PLURAL_FORMS.iter().find(|(c, _)| *c == code).unwrap().1;
        let mut missing = Vec::new();
        for base in &english_bases {
            if !prefixes.iter().any(|p| base.starts_with(p)) {
                continue;
            }
            let plural = english
                .keys()
                .any(|k| split_plural(k).0 == *base && split_plural(k).1.is_some());
            let wanted: Vec<String> = if plural {
                forms.iter().map(|f| format!("{base}.{f}")).collect()
            } else {
                vec![base.to_string()]
            };
            for key in wanted {
                match this.get(key.as_str()) {
                    None => missing.push(key),
                    Some(text) => {
                        let english_text = english
                            .get(key.as_str())
                            .or_else(|| english.get(format!("{base}.other").as_str()))
                            .unwrap();
                        let mut expected = placeholders(english_text);
                        let mut found = placeholders(text);
                        // A plural form may leave out the count ("one item") but nothing else.
                        expected.remove("count");
                        found.remove("count");
                        assert_eq!(
                            found, expected,
                            "{code}: {key} has other placeholders than English"
                        );
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "{code}.txt misses {} strings: {missing:#?}",
            missing.len()
        );
        for key in this.keys() {
            assert!(
                english_bases.contains(split_plural(key).0),
                "{code}.txt has {key}, which English does not"
            );
        }
    }
}

/// Every `t("…")`, `f("…"` and `plural("…"` in the widgets' source, and every `words('…'` and
/// `StorageProblem(…, '…'` in the elements' scripts, names a key English has.
#[test]
fn every_key_the_code_uses_is_in_the_english_table() {
    let english = table("en");
    let manifest = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![manifest.join("src"), manifest.join("../learner-embed/js")];
    let mut used = BTreeSet::new();
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        let script = path.extension().is_some_and(|e| e == "js");
        if !script
            && (path.extension().is_none_or(|e| e != "rs") || path.ends_with("i18n/tests.rs"))
        {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        if script {
            for key in script_keys(&source) {
                used.insert((key, false, path.display().to_string()));
            }
            continue;
        }
        for call in [".t(\"", ".f(\"", ".plural(\""] {
            for (at, _) in source.match_indices(call) {
                let rest = &source[at + call.len()..];
                let key = &rest[..rest.find('"').unwrap()];
                used.insert((
                    key.to_string(),
                    call == ".plural(\"",
                    path.display().to_string(),
                ));
            }
        }
    }
    assert!(used.len() > 50, "the scan found only {} keys", used.len());
    for (key, plural, file) in used {
        let wanted = if plural {
            format!("{key}.other")
        } else {
            key.clone()
        };
        assert!(
            english.contains_key(wanted.as_str()),
            "{file} uses {wanted}, which en.txt lacks"
        );
    }
}

/// The `'element.…'` keys a script names (its notices and data bar), and the tracker's
/// `'plan.tracker.…'` (printing the plan).
fn script_keys(source: &str) -> Vec<String> {
    ["'element.", "'plan.tracker."]
        .iter()
        .flat_map(|prefix| source.match_indices(prefix))
        .filter_map(|(at, _)| {
            let rest = &source[at + 1..];
            rest.find('\'').map(|end| rest[..end].to_string())
        })
        .collect()
}

/// Every kind of problem the model can report has its words in English (and so, by the
/// completeness test, in every shipped table): plain, or in plural forms chosen by `{count}`.
#[test]
fn every_problem_key_the_model_gives_is_in_the_english_table() {
    let english = table("en");
    assert!(learner_model::ProblemKey::ALL.len() > 100);
    for key in learner_model::ProblemKey::ALL {
        let key = key.as_str();
        assert!(
            english.contains_key(key) || english.contains_key(format!("{key}.other").as_str()),
            "the model gives {key}, which en.txt lacks"
        );
    }
}

/// A problem's English, made from the model's facts and the English table, reads as the model's
/// own English sentences did: integrators' code and the end-to-end tests match on it.
#[test]
fn problems_read_in_english_as_before() {
    use learner_model::case::import_case;
    use learner_model::choice::ChoiceBoardDocument;
    use learner_model::progress::ProgressDocument;
    use learner_model::{Problem, ProblemKey, ProfileDocument};
    let first_line = |error: learner_model::DocumentError| english_problem(&error.problems[0]);
    let profile = r#"{"schema":"learner-profile/1","learner":{"id":"x","name":"X"},
        "scale":{"min":0,"max":10},"dimensions":[{"id":"a","label":"A","value":12}]}"#;
    assert_eq!(
        first_line(ProfileDocument::from_json(profile).unwrap_err()),
        "dimensions[0].value: 12 is above the scale maximum 10"
    );
    let off_scale = Problem::new("dimensions[3].value", ProblemKey::OFF_SCALE)
        .with("value", 12)
        .with("min", 0)
        .with("max", 10);
    assert_eq!(
        english_problem(&off_scale),
        "dimensions[3].value: 12 is off the scale 0–10"
    );
    assert_eq!(
        first_line(ProfileDocument::from_json("{\"schema\": ").unwrap_err()),
        "schema: the text is not valid JSON (EOF while parsing a value, line 1 column 11)"
    );
    assert_eq!(
        first_line(ProfileDocument::from_json(r#"{"learner":{}}"#).unwrap_err()),
        "schema: missing; expected \"learner-profile/1\""
    );
    let wrong_type = profile.replace(r#""value":12"#, r#""value":"12""#);
    assert_eq!(
        first_line(ProfileDocument::from_json(&wrong_type).unwrap_err()),
        "dimensions[0].value: invalid type: string \"12\", expected a number"
    );
    let progress = include_str!("../../../../www/samples/ana.progress.json").replacen(
        r#""score": 1,"#,
        r#""score": 9,"#,
        1,
    );
    assert_eq!(
        first_line(ProgressDocument::from_json(&progress).unwrap_err()),
        "evidence[0].score: 9 is off the scale 0–4"
    );
    let menu = include_str!("../../../../www/samples/choice-dinner-menu.json").replacen(
        r#""min": 2,"#,
        r#""min": 5,"#,
        1,
    );
    assert_eq!(
        first_line(ChoiceBoardDocument::from_json(&menu).unwrap_err()),
        "rules[1]: the minimum (5) is more than the maximum (2)"
    );
    let four = Problem::new("rules[0]", ProblemKey::SECTION_TOO_SMALL)
        .with("min", 5)
        .with("section", "Sides")
        .with("count", 4);
    assert_eq!(
        english_problem(&four),
        "rules[0]: asks for 5 from Sides but it has 4 activities"
    );
    let one = Problem::new("rules[0]", ProblemKey::SECTION_TOO_SMALL)
        .with("min", 2)
        .with("section", "Sides")
        .with("count", 1);
    assert_eq!(
        english_problem(&one),
        "rules[0]: asks for 2 from Sides but it has 1 activity"
    );
    let case = r#"{"CFItems":[{"identifier":"a","fullStatement":"A"}],
        "CFAssociations":[{"associationType":"exemplar","originNodeURI":"a","destinationNodeURI":"mailto:x"}]}"#;
    let notes = import_case(case).unwrap().notes;
    assert_eq!(
        notes.iter().map(english_problem).collect::<Vec<_>>(),
        ["CFAssociations[0]: exemplar without a web link; skipped"]
    );
    let document = import_case(r#"{"CFDocument":{"identifier":"d-1","title":"Grade 6"}}"#);
    assert_eq!(
        english_error(&document.unwrap_err()),
        "this is one CASE document \"Grade 6\" (a CFDocument, the framework's header) without \
         its items, not a package; fetch its package with GET /ims/case/v1p1/CFPackages/d-1"
    );
}

#[test]
fn the_elements_scripts_use_table_keys() {
    let source = include_str!("../../../learner-embed/js/learner-storage.js");
    let keys = script_keys(source);
    assert!(keys.len() >= 6, "{keys:?}");
}

#[test]
fn a_regional_tag_falls_back_to_its_language_then_english() {
    add_other_languages();
    let mexico = Texts::for_lang(Some("es-MX"));
    assert_eq!(mexico.lang(), "es-MX");
    assert_eq!(mexico.t("common.view"), table("es")["common.view"]);
    assert_eq!(mexico.dir(), "ltr");
    let arabic = Texts::for_lang(Some("ar-EG"));
    assert_eq!(arabic.dir(), "rtl");
    assert_eq!(arabic.t("choice.rules"), table("ar")["choice.rules"]);
    for odd in ["", "x", "en_US", "<script>", "fr-FR", "de"] {
        let texts = Texts::for_lang(Some(odd));
        assert_eq!(texts.t("common.view"), table("en")["common.view"], "{odd}");
    }
}

#[test]
fn placeholders_are_filled_and_unknown_braces_are_kept() {
    assert_eq!(fill("{a} and {b}", &[("a", "1"), ("b", "2")]), "1 and 2");
    assert_eq!(fill("{a} {missing} {", &[("a", "x")]), "x {missing} {");
    assert_eq!(fill("ñ {a}é", &[("a", "ü")]), "ñ üé");
}

/// `modules.txt`: each widget module and the key prefixes it carries.
fn module_prefixes() -> BTreeMap<&'static str, Vec<&'static str>> {
    table_lines::table_lines(include_str!("modules.txt"))
        .map(|(module, prefixes)| (module, prefixes.split_whitespace().collect()))
        .collect()
}

/// The prefixes of the keys a source file names as string literals (`"profile.…"`).
fn prefixes_named(source: &str, known: &BTreeSet<&str>) -> BTreeSet<String> {
    source
        .match_indices('"')
        .filter_map(|(at, _)| {
            let rest = &source[at + 1..];
            let dot = rest.find('.')?;
            let prefix = &rest[..dot];
            known.contains(prefix).then(|| prefix.to_string())
        })
        .collect()
}

/// Each widget's module carries only its own words: a key its code names must be under a prefix
/// that `modules.txt` gives that module, and the code all widgets share names only prefixes that
/// every module carries. Otherwise a one-widget page would show a blank where a word should be.
#[test]
fn each_widget_names_only_keys_its_module_carries() {
    let modules = module_prefixes();
    assert_eq!(modules.len(), 5, "{modules:?}");
    let known: BTreeSet<&str> = modules.values().flatten().copied().collect();
    for code in table("en").keys() {
        let prefix = code.split('.').next().unwrap();
        assert!(
            known.contains(prefix),
            "en.txt's {code} is in no module of modules.txt"
        );
    }
    let src = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let rust_files = |dir: &std::path::Path| -> Vec<std::path::PathBuf> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "rs"))
            .collect()
    };
    for (folder, module) in [
        ("profile", "learner-profile"),
        ("progress", "learner-progress"),
        ("choice_board", "learner-choice-board"),
        ("record", "learner-record"),
        ("plan", "learner-plan"),
    ] {
        let carried = &modules[module];
        let files = rust_files(&src.join(folder));
        assert!(!files.is_empty(), "{folder}");
        for file in files {
            for prefix in prefixes_named(&std::fs::read_to_string(&file).unwrap(), &known) {
                assert!(
                    carried.contains(&prefix.as_str()),
                    "{} names {prefix}.… keys, which {module}'s module does not carry",
                    file.display()
                );
            }
        }
    }
    let shared: BTreeSet<&str> = known
        .iter()
        .copied()
        .filter(|p| modules.values().all(|carried| carried.contains(p)))
        .collect();
    for file in rust_files(&src) {
        for prefix in prefixes_named(&std::fs::read_to_string(&file).unwrap(), &known) {
            assert!(
                shared.contains(prefix.as_str()),
                "{} is shared by every widget but names {prefix}.… keys",
                file.display()
            );
        }
    }
}

/// The loader fetches words for exactly the languages that ship a table.
#[test]
fn the_loader_fetches_words_for_every_shipped_language() {
    let loader = include_str!("../../../learner-embed/js/learner-widgets.js");
    // The record's words are fetched by its own page side, imported only when a record is made.
    let record = include_str!("../../../learner-embed/js/learner-record-page.js");
    for (code, _) in &SOURCES[1..] {
        for module in module_prefixes().keys() {
            let (script, name) = if *module == "learner-record" {
                (record, "learner-record-page.js")
            } else {
                (loader, "learner-widgets.js")
            };
            let file = format!("'./{module}.{code}.txt'");
            assert!(script.contains(&file), "{name} never fetches {file}");
        }
    }
}

#[test]
fn a_language_is_added_once_and_only_under_a_well_formed_code() {
    assert!(!add_language("<b>", "common.view = X"));
    assert!(!add_language("en", "common.view = X"));
    assert!(add_language(
        "xx",
        "common.view = Equis\n# a comment\n\nbroken line"
    ));
    assert!(!add_language("xx", "common.view = Again"));
    let texts = Texts::for_lang(Some("xx-YY"));
    assert_eq!(texts.t("common.view"), "Equis");
    // A key the added table lacks falls back to English.
    assert_eq!(texts.t("common.range"), table("en")["common.range"]);
}

#[test]
fn numbers_are_written_in_the_numbering_system_chosen_for_each_language() {
    use super::intl::intl_locale;
    assert_eq!(intl_locale("ar"), "ar-u-nu-arab");
    assert_eq!(intl_locale("ar-EG"), "ar-EG-u-nu-arab");
    assert_eq!(intl_locale("ar-MA"), "ar-MA-u-nu-latn");
    assert_eq!(intl_locale("ar-u-nu-latn"), "ar-u-nu-latn");
    assert_eq!(intl_locale("es-MX"), "es-MX-u-nu-latn");
    assert_eq!(intl_locale("en"), "en-u-nu-latn");
    // Extensions Intl could throw on, and private use, are dropped.
    assert_eq!(intl_locale("en-US-u"), "en-US-u-nu-latn");
    assert_eq!(intl_locale("es-x-school"), "es-u-nu-latn");
    assert_eq!(intl_locale("zh-Hant-TW-t-en"), "zh-Hant-TW-u-nu-latn");
}
