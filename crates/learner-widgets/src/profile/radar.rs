//! The jagged profile drawn as a radar: one axis per dimension, the value as a shape, the usual
//! range as a band, an earlier snapshot as a faint dashed shape, goals as ticks across the axes and
//! the learner's own ratings as diamonds.

use learner_model::profile::{ProfileDocument, read};
use yew::prelude::*;

use super::describe::{describe_reading, snapshot_name};
use super::geometry::{RadarGeometry, wrap_label};
use super::lens::Lens;
use crate::Texts;

pub fn radar(texts: &Texts, doc: &ProfileDocument, lens: &Lens, described_by: &str) -> Html {
    let scale = &doc.scale;
    let readings = read(doc, lens.context(), lens.compare());
    let since = lens
        .compare()
        .and_then(|date| snapshot_name(texts, doc, date));
    let g = RadarGeometry::new(readings.len());
    let name = texts.plural(
        "profile.radar.name",
        readings.len() as f64,
        &[("name", &doc.learner.name)],
    );

    let rings = RadarGeometry::ring_fractions(scale).into_iter().map(|fraction| {
        html! { <polygon class="radar-grid" points={g.polygon(readings.iter().map(|_| fraction))} /> }
    });
    let axes = (0..readings.len()).map(|axis| {
        let (x, y) = g.point(axis, 1.0);
        html! {
            <line class="radar-axis" x1={g.cx.to_string()} y1={g.cy.to_string()}
                x2={x.to_string()} y2={y.to_string()} />
        }
    });
    let band = readings
        .iter()
        .any(|r| r.dimension.range.is_some())
        .then(|| {
            let edge = |pick: fn(&learner_model::Range) -> f64| -> Vec<f64> {
                readings
                    .iter()
                    .map(|r| scale.fraction(r.dimension.range.as_ref().map_or(r.value, pick)))
                    .collect()
            };
            html! {
                <path class="radar-band" fill-rule="evenodd"
                    d={g.band_path(&edge(|r| r.low), &edge(|r| r.high))} />
            }
        });
    let earlier = readings.iter().any(|r| r.earlier.is_some()).then(|| {
        let points = g.polygon(
            readings
                .iter()
                .map(|r| scale.fraction(r.earlier.unwrap_or(r.value))),
        );
        html! { <polygon class="radar-earlier" points={points} /> }
    });
    let shape = g.polygon(readings.iter().map(|r| scale.fraction(r.value)));
    let goals = readings.iter().enumerate().filter_map(|(axis, r)| {
        let goal = r.dimension.target?;
        let (x1, y1, x2, y2) = g.cross_tick(axis, scale.fraction(goal), 7.0);
        Some(html! {
            <line class="radar-goal" x1={x1.to_string()} y1={y1.to_string()}
                x2={x2.to_string()} y2={y2.to_string()} />
        })
    });
    let own = readings.iter().enumerate().filter_map(|(axis, r)| {
        let rating = r.dimension.self_rating?;
        let (x, y) = g.value_point(axis, rating, scale);
        Some(html! { <path class="radar-self" d={diamond(x, y, 5.0)} /> })
    });
    let points = readings.iter().enumerate().map(|(axis, r)| {
        let (x, y) = g.value_point(axis, r.value, scale);
        let spoken = describe_reading(texts, doc, r, since.as_deref());
        html! {
            <circle class="radar-point" cx={x.to_string()} cy={y.to_string()} r="5"
                tabindex="0" role="img" aria-label={spoken.clone()}>
                <title>{ spoken }</title>
            </circle>
        }
    });
    let labels = readings.iter().enumerate().map(|(axis, r)| {
        let (x, y, anchor) = g.label_position(axis);
        let lines = wrap_label(&r.dimension.label, 14);
        // Labels above the centre grow upwards so they never cross the chart.
        let first_dy = if y < g.cy && lines.len() > 1 {
            "-0.9em"
        } else {
            "0.35em"
        };
        html! {
            <text class="radar-label" x={x.to_string()} y={y.to_string()}
                text-anchor={anchor.as_svg()} aria-hidden="true">
                { for lines.into_iter().enumerate().map(|(i, line)| html! {
                    <tspan x={x.to_string()} dy={if i == 0 { first_dy } else { "1.2em" }}>
                        { line }
                    </tspan>
                }) }
            </text>
        }
    });
    let (_, top) = g.point(0, 1.0);

    html! {
        <svg class="profile-chart learner-tokens" part="chart"
            viewBox={format!("0 0 {} {}", g.width, g.height)} role="group"
            aria-label={name} aria-describedby={described_by.to_string()}
            xmlns="http://www.w3.org/2000/svg">
            <g aria-hidden="true">
                { for rings }
                { for axes }
                { for band }
                { for earlier }
                <polygon class="radar-shape" points={shape} />
                { for goals }
                { for own }
                <text class="radar-tick" x={(g.cx + 4.0).to_string()}
                    y={(g.cy - 4.0).to_string()}>{ texts.number(scale.min) }</text>
                <text class="radar-tick" x={(g.cx + 4.0).to_string()}
                    y={(top + 12.0).to_string()}>{ texts.number(scale.max) }</text>
            </g>
            { for labels }
            { for points }
        </svg>
    }
}

/// An SVG path for a diamond centred on (x, y).
pub fn diamond(x: f64, y: f64, r: f64) -> String {
    format!(
        "M{x},{} L{},{y} L{x},{} L{},{y} Z",
        y - r,
        x + r,
        y + r,
        x - r
    )
}
