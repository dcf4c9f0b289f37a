//! A learner's record validates against 1EdTech's published JSON Schemas (Open Badges 3.0
//! AchievementCredential, CLR 2.0 ClrCredential; copies and their sources in
//! tests/fixtures/credentials/), for the gallery's sample, for frameworks imported from real CASE
//! packages, and for random progress documents; bad input is refused naming the field.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::sync::OnceLock;

use learner_model::case::import_case;
use learner_model::progress::{Evidence, ProficiencyLevel, ProgressDocument};
use learner_model::record::{ClrCredential, RecordOptions, RecordWords, learner_record};
use learner_model::{DocumentError, ProblemKey};
use proptest::prelude::*;
use serde_json::{Value, json};

const ANA: &str = include_str!("../../../www/samples/ana.progress.json");
const ANA_PROFILE: &str = include_str!("../../../www/samples/ana.profile.json");
const CASE_PACKAGES: [&str; 4] = [
    include_str!("../../../tests/fixtures/case/what-standards-could-be.case.json"),
    include_str!("../../../tests/fixtures/case/act-holistic-math.case.json"),
    include_str!("../../../tests/fixtures/case/ccss-math-grade3-oa.case.json"),
    include_str!("../../../tests/fixtures/case/ngss-kindergarten.case.json"),
];

/// A schema compiled once, with `format` asserted (draft 2019-09 leaves it off by default).
struct Schema {
    schemas: boon::Schemas,
    index: boon::SchemaIndex,
}

impl Schema {
    fn load(text: &str) -> Schema {
        let mut schemas = boon::Schemas::new();
        let mut compiler = boon::Compiler::new();
        compiler.enable_format_assertions();
        let value: Value = serde_json::from_str(text).unwrap();
        compiler.add_resource("urn:fixture:schema", value).unwrap();
        let index = compiler
            .compile("urn:fixture:schema", &mut schemas)
            .unwrap();
        Schema { schemas, index }
    }

    /// Each failure at the leaves, with the instance path.
    fn errors(&self, instance: &Value) -> Vec<String> {
        fn leaves(e: &boon::ValidationError, out: &mut Vec<String>) {
            if e.causes.is_empty() {
                out.push(format!("{}: {}", e.instance_location, e.kind));
            }
            for cause in &e.causes {
                leaves(cause, out);
            }
        }
        let mut out = Vec::new();
        if let Err(e) = self.schemas.validate(instance, self.index) {
            leaves(&e, &mut out);
        }
        out
    }
}

/// 1EdTech's schemas: the published Open Badges and CLR ones, and 1EdTech's own strict Open Badges one.
fn schemas() -> &'static [(&'static str, Schema); 3] {
    static SCHEMAS: OnceLock<[(&str, Schema); 3]> = OnceLock::new();
    SCHEMAS.get_or_init(|| {
        [
            (
                "ob_v3p0_achievementcredential_schema",
                Schema::load(include_str!(
                    "../../../tests/fixtures/credentials/ob_v3p0_achievementcredential_schema.json"
                )),
            ),
            (
                "ob_v3p0_achievementcredential-jsonschema1",
                Schema::load(include_str!(
                    "../../../tests/fixtures/credentials/ob_v3p0_achievementcredential_jsonschema1.json"
                )),
            ),
            (
                "clr_v2p0_clrcredential_schema",
                Schema::load(include_str!(
                    "../../../tests/fixtures/credentials/clr_v2p0_clrcredential_schema.json"
                )),
            ),
        ]
    })
}

/// Every credential of the record against its schemas, and what the schemas leave loose (a single
/// `type` or `@context` passes them): each is an array in the order the specifications give.
fn assert_valid(clr: &ClrCredential) {
    let [ob, ob_strict, clr_schema] = schemas();
    let value = serde_json::to_value(clr).unwrap();
    let errors = clr_schema.1.errors(&value);
    assert!(
        errors.is_empty(),
        "{}: {errors:#?}\n{value:#}",
        clr_schema.0
    );
    assert_eq!(
        value["type"],
        json!(["VerifiableCredential", "ClrCredential"])
    );
    assert_eq!(
        value["@context"][1],
        "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"
    );
    let credentials = value["credentialSubject"]["verifiableCredential"]
        .as_array()
        .unwrap();
    assert!(!credentials.is_empty());
    for credential in credentials {
        for (name, schema) in [ob, ob_strict] {
            let errors = schema.errors(credential);
            assert!(errors.is_empty(), "{name}: {errors:#?}\n{credential:#}");
        }
        assert_eq!(
            credential["type"],
            json!(["VerifiableCredential", "OpenBadgeCredential"])
        );
        assert_eq!(
            credential["@context"][0],
            "https://www.w3.org/ns/credentials/v2"
        );
        // A competency names the CASE item it came from; a self-rating says it is one.
        let achievement = &credential["credentialSubject"]["achievement"];
        if achievement["achievementType"] == "Competency" {
            assert_eq!(achievement["alignment"][0]["targetType"], "CFItem");
            assert!(learner_model::uri::is_uri(
                achievement["alignment"][0]["targetUrl"].as_str().unwrap()
            ));
        } else {
            assert_eq!(achievement["achievementType"], "ext:SelfAssessment");
            assert_eq!(achievement["tag"], json!(["self-assessed"]));
        }
    }
}

fn level_name(level: &ProficiencyLevel) -> String {
    if level.label.is_empty() {
        format!("Level {}", level.value)
    } else {
        level.label.clone()
    }
}

const WORDS: RecordWords = RecordWords {
    record_name: "Learning record",
    scale_name: "Proficiency",
    level_name: &level_name,
    self_rating: "Self-rating",
    self_assessed: "Rated by the learner.",
};

fn options(extra: Value) -> RecordOptions {
    let mut options = json!({
        "issuer": { "id": "https://lincoln.example.org/issuer", "name": "Lincoln Middle School" },
        "validFrom": "2026-12-05T09:30:00Z",
    });
    for (key, value) in extra.as_object().unwrap() {
        options[key] = value.clone();
    }
    RecordOptions::from_json(&options.to_string()).unwrap()
}

/// Ids as a host's `crypto.randomUUID()` would give them, but predictable.
fn ids() -> impl FnMut() -> String {
    let mut n = 0;
    move || {
        n += 1;
        format!("urn:uuid:00000000-0000-4000-8000-{n:012}")
    }
}

fn record(doc: &ProgressDocument, options: &RecordOptions) -> Result<ClrCredential, DocumentError> {
    learner_record(doc, options, &WORDS, &mut ids())
}

fn paths(error: &DocumentError) -> Vec<&str> {
    error.problems.iter().map(|p| p.path.as_str()).collect()
}

#[test]
fn the_gallery_sample_makes_a_valid_record_of_what_ana_mastered() {
    let ana = ProgressDocument::from_json(ANA).unwrap();
    let clr = record(&ana, &options(json!({}))).unwrap();
    assert_valid(&clr);
    let credentials = &clr.credential_subject.verifiable_credential;
    // Ana has mastered one competency; the domain above it is a rollup, not an achievement.
    assert_eq!(credentials.len(), 1);
    let subject = &credentials[0].credential_subject;
    let achievement = &subject.achievement;
    assert_eq!(achievement.human_code.as_deref(), Some("6.RP.A.1"));
    assert_eq!(
        achievement.alignment[0].target_url,
        "http://opensalt-staging.opened.com/uri/b6f61076-aa12-450b-8f9d-b86bc071f85e"
    );
    assert_eq!(
        achievement.alignment[0].target_code.as_deref(),
        Some("6.RP.A.1")
    );
    assert_eq!(
        achievement.alignment[0].target_framework,
        "Grade 6 ratios and proportional relationships"
    );
    let result = &subject.result[0];
    assert_eq!(result.status.as_deref(), Some("Completed"));
    assert_eq!(result.value.as_deref(), Some("3.48"));
    assert_eq!(
        result.achieved_level.as_deref(),
        Some("https://lincoln.example.org/issuer#competency-rp-a-1-level-3")
    );
    assert_eq!(
        achievement.result_description[0].rubric_criterion_level[3].name,
        "Level 3"
    );
    // The evidence that counted: its names and dates, and nothing else.
    let evidence: Vec<(&str, &str)> = credentials[0]
        .evidence
        .iter()
        .map(|e| (e.name.as_str(), e.description.as_str()))
        .collect();
    assert_eq!(
        evidence,
        [
            ("Warm-up: ratio talk", "2026-09-14"),
            ("Exit ticket 2", "2026-09-21"),
            ("Quiz: ratio language", "2026-09-28"),
            ("Project: recipe ratios", "2026-10-05"),
        ]
    );
    // Named, since the host gave no URI for her.
    assert_eq!(subject.identifier[0].identity_hash, "Ana García");
}

#[test]
fn competencies_started_are_stated_in_progress_and_their_order_kept() {
    let ana = ProgressDocument::from_json(ANA).unwrap();
    // 6.RP.A.3 has evidence but no level yet (its method needs more): it is not recorded.
    let clr = record(&ana, &options(json!({ "include": "started" }))).unwrap();
    assert_valid(&clr);
    let statuses: Vec<(&str, &str)> = clr
        .credential_subject
        .verifiable_credential
        .iter()
        .map(|c| {
            let s = &c.credential_subject;
            (
                s.achievement.human_code.as_deref().unwrap(),
                s.result[0].status.as_deref().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        statuses,
        [("6.RP.A.1", "Completed"), ("6.RP.A.2", "InProgress")]
    );
    // 6.RP.A.1 precedes 6.RP.A.2.
    let order: Vec<(&str, &str)> = clr
        .credential_subject
        .association
        .iter()
        .map(|a| (a.source_id.as_str(), a.target_id.as_str()))
        .collect();
    assert_eq!(
        order,
        [(
            "https://lincoln.example.org/issuer#competency-rp-a-1",
            "https://lincoln.example.org/issuer#competency-rp-a-2"
        )]
    );
}

#[test]
fn bad_input_is_refused_naming_the_field_never_an_invalid_credential() {
    let ana = ProgressDocument::from_json(ANA).unwrap();
    let refused = |doc: &ProgressDocument, options: RecordOptions| {
        let error = record(doc, &options).unwrap_err();
        assert_eq!(error.code.as_str(), "cannot-issue");
        error
    };
    let no_issuer = RecordOptions::from_json(r#"{"validFrom":"2026-12-05T09:30:00Z"}"#).unwrap();
    assert_eq!(paths(&refused(&ana, no_issuer)), ["issuer"]);
    let bad = options(json!({
        "issuer": { "id": "Lincoln Middle School", "name": " ", "url": "lincoln dot org" },
        "learnerId": "ana",
        "validFrom": "5 Dec 2026",
    }));
    let error = refused(&ana, bad);
    assert_eq!(
        paths(&error),
        [
            "issuer.id",
            "issuer.name",
            "issuer.url",
            "learnerId",
            "validFrom"
        ]
    );
    assert_eq!(error.problems[0].key, ProblemKey::NOT_A_URI);
    // Strand B of the sample has no URIs: recording it names each competency without one.
    let mut strand_b = ana.clone();
    for competency in ["rp-b-1", "rp-b-2"] {
        strand_b.evidence.push(Evidence {
            competency: competency.into(),
            score: 4.0,
            date: "2026-11-16".into(),
            source: "Percent project".into(),
            note: None,
        });
    }
    let error = refused(&strand_b, options(json!({})));
    assert_eq!(
        paths(&error),
        [
            "framework.competencies[6].uri",
            "framework.competencies[7].uri"
        ]
    );
    assert_eq!(error.problems[0].key, ProblemKey::RECORD_NO_URI);
    let mut nothing = ana.clone();
    nothing.evidence.clear();
    assert_eq!(paths(&refused(&nothing, options(json!({})))), ["evidence"]);
    let mut started = ana.clone();
    started.evidence.retain(|e| e.competency == "rp-a-2");
    let error = refused(&started, options(json!({})));
    assert_eq!(paths(&error), ["include"]);
    assert_eq!(error.problems[0].key, ProblemKey::RECORD_NOTHING_MASTERED);
    // A wrong shape of options names the field too.
    let shape = RecordOptions::from_json(
        r#"{"issuer":{"id":"https://x.org"},"validFrom":"2026-12-05T09:30:00Z"}"#,
    )
    .unwrap_err();
    assert_eq!(paths(&shape), ["issuer.name"]);
    assert_eq!(shape.problems[0].key, ProblemKey::MISSING);
    let unknown = RecordOptions::from_json(r#"{"issuers":{}}"#).unwrap_err();
    assert_eq!(unknown.problems[0].key, ProblemKey::UNKNOWN_FIELD);
}

#[test]
fn self_ratings_are_issued_only_when_the_host_asks_and_then_marked_self_assessed() {
    let ana = ProgressDocument::from_json(ANA).unwrap();
    let plain = record(&ana, &options(json!({}))).unwrap();
    assert!(
        plain
            .credential_subject
            .verifiable_credential
            .iter()
            .all(|c| c.credential_subject.achievement.achievement_type == "Competency"),
        "no self-rating unless asked"
    );
    let profile: Value = serde_json::from_str(ANA_PROFILE).unwrap();
    let clr = record(&ana, &options(json!({ "selfAssessed": profile }))).unwrap();
    assert_valid(&clr);
    let rated: Vec<(&str, &str, Option<&str>)> = clr
        .credential_subject
        .verifiable_credential
        .iter()
        .map(|c| &c.credential_subject)
        .filter(|s| s.achievement.achievement_type == "ext:SelfAssessment")
        .map(|s| {
            (
                s.achievement.id.as_str(),
                s.achievement.name.as_str(),
                s.result[0].value.as_deref(),
            )
        })
        .collect();
    let id = |d: &str| format!("https://lincoln.example.org/issuer#self-assessment-{d}");
    let names: Vec<&str> = rated.iter().map(|r| r.1).collect();
    assert_eq!(
        rated
            .iter()
            .map(|r| (r.0.to_string(), r.2))
            .collect::<Vec<_>>(),
        [
            (id("reading"), Some("80")),
            (id("fractions"), Some("30")),
            (id("writing"), Some("75")),
        ],
        "{names:?}"
    );
    // Another learner's profile is never put in this learner's record.
    let mut malik = profile.clone();
    malik["learner"] = json!({ "id": "s-2077", "name": "Malik Johnson" });
    let error = record(&ana, &options(json!({ "selfAssessed": malik }))).unwrap_err();
    assert_eq!(paths(&error), ["selfAssessed.learner.id"]);
    // A profile with no self-rating, or an invalid one, is named too.
    let mut unrated = profile.clone();
    for d in unrated["dimensions"].as_array_mut().unwrap() {
        d.as_object_mut().unwrap().remove("selfRating");
    }
    let error = record(&ana, &options(json!({ "selfAssessed": unrated }))).unwrap_err();
    assert_eq!(paths(&error), ["selfAssessed.dimensions"]);
    let mut off_scale = profile;
    off_scale["dimensions"][0]["selfRating"] = json!(140);
    let error = record(&ana, &options(json!({ "selfAssessed": off_scale }))).unwrap_err();
    assert_eq!(paths(&error), ["selfAssessed.dimensions[0].selfRating"]);
}

/// A progress document over a real CASE framework, with evidence on some of its competencies.
fn imported(package: &str, scores: &[(usize, Vec<(u8, u8)>)]) -> ProgressDocument {
    let framework = import_case(package)
        .unwrap()
        .named("Imported framework", "Exemplar")
        .framework;
    let count = framework.competencies.len();
    let evidence = scores
        .iter()
        .flat_map(|(competency, scores)| {
            let id = framework.competencies[competency % count].id.clone();
            scores.iter().map(move |(score, day)| Evidence {
                competency: id.clone(),
                score: f64::from(*score),
                date: format!("2026-10-{:02}", day % 28 + 1),
                source: format!("Task {day}"),
                note: None,
            })
        })
        .collect();
    ProgressDocument {
        schema: "learner-progress/1".into(),
        learner: learner_model::Learner {
            id: "s-1".into(),
            name: "Malik Johnson".into(),
        },
        framework,
        scale: None,
        evidence,
        overrides: vec![],
        pacing: None,
        goals: vec![],
    }
}

#[test]
fn frameworks_imported_from_four_publishers_make_valid_records() {
    for package in CASE_PACKAGES {
        let scores: Vec<(usize, Vec<(u8, u8)>)> =
            (0..40).map(|i| (i, vec![(3, 1), (4, 2)])).collect();
        let doc = imported(package, &scores);
        let clr = record(&doc, &options(json!({ "learnerId": "did:example:malik" }))).unwrap();
        assert_valid(&clr);
        assert_eq!(
            clr.credential_subject.id.as_deref(),
            Some("did:example:malik")
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Any learner's evidence over any of the real frameworks makes a record that validates, or a
    /// refusal that names the field; never an invalid credential.
    #[test]
    fn random_learners_make_valid_records_or_named_refusals(
        package in 0..CASE_PACKAGES.len(),
        scores in prop::collection::vec(
            (0usize..60, prop::collection::vec((0u8..=4, 0u8..60), 1..5)),
            0..12,
        ),
        started in any::<bool>(),
        learner_uri in any::<bool>(),
    ) {
        let doc = imported(CASE_PACKAGES[package], &scores);
        prop_assume!(ProgressDocument::from_json(&doc.to_json()).is_ok());
        let mut extra = json!({ "include": if started { "started" } else { "mastered" } });
        if learner_uri {
            extra["learnerId"] = json!("did:example:malik");
        }
        match record(&doc, &options(extra)) {
            Ok(clr) => assert_valid(&clr),
            Err(error) => {
                let allowed = ["evidence", "include"];
                prop_assert!(
                    error.problems.iter().all(|p| allowed.contains(&p.path.as_str())),
                    "{error:?}"
                );
            }
        }
    }
}
