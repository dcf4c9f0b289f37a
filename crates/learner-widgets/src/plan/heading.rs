//! The plan's title: whose plan it is and the date it speaks for.

use yew::prelude::*;

use crate::Texts;

pub fn heading(texts: &Texts, name: &str, today: Option<&str>) -> Html {
    html! {
        <header class="plan-heading">
            <h1 class="plan-title">{ texts.f("plan.title", &[("name", name)]) }</h1>
            if let Some(today) = today {
                <p class="plan-date">{ texts.f("plan.date", &[("date", &texts.date(today))]) }</p>
            }
            <p class="plan-about">{ texts.t("plan.about") }</p>
        </header>
    }
}
