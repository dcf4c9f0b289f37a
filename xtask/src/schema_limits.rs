//! Every list in every document schema has a maximum (`maxItems`, or `maxProperties` for a map),
//! and the model refuses one item more with the list's path. The table below names each list
//! twice: where its schema describes it, and where it sits in a sample document; the test fails on
//! a list the table leaves out, so a new list cannot ship without its limit.

use learner_model::limits::*;
use serde_json::{Value, json};

/// One list: its schema, where the schema describes it, the sample it is tried in, where it sits
/// there, an item to repeat when the sample's list is empty, and its limit.
struct List {
    schema: &'static str,
    described_at: &'static str,
    sample: &'static str,
    at: &'static str,
    item: fn() -> Value,
    max: usize,
}

const fn list(
    schema: &'static str,
    described_at: &'static str,
    sample: &'static str,
    at: &'static str,
    item: fn() -> Value,
    max: usize,
) -> List {
    List {
        schema,
        described_at,
        sample,
        at,
        item,
        max,
    }
}

fn text() -> Value {
    json!("an item")
}
fn link() -> Value {
    json!({ "title": "A link", "url": "https://example.org/" })
}
fn value() -> Value {
    json!(2)
}

const PROFILE: &str = "learner-profile-1";
const ROSTER: &str = "learner-roster-1";
const PROGRESS: &str = "learner-progress-1";
const CLASS: &str = "learner-progress-class-1";
const BOARD: &str = "learner-choice-board-1";

#[rustfmt::skip]
fn lists() -> Vec<List> {
    let none = || Value::Null;
    vec![
        list(PROFILE, "/properties/dimensions", "ana.profile.json", "/dimensions", none, MAX_DIMENSIONS),
        list(PROFILE, "/properties/groups", "ana.profile.json", "/groups", || json!({ "id": "g", "label": "G" }), MAX_GROUPS),
        list(PROFILE, "/properties/snapshots", "ana.profile.json", "/snapshots", none, MAX_SNAPSHOTS),
        list(PROFILE, "/properties/contexts", "ana.profile.json", "/contexts", none, MAX_CONTEXTS),
        list(PROFILE, "/$defs/Scale/properties/levels", "ana.profile.json", "/scale/levels", default_levels, MAX_SCALE_LEVELS),
        list(PROFILE, "/$defs/Snapshot/properties/values", "ana.profile.json", "/snapshots/0/values", value, MAX_DIMENSIONS),
        list(PROFILE, "/$defs/Context/properties/values", "ana.profile.json", "/contexts/0/values", value, MAX_DIMENSIONS),
        list(ROSTER, "/properties/profiles", "roster", "/profiles", none, MAX_LEARNERS),
        list(ROSTER, "/$defs/ProfileDocument/properties/dimensions", "roster", "/profiles/0/dimensions", none, MAX_DIMENSIONS),
        list(ROSTER, "/$defs/ProfileDocument/properties/groups", "roster", "/profiles/0/groups", || json!({ "id": "g", "label": "G" }), MAX_GROUPS),
        list(ROSTER, "/$defs/ProfileDocument/properties/snapshots", "roster", "/profiles/0/snapshots", none, MAX_ROSTER_SNAPSHOTS),
        list(ROSTER, "/$defs/ProfileDocument/properties/contexts", "roster", "/profiles/0/contexts", none, MAX_ROSTER_CONTEXTS),
        list(ROSTER, "/$defs/Scale/properties/levels", "roster", "/profiles/0/scale/levels", default_levels, MAX_SCALE_LEVELS),
        list(ROSTER, "/$defs/Snapshot/properties/values", "roster", "/profiles/0/snapshots/0/values", value, MAX_DIMENSIONS),
        list(ROSTER, "/$defs/Context/properties/values", "roster", "/profiles/0/contexts/0/values", value, MAX_DIMENSIONS),
        list(PROGRESS, "/$defs/Framework/properties/competencies", "ana.progress.json", "/framework/competencies", none, MAX_COMPETENCIES),
        list(PROGRESS, "/properties/evidence", "ana.progress.json", "/evidence", none, MAX_EVIDENCE),
        list(PROGRESS, "/properties/overrides", "ana.progress.json", "/overrides", override_item, MAX_OVERRIDES),
        list(PROGRESS, "/properties/goals", "ana.progress.json", "/goals", none, MAX_GOALS),
        list(PROGRESS, "/$defs/Goal/properties/competencies", "ana.progress.json", "/goals/0/competencies", none, MAX_GOAL_COMPETENCIES),
        list(PROGRESS, "/$defs/Goal/properties/reflections", "ana.progress.json", "/goals/0/reflections", text, MAX_REFLECTIONS),
        list(PROGRESS, "/$defs/Competency/properties/prerequisites", "ana.progress.json", "/framework/competencies/0/prerequisites", || json!("fractions"), MAX_PREREQUISITES),
        list(PROGRESS, "/$defs/Competency/properties/exemplars", "ana.progress.json", "/framework/competencies/0/exemplars", link, MAX_LINKS),
        list(PROGRESS, "/$defs/Competency/properties/help", "ana.progress.json", "/framework/competencies/0/help", link, MAX_LINKS),
        list(PROGRESS, "/$defs/ProficiencyScale/properties/levels", "ana.progress.json", "/scale/levels", default_levels, MAX_SCALE_LEVELS),
        list(CLASS, "/properties/learners", "6b.progress-class.json", "/learners", none, MAX_CLASS_LEARNERS),
        list(CLASS, "/$defs/Framework/properties/competencies", "6b.progress-class.json", "/framework/competencies", none, MAX_CLASS_COMPETENCIES),
        list(CLASS, "/$defs/ClassLearner/properties/evidence", "6b.progress-class.json", "/learners/0/evidence", none, MAX_CLASS_EVIDENCE),
        list(CLASS, "/$defs/ClassLearner/properties/overrides", "6b.progress-class.json", "/learners/0/overrides", override_item, MAX_CLASS_COMPETENCIES),
        list(CLASS, "/$defs/Competency/properties/prerequisites", "6b.progress-class.json", "/framework/competencies/0/prerequisites", text, MAX_PREREQUISITES),
        list(CLASS, "/$defs/Competency/properties/exemplars", "6b.progress-class.json", "/framework/competencies/0/exemplars", link, MAX_LINKS),
        list(CLASS, "/$defs/Competency/properties/help", "6b.progress-class.json", "/framework/competencies/0/help", link, MAX_LINKS),
        list(CLASS, "/$defs/ProficiencyScale/properties/levels", "6b.progress-class.json", "/scale/levels", default_levels, MAX_SCALE_LEVELS),
        list(BOARD, "/properties/activities", "choice-dinner-menu.json", "/activities", none, MAX_ACTIVITIES),
        list(BOARD, "/properties/sections", "choice-dinner-menu.json", "/sections", none, MAX_SECTIONS),
        list(BOARD, "/properties/rules", "choice-dinner-menu.json", "/rules", none, MAX_RULES),
        list(BOARD, "/properties/selections", "choice-dinner-menu.json", "/selections", || json!({ "activity": "x", "status": "planned" }), MAX_SELECTIONS),
        list(BOARD, "/properties/proposals", "choice-dinner-menu.json", "/proposals", || json!({ "activity": "x", "title": "An idea" }), MAX_PROPOSALS),
        list(BOARD, "/$defs/Activity/properties/engagement", "choice-dinner-menu.json", "/activities/0/engagement", text, MAX_UDL_TAGS),
        list(BOARD, "/$defs/Activity/properties/representation", "choice-dinner-menu.json", "/activities/0/representation", text, MAX_UDL_TAGS),
        list(BOARD, "/$defs/Activity/properties/expression", "choice-dinner-menu.json", "/activities/0/expression", text, MAX_UDL_TAGS),
        list(BOARD, "/$defs/Activity/properties/resources", "choice-dinner-menu.json", "/activities/0/resources", link, MAX_LINKS),
    ]
}

fn default_levels() -> Value {
    json!({ "value": 1, "label": "A level" })
}
fn override_item() -> Value {
    json!({ "competency": "x", "level": 2, "reason": "Seen in class" })
}

fn schema(name: &str) -> Value {
    learner_model::schema::schemas()
        .into_iter()
        .find(|(file, _)| file.starts_with(&format!("{name}.")))
        .map(|(_, schema)| schema)
        .unwrap_or_default()
}

fn sample(name: &str) -> Value {
    let read = |file: &str| -> Value {
        let path = crate::root().join("www/samples").join(file);
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap_or_default())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    if name == "roster" {
        return json!({ "schema": "learner-roster/1", "title": "7B", "profiles": [read("ana.profile.json")] });
    }
    read(name)
}

/// Every array and map a schema describes, by its JSON pointer.
fn lists_described(node: &Value, at: &str, out: &mut Vec<String>) {
    match node {
        Value::Object(fields) => {
            let kind = |k: &str| {
                node["type"] == k
                    || node["type"]
                        .as_array()
                        .is_some_and(|t| t.iter().any(|t| t == k))
            };
            if kind("array") || (kind("object") && node["additionalProperties"].is_object()) {
                out.push(at.to_string());
            }
            for (key, child) in fields {
                lists_described(child, &format!("{at}/{key}"), out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                lists_described(child, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// `/framework/competencies/0/help` as the model writes paths: `framework.competencies[0].help`.
fn model_path(pointer: &str) -> String {
    let mut path = String::new();
    for part in pointer.split('/').skip(1) {
        if part.chars().all(|c| c.is_ascii_digit()) {
            path.push_str(&format!("[{part}]"));
        } else {
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(part);
        }
    }
    path
}

/// The sample with the list at `at` one item longer than `max`: its own first item repeated, or
/// `item` when it has none; a map gets keys of its own.
fn one_too_many(list: &List) -> Value {
    let mut doc = sample(list.sample);
    let (parent, key) = list.at.rsplit_once('/').unwrap_or_default();
    if doc.pointer(parent).is_none() {
        // A part the sample leaves out (a progress document's own scale): an empty one.
        let (grandparent, name) = parent.rsplit_once('/').unwrap_or_default();
        if let Some(Value::Object(fields)) = doc.pointer_mut(grandparent) {
            fields.insert(name.into(), json!({}));
        }
    }
    let holder = doc
        .pointer_mut(parent)
        .unwrap_or_else(|| panic!("{} has no {parent}", list.sample));
    let existing = holder.get(key).cloned();
    let longer = match existing {
        Some(Value::Object(map)) => {
            let value = map.values().next().cloned().unwrap_or_else(list.item);
            Value::Object(
                (0..=list.max)
                    .map(|i| (format!("k{i}"), value.clone()))
                    .collect(),
            )
        }
        Some(Value::Array(items)) if !items.is_empty() => {
            Value::Array(items.iter().cycle().take(list.max + 1).cloned().collect())
        }
        _ => Value::Array(vec![(list.item)(); list.max + 1]),
    };
    holder[key] = longer;
    doc
}

#[test]
fn every_list_of_every_schema_has_a_maximum_the_model_enforces() {
    let table = lists();
    for name in [PROFILE, ROSTER, PROGRESS, CLASS, BOARD] {
        let mut described = Vec::new();
        lists_described(&schema(name), "", &mut described);
        for at in described {
            assert!(
                table
                    .iter()
                    .any(|l| l.schema == name && l.described_at == at),
                "{name}{at} is a list with no limit in xtask/src/schema_limits.rs"
            );
        }
    }
    for list in &table {
        let schema = schema(list.schema);
        let node = schema
            .pointer(list.described_at)
            .unwrap_or_else(|| panic!("{}{} is not in the schema", list.schema, list.described_at));
        let stated = node["maxItems"].as_u64().or(node["maxProperties"].as_u64());
        assert_eq!(
            stated,
            Some(list.max as u64),
            "{}{}",
            list.schema,
            list.described_at
        );

        let text = one_too_many(list).to_string();
        let problems = match list.schema {
            PROFILE => learner_model::ProfileDocument::from_json(&text).err(),
            ROSTER => learner_model::RosterDocument::from_json(&text).err(),
            PROGRESS => learner_model::progress::ProgressDocument::from_json(&text).err(),
            CLASS => learner_model::progress::ClassProgressDocument::from_json(&text).err(),
            _ => learner_model::choice::ChoiceBoardDocument::from_json(&text).err(),
        }
        .map(|e| e.problems)
        .unwrap_or_default();
        let path = model_path(list.at);
        let expected = learner_model::Problem::new(&path, learner_model::ProblemKey::TOO_MANY)
            .with("count", list.max + 1)
            .with("max", list.max);
        assert!(
            problems.contains(&expected),
            "{} with {} items at {path}: expected {expected}, got {problems:?}",
            list.sample,
            list.max + 1
        );
    }
}
