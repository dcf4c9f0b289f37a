//! `<learner-progress>`: where a learner stands on each competency, why, whether they are on pace,
//! and what to do next.

pub(crate) mod competency_row;
mod edit_feedback;
pub(crate) mod goals;
mod heatmap;
mod map;
mod next_steps;
mod pace_panel;
mod teacher;
mod timeline;
mod tree;
pub(crate) mod wording;

use std::rc::Rc;

use learner_model::Date;
use learner_model::progress::{ProgressDocument, ProgressEdit, ProgressIndex, ProgressInput};
use yew::prelude::*;

use crate::{LoadState, Mode, Texts, WidgetProps, error_view, view_switch};
use goals::Goals;
use heatmap::{RowCache, heatmap};
use map::map;
use next_steps::next_steps;
use pace_panel::pace_panel;
use teacher::TeacherPanel;
use timeline::{TIMELINE_PAGE, timeline};
use tree::ProgressTree;

/// A teacher's or the learner's edit, with the whole document after it.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgressChange {
    pub document: Rc<ProgressDocument>,
    pub edit: ProgressEdit,
}

/// The tracker's views.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProgressView {
    List,
    Map,
    Timeline,
}

impl ProgressView {
    /// Each view with its label in `texts`' language.
    fn all(texts: &Texts) -> [(ProgressView, &'static str); 3] {
        [
            (ProgressView::List, texts.t("progress.view.list")),
            (ProgressView::Map, texts.t("progress.view.map")),
            (ProgressView::Timeline, texts.t("progress.view.timeline")),
        ]
    }

    /// From the `view` attribute; anything else is the list.
    pub fn from_attribute(value: Option<&str>) -> ProgressView {
        match value.map(str::trim) {
            Some("map") => ProgressView::Map,
            Some("timeline") => ProgressView::Timeline,
            _ => ProgressView::List,
        }
    }
}

/// The progress widget's props: one learner's progress, or a class (shown as the heatmap).
/// `options.today` (`YYYY-MM-DD`) is the date pace is judged on.
pub type ProgressWidgetProps = WidgetProps<ProgressInput, ProgressChange>;

#[component(ProgressWidget)]
pub fn progress_widget(props: &ProgressWidgetProps) -> Html {
    let asked = ProgressView::from_attribute(props.options.view.as_deref());
    let chosen = use_state(|| None::<ProgressView>);
    {
        // A new `view` from the host wins over the learner's last choice.
        let chosen = chosen.clone();
        // Only when there is a choice to drop: setting state re-renders the whole tracker.
        use_effect_with(asked, move |_| {
            if chosen.is_some() {
                chosen.set(None);
            }
        });
    }
    let view = chosen.unwrap_or(asked);
    let on_view = Callback::from(move |v| chosen.set(Some(v)));
    let teacher = props.options.mode == Mode::Teacher;
    // The learner's own tracker (`mode="self"`) and a teacher can both set and close goals.
    let goals_editable = teacher || props.options.mode == Mode::SelfAssessment;
    let texts = props.options.texts();
    let heatmap_rows = use_mut_ref(RowCache::default);
    let histories_shown = use_state(|| TIMELINE_PAGE);
    let on_more_histories = {
        let shown = histories_shown.clone();
        Callback::from(move |()| shown.set(*shown + TIMELINE_PAGE))
    };
    let body = match &props.state {
        LoadState::Empty => html! {
            <p class="learner-status" role="status">{ texts.t("progress.empty") }</p>
        },
        LoadState::Failed(error) => error_view(&texts, texts.t("progress.cannot-show"), error),
        LoadState::Ready(input) => match &**input {
            ProgressInput::Class(class) => heatmap(&texts, class, &heatmap_rows),
            ProgressInput::Learner(doc) => {
                let today = props.options.today.as_deref().and_then(Date::parse);
                // Made once for the panels; a large framework's lookups are not made again.
                let index = ProgressIndex::new(doc);
                html! {
                    <section class="learner-progress"
                        aria-label={texts.f("progress.region", &[("name", &doc.learner.name), ("framework", &doc.framework.title)])}>
                        <p class="profile-name" part="name">{ &doc.learner.name }</p>
                        <p class="progress-framework">{ &doc.framework.title }</p>
                        <div class="profile-toolbar" part="toolbar">
                            { view_switch(&texts, &ProgressView::all(&texts), view, &on_view) }
                        </div>
                        if teacher {
                            <TeacherPanel document={doc.clone()} texts={texts.clone()} today={props.options.today.clone()}
                                on_change={props.on_change.clone()} />
                        }
                        { for today.map(|today| pace_panel(&texts, &index, today)) }
                        { next_steps(&texts, &index) }
                        { match view {
                            ProgressView::List => html! { <ProgressTree document={doc.clone()} texts={texts.clone()} /> },
                            ProgressView::Map => map(&texts, doc),
                            ProgressView::Timeline => timeline(&texts, doc, *histories_shown, &on_more_histories),
                        } }
                        <Goals document={doc.clone()} texts={texts.clone()} editable={goals_editable}
                            on_change={props.on_change.clone()} />
                    </section>
                }
            }
        },
    };
    html! { <div class="learner-root" part="base" lang={texts.lang().to_string()} dir={texts.dir()}>{ body }</div> }
}
