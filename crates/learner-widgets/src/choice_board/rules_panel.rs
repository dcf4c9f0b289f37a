//! Where the learner stands against each rule, in words (never colour alone): met, still needed,
//! or too many, with what to do next. The same guidance is announced through a polite live region
//! after each pick, so a screen reader hears it without moving.

use learner_model::choice::{RuleReport, RuleStatus};
use yew::prelude::*;

use super::guidance_words::guidance;
use crate::Texts;

pub fn rules_panel(texts: &Texts, report: &RuleReport) -> Html {
    html! {
        <section class="choice-rules" aria-labelledby="choice-rules-heading" part="rules">
            <p class="progress-heading" id="choice-rules-heading">{ texts.t("choice.rules") }</p>
            <p class="choice-tally">
                { texts.plural("choice.tally", report.picked as f64, &[("points", &texts.plural("choice.points", report.points, &[]))]) }
            </p>
            <ul class="choice-checks">
                { for report.checks.iter().map(|check| {
                    let (mark, word, class) = match check.status {
                        RuleStatus::Met => ("✓", texts.t("choice.check.met"), "check-met"),
                        RuleStatus::NotYet => ("○", texts.t("choice.check.not-yet"), "check-not-yet"),
                        RuleStatus::Broken => ("✗", texts.t("choice.check.too-many"), "check-broken"),
                    };
                    html! {
                        <li class={classes!("choice-check", class)}>
                            <span class="check-mark" aria-hidden="true">{ mark }</span>
                            <span class="check-word">{ word }{ " " }</span>
                            { guidance(texts, &check.guidance) }
                        </li>
                    }
                }) }
            </ul>
            if !report.remove.is_empty() {
                <p class="choice-remove">{ texts.t("choice.remove") }</p>
            }
        </section>
    }
}

/// The sentence announced after a change: completion, or the first thing still needed.
pub fn announcement(texts: &Texts, report: &RuleReport, what: &str) -> String {
    if report.complete {
        return format!("{what} {}", texts.t("choice.said.complete"));
    }
    let next = report
        .checks
        .iter()
        .find(|c| c.status == RuleStatus::Broken)
        .or_else(|| {
            report
                .checks
                .iter()
                .find(|c| c.status == RuleStatus::NotYet)
        })
        .map(|c| guidance(texts, &c.guidance))
        .unwrap_or_default();
    format!("{what} {next}").trim().to_string()
}
