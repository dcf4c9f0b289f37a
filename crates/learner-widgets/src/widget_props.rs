//! The props every learner widget takes: what to show, the element's options, and the callbacks
//! through which a person's actions leave the widget.

use yew::prelude::*;

use crate::LoadState;

/// The element's attributes other than `data`, as the host set them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Options {
    /// `view`: which view to show first.
    pub view: Option<AttrValue>,
    /// `mode`, read once where the attribute is.
    pub mode: Mode,
    /// `today`: `YYYY-MM-DD`, for pacing; the browser's date when absent.
    pub today: Option<AttrValue>,
    /// The language: the element's `lang` or its nearest ancestor's.
    pub lang: Option<AttrValue>,
    /// The width (CSS px) the radar is laid out at until the browser has measured it: a server's
    /// guess (`renderWidget`'s `width`), so that hydrating draws the same layout. Widest when absent.
    pub width: Option<f64>,
}

/// Who the widget is for, from the `mode` attribute: `self` (the learner rates themselves, sets
/// goals), `teacher` (authoring, evidence, overrides); anything else, or none, is the learner
/// viewing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    View,
    SelfAssessment,
    Teacher,
}

impl Mode {
    pub fn from_attribute(value: Option<&str>) -> Mode {
        match value.map(str::trim) {
            Some("self") => Mode::SelfAssessment,
            Some("teacher") => Mode::Teacher,
            _ => Mode::View,
        }
    }
}

impl Options {
    /// The words, numbers and dates for this widget's language.
    pub fn texts(&self) -> crate::Texts {
        crate::Texts::for_lang(self.lang.as_deref())
    }
}

/// What the learner asked to download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Svg,
    Png,
}

#[derive(Properties)]
pub struct WidgetProps<D: 'static, C: 'static> {
    pub state: LoadState<D>,
    #[prop_or_default]
    pub options: Options,
    #[prop_or_default]
    pub on_change: Callback<C>,
    #[prop_or_default]
    pub on_export: Callback<ExportFormat>,
}

impl<D, C> PartialEq for WidgetProps<D, C> {
    fn eq(&self, other: &Self) -> bool {
        self.state == other.state
            && self.options == other.options
            && self.on_change == other.on_change
            && self.on_export == other.on_export
    }
}
