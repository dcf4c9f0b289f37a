//! The profile view: peaks and valleys as bars, one row per dimension, ordered by group with each
//! group labelled. The usual range is a band behind the bar, the goal a tick, an earlier snapshot a
//! dashed tick, the learner's own rating a diamond; the change is written beside the value.

use learner_model::profile::{ProfileDocument, Reading, read};
use yew::prelude::*;

use super::describe::{change_mark, describe_reading, snapshot_name};
use super::geometry::wrap_label;
use super::lens::Lens;
use super::radar::diamond;
use super::radar_layout::MAX_WIDTH;
use super::table::group_label;
use crate::Texts;

const LABEL_END: f64 = 176.0;
const TRACK_START: f64 = 184.0;
/// Room after the track for the value and its change.
const NUMBER_ROOM: f64 = 90.0;
const ROW: f64 = 30.0;
const HEADER: f64 = 26.0;
/// A label line's height, and an estimate of one character's advance at 13 px (as the radar's).
const LINE: f64 = 15.0;
const CHAR_WIDTH: f64 = 8.0;
/// Narrower than this, a row's label goes on its own line above its bar.
const STACKED_BELOW: f64 = 440.0;

/// Where a row's parts go at the width the chart is shown, in CSS px, so its text keeps its size.
struct BarsLayout {
    width: f64,
    stacked: bool,
    track_start: f64,
    track_end: f64,
    /// Characters per label line.
    label_chars: usize,
}

impl BarsLayout {
    fn new(width: f64) -> Self {
        let width = width.clamp(200.0, MAX_WIDTH);
        let stacked = width < STACKED_BELOW;
        let (track_start, label_room) = if stacked {
            (0.0, width)
        } else {
            (TRACK_START, LABEL_END)
        };
        Self {
            width,
            stacked,
            track_start,
            track_end: width - NUMBER_ROOM,
            label_chars: ((label_room / CHAR_WIDTH) as usize).max(6),
        }
    }
}

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

/// The bars, laid out for a chart `width` CSS px wide (their text keeps its size).
pub fn bars(
    texts: &Texts,
    doc: &ProfileDocument,
    lens: &Lens,
    described_by: &str,
    width: f64,
) -> Html {
    let layout = BarsLayout::new(width);
    let (track_start, track_end) = (layout.track_start, layout.track_end);
    let scale = &doc.scale;
    let readings = read(doc, lens.context(), lens.compare());
    let since = lens
        .compare()
        .and_then(|date| snapshot_name(texts, doc, date));
    let x_of = |value: f64| track_start + (track_end - track_start) * scale.fraction(value);
    let groups = grouped(texts, doc, &readings);
    // Right to left, the chart is mirrored: labels on the right, bars growing leftwards. The SVG
    // itself stays left-to-right (CSS), so these coordinates mean what they say.
    let rtl = texts.is_rtl();
    let flip = |x: f64| if rtl { layout.width - x } else { x };
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
            let lines = wrap_label(&r.dimension.label, layout.label_chars, 2);
            let label_height = lines.len() as f64 * LINE;
            // Stacked, the label's lines come first and the bar below them; beside, the bar is
            // centred on the label's lines.
            let (label_top, mid, row) = if layout.stacked {
                (y + 2.0, y + label_height + 14.0, label_height + 26.0)
            } else {
                let row = ROW.max(label_height + 8.0);
                (y + (row - label_height) / 2.0, y + row / 2.0, row)
            };
            let (label_x, label_anchor) = if layout.stacked {
                (flip(0.0), near)
            } else {
                (flip(LABEL_END), far)
            };
            let label_x = label_x.to_string();
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
                span(track_start, track_end),
                span(track_start, x_of(r.value)),
            );
            rows.push(html! {
                <g class="bars-row" tabindex="0" role="img" aria-label={spoken.clone()}>
                    <title>{ spoken }</title>
                    <text class="bars-label" x={label_x.clone()} text-anchor={label_anchor}>
                        { for lines.iter().enumerate().map(|(i, line)| html! {
                            <tspan x={label_x.clone()} y={(label_top + 11.0 + LINE * i as f64).to_string()}>
                                { line }
                            </tspan>
                        }) }
                    </text>
                    <rect class="bars-track" x={track.0.clone()} y={(mid - 4.0).to_string()}
                        width={track.1.clone()} height="8" />
                    { for band }
                    <rect class="bars-value" x={value.0} y={(mid - 5.0).to_string()}
                        width={value.1} height="10" />
                    { for earlier }
                    { for goal }
                    { for own }
                    <text class="bars-number" x={flip(track_end + 8.0).to_string()} y={(mid + 4.0).to_string()} text-anchor={near}>
                        { texts.number(r.value) }{ for mark }
                    </text>
                </g>
            });
            y += row;
        }
    }
    let height = y + 10.0;
    html! {
        <svg class="profile-chart bars-chart learner-tokens" part="chart"
            viewBox={format!("0 0 {} {height}", layout.width)} role="group"
            aria-label={texts.f("profile.bars.name", &[("name", &doc.learner.name)])}
            aria-describedby={described_by.to_string()}
            xmlns="http://www.w3.org/2000/svg">
            { for rows }
        </svg>
    }
}
