//! The framework as a tree: domains and strands with their rollup, competencies under them.

use learner_model::progress::{ProgressDocument, ProgressIndex};
use yew::prelude::*;

use super::competency_row::{competency_row, links};
use crate::Texts;

/// How deep the tree is drawn; deeper levels are listed flat under the last one.
const MAX_DEPTH: usize = 6;

pub fn tree(texts: &Texts, doc: &ProgressDocument) -> Html {
    // Made once: every node asks it for its children, rollup and standing.
    let index = ProgressIndex::new(doc);
    let roots: Vec<&str> = doc
        .framework
        .competencies
        .iter()
        .filter(|c| {
            c.parent
                .as_deref()
                .is_none_or(|p| index.competency(p).is_none())
        })
        .map(|c| c.id.as_str())
        .collect();
    html! {
        <section class="progress-tree" part="list" aria-label={texts.t("progress.competencies")}>
            <ul class="progress-domains">{ for roots.into_iter().map(|id| node(texts, &index, id, 0)) }</ul>
        </section>
    }
}

fn node(texts: &Texts, index: &ProgressIndex, id: &str, depth: usize) -> Html {
    if index.is_leaf(id) || depth >= MAX_DEPTH {
        return competency_row(texts, index, id);
    }
    let Some(domain) = index.competency(id) else {
        return html! {};
    };
    let rollup = index.rollup(id);
    let children = index.children(id);
    let label = match &domain.code {
        Some(code) => format!("{code} {}", domain.statement),
        None => domain.statement.clone(),
    };
    let mastered = texts.f(
        "progress.rollup",
        &[
            ("part", &texts.number(rollup.mastered as f64)),
            ("whole", &texts.number(rollup.total as f64)),
        ],
    );
    html! {
        <li class={classes!("progress-domain", format!("depth-{depth}"))}>
            <p class="domain-heading">{ &label }</p>
            <p class="domain-rollup">
                <progress max={rollup.total.to_string()} value={rollup.mastered.to_string()}
                    aria-label={format!("{label}: {mastered}")} />
                { " " }{ mastered.clone() }
            </p>
            { links(texts.t("progress.examples"), &domain.exemplars) }
            { links(texts.t("progress.help"), &domain.help) }
            <ul class="progress-children">{ for children.iter().map(|c| node(texts, index, &c.id, depth + 1)) }</ul>
        </li>
    }
}
