//! The class heatmap (a `learner-progress-class/1` document): learners × competencies, each cell
//! coloured by level, in the host's order (never ranked). Up to 150 × 60 = 9,000 cells, so the
//! cells of a band of learners are drawn as one SVG path per level rather than as 9,000 elements,
//! and the same facts reach screen readers as two tables: each competency's count per level, and
//! each learner's totals. Each learner's rollup is kept between renders, so an evidence update
//! works out one row and writes again the paths of one band.

use std::cell::RefCell;
use std::rc::Rc;

use learner_model::progress::{
    ClassCell, ClassLearner, ClassProgressDocument, Framework, GridLayout, ProficiencyScale, Status,
};
use yew::prelude::*;

use super::competency_row::status_label;
use super::wording::level_name;
use crate::{Texts, table_scroll};

/// Room for learner names on the left.
const LEFT: usize = 160;
/// Longer names are cut with an ellipsis in the chart; the table gives them whole.
const NAME_CHARS: usize = 22;
/// Learners whose cells share a path. A path a learner is 900 elements for a class of 150, whose
/// building, layout and paint took twice as long in Chromium; a path for the whole class made an
/// evidence update write 9,000 cells again (7.6 ms, nearly the whole 8 ms budget).
const BAND_ROWS: usize = 15;

/// Each learner's row of the chart, kept between renders. An evidence update (`addEvidence`)
/// gives a document that shares every other learner's `Rc`, so only that learner's row is rolled
/// up and its band's paths written again; Yew then finds the other bands unchanged.
#[derive(Default)]
pub struct RowCache {
    /// What every row depends on besides the learner: when it changes, every row is redone.
    basis: Option<(Framework, Option<ProficiencyScale>)>,
    /// In the document's order; a class in a new order is worked out again.
    rows: Vec<(Rc<ClassLearner>, Rc<Row>)>,
    /// The paths of each band of `BAND_ROWS` rows, with the rows they were written from.
    bands: Vec<Rc<Band>>,
}

/// The chart's paths for a band of rows: one a slot, each the band's cells in that slot.
struct Band {
    rows: Vec<Rc<Row>>,
    paths: Vec<AttrValue>,
}

impl Band {
    fn of(rows: &[Rc<Row>], slots: usize) -> Band {
        let paths = (0..slots)
            .map(|slot| {
                let mut path = String::new();
                for row in rows {
                    if let Some(piece) = row.paths.get(slot) {
                        path.push_str(piece);
                    }
                }
                AttrValue::from(path)
            })
            .collect();
        Band {
            rows: rows.to_vec(),
            paths,
        }
    }

    fn drawn_from(&self, rows: &[Rc<Row>]) -> bool {
        self.rows.len() == rows.len() && self.rows.iter().zip(rows).all(|(a, b)| Rc::ptr_eq(a, b))
    }
}

/// One learner's cells, and the chart's paths for them.
pub struct Row {
    cells: Vec<ClassCell>,
    /// One per slot ("no evidence", then each level); empty when no cell is in that slot.
    paths: Vec<String>,
    /// The top edge and cell side the paths were written for.
    at: (usize, usize),
}

/// Where the rows go: `top` of the first, `side` of a cell, `slots` paths a row.
struct Geometry {
    top: usize,
    side: usize,
    slots: usize,
}

impl RowCache {
    /// Each learner's row, and the bands that draw them.
    fn rows_and_bands(
        &mut self,
        doc: &ClassProgressDocument,
        layout: &GridLayout,
        geometry: &Geometry,
    ) -> (Vec<Rc<Row>>, Vec<Rc<Band>>) {
        let rows = self.rows(doc, layout, geometry);
        let bands = self.bands(&rows, geometry.slots);
        (rows, bands)
    }

    fn rows(
        &mut self,
        doc: &ClassProgressDocument,
        layout: &GridLayout,
        geometry: &Geometry,
    ) -> Vec<Rc<Row>> {
        let same_basis = matches!(&self.basis, Some((framework, scale))
            if *framework == doc.framework && *scale == doc.scale);
        if !same_basis {
            self.rows.clear();
            self.basis = Some((doc.framework.clone(), doc.scale.clone()));
        }
        let writer = PathWriter::new(layout.columns.len(), geometry.side);
        let rows: Vec<(Rc<ClassLearner>, Rc<Row>)> = doc
            .learners
            .iter()
            .enumerate()
            .map(|(i, record)| {
                let at = (geometry.top + i * geometry.side, geometry.side);
                let row = match self.rows.get(i) {
                    Some((before, row)) if Rc::ptr_eq(before, record) && row.at == at => {
                        Rc::clone(row)
                    }
                    Some((before, row)) if Rc::ptr_eq(before, record) => Rc::new(Row {
                        paths: writer.paths(&row.cells, at.0, geometry.slots),
                        cells: row.cells.clone(),
                        at,
                    }),
                    _ => {
                        let cells = layout.row(record);
                        Rc::new(Row {
                            paths: writer.paths(&cells, at.0, geometry.slots),
                            cells,
                            at,
                        })
                    }
                };
                (Rc::clone(record), row)
            })
            .collect();
        let out = rows.iter().map(|(_, row)| Rc::clone(row)).collect();
        self.rows = rows;
        out
    }

    /// The bands of `rows`, each written again only when one of its rows changed.
    fn bands(&mut self, rows: &[Rc<Row>], slots: usize) -> Vec<Rc<Band>> {
        let bands: Vec<Rc<Band>> = rows
            .chunks(BAND_ROWS)
            .enumerate()
            .map(|(i, band_rows)| match self.bands.get(i) {
                Some(band) if band.drawn_from(band_rows) && band.paths.len() == slots => {
                    Rc::clone(band)
                }
                _ => Rc::new(Band::of(band_rows, slots)),
            })
            .collect();
        self.bands.clone_from(&bands);
        bands
    }
}

/// Writes a row's cells as SVG paths, a square each (`M x y h s v s h -s z`), from pieces made
/// once: 9,000 cells through `format!` cost more than the rest of a render.
struct PathWriter {
    /// Each column's x, as text.
    xs: Vec<String>,
    /// The square after its corner: `h12v12h-12z`.
    square: String,
}

impl PathWriter {
    fn new(columns: usize, side: usize) -> PathWriter {
        let inner = side.saturating_sub(2);
        PathWriter {
            xs: (0..columns)
                .map(|col| (LEFT + col * side).to_string())
                .collect(),
            square: format!("h{inner}v{inner}h-{inner}z"),
        }
    }

    fn paths(&self, cells: &[ClassCell], y: usize, slots: usize) -> Vec<String> {
        let y = y.to_string();
        let mut paths = vec![String::new(); slots];
        for (cell, x) in cells.iter().zip(&self.xs) {
            if let Some(path) = paths.get_mut(cell.level.map_or(0, |l| l + 1)) {
                for piece in ["M", x, " ", &y, &self.square] {
                    path.push_str(piece);
                }
            }
        }
        paths
    }
}

/// The heatmap of a class; `cache` is the widget's, kept between renders.
pub fn heatmap(texts: &Texts, doc: &ClassProgressDocument, cache: &RefCell<RowCache>) -> Html {
    let layout = GridLayout::of(doc);
    let scale = doc.scale();
    let competencies = &doc.framework.competencies;
    let columns: Vec<(AttrValue, AttrValue)> = layout
        .columns
        .iter()
        .filter_map(|i| competencies.get(*i))
        .map(|c| {
            (
                AttrValue::from(c.code.clone().unwrap_or_else(|| c.id.clone())),
                AttrValue::from(c.statement.clone()),
            )
        })
        .collect();
    let learners = doc.learners.len();
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
    let geometry = Geometry {
        top,
        side,
        slots: scale.levels.len() + 1,
    };
    let (rows, bands) = cache.borrow_mut().rows_and_bands(doc, &layout, &geometry);
    let cells = learners * columns.len();
    let mastered = rows
        .iter()
        .flat_map(|row| row.cells.iter())
        .filter(|cell| cell.status == Status::Mastered)
        .count();
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
    let level_class = |index: usize| {
        scale
            .levels
            .get(index)
            .and_then(|l| l.color.clone())
            .unwrap_or_else(|| format!("level-{index}"))
    };
    // The class of each cell's path: "no evidence", then one per level.
    let slots: Vec<AttrValue> = std::iter::once(AttrValue::from("heat heat-none"))
        .chain((0..scale.levels.len()).map(|i| AttrValue::from(format!("heat {}", level_class(i)))))
        .collect();
    let width = LEFT + columns.len() * side + 8;
    let height = top + learners * side + 8;
    let levels: Vec<AttrValue> = scale
        .levels
        .iter()
        .map(|l| AttrValue::from(level_name(texts, l)))
        .collect();
    html! {
        <section class="class-heatmap" aria-label={texts.f("progress.class.region", &[("title", &doc.title)])}>
            <p class="profile-name" part="name">{ &doc.title }</p>
            <p class="progress-framework">{ &doc.framework.title }</p>
            <p class="heatmap-summary">{ &summary }</p>
            <ul class="heatmap-legend" aria-label={texts.t("progress.class.levels")}>
                <li><span class="heat-swatch heat-none" aria-hidden="true"></span>{ status_label(texts, Status::NotStarted) }</li>
                { for scale.levels.iter().enumerate().map(|(i, level)| html! {
                    <li><span class={classes!("heat-swatch", level_class(i))} aria-hidden="true"></span>{ level_name(texts, level) }</li>
                }) }
            </ul>
            { table_scroll(texts.t("progress.class.heatmap"), html! {
                <svg class="heatmap learner-tokens" part="heatmap" role="img" aria-label={summary.clone()}
                    viewBox={format!("0 0 {width} {height}")} width={width.to_string()} height={height.to_string()}>
                    { for columns.iter().enumerate().map(|(col, (code, _))| {
                        let x = LEFT + col * side + side / 2 + 4;
                        html! {
                            <text class="heat-code" transform={format!("translate({x} {}) rotate(-90)", top - 6)}>{ code }</text>
                        }
                    }) }
                    // One group per level, one path in it per band of learners: the class is
                    // given once per level, not once per path.
                    { for slots.iter().enumerate().map(|(slot, class)| html! {
                        <g class={class.clone()}>
                            { for bands.iter().map(|band| html! {
                                <path d={band.paths.get(slot).cloned().unwrap_or_default()} />
                            }) }
                        </g>
                    }) }
                    { for doc.learners.iter().zip(&rows).map(|(record, row)| html! {
                        <text class="heat-name" x={(LEFT - 8).to_string()} y={(row.at.0 + side / 2 + 3).to_string()}>
                            { short(&record.learner.name) }
                        </text>
                    }) }
                </svg>
            }) }
            { by_competency(texts, &rows, &columns, &levels) }
            { by_learner(texts, doc, &rows, &competency_count) }
        </section>
    }
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
    rows: &[Rc<Row>],
    columns: &[(AttrValue, AttrValue)],
    levels: &[AttrValue],
) -> Html {
    let caption = texts.t("progress.class.by-competency");
    let table = html! {
        <table class="profile-table heatmap-table" part="table">
            <caption>{ caption }</caption>
            <thead><tr>
                <th scope="col">{ texts.t("progress.competency") }</th>
                <th scope="col">{ status_label(texts, Status::NotStarted) }</th>
                { for levels.iter().map(|label| html! { <th scope="col">{ label.clone() }</th> }) }
            </tr></thead>
            <tbody>
                { for columns.iter().enumerate().map(|(col, (code, statement))| {
                    // Index 0 counts the learners with no level; then one per level.
                    let mut counts = vec![0; levels.len() + 1];
                    for cell in rows.iter().filter_map(|row| row.cells.get(col)) {
                        if let Some(count) = counts.get_mut(cell.level.map_or(0, |l| l + 1)) {
                            *count += 1;
                        }
                    }
                    html! {
                        <tr>
                            <th scope="row"><span class="progress-code">{ code.clone() }</span>{ " " }{ statement.clone() }</th>
                            { for counts.iter().map(|c| html! { <td class="number">{ texts.number(*c as f64) }</td> }) }
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
    rows: &[Rc<Row>],
    competencies: &str,
) -> Html {
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
                { for doc.learners.iter().zip(rows).map(|(record, row)| {
                    let of = |status: Status| row.cells.iter().filter(|c| c.status == status).count();
                    let totals = [of(Status::Mastered), of(Status::InProgress), of(Status::NotStarted)];
                    html! {
                        <tr>
                            <th scope="row">{ &record.learner.name }</th>
                            { for totals.iter().map(|n| html! { <td class="number">{ texts.number(*n as f64) }</td> }) }
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    };
    table_scroll(texts.t("progress.class.by-learner-region"), table)
}
