//! The printed plan on the page: the plan module (`crates/embed-plan`) draws `PlanView` into a
//! shadow root the loader made in a print-only container, and removes it once printing is over.
//! Only that module links this code; the widgets' modules never reach it.

use std::rc::Rc;

use learner_model::progress::{ProgressDocument, ProgressInput};
use learner_model::{DocumentError, ProfileDocument, ProfileInput};
use learner_widgets::plan::{PlanProps, PlanView};
use learner_widgets::styles::{BASE_CSS, PLAN_CSS, PROFILE_CSS};
use learner_widgets::{Texts, english_problem, problem_line};
use wasm_bindgen::JsValue;
use web_sys::ShadowRoot;
use yew::{AppHandle, AttrValue};

use crate::events::{object, problems_array};
use crate::stylesheet;

/// What to print: the tracker's document and the profile, each as JSON text (at least one), in
/// `lang`, as of `today` (`YYYY-MM-DD`).
pub struct PlanRequest {
    pub progress: Option<String>,
    pub profile: Option<String>,
    pub lang: Option<String>,
    pub today: Option<String>,
}

/// A plan drawn into the print container; dropping it takes the plan away again.
pub struct PrintedPlan {
    app: Option<AppHandle<PlanView>>,
    mount: web_sys::Element,
}

/// Draws the plan into `root`. Refused (a class instead of one learner, a profile that cannot be
/// read, another learner's), it draws nothing and gives `{ reason, message, shown, path,
/// problems }`: `reason` is `class`, `roster`, `bad-profile`, `bad-progress` or `other-learner`;
/// `message` and `problems` are in English, for the `learner-error` event; `shown` is the same in
/// `lang`, for the element.
pub fn render_plan(root: &ShadowRoot, request: PlanRequest) -> Result<PrintedPlan, JsValue> {
    let texts = Texts::for_lang(request.lang.as_deref());
    let progress = request
        .progress
        .as_deref()
        .map(|text| learner(text, &texts))
        .transpose()?;
    let profile = request
        .profile
        .as_deref()
        .map(|text| profile(text, &texts))
        .transpose()?;
    // A plan is one learner's: a profile of someone else is not printed beside their progress.
    if let (Some(progress), Some(profile)) = (&progress, &profile)
        && progress.learner.id != profile.learner.id
    {
        return Err(refusal("other-learner", "plan.other-learner", &texts));
    }
    stylesheet::adopt(root, "plan", &[BASE_CSS, PROFILE_CSS, PLAN_CSS])?;
    let document = root
        .owner_document()
        .ok_or("the print container has no document")?;
    let mount = document.create_element("div")?;
    root.append_child(&mount)?;
    let props = PlanProps {
        progress,
        profile,
        lang: request.lang.map(AttrValue::from),
        today: request.today.map(AttrValue::from),
    };
    let app = yew::Renderer::<PlanView>::with_root_and_props(mount.clone(), props).render();
    Ok(PrintedPlan {
        app: Some(app),
        mount,
    })
}

/// One learner's progress, or why a class's is not printed.
fn learner(text: &str, texts: &Texts) -> Result<Rc<ProgressDocument>, JsValue> {
    match ProgressInput::from_json(text) {
        Ok(ProgressInput::Learner(doc)) => Ok(doc),
        Ok(ProgressInput::Class(_)) => Err(refusal("class", "plan.class", texts)),
        Err(error) => Err(unreadable("bad-progress", &error, None, texts)),
    }
}

/// One learner's profile, or why it is not printed.
fn profile(text: &str, texts: &Texts) -> Result<Rc<ProfileDocument>, JsValue> {
    match ProfileInput::from_json(text) {
        Ok(ProfileInput::Profile(doc)) => Ok(Rc::new(doc)),
        Ok(ProfileInput::Roster(_)) => Err(refusal("roster", "plan.roster", texts)),
        Err(error) => Err(unreadable(
            "bad-profile",
            &error,
            Some("plan.bad-profile"),
            texts,
        )),
    }
}

/// A refusal that names no field: its sentence in English and in the reader's language.
fn refusal(reason: &str, key: &str, texts: &Texts) -> JsValue {
    object(&[
        ("reason", reason.into()),
        ("message", Texts::default().t(key).into()),
        ("shown", texts.t(key).into()),
        ("path", "".into()),
        ("problems", js_sys::Array::new().into()),
    ])
}

/// A document that cannot be read: its first problem said within `key`'s sentence, if any.
fn unreadable(reason: &str, error: &DocumentError, key: Option<&str>, texts: &Texts) -> JsValue {
    let english = Texts::default();
    let said = |texts: &Texts, reason: String| match key {
        Some(key) => texts.f(key, &[("reason", &reason)]),
        None => reason,
    };
    let first = error.first();
    object(&[
        ("reason", reason.into()),
        (
            "message",
            said(&english, first.map(english_problem).unwrap_or_default()).into(),
        ),
        (
            "shown",
            said(
                texts,
                first.map(|p| problem_line(texts, p)).unwrap_or_default(),
            )
            .into(),
        ),
        ("path", first.map_or("", |p| p.path.as_str()).into()),
        ("problems", problems_array(error)),
    ])
}

impl Drop for PrintedPlan {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.mount.remove();
    }
}
