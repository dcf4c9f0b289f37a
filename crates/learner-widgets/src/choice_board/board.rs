//! The activities as the learner moves among them: a grid (`role="grid"`, one tab stop, arrow keys
//! that follow the reading direction), or a menu of sections, or a list. Each activity is a toggle
//! button: pressing it picks or unpicks; its name says its status and whether picking it would help.

use learner_model::choice::{Activity, ChoiceBoardDocument, Layout, RuleReport, SelectionStatus};
use yew::prelude::*;

use crate::Texts;

/// Where the keyboard is, and what acting on an activity does.
pub struct BoardProps<'a> {
    pub texts: &'a Texts,
    pub doc: &'a ChoiceBoardDocument,
    pub report: &'a RuleReport,
    /// The activity the keyboard is on (the grid's one tab stop) and whose details show.
    pub focused: usize,
    /// The activity got focus (by Tab or a click).
    pub on_focus: Callback<usize>,
    /// An arrow key asks for another activity: the widget moves focus there.
    pub on_move: Callback<usize>,
    pub on_toggle: Callback<usize>,
}

pub fn board(p: &BoardProps) -> Html {
    match p.doc.layout {
        Layout::Grid { rows, columns } => grid(p, rows as usize, columns as usize),
        Layout::Menu => menu(p),
        Layout::List => html! {
            <ul class="choice-list" aria-label={p.texts.t("choice.activities")}>
                { for (0..p.doc.activities.len()).map(|i| html! { <li>{ activity_button(p, i, false) }</li> }) }
            </ul>
        },
    }
}

fn grid(p: &BoardProps, rows: usize, columns: usize) -> Html {
    let onkeydown = {
        let (on_move, focused, count) = (p.on_move.clone(), p.focused, p.doc.activities.len());
        Callback::from(move |e: KeyboardEvent| {
            // Left and right follow the reading direction: in Arabic, ArrowLeft goes forward.
            let rtl = e
                .target_dyn_into::<web_sys::Element>()
                .and_then(|el| el.matches(":dir(rtl)").ok())
                .unwrap_or(false);
            let (row, col) = (focused / columns.max(1), focused % columns.max(1));
            let forward = |c: usize| (c + 1).min(columns.saturating_sub(1));
            let back = |c: usize| c.saturating_sub(1);
            let next = match e.key().as_str() {
                "ArrowRight" if rtl => Some(row * columns + back(col)),
                "ArrowRight" => Some(row * columns + forward(col)),
                "ArrowLeft" if rtl => Some(row * columns + forward(col)),
                "ArrowLeft" => Some(row * columns + back(col)),
                "ArrowDown" => Some((row + 1).min(rows.saturating_sub(1)) * columns + col),
                "ArrowUp" => Some(row.saturating_sub(1) * columns + col),
                "Home" if e.ctrl_key() => Some(0),
                "End" if e.ctrl_key() => Some(count.saturating_sub(1)),
                "Home" => Some(row * columns),
                "End" => Some(row * columns + columns.saturating_sub(1)),
                _ => None,
            };
            if let Some(next) = next.filter(|n| *n < count) {
                e.prevent_default();
                on_move.emit(next);
            }
        })
    };
    // The box scrolls sideways when the grid's whole words are wider than a phone: the grid
    // stays a grid, and focus brings a cell into view.
    html! {
        <div class="choice-grid-box">
        <table class="choice-grid" role="grid" aria-label={p.texts.f("choice.grid", &[("title", &p.doc.title), ("rows", &p.texts.number(rows as f64)), ("columns", &p.texts.number(columns as f64))])}
            aria-describedby="choice-keys" onkeydown={onkeydown} part="board">
            <tbody>
                { for (0..rows).map(|r| html! {
                    <tr>
                        { for (0..columns).map(|c| html! {
                            <td role="gridcell">{ activity_button(p, r * columns + c, true) }</td>
                        }) }
                    </tr>
                }) }
            </tbody>
        </table>
        </div>
    }
}

fn menu(p: &BoardProps) -> Html {
    let doc = p.doc;
    let in_section = |section: Option<&str>| -> Html {
        html! {
            <ul class="choice-list">
                { for doc.activities.iter().enumerate()
                    .filter(|(_, a)| a.section.as_deref() == section)
                    .map(|(i, _)| html! { <li>{ activity_button(p, i, false) }</li> }) }
            </ul>
        }
    };
    let unsectioned = doc
        .activities
        .iter()
        .any(|a| a.section.as_ref().is_none_or(|s| doc.section(s).is_none()));
    html! {
        <div class="choice-menu" part="board">
            { for doc.sections.iter().map(|s| html! {
                <section class="choice-section" aria-label={s.title.clone()}>
                    <p class="choice-section-title">{ &s.title }</p>
                    if let Some(d) = &s.description { <p class="choice-muted">{ d }</p> }
                    { in_section(Some(&s.id)) }
                </section>
            }) }
            if unsectioned { { in_section(None) } }
        </div>
    }
}

/// What a learner hears of an activity, besides its title.
pub fn status_words(
    texts: &Texts,
    doc: &ChoiceBoardDocument,
    activity: &Activity,
) -> Option<&'static str> {
    doc.selection(&activity.id).map(|s| match s.status {
        SelectionStatus::Planned => texts.t("choice.status.planned"),
        SelectionStatus::InProgress => texts.t("choice.status.in-progress"),
        SelectionStatus::Submitted => texts.t("choice.status.submitted"),
        SelectionStatus::Approved => texts.t("choice.status.approved"),
        SelectionStatus::Returned => texts.t("choice.status.returned"),
    })
}

fn activity_button(p: &BoardProps, index: usize, in_grid: bool) -> Html {
    let Some(activity) = p.doc.activities.get(index) else {
        return html! {};
    };
    let picked = p.doc.selection(&activity.id).is_some();
    let helpful = p.report.helpful.contains(&activity.id);
    let texts = p.texts;
    let status = status_words(texts, p.doc, activity);
    let mut facts = Vec::new();
    if let Some(points) = activity.points {
        facts.push(texts.plural("choice.points", points, &[]));
    }
    if activity.required {
        facts.push(texts.t("choice.required").to_string());
    }
    if activity.free_choice {
        facts.push(texts.t("choice.own-idea").to_string());
    }
    let onclick = {
        let (on_toggle, on_focus) = (p.on_toggle.clone(), p.on_focus.clone());
        Callback::from(move |_| {
            on_focus.emit(index);
            on_toggle.emit(index);
        })
    };
    let onfocus = {
        let on_focus = p.on_focus.clone();
        Callback::from(move |_| on_focus.emit(index))
    };
    // In the grid only the current cell is in the tab order; arrow keys move among the others.
    let tabindex = (in_grid && index != p.focused).then_some("-1");
    html! {
        <button type="button" id={format!("choice-cell-{index}")} tabindex={tabindex}
            class={classes!("choice-cell", picked.then_some("picked"), helpful.then_some("helpful"),
                (index == p.focused).then_some("current"))}
            aria-pressed={if picked { "true" } else { "false" }}
            onclick={onclick} onfocus={onfocus} part="activity">
            <span class="choice-title">{ &activity.title }</span>
            if !facts.is_empty() { <span class="choice-facts">{ facts.join(" · ") }</span> }
            if let Some(status) = status { <span class="choice-status">{ status }</span> }
            if helpful && !picked { <span class="choice-helpful">{ texts.t("choice.would-help") }</span> }
        </button>
    }
}
