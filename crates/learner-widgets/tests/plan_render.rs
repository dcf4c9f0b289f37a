//! The printed plan rendered by Yew in a real browser, read back as a family reads it on paper:
//! headings, the chart and its table, progress in words, pace, next steps, goals and reflections,
//! in English, Spanish and Arabic, with either document alone.
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::rc::Rc;

use learner_model::ProfileDocument;
use learner_model::progress::ProgressDocument;
use learner_widgets::add_language;
use learner_widgets::plan::{PlanProps, PlanView};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

mod support;
use support::{mount, settle, texts};

wasm_bindgen_test_configure!(run_in_browser);

const PROGRESS: &str = include_str!("../../../www/samples/ana.progress.json");
const PROFILE: &str = include_str!("../../../www/samples/ana.profile.json");

fn progress() -> Option<Rc<ProgressDocument>> {
    Some(Rc::new(ProgressDocument::from_json(PROGRESS).unwrap()))
}

fn profile() -> Option<Rc<ProfileDocument>> {
    Some(Rc::new(ProfileDocument::from_json(PROFILE).unwrap()))
}

/// The plan in `lang` (its words added as the loader adds them), dated 2026-11-23.
async fn plan(
    lang: &str,
    progress: Option<Rc<ProgressDocument>>,
    profile: Option<Rc<ProfileDocument>>,
) -> Element {
    add_language("es", include_str!("../src/i18n/es.txt"));
    add_language("ar", include_str!("../src/i18n/ar.txt"));
    let root = mount();
    let props = PlanProps {
        progress,
        profile,
        lang: Some(lang.to_string().into()),
        today: Some("2026-11-23".into()),
    };
    yew::Renderer::<PlanView>::with_root_and_props(root.clone(), props).render();
    settle().await;
    root
}

/// Each row of the competencies' table: its competency, level and status joined by " | " (the
/// target date is left to each engine's calendar data).
fn standings(root: &Element) -> Vec<String> {
    let rows = root.query_selector_all(".plan-standings tbody tr").unwrap();
    (0..rows.length())
        .map(|i| {
            let row: Element = rows.item(i).unwrap().dyn_into().unwrap();
            texts(&row, "th, td")[..3].join(" | ")
        })
        .collect()
}

#[wasm_bindgen_test]
async fn the_english_plan_reads_as_a_family_reads_it() {
    let root = plan("en", progress(), profile()).await;
    assert_eq!(texts(&root, "h1"), ["Learning plan for Ana García"]);
    let date = texts(&root, ".plan-date").join("");
    assert!(
        date.starts_with("As of ") && date.contains("23") && date.ends_with("2026"),
        "{date}"
    );
    assert_eq!(
        texts(&root, "h2"),
        [
            "Profile: strengths and areas to grow",
            "Progress by competency",
            "Next steps",
            "Goals and reflections",
        ]
    );
    // The jagged profile as bars, with its key and its table.
    let chart = root.query_selector(".plan-chart svg").unwrap().unwrap();
    assert_eq!(
        chart.get_attribute("aria-label").as_deref(),
        Some("Profile of Ana García: peaks and valleys by group")
    );
    assert_eq!(
        texts(&root, ".plan-table caption"),
        ["Ana García: every dimension on a 0–100 scale"]
    );
    assert_eq!(
        root.query_selector_all(".plan-table tbody tr")
            .unwrap()
            .length(),
        8
    );
    // Progress per competency in words: level and status, never a colour alone.
    assert_eq!(
        standings(&root)[..3],
        [
            "6.RP.A.1 Use ratio language to describe a ratio relationship between two quantities. | Mastery | ● Mastered",
            "6.RP.A.2 Understand the concept of a unit rate associated with a ratio. | Near | ◐ In progress",
            "6.RP.A.3 Use ratio and rate reasoning to solve real-world and mathematical problems. | No level yet | ◐ In progress",
        ]
    );
    assert_eq!(texts(&root, ".plan-pace h3"), ["Pace: Behind"]);
    assert_eq!(
        texts(&root, ".plan-pace li")[0],
        "You have mastered 1 of 5 competencies."
    );
    assert_eq!(
        texts(&root, ".plan-steps li"),
        ["6.RP.A.2 Understand the concept of a unit rate associated with a ratio."]
    );
    assert_eq!(
        texts(&root, ".plan-goal-text"),
        ["Explain unit rates to a classmate without my notes."]
    );
    let meta = texts(&root, ".plan-goal-meta").join("");
    assert!(
        meta.starts_with("Active, by ") && meta.ends_with("2026, for 6.RP.A.2"),
        "{meta}"
    );
    assert_eq!(
        texts(&root, ".plan-reflections li"),
        ["Tape diagrams help me see the rate."]
    );
    // No class comparison: no word of a class or its average is on the plan.
    let all = root.text_content().unwrap_or_default().to_lowercase();
    let words: Vec<&str> = all.split(|c: char| !c.is_alphabetic()).collect();
    assert!(
        !words
            .iter()
            .any(|w| ["class", "average", "spread"].contains(w)),
        "{all}"
    );
}

#[wasm_bindgen_test]
async fn the_spanish_plan_speaks_spanish() {
    let root = plan("es", progress(), profile()).await;
    assert_eq!(texts(&root, "h1"), ["Plan de aprendizaje de Ana García"]);
    assert_eq!(
        texts(&root, "h2"),
        [
            "Perfil: fortalezas y aspectos por mejorar",
            "Progreso por competencia",
            "Próximos pasos",
            "Metas y reflexiones",
        ]
    );
    assert_eq!(
        texts(&root, ".plan-standings thead th"),
        ["Competencia", "Nivel", "Estado", "Dominarla antes del"]
    );
    assert!(
        standings(&root)[0].ends_with("| Dominio | ● Dominada"),
        "{:?}",
        standings(&root)
    );
    assert_eq!(texts(&root, ".plan-pace h3"), ["Ritmo: Con retraso"]);
    assert_eq!(
        root.query_selector("article")
            .unwrap()
            .unwrap()
            .get_attribute("dir")
            .as_deref(),
        Some("ltr")
    );
}

#[wasm_bindgen_test]
async fn the_arabic_plan_reads_right_to_left() {
    let root = plan("ar", progress(), profile()).await;
    let article = root.query_selector("article").unwrap().unwrap();
    assert_eq!(article.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(article.get_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(texts(&root, "h1"), ["خطة التعلّم لـAna García"]);
    assert_eq!(
        texts(&root, "h2"),
        [
            "الملف الشخصي: نقاط القوة وجوانب التحسين",
            "التقدّم في كل كفاية",
            "الخطوات التالية",
            "الأهداف والتأمّلات",
        ]
    );
    assert!(
        standings(&root)[0].ends_with("| إتقان | ● مُتقَنة"),
        "{:?}",
        standings(&root)
    );
    assert_eq!(texts(&root, ".plan-pace h3"), ["الوتيرة: أبطأ من المخطّط"]);
}

#[wasm_bindgen_test]
async fn either_document_may_be_missing() {
    let profile_only = plan("en", None, profile()).await;
    assert_eq!(texts(&profile_only, "h1"), ["Learning plan for Ana García"]);
    assert_eq!(
        texts(&profile_only, "h2"),
        ["Profile: strengths and areas to grow"]
    );
    let progress_only = plan("en", progress(), None).await;
    assert_eq!(
        texts(&progress_only, "h2"),
        [
            "Progress by competency",
            "Next steps",
            "Goals and reflections"
        ]
    );
    assert!(progress_only.query_selector("svg").unwrap().is_none());
}
