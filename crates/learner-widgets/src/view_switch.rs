//! The buttons that switch a widget's view: a labelled group of toggle buttons, the current one
//! pressed (announced as such, and drawn filled, not only coloured).

use yew::prelude::*;

use crate::Texts;

/// Buttons for `views` (value and label), with `current` pressed; `on_view` hears the choice.
pub fn view_switch<V: Copy + PartialEq + 'static>(
    texts: &Texts,
    views: &[(V, &'static str)],
    current: V,
    on_view: &Callback<V>,
) -> Html {
    html! {
        <div class="toolbar-group" role="group" aria-label={texts.t("common.view")}>
            { for views.iter().map(|&(view, label)| {
                let on_view = on_view.clone();
                html! {
                    <button type="button" class="toolbar-button"
                        aria-pressed={if view == current { "true" } else { "false" }}
                        onclick={Callback::from(move |_| on_view.emit(view))}>
                        { label }
                    </button>
                }
            }) }
        </div>
    }
}
