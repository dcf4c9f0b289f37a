//! What the current activity is: its status, what it asks, how it engages, represents and lets the
//! learner express (UDL), its resources, and the replies to the work so far (an idea's fate, the
//! teacher's feedback, the learner's reflection).

use learner_model::choice::{Activity, ChoiceBoardDocument, ProposalStatus};
use yew::prelude::*;

use super::board::status_words;
use crate::Texts;

pub fn activity_about(texts: &Texts, doc: &ChoiceBoardDocument, activity: &Activity) -> Html {
    let udl = [
        (texts.t("choice.udl.engagement"), &activity.engagement),
        (
            texts.t("choice.udl.representation"),
            &activity.representation,
        ),
        (texts.t("choice.udl.expression"), &activity.expression),
    ];
    html! {
        <>
            <p class="choice-details-title" id="choice-details-title">{ &activity.title }</p>
            if let Some(words) = status_words(texts, doc, activity) {
                <p class="choice-status-line">{ texts.f("choice.status", &[("status", words)]) }</p>
            }
            if let Some(d) = &activity.description { <p>{ d }</p> }
            <p class="choice-muted">
                { [
                    activity.points.map(|p| texts.plural("choice.points", p, &[])),
                    activity.minutes.map(|m| texts.plural("choice.minutes", f64::from(m), &[])),
                    activity.required.then(|| texts.t("choice.required").to_string()),
                ].into_iter().flatten().collect::<Vec<_>>().join(" · ") }
            </p>
            if udl.iter().any(|(_, tags)| !tags.is_empty()) {
                <dl class="choice-udl">
                    { for udl.iter().filter(|(_, tags)| !tags.is_empty()).map(|(label, tags)| html! {
                        <>
                            <dt>{ *label }</dt>
                            <dd>{ texts.list(tags) }</dd>
                        </>
                    }) }
                </dl>
            }
            if !activity.resources.is_empty() {
                <ul class="competency-links" aria-label={texts.t("choice.resources")}>
                    { for activity.resources.iter().map(|r| html! {
                        <li><a href={r.url.clone()} target="_blank" rel="noopener noreferrer">{ &r.title }</a></li>
                    }) }
                </ul>
            }
            { replies(texts, doc, &activity.id) }
        </>
    }
}

/// The answers to the work on the activity so far.
fn replies(texts: &Texts, doc: &ChoiceBoardDocument, id: &str) -> Html {
    let selection = doc.selection(id);
    html! {
        <>
            if let Some(p) = doc.proposal(id) {
                <p class="choice-proposal">
                    { texts.f("choice.idea", &[("title", &p.title), ("status", match p.status {
                        ProposalStatus::Proposed => texts.t("choice.idea.waiting"),
                        ProposalStatus::Approved => texts.t("choice.idea.approved"),
                        ProposalStatus::Returned => texts.t("choice.idea.returned"),
                    })]) }
                </p>
                if let Some(f) = &p.feedback { <p class="choice-feedback">{ texts.f("choice.idea.feedback", &[("feedback", f)]) }</p> }
            }
            if let Some(f) = selection.and_then(|s| s.feedback.as_ref()) {
                <p class="choice-feedback">{ texts.f("choice.feedback", &[("feedback", f)]) }</p>
            }
            if let Some(r) = selection.and_then(|s| s.reflection.as_ref()) {
                <p class="choice-reflection">{ texts.f("choice.reflection", &[("reflection", r)]) }</p>
            }
        </>
    }
}
