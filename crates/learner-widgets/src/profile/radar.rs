//! The jagged profile drawn as a radar: one axis per dimension, the value as a shape, the usual
//! range as a band, an earlier snapshot as a faint dashed shape, goals as ticks across the axes and
//! the learner's own ratings as diamonds.

use learner_model::profile::{ProfileDocument, Reading, Scale, read};
use yew::prelude::*;

use super::describe::{describe_reading, snapshot_name};
use super::geometry::RadarGeometry;
use super::lens::Lens;
use super::radar_layout::{LABEL_LINE, RadarLayout};
use crate::Texts;

/// The radar, laid out for a chart `width` CSS px wide (its labels keep their size).
pub fn radar(
    texts: &Texts,
    doc: &ProfileDocument,
    lens: &Lens,
    described_by: &str,
    width: f64,
) -> Html {
    let scale = &doc.scale;
    let readings = read(doc, lens.context(), lens.compare());
    let since = lens
        .compare()
        .and_then(|date| snapshot_name(texts, doc, date));
    let names: Vec<&str> = readings
        .iter()
        .map(|r| r.dimension.label.as_str())
        .collect();
    let numbers: Vec<String> = (1..=readings.len())
        .map(|n| texts.number(n as f64))
        .collect();
    let layout = RadarLayout::fit(width, &names, &numbers);
    let g = &layout.geometry;
    let name = texts.plural(
        "profile.radar.name",
        readings.len() as f64,
        &[("name", &doc.learner.name)],
    );
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
    let (_, top) = g.point(0, 1.0);

    html! {
        <>
        <svg class="profile-chart learner-tokens" part="chart"
            viewBox={format!("0 0 {} {}", g.width, g.height)} role="group"
            aria-label={name} aria-describedby={described_by.to_string()}
            xmlns="http://www.w3.org/2000/svg">
            <g aria-hidden="true">
                { web(g, scale, readings.len()) }
                { readings_drawn(g, scale, &readings) }
                <text class="radar-tick" x={(g.cx + 4.0).to_string()}
                    y={(g.cy - 4.0).to_string()}>{ texts.number(scale.min) }</text>
                <text class="radar-tick" x={(g.cx + 4.0).to_string()}
                    y={(top + 12.0).to_string()}>{ texts.number(scale.max) }</text>
            </g>
            { axis_labels(&layout) }
            { for points }
        </svg>
        // Numbered axes: the names in a key, in the same order.
        if layout.numbered { { numbered_key(texts, &names, &numbers) } }
        </>
    }
}

/// The rings of the scale's levels and one axis a dimension.
fn web(g: &RadarGeometry, scale: &Scale, axes: usize) -> Html {
    let rings = RadarGeometry::ring_fractions(scale)
        .into_iter()
        .map(|fraction| {
            html! { <polygon class="radar-grid" points={g.polygon((0..axes).map(|_| fraction))} /> }
        });
    let axes = (0..axes).map(|axis| {
        let (x, y) = g.point(axis, 1.0);
        html! {
            <line class="radar-axis" x1={g.cx.to_string()} y1={g.cy.to_string()}
                x2={x.to_string()} y2={y.to_string()} />
        }
    });
    html! { <>{ for rings }{ for axes }</> }
}

/// The readings, back to front: the usual range as a band, an earlier snapshot, the values' shape,
/// goals as ticks across the axes and the learner's own ratings as diamonds.
fn readings_drawn(g: &RadarGeometry, scale: &Scale, readings: &[Reading]) -> Html {
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
    html! {
        <>
            { for band }
            { for earlier }
            <polygon class="radar-shape" points={shape} />
            { for goals }
            { for own }
        </>
    }
}

/// Each axis's name (or number) where the layout placed it, a line a `tspan`.
fn axis_labels(layout: &RadarLayout) -> Html {
    html! {
        { for layout.labels.iter().map(|label| {
            let x = label.x.to_string();
            html! {
                <text class="radar-label" x={x.clone()} text-anchor={label.anchor.as_svg()}
                    aria-hidden="true">
                    { for label.lines.iter().enumerate().map(|(i, line)| html! {
                        <tspan x={x.clone()} y={(label.first_baseline + LABEL_LINE * i as f64).to_string()}>
                            { line }
                        </tspan>
                    }) }
                </text>
            }
        }) }
    }
}

/// The axes' names beside their numbers, for a chart too narrow to name them around it.
fn numbered_key(texts: &Texts, names: &[&str], numbers: &[String]) -> Html {
    html! {
        <ol class="radar-key" aria-label={texts.t("profile.radar.key").to_string()}>
            { for names.iter().zip(numbers).map(|(name, number)| html! {
                <li><span class="radar-key-number">{ number }</span>{ *name }</li>
            }) }
        </ol>
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
