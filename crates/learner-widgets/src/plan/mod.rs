//! The printed learning plan: one learner's profile and progress as a family reads them on paper.
//! The learner's name and the date, the jagged profile as a chart with its table, progress per
//! competency in words, pace and next steps, and goals with their reflections; never a class
//! comparison. Either document may be missing. Drawn into a print-only container by
//! `learner-embed`'s `plan_print`, from its own wasm module (`crates/embed-plan`).

mod goals_part;
mod heading;
mod next_part;
mod profile_part;
mod standings;

use std::rc::Rc;

use learner_model::Date;
use learner_model::profile::ProfileDocument;
use learner_model::progress::{ProgressDocument, ProgressIndex};
use yew::prelude::*;

use crate::Texts;
use goals_part::goals_part;
use heading::heading;
use next_part::next_part;
use profile_part::profile_part;
use standings::standings;

/// What the plan shows: at least one of the two documents (the caller makes sure), in `lang`,
/// as of `today` (`YYYY-MM-DD`, the date pace is judged on and the plan is dated).
#[derive(Properties, PartialEq, Clone)]
pub struct PlanProps {
    #[prop_or_default]
    pub progress: Option<Rc<ProgressDocument>>,
    #[prop_or_default]
    pub profile: Option<Rc<ProfileDocument>>,
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    #[prop_or_default]
    pub today: Option<AttrValue>,
}

#[component(PlanView)]
pub fn plan_view(props: &PlanProps) -> Html {
    let texts = Texts::for_lang(props.lang.as_deref());
    html! {
        <article class="plan" lang={texts.lang().to_string()} dir={texts.dir()}>
            { plan_body(&texts, props) }
        </article>
    }
}

/// The plan's sections in reading order.
fn plan_body(texts: &Texts, props: &PlanProps) -> Html {
    let name = props
        .progress
        .as_ref()
        .map(|doc| doc.learner.name.as_str())
        .or(props.profile.as_ref().map(|doc| doc.learner.name.as_str()))
        .unwrap_or_default();
    let today = props.today.as_deref().and_then(Date::parse);
    let progress = props.progress.as_ref().map(|doc| {
        let index = ProgressIndex::new(doc);
        html! {
            <>
                { standings(texts, &index) }
                { next_part(texts, &index, today) }
                { goals_part(texts, doc) }
            </>
        }
    });
    html! {
        <>
            { heading(texts, name, props.today.as_deref()) }
            { for props.profile.as_ref().map(|doc| profile_part(texts, doc)) }
            { for progress }
        </>
    }
}
