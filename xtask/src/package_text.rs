//! What the npm package says about its elements before any of them exists (its description, its
//! README's table of elements, and the host stylesheet's rules that hold each element's space),
//! written from the elements' description (crates/learner-embed/api/), so that a new element is in
//! all of them at once.

use crate::api::description::Api;

/// An element as the package's texts name it.
#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    pub tag: String,
    /// A short noun phrase: "a jagged learner profile".
    pub summary: String,
    pub description: String,
}

/// The described elements (crates/learner-embed/api/), in their order.
pub fn elements(api: &Api) -> Vec<Element> {
    api.elements
        .iter()
        .map(|e| Element {
            tag: e.tag.clone(),
            summary: e.summary.clone(),
            description: e.description.clone(),
        })
        .collect()
}

/// The package.json description.
pub fn description(elements: &[Element]) -> String {
    let named: Vec<String> = elements
        .iter()
        .map(|e| format!("{} (<{}>)", e.summary, e.tag))
        .collect();
    format!(
        "Embeddable widgets for personalized learning: {}, as custom elements (Rust + WebAssembly), each loaded only when a page shows it. No data leaves the browser.",
        in_words(&named)
    )
}

/// "a, b and c".
fn in_words(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// Where the README's table of elements begins and ends (`cargo xtask api` writes it).
pub const README_BEGIN: &str = "<!-- elements: written by `cargo xtask api` -->";
pub const README_END: &str = "<!-- /elements -->";
/// Where the host stylesheet's rules for the elements go.
pub const STYLESHEET_MARK: &str = "/* elements */";

/// The README's table of elements, its marks included.
pub fn readme_list(elements: &[Element]) -> String {
    let mut table = format!("{README_BEGIN}\n| Element | What it is |\n|---|---|\n");
    for e in elements {
        table.push_str(&format!("| `<{}>` | {} |\n", e.tag, e.description));
    }
    table.push_str(README_END);
    table
}

/// The host stylesheet, its rules for the elements filled in: each is a block, and holds its
/// space while it is not yet defined or its module loads.
pub fn stylesheet(template: &str, elements: &[Element]) -> Result<String, String> {
    let with = |suffix: &str| {
        elements
            .iter()
            .map(|e| format!("{}{suffix}", e.tag))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let rules = format!(
        "{} {{\n  display: block;\n}}\n\
         /* The elements are defined at once; each is empty, in state `loading`, until its module arrives.\n   \
         A rule of its own: a browser that does not know :state() drops only this rule. */\n\
         {} {{\n  min-height: 24rem;\n}}\n\
         {} {{\n  min-height: 24rem;\n}}",
        with(""),
        with(":state(loading)"),
        with(":not(:defined)")
    );
    fill(template, STYLESHEET_MARK, &rules, "learner-widgets.css")
}

fn fill(template: &str, mark: &str, with: &str, what: &str) -> Result<String, String> {
    if template.matches(mark).count() != 1 {
        return Err(format!("{what} must hold {mark} once"));
    }
    Ok(template.replace(mark, with))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::root;

    fn read(path: &str) -> String {
        std::fs::read_to_string(root().join(path)).unwrap_or_default()
    }

    fn described() -> Vec<Element> {
        elements(&crate::api::load().unwrap())
    }

    /// Every `<learner-…>` tag a text names.
    fn tags_in(text: &str) -> Vec<String> {
        text.split('<')
            .skip(1)
            .filter_map(|rest| rest.split_once('>').map(|(tag, _)| tag))
            .filter(|tag| tag.starts_with("learner-") && !tag.contains(' '))
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn the_description_names_each_element_with_its_summary() {
        let elements = described();
        assert_eq!(elements.len(), 3, "{elements:?}");
        let text = description(&elements);
        for e in &elements {
            assert!(
                text.contains(&format!("{} (<{}>)", e.summary, e.tag)),
                "{text}"
            );
        }
        let mut named = tags_in(&text);
        named.dedup();
        assert_eq!(
            named,
            elements.iter().map(|e| e.tag.clone()).collect::<Vec<_>>()
        );
        assert!(text.contains("profile (<learner-profile>), a competency progress tracker (<learner-progress>) and a choice board"));
    }

    #[test]
    fn the_readme_list_has_a_row_for_each_element_and_no_other() {
        let elements = described();
        let text = readme_list(&elements);
        for e in &elements {
            assert!(
                text.contains(&format!("| `<{}>` | {} |", e.tag, e.description)),
                "{text}"
            );
        }
        for tag in tags_in(&text) {
            assert!(
                elements.iter().any(|e| e.tag == tag),
                "the README names <{tag}>, which is not described"
            );
        }
        assert!(text.starts_with(README_BEGIN) && text.ends_with(README_END));
    }

    #[test]
    fn the_host_stylesheet_holds_space_for_each_element() {
        let elements = described();
        let text = stylesheet(
            &read("crates/learner-embed/js/learner-widgets.css"),
            &elements,
        )
        .unwrap();
        for e in &elements {
            for rule in [
                format!("{}:state(loading)", e.tag),
                format!("{}:not(:defined)", e.tag),
            ] {
                assert!(text.contains(&rule), "{rule} is missing:\n{text}");
            }
        }
        assert!(text.contains(
            "learner-profile, learner-progress, learner-choice-board {\n  display: block;"
        ));
        assert!(!text.contains(STYLESHEET_MARK));
    }

    #[test]
    fn a_stylesheet_without_its_mark_is_refused() {
        assert!(stylesheet("iframe {}", &described()).is_err());
    }
}
