//! A wide data table in a box of its own that scrolls sideways on a narrow screen, so the page
//! never does (WCAG 1.4.10 lets data tables scroll). The box can be focused, so a keyboard can
//! scroll it too, and is named after the table.

use yew::prelude::*;

pub fn table_scroll(name: &str, table: Html) -> Html {
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={name.to_string()}>
            { table }
        </div>
    }
}
