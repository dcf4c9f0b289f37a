//! Teacher mode: author the board with ordinary form controls (so every step works by keyboard).
//! Edits build a draft; the draft's authoring errors (an impossible rule, a duplicate id…) are shown
//! as they happen, and the board changes only when the draft is valid, so nothing is lost meanwhile.

use std::rc::Rc;

use learner_model::choice::{Activity, ChoiceBoardDocument, ChoiceEdit, Rule, evaluate};
use learner_model::{Document as _, Problem, format_number as n};
use yew::prelude::*;

use super::ChoiceChange;
use crate::{Texts, number_from_text, problem_line};

#[derive(Properties, PartialEq)]
pub struct AuthoringProps {
    pub document: Rc<ChoiceBoardDocument>,
    pub texts: Texts,
    /// The activity the board's keyboard is on: the one the activity form edits.
    pub current: usize,
    pub on_change: Callback<ChoiceChange>,
}

type Edited = Result<(ChoiceBoardDocument, ChoiceEdit), Problem>;

#[component(Authoring)]
pub fn authoring(props: &AuthoringProps) -> Html {
    // An invalid draft waits here, with its problems, until the teacher fixes it.
    let draft = use_state(|| None::<(Rc<ChoiceBoardDocument>, Vec<String>)>);
    {
        let draft = draft.clone();
        // Only when there is a draft to drop: setting state re-renders the whole panel.
        use_effect_with(props.document.clone(), move |_| {
            if draft.is_some() {
                draft.set(None);
            }
        });
    }
    let doc = draft
        .as_ref()
        .map_or_else(|| props.document.clone(), |(d, _)| d.clone());
    let mut problems = draft.as_ref().map(|(_, p)| p.clone()).unwrap_or_default();
    let refused = use_state(|| None::<String>);
    let (title, points, required, free) = (
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
    );
    let (new_title, kind, first, second) = (
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
        use_node_ref(),
    );
    let apply = {
        let (draft, refused, on_change) = (draft.clone(), refused.clone(), props.on_change.clone());
        let texts = props.texts.clone();
        Callback::from(move |edited: Edited| match edited {
            // A step that cannot be taken at all (moving past the end, say): said, nothing kept.
            Err(problem) => refused.set(Some(problem_line(&texts, &problem))),
            // Validation is the model's: the same checks of the values a document read from
            // text gets (its shape is its type's).
            Ok((document, edit)) => {
                refused.set(None);
                let problems = document.problems();
                if problems.is_empty() {
                    let complete = evaluate(&document, &document.picked()).complete;
                    draft.set(None);
                    on_change.emit(ChoiceChange {
                        document: Rc::new(document),
                        edit,
                        complete,
                    });
                } else {
                    let lines = problems.iter().map(|p| problem_line(&texts, p)).collect();
                    draft.set(Some((Rc::new(document), lines)));
                }
            }
        })
    };
    let current = doc.activities.get(props.current).cloned();
    let current_id = current.as_ref().map(|a| a.id.clone()).unwrap_or_default();
    let act = |f: Rc<dyn Fn(&ChoiceBoardDocument) -> Edited>| {
        let (doc, apply) = (doc.clone(), apply.clone());
        Callback::from(move |_: MouseEvent| apply.emit(f(&doc)))
    };
    let save = {
        let (id, base) = (current_id.clone(), current.clone());
        let (title, points, required, free) = (
            title.clone(),
            points.clone(),
            required.clone(),
            free.clone(),
        );
        act(Rc::new(move |d: &ChoiceBoardDocument| {
            let mut a = base
                .clone()
                .unwrap_or_else(|| Activity::new(id.clone(), ""));
            a.title = text(&title);
            let p = text(&points);
            a.points = if p.trim().is_empty() {
                None
            } else {
                number_from_text(&p).or(Some(f64::NAN))
            };
            a.required = checked(&required);
            a.free_choice = checked(&free);
            d.update_activity(&id, a)
        }))
    };
    let remove = {
        let id = current_id.clone();
        act(Rc::new(move |d: &ChoiceBoardDocument| {
            d.remove_activity(&id)
        }))
    };
    let moved = |by: isize| {
        let (id, at) = (current_id.clone(), props.current);
        act(Rc::new(move |d: &ChoiceBoardDocument| {
            d.move_activity(&id, at.saturating_add_signed(by))
        }))
    };
    let add = {
        let new_title = new_title.clone();
        act(Rc::new(move |d: &ChoiceBoardDocument| {
            let title = text(&new_title);
            let id = (1..)
                .map(|k| format!("activity-{k}"))
                .find(|id| d.activity(id).is_none())
                .unwrap_or_default();
            d.add_activity(Activity::new(id, title))
        }))
    };
    let add_rule = {
        let (kind, first, second) = (kind.clone(), first.clone(), second.clone());
        act(Rc::new(move |d: &ChoiceBoardDocument| {
            let number = |r: &NodeRef| number_from_text(&text(r));
            let whole = |r: &NodeRef| number(r).map(|v| v.max(0.0) as u32);
            let kind = select(&kind);
            let rule = match kind.as_str() {
                "line" => Rule::Line {
                    length: whole(&first).unwrap_or(0),
                },
                "picks" => Rule::Picks {
                    min: whole(&first),
                    max: whole(&second),
                },
                "points-min" => Rule::Points {
                    min: number(&first),
                    max: number(&second),
                    exact: None,
                },
                "points-exact" => Rule::Points {
                    min: None,
                    max: None,
                    exact: number(&first),
                },
                "one-per-row" => Rule::OnePerRow,
                "one-per-column" => Rule::OnePerColumn,
                "free-centre" => Rule::FreeCentre,
                _ => Rule::Approval,
            };
            let mut rules = d.rules.clone();
            rules.push(rule);
            d.set_rules(rules)
        }))
    };
    let remove_rule = |index: usize| {
        act(Rc::new(move |d: &ChoiceBoardDocument| {
            let mut rules = d.rules.clone();
            if index < rules.len() {
                rules.remove(index);
            }
            d.set_rules(rules)
        }))
    };
    problems.extend(refused.as_ref().cloned());
    let texts = &props.texts;
    let names = doc
        .rules
        .iter()
        .map(|r| describe(texts, r))
        .collect::<Vec<_>>();
    html! {
        <section class="progress-teacher choice-authoring" aria-label={texts.t("choice.author")} part="teacher">
            if !problems.is_empty() {
                <div class="learner-error teacher-problems" role="alert" aria-label={texts.t("choice.author.errors")}>
                    <ul>
                    { for problems.iter().map(|p| html! { <li>{ p }</li> }) }
                    </ul>
                </div>
            }
            if let Some(a) = &current {
                <div class="teacher-form" role="group" aria-label={texts.f("choice.author.activity", &[("number", &texts.number((props.current + 1) as f64))])}>
                    <label class="teacher-field">{ texts.t("choice.author.title") }<input ref={title} type="text" value={a.title.clone()} /></label>
                    <label class="teacher-field">{ texts.t("choice.author.points") }
                        <input ref={points} type="text" inputmode="decimal" value={a.points.map(n).unwrap_or_default()} /></label>
                    <label class="teacher-check"><input ref={required} type="checkbox" checked={a.required} />{ texts.t("choice.author.required") }</label>
                    <label class="teacher-check"><input ref={free} type="checkbox" checked={a.free_choice} />{ texts.t("choice.author.own-idea") }</label>
                    <button type="button" class="toolbar-button" onclick={save}>{ texts.t("choice.author.save") }</button>
                    <button type="button" class="toolbar-button" onclick={moved(-1)}>{ texts.t("choice.author.earlier") }</button>
                    <button type="button" class="toolbar-button" onclick={moved(1)}>{ texts.t("choice.author.later") }</button>
                    <button type="button" class="toolbar-button" onclick={remove}>{ texts.t("choice.author.remove") }</button>
                </div>
            }
            <div class="teacher-form" role="group" aria-label={texts.t("choice.author.new")}>
                <label class="teacher-field">{ texts.t("choice.author.new") }<input ref={new_title} type="text" /></label>
                <button type="button" class="toolbar-button" onclick={add}>{ texts.t("choice.author.add") }</button>
            </div>
            <p class="progress-heading">{ texts.t("choice.author.rules") }</p>
            <ul class="choice-rule-list">
                { for names.iter().enumerate().map(|(i, name)| html! {
                    <li>{ name }{ " " }
                        <button type="button" class="toolbar-button" aria-label={texts.f("choice.author.remove-rule", &[("number", &texts.number((i + 1) as f64)), ("rule", name)])}
                            onclick={remove_rule(i)}>{ texts.t("choice.author.remove-rule-button") }</button>
                    </li>
                }) }
            </ul>
            <div class="teacher-form" role="group" aria-label={texts.t("choice.author.new-rule")}>
                <label class="teacher-field">{ texts.t("choice.author.rule") }
                    <select ref={kind}>
                        <option value="line">{ texts.t("choice.author.kind.line") }</option>
                        <option value="picks">{ texts.t("choice.author.kind.picks") }</option>
                        <option value="points-min">{ texts.t("choice.author.kind.points") }</option>
                        <option value="points-exact">{ texts.t("choice.author.kind.points-exact") }</option>
                        <option value="one-per-row">{ texts.t("choice.rule.one-per-row") }</option>
                        <option value="one-per-column">{ texts.t("choice.rule.one-per-column") }</option>
                        <option value="free-centre">{ texts.t("choice.rule.free-centre") }</option>
                        <option value="approval">{ texts.t("choice.rule.approval") }</option>
                    </select>
                </label>
                <label class="teacher-field">{ texts.t("choice.author.first") }<input ref={first} type="text" inputmode="decimal" /></label>
                <label class="teacher-field">{ texts.t("choice.author.second") }<input ref={second} type="text" inputmode="decimal" /></label>
                <button type="button" class="toolbar-button" onclick={add_rule}>{ texts.t("choice.author.add-rule") }</button>
            </div>
        </section>
    }
}

/// A rule in a teacher's words.
fn describe(texts: &Texts, rule: &Rule) -> String {
    let n = |v: f64| texts.number(v);
    let range = |min: Option<String>, max: Option<String>| match (min, max) {
        (Some(a), Some(b)) if a == b => texts.f("choice.range.exactly", &[("a", &a)]),
        (Some(a), Some(b)) => texts.f("choice.range.between", &[("a", &a), ("b", &b)]),
        (Some(a), None) => texts.f("choice.range.at-least", &[("a", &a)]),
        (None, Some(b)) => texts.f("choice.range.at-most", &[("b", &b)]),
        (None, None) => texts.t("choice.range.any").to_string(),
    };
    match rule {
        Rule::Line { length } => texts.f("choice.rule.line", &[("length", &n(f64::from(*length)))]),
        Rule::FreeCentre => texts.t("choice.rule.free-centre").to_string(),
        Rule::Picks { min, max } => texts.f(
            "choice.rule.picks",
            &[(
                "range",
                &range(min.map(|v| n(f64::from(v))), max.map(|v| n(f64::from(v)))),
            )],
        ),
        Rule::Points { exact: Some(e), .. } => texts.plural("choice.rule.points-exact", *e, &[]),
        Rule::Points { min, max, .. } => texts.f(
            "choice.rule.points",
            &[("range", &range(min.map(n), max.map(n)))],
        ),
        Rule::Section { section, min, max } => texts.f(
            "choice.rule.section",
            &[
                ("section", section),
                (
                    "range",
                    &range(min.map(|v| n(f64::from(v))), max.map(|v| n(f64::from(v)))),
                ),
            ],
        ),
        Rule::OnePerRow => texts.t("choice.rule.one-per-row").to_string(),
        Rule::OnePerColumn => texts.t("choice.rule.one-per-column").to_string(),
        Rule::Approval => texts.t("choice.rule.approval").to_string(),
    }
}

fn text(node: &NodeRef) -> String {
    node.cast::<web_sys::HtmlInputElement>()
        .map(|i| i.value())
        .unwrap_or_default()
}

fn checked(node: &NodeRef) -> bool {
    node.cast::<web_sys::HtmlInputElement>()
        .is_some_and(|i| i.checked())
}

fn select(node: &NodeRef) -> String {
    node.cast::<web_sys::HtmlSelectElement>()
        .map(|s| s.value())
        .unwrap_or_default()
}
