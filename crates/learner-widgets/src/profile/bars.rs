//! The profile view: peaks and valleys as bars, one row per dimension, ordered by group with each
//! group labelled. The usual range is a band behind the bar, the goal a tick, an earlier snapshot a
//! dashed tick, the learner's own rating a diamond; the change is written beside the value.

use learner_model::profile::{ProfileDocument, Reading, Scale, read};
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
    let frame = Frame {
        layout: BarsLayout::new(width),
        scale: &doc.scale,
        rtl: texts.is_rtl(),
    };
    let readings = read(doc, lens.context(), lens.compare());
    let since = lens
        .compare()
        .and_then(|date| snapshot_name(texts, doc, date));
    let mut y = 8.0;
    let mut rows = Vec::new();
    for (label, members) in &grouped(texts, doc, &readings) {
        y += HEADER;
        rows.push(html! {
            <text class="bars-group" x={frame.flip(0.0).to_string()} y={(y - 8.0).to_string()} text-anchor={frame.near()} aria-hidden="true">{ label }</text>
        });
        for r in members {
            let spoken = describe_reading(texts, doc, r, since.as_deref());
            let (row, height) = bar_row(&frame, texts, r, spoken, y);
            rows.push(row);
            y += height;
        }
    }
    let height = y + 10.0;
    html! {
        <svg class="profile-chart bars-chart learner-tokens" part="chart"
            viewBox={format!("0 0 {} {height}", frame.layout.width)} role="group"
            aria-label={texts.f("profile.bars.name", &[("name", &doc.learner.name)])}
            aria-describedby={described_by.to_string()}
            xmlns="http://www.w3.org/2000/svg">
            { for rows }
        </svg>
    }
}

/// Where a value goes across the chart. Right to left, the chart is mirrored: labels on the
/// right, bars growing leftwards. The SVG itself stays left-to-right (CSS), so these coordinates
/// mean what they say.
struct Frame<'a> {
    layout: BarsLayout,
    scale: &'a Scale,
    rtl: bool,
}

impl Frame<'_> {
    fn x_of(&self, value: f64) -> f64 {
        let (start, end) = (self.layout.track_start, self.layout.track_end);
        start + (end - start) * self.scale.fraction(value)
    }

    fn flip(&self, x: f64) -> f64 {
        if self.rtl { self.layout.width - x } else { x }
    }

    /// A horizontal span [from, to] as a rect's x and width, mirrored when needed.
    fn span(&self, from: f64, to: f64) -> (String, String) {
        let (a, b) = (self.flip(from), self.flip(to));
        (a.min(b).to_string(), (b - a).abs().max(1.0).to_string())
    }

    /// The text anchor of the side where a line starts, and of the other.
    fn near(&self) -> &'static str {
        if self.rtl { "end" } else { "start" }
    }

    fn far(&self) -> &'static str {
        if self.rtl { "start" } else { "end" }
    }
}

/// A dimension's row from `y` down: its label, track, band, value, earlier value, goal, own
/// rating and number with its change; with the row's height.
fn bar_row(frame: &Frame, texts: &Texts, r: &Reading, spoken: String, y: f64) -> (Html, f64) {
    let layout = &frame.layout;
    let (track_start, track_end) = (layout.track_start, layout.track_end);
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
        (frame.flip(0.0), frame.near())
    } else {
        (frame.flip(LABEL_END), frame.far())
    };
    let label_x = label_x.to_string();
    let at = |value: f64| frame.flip(frame.x_of(value)).to_string();
    let band = r.dimension.range.as_ref().map(|range| {
        let (x, width) = frame.span(frame.x_of(range.low), frame.x_of(range.high));
        html! { <rect class="bars-band" x={x} y={(mid - 9.0).to_string()} width={width} height="18" /> }
    });
    let goal = r.dimension.target.map(|goal| {
        html! {
            <line class="bars-goal" x1={at(goal)} x2={at(goal)}
                y1={(mid - 11.0).to_string()} y2={(mid + 11.0).to_string()} />
        }
    });
    let earlier = r.earlier.map(|earlier| {
        html! {
            <line class="bars-earlier" x1={at(earlier)} x2={at(earlier)}
                y1={(mid - 11.0).to_string()} y2={(mid + 11.0).to_string()} />
        }
    });
    let own = r.dimension.self_rating.map(|rating| {
        html! {
            <path class="radar-self" d={diamond(frame.flip(frame.x_of(rating)), mid, 5.0)} />
        }
    });
    let mark = change_mark(texts, r).map(|mark| {
        html! {
            <tspan class="bars-change" dx="6">{ mark }</tspan>
        }
    });
    let (track, value) = (
        frame.span(track_start, track_end),
        frame.span(track_start, frame.x_of(r.value)),
    );
    let drawn = html! {
        <g class="bars-row" tabindex="0" role="img" aria-label={spoken.clone()}>
            <title>{ spoken }</title>
            <text class="bars-label" x={label_x.clone()} text-anchor={label_anchor}>
                { for lines.iter().enumerate().map(|(i, line)| html! {
                    <tspan x={label_x.clone()} y={(label_top + 11.0 + LINE * i as f64).to_string()}>
                        { line }
                    </tspan>
                }) }
            </text>
            <rect class="bars-track" x={track.0} y={(mid - 4.0).to_string()}
                width={track.1} height="8" />
            { for band }
            <rect class="bars-value" x={value.0} y={(mid - 5.0).to_string()}
                width={value.1} height="10" />
            { for earlier }
            { for goal }
            { for own }
            <text class="bars-number" x={frame.flip(track_end + 8.0).to_string()} y={(mid + 4.0).to_string()} text-anchor={frame.near()}>
                { texts.number(r.value) }{ for mark }
            </text>
        </g>
    };
    (drawn, row)
}
