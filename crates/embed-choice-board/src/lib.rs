//! The wasm module of `<learner-choice-board>`: the loader (`learner-widgets.js`) imports it the
//! first time the tag is on the page.

learner_embed::element!(
    ChoiceBoardElement,
    learner_embed::choice_element::ChoiceBoard
);
