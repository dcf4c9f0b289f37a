//! The HTML of a server-rendered element: its attributes, its declarative shadow root and the
//! document it was drawn from, in the shape [`learner_embed::server_markup`] describes.

use crate::preload::preload_links;

/// What the element is drawn from and with.
pub struct ElementParts<'a> {
    pub tag: &'a str,
    /// The host's attributes, written on the element as given.
    pub attributes: &'a [(String, String)],
    /// Where the package's files are served: the shadow root's stylesheet is `{assets}{tag}.shadow.css`.
    pub assets: &'a str,
    /// The options the server drew with, for the root to record.
    pub recorded: &'a [(&'static str, String)],
    /// The widget as Yew rendered it.
    pub widget: &'a str,
    /// The document as the host gave it, as JSON text.
    pub document: &'a str,
    /// Start fetching the widget's hydrating module as the page is read, before the loader asks
    /// for it (measured: interactive about a tenth sooner on a phone).
    pub preload: bool,
    /// The browser's `User-Agent`, when the host passes it on: see [`preload_links`].
    pub user_agent: Option<&'a str>,
}

/// An attribute name HTML reads back as written: letters, digits, `-`, `_`, `:` and `.`, starting
/// with a letter.
pub fn is_attribute_name(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
}

pub fn element_html(parts: &ElementParts) -> String {
    let ElementParts {
        tag,
        attributes,
        assets,
        recorded,
        widget,
        document,
        preload,
        user_agent,
    } = parts;
    let mut html = if *preload {
        preload_links(tag, assets, *user_agent)
    } else {
        String::new()
    };
    html.push_str(&format!("<{tag}"));
    for (name, value) in attributes.iter() {
        push_attribute(&mut html, name, value);
    }
    html.push_str("><template shadowrootmode=\"open\"><link rel=\"stylesheet\"");
    push_attribute(&mut html, "href", &format!("{assets}{tag}.shadow.css"));
    html.push_str("><div");
    push_attribute(
        &mut html,
        learner_embed::server_markup::SERVER_ATTRIBUTE,
        learner_embed::server_markup::DRAWN_BY,
    );
    push_attribute(
        &mut html,
        learner_embed::server_markup::NODES_ATTRIBUTE,
        &element_count(widget).to_string(),
    );
    let script = script_text(document);
    push_attribute(
        &mut html,
        learner_embed::server_markup::DOCUMENT_ATTRIBUTE,
        &learner_embed::server_markup::fingerprint(&script),
    );
    for (name, value) in recorded.iter() {
        push_attribute(&mut html, name, value);
    }
    html.push('>');
    html.push_str(widget);
    html.push_str("</div></template><script type=\"application/json\">");
    html.push_str(&script);
    html.push_str(&format!("</script></{tag}>"));
    html
}

pub(crate) fn push_attribute(html: &mut String, name: &str, value: &str) {
    html.push(' ');
    html.push_str(name);
    html.push_str("=\"");
    for c in value.chars() {
        match c {
            '&' => html.push_str("&amp;"),
            '"' => html.push_str("&quot;"),
            '<' => html.push_str("&lt;"),
            '>' => html.push_str("&gt;"),
            c => html.push(c),
        }
    }
    html.push('"');
}

/// JSON text that cannot end its script or open a comment: every `<` (which valid JSON holds only
/// inside strings) written as `\u003c`.
fn script_text(json: &str) -> String {
    json.replace('<', "\\u003c")
}

/// How many elements `html` opens: a start tag is a `<` followed by a letter (text and attribute
/// values have theirs escaped).
fn element_count(html: &str) -> usize {
    html.as_bytes()
        .windows(2)
        .filter(|pair| matches!(pair, [b'<', next] if next.is_ascii_alphabetic()))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_start_tags_only() {
        assert_eq!(
            element_count("<div a=\"&lt;b\"><!--c--><svg><path/></svg>1 &lt; 2</div>"),
            3
        );
    }

    #[test]
    fn the_document_cannot_end_its_script() {
        assert_eq!(
            script_text(r#"{"name":"</script><!--"}"#),
            r#"{"name":"\u003c/script>\u003c!--"}"#
        );
    }

    #[test]
    fn attribute_values_are_escaped_and_names_checked() {
        let mut html = String::new();
        push_attribute(&mut html, "title", "\"<a>&");
        assert_eq!(html, " title=\"&quot;&lt;a&gt;&amp;\"");
        assert!(is_attribute_name("storage-key"));
        assert!(!is_attribute_name("onload=x"));
        assert!(!is_attribute_name("1a"));
    }
}
