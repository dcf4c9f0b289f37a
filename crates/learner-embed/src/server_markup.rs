//! What a server-rendered element carries, as `crates/learner-server` writes it and the element
//! reads it back to hydrate:
//!
//! ```html
//! <learner-profile …>
//!   <template shadowrootmode="open">
//!     <link rel="stylesheet" href="…/learner-profile.shadow.css">
//!     <div data-learner-server="0.1.0+5c2e…" data-nodes="212" data-document="9a1f…"
//!          data-lang="ar" data-today="2026-12-05">
//!       …the widget, as Yew renders it on a server…
//!     </div>
//!   </template>
//!   <script type="application/json">…the document…</script>
//! </learner-profile>
//! ```
//!
//! The `div` records the options the server rendered with, so that the browser hydrates with
//! exactly the server's inputs (a hydration that finds other nodes than it expects panics, and a
//! panic aborts every widget of the module). Whatever differs now (a later document, the
//! browser's date, local edits) is applied after hydrating, as an ordinary update.

use learner_widgets::{Mode, Options};
use yew::AttrValue;

/// Marks the server-rendered widget's root; its value says which code drew it ([`DRAWN_BY`]).
pub const SERVER_ATTRIBUTE: &str = "data-learner-server";
/// How many elements the server drew inside the root: a page that lost some of them (an HTML
/// sanitizer, an editor) is drawn again rather than hydrated.
pub const NODES_ATTRIBUTE: &str = "data-nodes";
/// The code that must have drawn a root for this build to hydrate it: the package's version and a
/// fingerprint of the drawing code's sources (build.rs), as `0.1.0+1f0c…`.
pub const DRAWN_BY: &str = concat!(env!("CARGO_PKG_VERSION"), "+", env!("LEARNER_DRAWING"));

/// Which document the server drew: a fingerprint of the element's script text, as written. A
/// script the page changed before the module arrived is not hydrated with.
pub const DOCUMENT_ATTRIBUTE: &str = "data-document";

/// A fingerprint of `text` (FNV-1a, 64 bits, in hex): the same in the server's build and the
/// browser's.
pub fn fingerprint(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// The options the server rendered with, as `(attribute, value)` pairs for its root.
pub fn option_attributes(options: &Options) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let mut put = |name, value: &Option<AttrValue>| {
        if let Some(value) = value {
            out.push((name, value.to_string()));
        }
    };
    put("data-lang", &options.lang);
    put("data-today", &options.today);
    put("data-view", &options.view);
    let mode = match options.mode {
        Mode::View => None,
        Mode::SelfAssessment => Some(AttrValue::from("self")),
        Mode::Teacher => Some(AttrValue::from("teacher")),
    };
    put("data-mode", &mode);
    // Whole pixels, as the browser measures them; read back without float parsing, which would
    // add 14 KB gzip to every hydrating module.
    let width = options
        .width
        .map(|w| AttrValue::from((w.round().clamp(0.0, f64::from(u16::MAX)) as u16).to_string()));
    put("data-width", &width);
    out
}

/// The options recorded by [`option_attributes`], read back with `get`.
pub fn recorded_options(get: impl Fn(&str) -> Option<String>) -> Options {
    Options {
        lang: get("data-lang").map(AttrValue::from),
        today: get("data-today").map(AttrValue::from),
        view: get("data-view").map(AttrValue::from),
        mode: Mode::from_attribute(get("data-mode").as_deref()),
        width: get("data-width")
            .and_then(|w| w.parse::<u16>().ok())
            .map(f64::from),
    }
}
