//! The key to the chart's marks, in words beside a sample of each: nothing is told by colour alone.

use learner_model::profile::ProfileDocument;
use yew::prelude::*;

use super::describe::snapshot_name;
use super::lens::Lens;
use super::radar::diamond;
use crate::Texts;

pub fn legend(texts: &Texts, doc: &ProfileDocument, lens: &Lens) -> Html {
    let dims = &doc.dimensions;
    let sample = |mark: Html| {
        html! {
            <svg class="legend-sample learner-tokens" viewBox="0 0 24 12" width="24" height="12" aria-hidden="true">{ mark }</svg>
        }
    };
    let mut items = vec![(
        sample(html! { <line class="legend-value" x1="0" y1="6" x2="24" y2="6" /> }),
        texts.t("profile.key.value").to_string(),
    )];
    if dims.iter().any(|d| d.range.is_some()) {
        items.push((
            sample(html! { <rect class="radar-band" x="0" y="1" width="24" height="10" /> }),
            texts.t("profile.key.range").to_string(),
        ));
    }
    if let Some(since) = lens
        .compare()
        .and_then(|date| snapshot_name(texts, doc, date))
    {
        items.push((
            sample(html! { <line class="radar-earlier" x1="0" y1="6" x2="24" y2="6" /> }),
            since,
        ));
    }
    if dims.iter().any(|d| d.target.is_some()) {
        items.push((
            sample(html! { <line class="radar-goal" x1="12" y1="0" x2="12" y2="12" /> }),
            texts.t("profile.key.goal").to_string(),
        ));
    }
    if dims.iter().any(|d| d.self_rating.is_some()) {
        items.push((
            sample(html! { <path class="radar-self" d={diamond(12.0, 6.0, 5.0)} /> }),
            texts.t("profile.key.own").to_string(),
        ));
    }
    html! {
        <ul class="profile-legend" part="legend" aria-label={texts.t("profile.key")}>
            { for items.into_iter().map(|(mark, text)| html! { <li>{ mark }{ text }</li> }) }
        </ul>
    }
}
