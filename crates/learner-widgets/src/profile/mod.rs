//! `<learner-profile>`: a learner's jagged profile as a radar chart, in words, and as a table.

mod geometry;
mod radar;
mod table;
mod view;

pub use geometry::RadarGeometry;
pub use radar::Radar;
pub use table::ProfileTable;
pub use view::ProfileView;

use learner_model::ProfileDocument;
use yew::prelude::*;

use crate::{ErrorView, LoadState};

#[derive(Properties, PartialEq)]
pub struct ProfileWidgetProps {
    pub state: LoadState<ProfileDocument>,
}

/// The whole widget: the profile, the reason it can't be shown, or a note that no data came yet.
#[component(ProfileWidget)]
pub fn profile_widget(props: &ProfileWidgetProps) -> Html {
    let body = match &props.state {
        LoadState::Empty => html! {
            <p class="learner-status" role="status">{ "No learner profile has been given yet." }</p>
        },
        LoadState::Ready(document) => html! { <ProfileView document={document.clone()} /> },
        LoadState::Failed(error) => html! {
            <ErrorView what="this learner profile" error={error.clone()} />
        },
    };
    html! { <div class="learner-root" part="base">{ body }</div> }
}
