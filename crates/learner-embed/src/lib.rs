//! What the learner elements share on the page: the element core, the widgets' kinds, events,
//! data sources, stylesheets and the elements' own words.
//!
//! Each widget has its own wasm module (`crates/embed-profile`, `embed-progress`,
//! `embed-choice-board`), and the printed plan its own (`crates/embed-plan`): a few lines that export one element with [`element!`], so a page links
//! only the widgets it shows. `js/learner-widgets.js` is the loader: it defines the elements at
//! once and imports a widget's module when its tag first appears. Nothing in this crate panics.

pub mod case_import;
pub mod choice_element;
mod data_source;
pub mod element_core;
mod element_text;
pub mod events;
mod hydration;
pub mod plan_print;
pub mod profile_element;
pub mod progress_element;
pub mod record_export;
mod restart;
pub mod server_markup;
mod stylesheet;
pub mod unwritable;

pub use element_text::text;
// For the `element!` macro in the widgets' own crates.
pub use js_sys;
pub use web_sys;
