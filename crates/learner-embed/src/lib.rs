//! The custom elements that put the learner widgets in any page.
//!
//! `js/learner-widgets.js` defines the elements and forwards their lifecycle to the cores exported
//! here; each core parses the element's data, mounts a Yew app into the shadow root, and reports
//! problems as `learner-error` events. Nothing in this crate panics.

mod case_import;
mod choice_element;
mod data_source;
mod element_core;
mod element_text;
mod events;
mod profile_element;
mod progress_element;
mod stylesheet;

pub use case_import::import_case;
pub use choice_element::ChoiceBoardElement;
pub use element_text::text;
pub use profile_element::ProfileElement;
pub use progress_element::ProgressElement;
