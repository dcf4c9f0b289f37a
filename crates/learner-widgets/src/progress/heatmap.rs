//! The class heatmap (a `learner-progress-class/1` document): learners × competencies, each cell
//! coloured by level, in the host's order (never ranked). Up to 150 × 60 = 9,000 cells, so the
//! cells are drawn as one SVG path per level rather than 9,000 elements, and the same facts reach
//! screen readers as two tables: each competency's count per level, and each learner's totals.

use std::fmt::Write;

use learner_model::progress::{ClassGrid, ClassProgressDocument, Status};
use yew::prelude::*;

use super::competency_row::status_label;
use crate::{Texts, table_scroll};

/// Room for learner names on the left.
const LEFT: usize = 160;
/// Longer names are cut with an ellipsis in the chart; the table gives them whole.
const NAME_CHARS: usize = 22;

pub fn heatmap(texts: &Texts, doc: &ClassProgressDocument) -> Html {
    let grid = ClassGrid::of(doc);
    let scale = doc.scale();
    let competencies = &doc.framework.competencies;
    let columns: Vec<(String, &str)> = grid
        .columns
        .iter()
        .filter_map(|i| competencies.get(*i))
        .map(|c| {
            (
                c.code.clone().unwrap_or_else(|| c.id.clone()),
                c.statement.as_str(),
            )
        })
        .collect();
    let learners = grid.rows.len();
    // Big cells for a small class, small ones for a year group; in CSS pixels at 100%.
    let side = match columns.len().max(learners / 4) {
        0..=12 => 24,
        13..=30 => 18,
        _ => 14,
    };
    // Codes stand upright along the top: room for the longest (about 7 px a character).
    let longest = columns
        .iter()
        .map(|(code, _)| code.chars().count())
        .max()
        .unwrap_or(0);
    let top = 12 + longest.min(24) * 7;
    let cells = learners * columns.len();
    let mastered = count(&grid, |s| s == Status::Mastered);
    let number = |n: usize| texts.number(n as f64);
    let competency_count = texts.plural("progress.class.competencies", columns.len() as f64, &[]);
    let summary = texts.f(
        "progress.class.summary",
        &[
            ("title", &doc.title),
            (
                "learners",
                &texts.plural("progress.class.learners", learners as f64, &[]),
            ),
            ("competencies", &competency_count),
            (
                "mastered",
                &texts.f(
                    "progress.of",
                    &[("part", &number(mastered)), ("whole", &number(cells))],
                ),
            ),
        ],
    );
    // One path per level (and one for "no evidence"): a few long strings, not 9,000 nodes.
    let mut paths = vec![String::new(); scale.levels.len() + 1];
    for (row, cells) in grid.rows.iter().enumerate() {
        for (col, cell) in cells.iter().enumerate() {
            let slot = cell.level.map_or(0, |l| l + 1);
            if let Some(path) = paths.get_mut(slot) {
                let (x, y) = (LEFT + col * side, top + row * side);
                let inner = side - 2;
                let _ = write!(path, "M{x} {y}h{inner}v{inner}h-{inner}z");
            }
        }
    }
    let level_class = |index: usize| {
        scale
            .levels
            .get(index)
            .and_then(|l| l.color.clone())
            .unwrap_or_else(|| format!("level-{index}"))
    };
    let width = LEFT + columns.len() * side + 8;
    let height = top + learners * side + 8;
    html! {
        <section class="class-heatmap" aria-label={texts.f("progress.class.region", &[("title", &doc.title)])}>
            <p class="profile-name" part="name">{ &doc.title }</p>
            <p class="progress-framework">{ &doc.framework.title }</p>
            <p class="heatmap-summary">{ &summary }</p>
            <ul class="heatmap-legend" aria-label={texts.t("progress.class.levels")}>
                <li><span class="heat-swatch heat-none" aria-hidden="true"></span>{ status_label(texts, Status::NotStarted) }</li>
                { for scale.levels.iter().enumerate().map(|(i, level)| html! {
                    <li><span class={classes!("heat-swatch", level_class(i))} aria-hidden="true"></span>{ &level.label }</li>
                }) }
            </ul>
            { table_scroll(texts.t("progress.class.heatmap"), html! {
                <svg class="heatmap learner-tokens" part="heatmap" role="img" aria-label={summary.clone()}
                    viewBox={format!("0 0 {width} {height}")} width={width.to_string()} height={height.to_string()}>
                    { for paths.into_iter().enumerate().map(|(slot, d)| {
                        let class = if slot == 0 { String::from("heat-none") } else { level_class(slot - 1) };
                        html! { <path class={classes!("heat", class)} d={d} /> }
                    }) }
                    { for columns.iter().enumerate().map(|(col, (code, _))| {
                        let x = LEFT + col * side + side / 2 + 4;
                        html! {
                            <text class="heat-code" transform={format!("translate({x} {}) rotate(-90)", top - 6)}>{ code }</text>
                        }
                    }) }
                    { for doc.learners.iter().enumerate().map(|(row, record)| html! {
                        <text class="heat-name" x={(LEFT - 8).to_string()} y={(top + row * side + side / 2 + 3).to_string()}>
                            { short(&record.learner.name) }
                        </text>
                    }) }
                </svg>
            }) }
            { by_competency(texts, &grid, &columns, &scale.levels.iter().map(|l| l.label.as_str()).collect::<Vec<_>>()) }
            { by_learner(texts, doc, &grid, &competency_count) }
        </section>
    }
}

fn count(grid: &ClassGrid, wanted: impl Fn(Status) -> bool) -> usize {
    grid.rows
        .iter()
        .flatten()
        .filter(|cell| wanted(cell.status))
        .count()
}

fn short(name: &str) -> String {
    if name.chars().count() <= NAME_CHARS {
        name.to_string()
    } else {
        let mut cut: String = name.chars().take(NAME_CHARS - 1).collect();
        cut.push('…');
        cut
    }
}

/// Per competency, how many learners are at each level.
fn by_competency(
    texts: &Texts,
    grid: &ClassGrid,
    columns: &[(String, &str)],
    levels: &[&str],
) -> Html {
    let learners = grid.rows.len();
    let number = |n: usize| texts.number(n as f64);
    let caption = texts.t("progress.class.by-competency");
    let table = html! {
        <table class="profile-table heatmap-table" part="table">
            <caption>{ caption }</caption>
            <thead><tr>
                <th scope="col">{ texts.t("progress.competency") }</th>
                <th scope="col">{ status_label(texts, Status::NotStarted) }</th>
                { for levels.iter().map(|label| html! { <th scope="col">{ *label }</th> }) }
            </tr></thead>
            <tbody>
                { for columns.iter().enumerate().map(|(col, (code, statement))| {
                    let counts = grid.level_counts(col, levels.len());
                    let without_level = learners - counts.iter().sum::<usize>().min(learners);
                    html! {
                        <tr>
                            <th scope="row"><span class="progress-code">{ code }</span>{ " " }{ *statement }</th>
                            <td class="number">{ number(without_level) }</td>
                            { for counts.iter().map(|c| html! { <td class="number">{ number(*c) }</td> }) }
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    };
    table_scroll(caption, table)
}

/// Per learner, in the host's order: how many competencies are mastered, in progress, not started.
fn by_learner(
    texts: &Texts,
    doc: &ClassProgressDocument,
    grid: &ClassGrid,
    competencies: &str,
) -> Html {
    let number = |n: usize| texts.number(n as f64);
    let table = html! {
        <table class="profile-table heatmap-table" part="table">
            <caption>{ texts.f("progress.class.by-learner", &[("competencies", competencies)]) }</caption>
            <thead><tr>
                <th scope="col">{ texts.t("progress.class.learner") }</th>
                <th scope="col">{ status_label(texts, Status::Mastered) }</th>
                <th scope="col">{ status_label(texts, Status::InProgress) }</th>
                <th scope="col">{ status_label(texts, Status::NotStarted) }</th>
            </tr></thead>
            <tbody>
                { for doc.learners.iter().zip(&grid.rows).map(|(record, row)| {
                    let of = |status: Status| row.iter().filter(|c| c.status == status).count();
                    html! {
                        <tr>
                            <th scope="row">{ &record.learner.name }</th>
                            <td class="number">{ number(of(Status::Mastered)) }</td>
                            <td class="number">{ number(of(Status::InProgress)) }</td>
                            <td class="number">{ number(of(Status::NotStarted)) }</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    };
    table_scroll(texts.t("progress.class.by-learner-region"), table)
}
