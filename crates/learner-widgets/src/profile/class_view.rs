//! The class view (`view="class"` with a `learner-roster/1` document): small multiples of every
//! learner in the host's order, and per dimension the spread across the class. Never a ranking.

use learner_model::{RosterDocument, Spread};
use yew::prelude::*;

use super::geometry::RadarGeometry;
use crate::{Texts, table_scroll};

/// Bins in each dimension's histogram.
const BINS: usize = 10;

/// `returning`: the learner opened last, whose button gets the ref (focus goes back to it).
pub fn class_view(
    texts: &Texts,
    roster: &RosterDocument,
    on_open: &Callback<usize>,
    returning: Option<(usize, NodeRef)>,
) -> Html {
    let count = roster.profiles.len() as f64;
    html! {
        <section class="class-view" aria-label={texts.f("profile.class.region", &[("class", &roster.title)])}>
            <p class="profile-name" part="name">{ texts.plural("profile.class.title", count, &[("class", &roster.title)]) }</p>
            { spreads(texts, roster) }
            <p class="class-heading" id="class-learners">{ texts.t("profile.class.learners") }</p>
            <ul class="class-grid" aria-labelledby="class-learners">
                { for roster.profiles.iter().enumerate().map(|(index, profile)| {
                    let on_open = on_open.reform(move |_| index);
                    let g = RadarGeometry::new(profile.dimensions.len());
                    let shape = g.polygon(profile.dimensions.iter().map(|d| profile.scale.fraction(d.value)));
                    let rim = g.polygon(profile.dimensions.iter().map(|_| 1.0));
                    let node_ref = returning
                        .as_ref()
                        .filter(|(i, _)| *i == index)
                        .map(|(_, r)| r.clone())
                        .unwrap_or_default();
                    html! {
                        <li>
                            <button type="button" class="class-learner" onclick={on_open} ref={node_ref}
                                aria-label={texts.f("profile.class.open", &[("name", &profile.learner.name)])}>
                                <svg class="class-mini learner-tokens" viewBox="100 35 360 360"
                                    aria-hidden="true">
                                    <polygon class="radar-grid" points={rim} />
                                    <polygon class="radar-shape" points={shape} />
                                </svg>
                                <span class="class-name">{ &profile.learner.name }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

/// One row per dimension of the first learner: how many learners have it, and its spread.
fn spreads(texts: &Texts, roster: &RosterDocument) -> Html {
    let n = |value: f64| texts.number(value);
    let Some(first) = roster.profiles.first() else {
        return html! {};
    };
    let (min, max) = (first.scale.min, first.scale.max);
    let rows = first.dimensions.iter().filter_map(|dimension| {
        let values: Vec<f64> = roster
            .profiles
            .iter()
            .filter_map(|p| p.dimensions.iter().find(|d| d.id == dimension.id))
            .map(|d| d.value)
            .collect();
        let spread = Spread::of(&values, min, max, BINS)?;
        let tallest = spread.bins.iter().copied().max().unwrap_or(1).max(1) as f64;
        let bars = spread.bins.iter().enumerate().map(|(i, &count)| {
            let h = 28.0 * count as f64 / tallest;
            html! {
                <rect class="spread-bin" x={(i as f64 * 12.0).to_string()} y={(30.0 - h).to_string()}
                    width="10" height={h.max(0.0).to_string()} />
            }
        });
        Some(html! {
            <tr>
                <th scope="row">{ &dimension.label }</th>
                <td>
                    <svg class="spread-histogram learner-tokens" viewBox="0 0 120 30" width="120" height="30"
                        aria-hidden="true">{ for bars }</svg>
                </td>
                <td class="number">{ n(spread.count as f64) }</td>
                <td class="number">{ n(spread.lowest) }</td>
                <td class="number">{ texts.f("common.range", &[("low", &n(spread.lower_quartile)), ("high", &n(spread.upper_quartile))]) }</td>
                <td class="number">{ n(spread.median) }</td>
                <td class="number">{ n(spread.highest) }</td>
            </tr>
        })
    });
    let caption = texts.f(
        "profile.class.spread",
        &[("min", &n(min)), ("max", &n(max))],
    );
    table_scroll(
        &caption,
        html! {
            <table class="profile-table spread-table" part="table">
                <caption>{ caption.clone() }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ texts.t("profile.table.dimension") }</th>
                        <th scope="col">{ texts.t("profile.class.distribution") }</th>
                        <th scope="col">{ texts.t("profile.class.learners") }</th>
                        <th scope="col">{ texts.t("profile.class.lowest") }</th>
                        <th scope="col">{ texts.t("profile.class.middle-half") }</th>
                        <th scope="col">{ texts.t("profile.class.median") }</th>
                        <th scope="col">{ texts.t("profile.class.highest") }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        },
    )
}
