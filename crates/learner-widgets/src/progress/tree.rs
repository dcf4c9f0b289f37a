//! The framework as a tree: domains and strands with their rollup, competencies under them.
//!
//! A framework of a course (up to a few hundred competencies) is drawn whole. A larger one, up to
//! the 5,000 a document may hold, would be tens of thousands of elements, so it is drawn as far as a
//! person reads it: each domain is a disclosure that starts closed and draws its competencies when
//! opened, and a level with more than a page of items shows a page at a time with "Show more".
//! Every competency stays reachable by keyboard and screen reader (open, show more), which a
//! virtual scroller would not give (docs/architecture.md, "Long lists").

use std::rc::Rc;

use learner_model::progress::{ProgressDocument, ProgressIndex};
use yew::prelude::*;

use super::competency_row::{competency_row, links};
use crate::Texts;

/// How deep the tree is drawn; deeper levels are listed flat under the last one.
const MAX_DEPTH: usize = 6;
/// Up to this many competencies, every domain is open and every item drawn.
const DRAWN_WHOLE: usize = 300;
/// Items of one level drawn at a time in a larger framework.
const PAGE: usize = 100;

#[derive(Properties, PartialEq)]
pub struct ProgressTreeProps {
    pub document: Rc<ProgressDocument>,
    pub texts: Texts,
}

/// What the learner has opened and asked to see more of; kept while the document changes. A few
/// entries at most, so lists (a map type here would add its code to the download).
#[derive(Default, Clone, PartialEq)]
struct Disclosure {
    /// Domains the learner has opened.
    opened: Vec<String>,
    /// Items shown under a domain (the roots under ""), when more than the first page.
    shown: Vec<(String, usize)>,
}

impl Disclosure {
    fn is_open(&self, id: &str) -> bool {
        self.opened.iter().any(|o| o == id)
    }

    fn shown(&self, parent: &str) -> usize {
        self.shown
            .iter()
            .find(|(p, _)| p == parent)
            .map_or(PAGE, |(_, n)| *n)
    }
}

/// Where the tree is drawn from: the index, the words, and what the learner has opened.
struct Drawing<'a> {
    texts: &'a Texts,
    index: &'a ProgressIndex<'a>,
    large: bool,
    disclosure: &'a Disclosure,
    on_toggle: Callback<(String, bool)>,
    on_more: Callback<String>,
}

#[component(ProgressTree)]
pub fn progress_tree(props: &ProgressTreeProps) -> Html {
    let disclosure = use_state(Disclosure::default);
    let doc = &props.document;
    let texts = &props.texts;
    // Made once: every node asks it for its children, rollup and standing.
    let index = ProgressIndex::new(doc);
    let large = doc.framework.competencies.len() > DRAWN_WHOLE;
    let on_toggle = {
        let disclosure = disclosure.clone();
        Callback::from(move |(id, open): (String, bool)| {
            if disclosure.is_open(&id) == open {
                return;
            }
            let mut next = (*disclosure).clone();
            if open {
                next.opened.push(id);
            } else {
                next.opened.retain(|o| *o != id);
            }
            disclosure.set(next);
        })
    };
    let on_more = {
        let disclosure = disclosure.clone();
        Callback::from(move |parent: String| {
            let mut next = (*disclosure).clone();
            let more = next.shown(&parent) + PAGE;
            next.shown.retain(|(p, _)| *p != parent);
            next.shown.push((parent, more));
            disclosure.set(next);
        })
    };
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
    let drawing = Drawing {
        texts,
        index: &index,
        large,
        disclosure: &disclosure,
        on_toggle,
        on_more,
    };
    html! {
        <section class="progress-tree" part="list" aria-label={texts.t("progress.competencies")}>
            <ul class="progress-domains">{ drawing.items("", &roots, 0) }</ul>
        </section>
    }
}

impl Drawing<'_> {
    /// The items of one level: all of them in a small framework, else a page at a time.
    fn items(&self, parent: &str, ids: &[&str], depth: usize) -> Html {
        let limit = if self.large {
            self.disclosure.shown(parent)
        } else {
            usize::MAX
        };
        let shown = ids.len().min(limit);
        let items = ids.iter().take(shown).map(|id| self.node(id, depth));
        let more = (shown < ids.len()).then(|| {
            let texts = self.texts;
            let label = texts.f(
                "progress.show-more",
                &[
                    ("count", &texts.number((ids.len() - shown).min(PAGE) as f64)),
                    ("shown", &texts.number(shown as f64)),
                    ("total", &texts.number(ids.len() as f64)),
                ],
            );
            let on_more = self.on_more.clone();
            let parent = parent.to_string();
            html! {
                <li class="progress-more">
                    <button type="button" class="toolbar-button"
                        onclick={move |_| on_more.emit(parent.clone())}>{ label }</button>
                </li>
            }
        });
        html! { <>{ for items }{ for more }</> }
    }

    fn node(&self, id: &str, depth: usize) -> Html {
        let index = self.index;
        if index.is_leaf(id) || depth >= MAX_DEPTH {
            return competency_row(self.texts, index, id);
        }
        let Some(domain) = index.competency(id) else {
            return html! {};
        };
        let texts = self.texts;
        let rollup = index.rollup(id);
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
        let bar = html! {
            <progress max={rollup.total.to_string()} value={rollup.mastered.to_string()}
                aria-label={format!("{label}: {mastered}")} />
        };
        let children = || {
            let ids: Vec<&str> = index.children(id).iter().map(|c| c.id.as_str()).collect();
            html! {
                <>
                    { links(texts.t("progress.examples"), &domain.exemplars) }
                    { links(texts.t("progress.help"), &domain.help) }
                    <ul class="progress-children">{ self.items(id, &ids, depth + 1) }</ul>
                </>
            }
        };
        let class = classes!("progress-domain", format!("depth-{depth}"));
        if !self.large {
            return html! {
                <li {class}>
                    <p class="domain-heading">{ &label }</p>
                    <p class="domain-rollup">{ bar }{ " " }{ mastered }</p>
                    { children() }
                </li>
            };
        }
        let open = self.disclosure.is_open(id);
        let on_toggle = self.on_toggle.clone();
        let key = id.to_string();
        // The summary's click (Enter and Space on it click too) flips what is drawn, and `open`
        // follows from it: the browser's own toggle is not left to disagree with it.
        let onclick = move |event: MouseEvent| {
            event.prevent_default();
            on_toggle.emit((key.clone(), !open));
        };
        html! {
            <li {class}>
                <details class="domain-disclosure" {open}>
                    // A summary holds phrasing content only: spans, shown as the paragraphs above.
                    <summary {onclick}>
                        <span class="domain-heading">{ &label }</span>
                        <span class="domain-rollup">{ bar }{ " " }{ mastered }</span>
                    </summary>
                    if open { { children() } }
                </details>
            </li>
        }
    }
}
