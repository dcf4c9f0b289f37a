//! A usable profile: the learner's name, the shape in words, the chart and the table.

use std::rc::Rc;

use learner_model::ProfileDocument;
use yew::prelude::*;

use super::radar::{Radar, describe};
use super::table::ProfileTable;

#[derive(Properties, PartialEq)]
pub struct ProfileViewProps {
    pub document: Rc<ProfileDocument>,
}

#[component(ProfileView)]
pub fn profile_view(props: &ProfileViewProps) -> Html {
    let doc = &props.document;
    html! {
        <section class="learner-profile" aria-label={format!("Learner profile: {}", doc.learner.name)}>
            <p class="profile-name" part="name">{ &doc.learner.name }</p>
            <p class="profile-summary" id="profile-summary" part="summary">{ describe(doc) }</p>
            <Radar document={doc.clone()} described_by="profile-summary" />
            <ProfileTable document={doc.clone()} />
        </section>
    }
}
