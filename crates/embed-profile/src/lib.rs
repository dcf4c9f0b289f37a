//! The wasm module of `<learner-profile>`: the loader (`learner-widgets.js`) imports it the first
//! time the tag is on the page.

learner_embed::element!(ProfileElement, learner_embed::profile_element::Profile);
