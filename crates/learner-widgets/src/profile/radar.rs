//! The jagged profile drawn as a radar: one axis per dimension, the value as a shape, the range each
//! value varies over as a band.

use std::rc::Rc;

use learner_model::{ProfileDocument, profile::summarize};
use yew::prelude::*;

use super::geometry::{RadarGeometry, wrap_label};

#[derive(Properties, PartialEq)]
pub struct RadarProps {
    pub document: Rc<ProfileDocument>,
    /// The id of the element whose text describes the shape (for `aria-describedby`).
    pub described_by: AttrValue,
}

#[component(Radar)]
pub fn radar(props: &RadarProps) -> Html {
    let doc = &props.document;
    let scale = &doc.scale;
    let geometry = RadarGeometry::new(doc.dimensions.len());
    let name = format!(
        "Jagged profile of {} across {} dimensions",
        doc.learner.name,
        doc.dimensions.len()
    );
    let view_box = format!("0 0 {} {}", geometry.width, geometry.height);

    let rings = RadarGeometry::ring_fractions(scale)
        .into_iter()
        .map(|fraction| {
            let points = geometry.polygon(doc.dimensions.iter().map(|_| fraction));
            html! { <polygon class="radar-grid" points={points} /> }
        });
    let axes = (0..doc.dimensions.len()).map(|axis| {
        let (x, y) = geometry.point(axis, 1.0);
        html! {
            <line class="radar-axis" x1={geometry.cx.to_string()} y1={geometry.cy.to_string()}
                x2={x.to_string()} y2={y.to_string()} />
        }
    });
    let has_ranges = doc.dimensions.iter().any(|d| d.range.is_some());
    let band = has_ranges.then(|| {
        let lows: Vec<f64> = doc
            .dimensions
            .iter()
            .map(|d| scale.fraction(d.range.as_ref().map_or(d.value, |r| r.low)))
            .collect();
        let highs: Vec<f64> = doc
            .dimensions
            .iter()
            .map(|d| scale.fraction(d.range.as_ref().map_or(d.value, |r| r.high)))
            .collect();
        html! {
            <path class="radar-band" fill-rule="evenodd" d={geometry.band_path(&lows, &highs)} />
        }
    });
    let shape = geometry.polygon(doc.dimensions.iter().map(|d| scale.fraction(d.value)));
    let points = doc.dimensions.iter().enumerate().map(|(axis, d)| {
        let (x, y) = geometry.value_point(axis, d.value, scale);
        let tip = match &d.range {
            Some(range) => format!(
                "{}: {} (varies {}–{})",
                d.label, d.value, range.low, range.high
            ),
            None => format!("{}: {}", d.label, d.value),
        };
        html! {
            <circle class="radar-point" cx={x.to_string()} cy={y.to_string()} r="4">
                <title>{ tip }</title>
            </circle>
        }
    });
    let labels = doc.dimensions.iter().enumerate().map(|(axis, d)| {
        let (x, y, anchor) = geometry.label_position(axis);
        let lines = wrap_label(&d.label, 14);
        // Labels above the centre grow upwards so they never cross the chart.
        let first_dy = if y < geometry.cy && lines.len() > 1 {
            "-0.9em"
        } else {
            "0.35em"
        };
        html! {
            <text class="radar-label" x={x.to_string()} y={y.to_string()}
                text-anchor={anchor.as_svg()}>
                { for lines.into_iter().enumerate().map(|(i, line)| html! {
                    <tspan x={x.to_string()} dy={if i == 0 { first_dy } else { "1.2em" }}>
                        { line }
                    </tspan>
                }) }
            </text>
        }
    });
    let (_, max_y) = geometry.point(0, 1.0);
    let scale_ticks = html! {
        <>
            <text class="radar-tick" x={(geometry.cx + 4.0).to_string()}
                y={(geometry.cy - 4.0).to_string()}>{ scale.min }</text>
            <text class="radar-tick" x={(geometry.cx + 4.0).to_string()}
                y={(max_y + 12.0).to_string()}>{ scale.max }</text>
        </>
    };

    html! {
        <svg class="profile-chart" part="chart" viewBox={view_box} role="img"
            aria-label={name} aria-describedby={props.described_by.clone()}
            xmlns="http://www.w3.org/2000/svg">
            <g aria-hidden="true">
                { for rings }
                { for axes }
                { for band }
                <polygon class="radar-shape" points={shape} />
                { for points }
                { for labels }
                { scale_ticks }
            </g>
        </svg>
    }
}

/// The sentence that describes a profile's shape, shown beside the chart and read with it.
pub fn describe(document: &ProfileDocument) -> String {
    summarize(document).sentence()
}
