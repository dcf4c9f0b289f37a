//! Links a widget opens in a new page, shared by every document: only schemes that cannot run code
//! (never `javascript:` or `data:`).

use serde::{Deserialize, Serialize};

use crate::problem::{Problem, ProblemKey};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Link {
    pub title: String,
    pub url: String,
}

/// Checks each link's scheme and title. Progress documents allow http and https; a choice board
/// also allows `mailto:` (a learner may email a resource's author).
pub(crate) fn check_links(out: &mut Vec<Problem>, at: &str, links: &[Link], mailto: bool) {
    for (i, link) in links.iter().enumerate() {
        let url = link.url.trim().to_ascii_lowercase();
        let web = url.starts_with("https://") || url.starts_with("http://");
        if !(web || (mailto && url.starts_with("mailto:"))) {
            let key = if mailto {
                ProblemKey::NOT_WEB_OR_MAIL_LINK
            } else {
                ProblemKey::NOT_WEB_LINK
            };
            out.push(Problem::new(format!("{at}[{i}].url"), key).with("url", &link.url));
        }
        if link.title.trim().is_empty() {
            out.push(Problem::empty(format!("{at}[{i}].title")));
        }
    }
}
