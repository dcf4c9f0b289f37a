//! One learner's profile: name, summary, the chosen view with its key, and, in self mode, the
//! learner's own ratings.

use std::rc::Rc;

use learner_model::profile::{ProfileDocument, read, summarize};

use crate::Texts;
use crate::observed_width::use_observed_width;
use yew::prelude::*;

use super::bars::bars;
use super::describe::summary_text;
use super::legend::legend;
use super::lens::{Lens, View};
use super::radar::radar;
use super::radar_layout::MAX_WIDTH;
use super::self_assessment::self_assessment;
use super::table::profile_table;
use super::toolbar::{ToolbarProps, toolbar};
use super::{ExportFormat, ProfileChange};

#[derive(Properties, PartialEq)]
pub struct SingleProps {
    pub document: Rc<ProfileDocument>,
    /// The view the host asked for; the learner may switch.
    pub view: View,
    pub self_mode: bool,
    pub texts: Texts,
    pub on_change: Callback<ProfileChange>,
    pub on_export: Callback<ExportFormat>,
    /// Opened from the class view: focus moves to the profile (its region, named after the
    /// learner) when it appears.
    #[prop_or_default]
    pub focus_on_open: bool,
    /// The chart's width until it is measured (`Options::width`).
    #[prop_or_default]
    pub width: Option<f64>,
    /// Shown right after the name, before the toolbar (the class view's "Back" button).
    #[prop_or_default]
    pub children: Html,
}

#[component(Single)]
pub fn single(props: &SingleProps) -> Html {
    let chosen_view = use_state(|| None::<View>);
    let region_ref = use_node_ref();
    {
        // Once, when the profile appears: a person who opened it from the class hears whose it is.
        let (region_ref, focus_on_open) = (region_ref.clone(), props.focus_on_open);
        use_effect_with((), move |_| {
            if focus_on_open && let Some(region) = region_ref.cast::<web_sys::HtmlElement>() {
                let _ = region.focus();
            }
        });
    }
    let chart_box = use_node_ref();
    // Until it is measured (and where it cannot be), the chart is laid out at the width a server
    // guessed, or else at its widest.
    let chart_width = use_observed_width(&chart_box)
        .or(props.width)
        .unwrap_or(MAX_WIDTH);
    let context = use_state(|| None::<AttrValue>);
    let compare = use_state(|| None::<AttrValue>);
    {
        // A new `view` from the host wins over the learner's last choice.
        let chosen_view = chosen_view.clone();
        // Only when there is a choice to drop: setting state re-renders, and on the first render
        // (a cold start) that would draw the whole profile twice.
        use_effect_with(props.view, move |_| {
            if chosen_view.is_some() {
                chosen_view.set(None);
            }
        });
    }
    let view = chosen_view.unwrap_or(props.view);
    let doc = &props.document;
    // Choices that no longer exist in a new document fall back to none.
    let lens = Lens {
        context: (*context).clone().filter(|id| doc.context(id).is_some()),
        compare: (*compare)
            .clone()
            .filter(|date| doc.snapshot(date).is_some()),
    };
    let readings = read(doc, lens.context(), lens.compare());
    let texts = &props.texts;
    let summary = summary_text(texts, &summarize(doc, &readings, lens.compare()));

    let body = match view {
        View::Radar => {
            html! { <>{ radar(texts, doc, &lens, "profile-summary", chart_width) }{ legend(texts, doc, &lens) }</> }
        }
        View::Profile => {
            html! { <>{ bars(texts, doc, &lens, "profile-summary", chart_width) }{ legend(texts, doc, &lens) }</> }
        }
        View::Table => profile_table(texts, doc, &lens),
    };
    let on_view = Callback::from(move |v| chosen_view.set(Some(v)));
    let on_context = Callback::from(move |c| context.set(c));
    let on_compare = Callback::from(move |c| compare.set(c));

    html! {
        <section class="learner-profile" aria-label={texts.f("profile.region", &[("name", &doc.learner.name)])}
            ref={region_ref} tabindex={props.focus_on_open.then_some("-1")}>
            <p class="profile-name" part="name">{ &doc.learner.name }</p>
            { props.children.clone() }
            { toolbar(&ToolbarProps {
                texts: texts.clone(),
                document: doc.clone(),
                view,
                context: lens.context.clone(),
                compare: lens.compare.clone(),
                on_view,
                on_context,
                on_compare,
                on_export: props.on_export.clone(),
            }) }
            <p class="profile-summary" id="profile-summary" part="summary" aria-live="polite">{ summary }</p>
            <div class="profile-chart-box" ref={chart_box}>{ body }</div>
            if props.self_mode { { self_assessment(texts, doc, &props.on_change) } }
        </section>
    }
}
