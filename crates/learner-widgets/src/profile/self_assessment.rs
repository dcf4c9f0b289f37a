//! Self-assessment (`mode="self"`): the learner rates each dimension with a slider that works with
//! arrow keys, Page Up/Down, Home/End or a single click (no dragging needed), and may add a note.

use std::rc::Rc;

use learner_model::format_number as n;
use learner_model::profile::{ProfileDocument, ProfileEdit};

use super::describe::value_text;
use crate::{Texts, number_from_text};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::ProfileChange;

/// Makes the new document from a control's value, or `None` when the value is unusable.
type MakeEdit = Rc<dyn Fn(&ProfileDocument, String) -> Option<(ProfileDocument, ProfileEdit)>>;

fn on_control_change(
    doc: Rc<ProfileDocument>,
    on_change: Callback<ProfileChange>,
    make: MakeEdit,
) -> Callback<Event> {
    Callback::from(move |e: Event| {
        let value = e.target_unchecked_into::<HtmlInputElement>().value();
        if let Some((document, edit)) = make(&doc, value) {
            on_change.emit(ProfileChange {
                document: Rc::new(document),
                edit,
            });
        }
    })
}

pub fn self_assessment(
    texts: &Texts,
    doc: &Rc<ProfileDocument>,
    on_change: &Callback<ProfileChange>,
) -> Html {
    let scale = &doc.scale;
    let middle = scale.min + (scale.max - scale.min) / 2.0;
    let rows = doc.dimensions.iter().enumerate().map(|(index, d)| {
        let slider_id = format!("self-rating-{index}");
        let note_id = format!("self-note-{index}");
        let rated = d.self_rating;
        let shown = rated.unwrap_or(middle);
        let valuetext = match rated {
            Some(value) => value_text(texts, doc, value),
            None => texts.t("profile.self.not-rated").to_string(),
        };
        let emit = |make: MakeEdit| on_control_change(doc.clone(), on_change.clone(), make);
        let id = d.id.clone();
        let on_rating = emit(Rc::new(move |doc, value| {
            doc.with_self_rating(&id, number_from_text(&value)?).ok()
        }));
        let id = d.id.clone();
        let on_note = emit(Rc::new(move |doc, value| {
            doc.with_self_note(&id, &value).ok()
        }));
        html! {
            <li class="self-row">
                <label class="self-label" for={slider_id.clone()}>{ &d.label }</label>
                <input type="range" class="self-slider" id={slider_id}
                    min={n(scale.min)} max={n(scale.max)} step={n(scale.keyboard_step())}
                    value={n(shown)} aria-valuetext={valuetext.clone()} onchange={on_rating} />
                <span class="self-value" aria-hidden="true">{ valuetext }</span>
                <label class="self-note-label" for={note_id.clone()}>
                    { texts.f("profile.self.note", &[("label", &d.label)]) }
                </label>
                <input type="text" class="self-note" id={note_id}
                    value={d.self_note.clone().unwrap_or_default()} onchange={on_note} />
            </li>
        }
    });
    html! {
        <section class="self-assessment" part="self-assessment" aria-labelledby="self-heading">
            <p class="self-heading" id="self-heading">{ texts.t("profile.self.heading") }</p>
            <p class="self-help">
                { texts.f("profile.self.help", &[("min", &texts.number(scale.min)), ("max", &texts.number(scale.max))]) }
            </p>
            <ul class="self-list">{ for rows }</ul>
        </section>
    }
}
