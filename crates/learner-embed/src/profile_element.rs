//! `<learner-profile>`: a jagged learner profile, or a class of them.

use learner_model::profile::ProfileEdit;
use learner_model::{DocumentError, ProfileInput};
use learner_widgets::profile::{ProfileChange, ProfileWidget};
use learner_widgets::styles::{BASE_CSS, PROFILE_CSS};
use wasm_bindgen::JsValue;

use crate::element_core::Kind;
use crate::events::object;

pub struct Profile;

impl Kind for Profile {
    type Document = ProfileInput;
    type Change = ProfileChange;
    type Widget = ProfileWidget;
    const STYLE_KEY: &'static str = "profile";

    fn css() -> Vec<&'static str> {
        vec![BASE_CSS, PROFILE_CSS]
    }

    fn parse(text: &str) -> Result<ProfileInput, DocumentError> {
        ProfileInput::from_json(text)
    }

    fn to_json(input: &ProfileInput) -> String {
        match input {
            ProfileInput::Profile(doc) => doc.to_json(),
            ProfileInput::Roster(roster) => serde_json::to_string(roster).unwrap_or_default(),
        }
    }

    /// `{ type: "self-rating", dimension, value, previous }` or
    /// `{ type: "self-note", dimension, note, previous }`; `previous` is null when there was none.
    fn apply(change: ProfileChange) -> (ProfileInput, JsValue) {
        let number = |n: Option<f64>| n.map_or(JsValue::NULL, JsValue::from_f64);
        let detail = match &change.edit {
            ProfileEdit::SelfRating {
                dimension,
                value,
                previous,
            } => object(&[
                ("type", "self-rating".into()),
                ("dimension", dimension.as_str().into()),
                ("value", JsValue::from_f64(*value)),
                ("previous", number(*previous)),
            ]),
            ProfileEdit::SelfNote {
                dimension,
                note,
                previous,
            } => object(&[
                ("type", "self-note".into()),
                ("dimension", dimension.as_str().into()),
                ("note", note.as_str().into()),
                (
                    "previous",
                    previous.as_deref().map_or(JsValue::NULL, JsValue::from_str),
                ),
            ]),
        };
        (ProfileInput::Profile((*change.document).clone()), detail)
    }

    fn file_name(input: &ProfileInput) -> String {
        match input {
            ProfileInput::Profile(doc) => format!("{} profile", doc.learner.name),
            ProfileInput::Roster(roster) => format!("{} profile", roster.title),
        }
    }
}
