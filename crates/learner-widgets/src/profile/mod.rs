//! `<learner-profile>`: a learner's jagged profile as a radar, as bars by group, or as a table, in
//! any context and against any earlier snapshot; a learner's self-assessment; a class's spread.

pub(crate) mod bars;
mod class_view;
pub(crate) mod describe;
mod geometry;
pub(crate) mod legend;
mod lens;
mod radar;
pub(crate) mod radar_layout;
mod self_assessment;
mod single;
pub(crate) mod table;
mod toolbar;

pub use describe::{about, describe_reading};
pub use geometry::RadarGeometry;
pub use lens::{Lens, View};

use std::rc::Rc;

use learner_model::ProfileInput;
use learner_model::profile::{ProfileDocument, ProfileEdit};
use yew::prelude::*;

pub use crate::ExportFormat;
use crate::{LoadState, Mode, WidgetProps, error_view};
use class_view::class_view;
use single::Single;

/// A learner's edit, with the whole document after it.
#[derive(Debug, Clone, PartialEq)]
pub struct ProfileChange {
    pub document: Rc<ProfileDocument>,
    pub edit: ProfileEdit,
}

/// The profile widget's props. `options.view`: `radar` (default), `profile`, `table` or `class`;
/// `options.mode`: `self` shows the self-assessment.
pub type ProfileWidgetProps = WidgetProps<ProfileInput, ProfileChange>;

/// The whole widget: a profile or a class, the reason it can't be shown, or a note that no data
/// came yet.
#[component(ProfileWidget)]
pub fn profile_widget(props: &ProfileWidgetProps) -> Html {
    let opened = use_state(|| None::<usize>);
    // The learner opened last, whose button takes focus again when the person comes back.
    let last_opened = use_state(|| None::<usize>);
    let learner_ref = use_node_ref();
    {
        let learner_ref = learner_ref.clone();
        use_effect_with(*opened, move |opened| {
            // Back to the class (on the first render, no button holds the ref).
            if opened.is_none()
                && let Some(button) = learner_ref.cast::<web_sys::HtmlElement>()
            {
                let _ = button.focus();
            }
        });
    }
    let view = View::from_attribute(props.options.view.as_deref());
    let self_mode = props.options.mode == Mode::SelfAssessment;
    let texts = props.options.texts();
    let body = match &props.state {
        LoadState::Empty => html! {
            <p class="learner-status" role="status">{ texts.t("profile.empty") }</p>
        },
        LoadState::Failed(error) => error_view(&texts, texts.t("profile.cannot-show"), error),
        LoadState::Ready(input) => match &**input {
            ProfileInput::Profile(doc) => html! {
                <Single document={Rc::new(doc.clone())} view={view} self_mode={self_mode} width={props.options.width}
                    texts={texts.clone()} on_change={props.on_change.clone()} on_export={props.on_export.clone()} />
            },
            ProfileInput::Roster(roster) => match opened.and_then(|i| roster.profiles.get(i)) {
                Some(profile) => {
                    let back = {
                        let opened = opened.clone();
                        Callback::from(move |_| opened.set(None))
                    };
                    // Focus goes to the learner's profile, and the next Tab to "Back", its first control.
                    html! {
                        <Single document={Rc::new(profile.clone())} view={View::Radar}
                            self_mode={false} texts={texts.clone()} on_change={Callback::noop()}
                            on_export={props.on_export.clone()} focus_on_open=true width={props.options.width}>
                            <button type="button" class="toolbar-button class-back" onclick={back}>
                                { texts.f("profile.back-to", &[("class", &roster.title)]) }
                            </button>
                        </Single>
                    }
                }
                None => {
                    let (opened, last) = (opened.clone(), last_opened.clone());
                    class_view(
                        &texts,
                        roster,
                        &Callback::from(move |i| {
                            last.set(Some(i));
                            opened.set(Some(i));
                        }),
                        last_opened.map(|i| (i, learner_ref.clone())),
                    )
                }
            },
        },
    };
    html! { <div class="learner-root" part="base" lang={texts.lang().to_string()} dir={texts.dir()}>{ body }</div> }
}
