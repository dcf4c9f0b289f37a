//! The stylesheets adopted into each widget's shadow root. They read only `--learner-*` tokens, so a
//! host styles the widgets from outside without touching Rust.

/// Tokens' defaults, the root box, focus and error styles shared by every widget.
pub const BASE_CSS: &str = include_str!("base.css");
/// The jagged profile's chart, summary and table.
pub const PROFILE_CSS: &str = include_str!("profile.css");
/// The progress tracker.
pub const PROGRESS_CSS: &str = include_str!("progress.css");
/// The printed plan (its own module, crates/embed-plan), with the profile's chart styles.
pub const PLAN_CSS: &str = include_str!("plan.css");
/// The choice board.
pub const CHOICE_CSS: &str = include_str!("choice.css");
