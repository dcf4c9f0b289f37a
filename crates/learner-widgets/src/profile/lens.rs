//! What the learner is looking at: which view, in which context, compared with which snapshot.

use yew::AttrValue;

use crate::Texts;

/// The three ways to see one learner's profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Radar,
    Profile,
    Table,
}

impl View {
    pub const ALL: [View; 3] = [View::Radar, View::Profile, View::Table];

    /// From the `view` attribute; anything else (including `class`) is the radar.
    pub fn from_attribute(value: Option<&str>) -> View {
        match value.map(str::trim) {
            Some("profile") => View::Profile,
            Some("table") => View::Table,
            _ => View::Radar,
        }
    }

    pub fn label(self, texts: &Texts) -> &'static str {
        match self {
            View::Radar => texts.t("profile.view.radar"),
            View::Profile => texts.t("profile.view.profile"),
            View::Table => texts.t("profile.view.table"),
        }
    }
}

/// The choices that shape every view of one profile.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Lens {
    /// A context id, or none for the general values.
    pub context: Option<AttrValue>,
    /// A snapshot date to compare with.
    pub compare: Option<AttrValue>,
}

impl Lens {
    pub fn context(&self) -> Option<&str> {
        self.context.as_deref()
    }

    pub fn compare(&self) -> Option<&str> {
        self.compare.as_deref()
    }
}
