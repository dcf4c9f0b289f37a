//! The profile view: peaks and valleys as bars, one row per dimension, ordered by group with each
//! group labelled. The usual range is a band behind the bar, the goal a tick, an earlier snapshot a
//! dashed tick, the learner's own rating a diamond; the change is written beside the value.

use learner_model::format_number;
use learner_model::profile::{ProfileDocument, Reading, read};
use yew::prelude::*;

use super::describe::{change_mark, describe_reading, snapshot_name};
use super::lens::Lens;
use super::radar::diamond;

const WIDTH: f64 = 560.0;
const LABEL_END: f64 = 176.0;
const TRACK_START: f64 = 184.0;
const TRACK_END: f64 = 470.0;
const ROW: f64 = 30.0;
const HEADER: f64 = 26.0;

/// Readings grouped in the document's group order; dimensions without a group come last.
fn grouped<'r, 'a>(
    doc: &ProfileDocument,
    readings: &'r [Reading<'a>],
) -> Vec<(String, Vec<&'r Reading<'a>>)> {
    let mut out: Vec<(String, Vec<&Reading>)> = Vec::new();
    for group in doc.groups() {
        let members: Vec<&Reading> = readings
            .iter()
            .filter(|r| r.dimension.group.as_deref() == Some(&group.id))
            .collect();
        if !members.is_empty() {
            out.push((group.label, members));
        }
    }
    let loose: Vec<&Reading> = readings
        .iter()
        .filter(|r| r.dimension.group.is_none())
        .collect();
    if !loose.is_empty() {
        out.push((String::from("Other"), loose));
    }
    out
}

pub fn bars(doc: &ProfileDocument, lens: &Lens, described_by: &str) -> Html {
    let scale = &doc.scale;
    let readings = read(doc, lens.context(), lens.compare());
    let since = lens.compare().and_then(|date| snapshot_name(doc, date));
    let x_of = |value: f64| TRACK_START + (TRACK_END - TRACK_START) * scale.fraction(value);
    let groups = grouped(doc, &readings);

    let mut y = 8.0;
    let mut rows = Vec::new();
    for (label, members) in &groups {
        y += HEADER;
        rows.push(html! {
            <text class="bars-group" x="0" y={(y - 8.0).to_string()} aria-hidden="true">{ label }</text>
        });
        for r in members {
            let mid = y + ROW / 2.0;
            let spoken = describe_reading(doc, r, since.as_deref());
            let band = r.dimension.range.as_ref().map(|range| html! {
                <rect class="bars-band" x={x_of(range.low).to_string()} y={(mid - 9.0).to_string()}
                    width={(x_of(range.high) - x_of(range.low)).max(1.0).to_string()} height="18" />
            });
            let goal = r.dimension.target.map(|goal| {
                html! {
                    <line class="bars-goal" x1={x_of(goal).to_string()} x2={x_of(goal).to_string()}
                        y1={(mid - 11.0).to_string()} y2={(mid + 11.0).to_string()} />
                }
            });
            let earlier = r.earlier.map(|earlier| html! {
                <line class="bars-earlier" x1={x_of(earlier).to_string()} x2={x_of(earlier).to_string()}
                    y1={(mid - 11.0).to_string()} y2={(mid + 11.0).to_string()} />
            });
            let own = r.dimension.self_rating.map(|rating| {
                html! {
                    <path class="radar-self" d={diamond(x_of(rating), mid, 5.0)} />
                }
            });
            let mark = change_mark(r).map(|mark| {
                html! {
                    <tspan class="bars-change" dx="6">{ mark }</tspan>
                }
            });
            rows.push(html! {
                <g class="bars-row" tabindex="0" role="img" aria-label={spoken.clone()}>
                    <title>{ spoken }</title>
                    <text class="bars-label" x={LABEL_END.to_string()} y={(mid + 4.0).to_string()}
                        text-anchor="end">{ &r.dimension.label }</text>
                    <rect class="bars-track" x={TRACK_START.to_string()} y={(mid - 4.0).to_string()}
                        width={(TRACK_END - TRACK_START).to_string()} height="8" />
                    { for band }
                    <rect class="bars-value" x={TRACK_START.to_string()} y={(mid - 5.0).to_string()}
                        width={(x_of(r.value) - TRACK_START).max(1.0).to_string()} height="10" />
                    { for earlier }
                    { for goal }
                    { for own }
                    <text class="bars-number" x={(TRACK_END + 8.0).to_string()} y={(mid + 4.0).to_string()}>
                        { format_number(r.value) }{ for mark }
                    </text>
                </g>
            });
            y += ROW;
        }
    }
    let height = y + 10.0;
    html! {
        <svg class="profile-chart bars-chart learner-tokens" part="chart"
            viewBox={format!("0 0 {WIDTH} {height}")} role="group"
            aria-label={format!("Profile of {}: peaks and valleys by group", doc.learner.name)}
            aria-describedby={described_by.to_string()}
            xmlns="http://www.w3.org/2000/svg">
            { for rows }
        </svg>
    }
}
