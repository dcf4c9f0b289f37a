//! The Yew components of the learner widgets.
//!
//! Components take props and emit callbacks; they never touch localStorage, the window or
//! postMessage. `learner-embed` mounts them into custom elements.

pub mod choice_board;
mod error_view;
pub mod i18n;
mod load_state;
mod number_text;
mod observed_width;
pub mod plan;
pub mod profile;
pub mod progress;
pub mod record;
pub mod styles;
mod table_scroll;
mod view_switch;
mod widget_props;

pub use error_view::error_view;
pub use i18n::{Texts, add_language, english_error, english_problem, problem_line, problem_words};
pub use load_state::LoadState;
pub use number_text::number_from_text;
pub use table_scroll::table_scroll;
pub use view_switch::view_switch;
pub use widget_props::{ExportFormat, Mode, Options, WidgetProps};
