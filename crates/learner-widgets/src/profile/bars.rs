//! The profile view: peaks and valleys as bars, one row per dimension, ordered by group with each
//! group labelled. The usual range is a band behind the bar, the goal a tick, an earlier snapshot a
//! dashed tick, the learner's own rating a diamond; the change is written beside the value.

use learner_model::profile::{ProfileDocument, Reading, read};
use yew::prelude::*;

use super::describe::{change_mark, describe_reading, snapshot_name};
use super::lens::Lens;
use super::radar::diamond;
use super::table::group_label;
use crate::Texts;

const WIDTH: f64 = 560.0;
const LABEL_END: f64 = 176.0;
const TRACK_START: f64 = 184.0;
const TRACK_END: f64 = 470.0;
const ROW: f64 = 30.0;
const HEADER: f64 = 26.0;

/// Readings grouped in the document's group order; dimensions without a group come last.
fn grouped<'r, 'a>(
    texts: &Texts,
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
            out.push((group_label(texts, doc, &group.id), members));
        }
    }
    let loose: Vec<&Reading> = readings
        .iter()
        .filter(|r| r.dimension.group.is_none())
        .collect();
    if !loose.is_empty() {
        out.push((texts.t("profile.group.ungrouped").to_string(), loose));
    }
    out
}

pub fn bars(texts: &Texts, doc: &ProfileDocument, lens: &Lens, described_by: &str) -> Html {
    let scale = &doc.scale;
    let readings = read(doc, lens.context(), lens.compare());
    let since = lens
        .compare()
        .and_then(|date| snapshot_name(texts, doc, date));
    let x_of = |value: f64| TRACK_START + (TRACK_END - TRACK_START) * scale.fraction(value);
    let groups = grouped(texts, doc, &readings);
    // Right to left, the chart is mirrored: labels on the right, bars growing leftwards. The SVG
    // itself stays left-to-right (CSS), so these coordinates mean what they say.
    let rtl = texts.is_rtl();
    let flip = |x: f64| if rtl { WIDTH - x } else { x };
    // A horizontal span [from, to] as a rect's x and width, mirrored when needed.
    let span = |from: f64, to: f64| {
        let (a, b) = (flip(from), flip(to));
        (a.min(b).to_string(), (b - a).abs().max(1.0).to_string())
    };
    let (near, far) = if rtl {
        ("end", "start")
    } else {
        ("start", "end")
    };

    let mut y = 8.0;
    let mut rows = Vec::new();
    for (label, members) in &groups {
        y += HEADER;
        rows.push(html! {
            <text class="bars-group" x={flip(0.0).to_string()} y={(y - 8.0).to_string()} text-anchor={near} aria-hidden="true">{ label }</text>
        });
        for r in members {
            let mid = y + ROW / 2.0;
            let spoken = describe_reading(texts, doc, r, since.as_deref());
            let band = r.dimension.range.as_ref().map(|range| {
                let (x, width) = span(x_of(range.low), x_of(range.high));
                html! { <rect class="bars-band" x={x} y={(mid - 9.0).to_string()} width={width} height="18" /> }
            });
            let goal = r.dimension.target.map(|goal| {
                html! {
                    <line class="bars-goal" x1={flip(x_of(goal)).to_string()} x2={flip(x_of(goal)).to_string()}
                        y1={(mid - 11.0).to_string()} y2={(mid + 11.0).to_string()} />
                }
            });
            let earlier = r.earlier.map(|earlier| html! {
                <line class="bars-earlier" x1={flip(x_of(earlier)).to_string()} x2={flip(x_of(earlier)).to_string()}
                    y1={(mid - 11.0).to_string()} y2={(mid + 11.0).to_string()} />
            });
            let own = r.dimension.self_rating.map(|rating| {
                html! {
                    <path class="radar-self" d={diamond(flip(x_of(rating)), mid, 5.0)} />
                }
            });
            let mark = change_mark(texts, r).map(|mark| {
                html! {
                    <tspan class="bars-change" dx="6">{ mark }</tspan>
                }
            });
            let (track, value) = (
                span(TRACK_START, TRACK_END),
                span(TRACK_START, x_of(r.value)),
            );
            rows.push(html! {
                <g class="bars-row" tabindex="0" role="img" aria-label={spoken.clone()}>
                    <title>{ spoken }</title>
                    <text class="bars-label" x={flip(LABEL_END).to_string()} y={(mid + 4.0).to_string()}
                        text-anchor={far}>{ &r.dimension.label }</text>
                    <rect class="bars-track" x={track.0.clone()} y={(mid - 4.0).to_string()}
                        width={track.1.clone()} height="8" />
                    { for band }
                    <rect class="bars-value" x={value.0} y={(mid - 5.0).to_string()}
                        width={value.1} height="10" />
                    { for earlier }
                    { for goal }
                    { for own }
                    <text class="bars-number" x={flip(TRACK_END + 8.0).to_string()} y={(mid + 4.0).to_string()} text-anchor={near}>
                        { texts.number(r.value) }{ for mark }
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
            aria-label={texts.f("profile.bars.name", &[("name", &doc.learner.name)])}
            aria-describedby={described_by.to_string()}
            xmlns="http://www.w3.org/2000/svg">
            { for rows }
        </svg>
    }
}
