//! Teacher mode: author the board with ordinary form controls (so every step works by keyboard).
//! Each step is a `Design` change for the board's reducer; a draft that breaks a rule of authoring
//! (an impossible rule, a duplicate id…) is shown with its problems until the teacher fixes it.

use std::rc::Rc;

use learner_model::choice::{Activity, ChoiceBoardDocument, Rule};
use learner_model::format_number as n;
use yew::prelude::*;

use super::design::Design;
use super::rule_words::describe;
use super::state::Draft;
use crate::{Texts, number_from_text};

#[derive(Properties, PartialEq)]
pub struct AuthoringProps {
    pub document: Rc<ChoiceBoardDocument>,
    pub texts: Texts,
    /// The activity the board's keyboard is on: the one the activity form edits.
    pub current: usize,
    pub draft: Option<Rc<Draft>>,
    /// Why the model refused the teacher's last step.
    pub refused: Option<String>,
    pub on_design: Callback<Design>,
    /// The board's document changed: a draft of the one before goes.
    pub on_drop_draft: Callback<()>,
}

/// The form fields the teacher's steps read when a button is pressed.
#[derive(Default)]
struct Fields {
    title: NodeRef,
    points: NodeRef,
    required: NodeRef,
    free: NodeRef,
    new_title: NodeRef,
    kind: NodeRef,
    first: NodeRef,
    second: NodeRef,
}

#[component(Authoring)]
pub fn authoring(props: &AuthoringProps) -> Html {
    {
        let (has_draft, on_drop_draft) = (props.draft.is_some(), props.on_drop_draft.clone());
        // Only when there is a draft to drop: a change of state re-renders the whole board.
        use_effect_with(props.document.clone(), move |_| {
            if has_draft {
                on_drop_draft.emit(());
            }
        });
    }
    let fields = use_memo((), |()| Fields::default());
    let doc = props
        .draft
        .as_ref()
        .map_or_else(|| props.document.clone(), |d| d.document.clone());
    let mut problems = props
        .draft
        .as_ref()
        .map(|d| d.problems.clone())
        .unwrap_or_default();
    problems.extend(props.refused.iter().cloned());
    let texts = &props.texts;
    let add = {
        let new_title = fields.new_title.clone();
        props
            .on_design
            .reform(move |_: MouseEvent| Design::AddActivity {
                title: text(&new_title),
            })
    };
    html! {
        <section class="progress-teacher choice-authoring" aria-label={texts.t("choice.author")} part="teacher">
            if !problems.is_empty() {
                <div class="learner-error teacher-problems" role="alert" aria-label={texts.t("choice.author.errors")}>
                    <ul>
                    { for problems.iter().map(|p| html! { <li>{ p }</li> }) }
                    </ul>
                </div>
            }
            if let Some(a) = doc.activities.get(props.current) {
                { activity_form(texts, a, props.current, &fields, &props.on_design) }
            }
            <div class="teacher-form" role="group" aria-label={texts.t("choice.author.new")}>
                <label class="teacher-field">{ texts.t("choice.author.new") }<input ref={fields.new_title.clone()} type="text" /></label>
                <button type="button" class="toolbar-button" onclick={add}>{ texts.t("choice.author.add") }</button>
            </div>
            <p class="progress-heading">{ texts.t("choice.author.rules") }</p>
            { rule_list(texts, &doc.rules, &props.on_design) }
            { rule_form(texts, &fields, &props.on_design) }
        </section>
    }
}

/// The current activity's title, points, whether it is required or the learner's own idea, and
/// its place on the board.
fn activity_form(
    texts: &Texts,
    activity: &Activity,
    at: usize,
    fields: &Rc<Fields>,
    on_design: &Callback<Design>,
) -> Html {
    let id = activity.id.clone();
    let save = {
        let (id, base, fields) = (id.clone(), activity.clone(), fields.clone());
        on_design.reform(move |_: MouseEvent| {
            let mut activity = base.clone();
            activity.title = text(&fields.title);
            let points = text(&fields.points);
            activity.points = if points.trim().is_empty() {
                None
            } else {
                number_from_text(&points).or(Some(f64::NAN))
            };
            activity.required = checked(&fields.required);
            activity.free_choice = checked(&fields.free);
            Design::UpdateActivity {
                id: id.clone(),
                activity,
            }
        })
    };
    let moved = |by: isize| {
        let id = id.clone();
        on_design.reform(move |_: MouseEvent| Design::MoveActivity {
            id: id.clone(),
            to: at.saturating_add_signed(by),
        })
    };
    let remove = {
        let id = id.clone();
        on_design.reform(move |_: MouseEvent| Design::RemoveActivity(id.clone()))
    };
    html! {
        <div class="teacher-form" role="group" aria-label={texts.f("choice.author.activity", &[("number", &texts.number((at + 1) as f64))])}>
            <label class="teacher-field">{ texts.t("choice.author.title") }<input ref={fields.title.clone()} type="text" value={activity.title.clone()} /></label>
            <label class="teacher-field">{ texts.t("choice.author.points") }
                <input ref={fields.points.clone()} type="text" inputmode="decimal" value={activity.points.map(n).unwrap_or_default()} /></label>
            <label class="teacher-check"><input ref={fields.required.clone()} type="checkbox" checked={activity.required} />{ texts.t("choice.author.required") }</label>
            <label class="teacher-check"><input ref={fields.free.clone()} type="checkbox" checked={activity.free_choice} />{ texts.t("choice.author.own-idea") }</label>
            <button type="button" class="toolbar-button" onclick={save}>{ texts.t("choice.author.save") }</button>
            <button type="button" class="toolbar-button" onclick={moved(-1)}>{ texts.t("choice.author.earlier") }</button>
            <button type="button" class="toolbar-button" onclick={moved(1)}>{ texts.t("choice.author.later") }</button>
            <button type="button" class="toolbar-button" onclick={remove}>{ texts.t("choice.author.remove") }</button>
        </div>
    }
}

/// The board's rules in words, each with a button that removes it.
fn rule_list(texts: &Texts, rules: &[Rule], on_design: &Callback<Design>) -> Html {
    html! {
        <ul class="choice-rule-list">
            { for rules.iter().map(|r| describe(texts, r)).enumerate().map(|(i, name)| html! {
                <li>{ &name }{ " " }
                    <button type="button" class="toolbar-button" aria-label={texts.f("choice.author.remove-rule", &[("number", &texts.number((i + 1) as f64)), ("rule", &name)])}
                        onclick={on_design.reform(move |_: MouseEvent| Design::RemoveRule(i))}>{ texts.t("choice.author.remove-rule-button") }</button>
                </li>
            }) }
        </ul>
    }
}

/// A new rule: its kind and up to two numbers.
fn rule_form(texts: &Texts, fields: &Rc<Fields>, on_design: &Callback<Design>) -> Html {
    let add_rule = {
        let fields = fields.clone();
        on_design.reform(move |_: MouseEvent| Design::AddRule(new_rule(&fields)))
    };
    html! {
        <div class="teacher-form" role="group" aria-label={texts.t("choice.author.new-rule")}>
            <label class="teacher-field">{ texts.t("choice.author.rule") }
                <select ref={fields.kind.clone()}>
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
            <label class="teacher-field">{ texts.t("choice.author.first") }<input ref={fields.first.clone()} type="text" inputmode="decimal" /></label>
            <label class="teacher-field">{ texts.t("choice.author.second") }<input ref={fields.second.clone()} type="text" inputmode="decimal" /></label>
            <button type="button" class="toolbar-button" onclick={add_rule}>{ texts.t("choice.author.add-rule") }</button>
        </div>
    }
}

/// The rule the new-rule form describes.
fn new_rule(fields: &Fields) -> Rule {
    let number = |r: &NodeRef| number_from_text(&text(r));
    let whole = |r: &NodeRef| number(r).map(|v| v.max(0.0) as u32);
    let (first, second) = (&fields.first, &fields.second);
    match select(&fields.kind).as_str() {
        "line" => Rule::Line {
            length: whole(first).unwrap_or(0),
        },
        "picks" => Rule::Picks {
            min: whole(first),
            max: whole(second),
        },
        "points-min" => Rule::Points {
            min: number(first),
            max: number(second),
            exact: None,
        },
        "points-exact" => Rule::Points {
            min: None,
            max: None,
            exact: number(first),
        },
        "one-per-row" => Rule::OnePerRow,
        "one-per-column" => Rule::OnePerColumn,
        "free-centre" => Rule::FreeCentre,
        _ => Rule::Approval,
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
