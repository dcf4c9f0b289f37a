//! The jagged profile on paper: its summary, the bars (which print better in black and white than
//! the radar's filled shape: a bar's length reads without colour), their key, and the table with
//! every value. The general values, with no context chosen and no snapshot compared.

use learner_model::profile::{ProfileDocument, read, summarize};
use yew::prelude::*;

use crate::Texts;
use crate::profile::Lens;
use crate::profile::bars::bars;
use crate::profile::describe::summary_text;
use crate::profile::legend::legend;
use crate::profile::radar_layout::MAX_WIDTH;
use crate::profile::table::profile_table;

pub fn profile_part(texts: &Texts, doc: &ProfileDocument) -> Html {
    let lens = Lens::default();
    let readings = read(doc, None, None);
    let summary = summary_text(texts, &summarize(doc, &readings, None));
    html! {
        <section class="plan-section plan-profile" aria-labelledby="plan-profile-heading">
            <h2 id="plan-profile-heading">{ texts.t("plan.profile") }</h2>
            <p class="plan-summary" id="plan-profile-summary">{ summary }</p>
            <figure class="plan-chart">
                { bars(texts, doc, &lens, "plan-profile-summary", MAX_WIDTH) }
                { legend(texts, doc, &lens) }
            </figure>
            <div class="plan-table">{ profile_table(texts, doc, &lens) }</div>
        </section>
    }
}
