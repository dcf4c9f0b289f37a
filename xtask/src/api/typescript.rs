//! The package's `index.d.ts`: the elements, their attributes, events and methods, and the
//! `LearnerElements` map that react.d.ts and vue.d.ts make JSX and Vue types from, written from the
//! description; then the documents' types, made from their JSON Schemas (document_types.rs).

use super::description::{
    Api, Attribute, Element, Event, HasName, Method, Parameter, Property, names,
};

const HEADER: &str = "\
// Types for the learner widgets' elements, events and documents. Written by `cargo xtask api` from
// the elements' description (crates/learner-embed/api/) and the documents' JSON Schemas: edit
// those, not this file.
";

/// What is made from `LearnerElements` alone: the tag names, and the DOM's maps of elements and
/// events, so `document.createElement('learner-profile')` and `addEventListener('learner-change')`
/// are typed.
const FROM_THE_MAP: &str = "\
/** A tag of one of the elements: `'learner-profile' | 'learner-progress' | 'learner-choice-board'`. */
export type LearnerTag = keyof LearnerElements;

type LearnerTagNameMap = { [T in LearnerTag]: LearnerElements[T]['element'] };

/** Every element's events together, for a listener on an ancestor (events bubble and are composed). */
type LearnerEventMap = {
  [E in keyof LearnerElements[LearnerTag]['events']]: CustomEvent<LearnerElements[LearnerTag]['events'][E]>;
};

declare global {
  interface HTMLElementTagNameMap extends LearnerTagNameMap {}
  interface HTMLElementEventMap extends LearnerEventMap {}
}
";

/// Stand-ins for an element's documents and change type in what every element has.
const DOCUMENT_PARAMETER: &str = "D";
const CHANGE_PARAMETER: &str = "C";

/// index.d.ts, given the documents' declarations.
pub fn render(api: &Api, document_types: &str) -> String {
    let mut out = String::from(HEADER);
    for declaration in &api.types {
        out.push('\n');
        out.push_str(declaration.declaration.trim());
        out.push('\n');
    }
    let generic = |text: &str| {
        text.replace(super::description::DOCUMENT, DOCUMENT_PARAMETER)
            .replace(super::description::CHANGE, CHANGE_PARAMETER)
    };
    let every = &api.every_element;

    out.push_str("\n/** The attributes every element takes, as HTML gives them (text). */\n");
    out.push_str("export interface LearnerAttributes {\n");
    every.attributes.iter().for_each(|a| attribute(&mut out, a));
    out.push_str("}\n");

    out.push_str("\n/** Each event every element fires, with its `detail`: `D` is the element's documents, `C` its change. */\n");
    out.push_str("export interface LearnerEvents<D, C> {\n");
    for e in &every.events {
        event(&mut out, e, &generic(&e.detail));
    }
    out.push_str("}\n");

    out.push_str("\n/** What every element has, `D` being its documents. */\n");
    out.push_str("interface LearnerElement<D> extends HTMLElement {\n");
    for p in &every.properties {
        property(&mut out, p, &generic(&p.kind));
    }
    for m in &every.methods {
        method(&mut out, m, &|text| generic(text));
    }
    out.push_str("}\n");

    for element in &api.elements {
        element_types(&mut out, element, api);
    }
    for f in &api.functions {
        out.push('\n');
        doc(&mut out, "", &f.description);
        out.push_str(&format!(
            "export function {}({}): {};\n",
            f.name,
            parameters(&f.parameters, &|text| text.to_string()),
            f.returns
        ));
    }
    elements_map(&mut out, api);
    out.push('\n');
    out.push_str(FROM_THE_MAP);
    out.push_str("\n// The documents, from their JSON Schemas (www/schemas/).\n\n");
    out.push_str(document_types.trim_end());
    out.push('\n');
    out
}

/// An element's own types, its element interface and its attributes.
fn element_types(out: &mut String, element: &Element, api: &Api) {
    for declaration in &element.types {
        out.push('\n');
        out.push_str(declaration.declaration.trim());
        out.push('\n');
    }
    let (items, every) = (&element.items, &api.every_element);

    out.push('\n');
    doc(
        out,
        "",
        &format!("`<{}>`: {}.", element.tag, element.summary),
    );
    out.push_str(&format!(
        "export interface {} extends LearnerElement<{}> {{",
        element.type_name("Element"),
        element.document_type()
    ));
    let mut body = String::new();
    for p in own(&items.properties, &every.properties) {
        property(&mut body, p, &element.fill(&p.kind));
    }
    for m in own(&items.methods, &every.methods) {
        method(&mut body, m, &|text| element.fill(text));
    }
    close(out, &body);

    out.push_str(&format!(
        "\nexport interface {} extends LearnerAttributes {{",
        element.type_name("Attributes")
    ));
    let mut body = String::new();
    for a in own(&items.attributes, &every.attributes) {
        attribute(&mut body, a);
    }
    close(out, &body);
}

/// The items of `all` that are not in `shared` (by name): an element's own.
fn own<'a, T: HasName>(all: &'a [T], shared: &[T]) -> impl Iterator<Item = &'a T> {
    let shared: Vec<String> = names(shared).into_iter().map(String::from).collect();
    all.iter()
        .filter(move |item| !shared.iter().any(|s| s == item.name()))
}

/// Ends an interface whose `body` may be empty (`{}` on the same line).
fn close(out: &mut String, body: &str) {
    if body.is_empty() {
        out.push_str("}\n");
    } else {
        out.push('\n');
        out.push_str(body);
        out.push_str("}\n");
    }
}

/// `LearnerElements`: each tag's element, documents, attributes and events.
fn elements_map(out: &mut String, api: &Api) {
    out.push_str(
        "\n/**\n * The elements: each one's element interface, documents (its `data` property), attributes and\n \
         * events. The one map that `HTMLElementTagNameMap` here, the JSX types of `learner-widgets/react`\n \
         * and the Vue components of `learner-widgets/vue` are made from.\n */\n",
    );
    out.push_str("export interface LearnerElements {\n");
    for element in &api.elements {
        let documents = element.document_type();
        let mut events = format!("LearnerEvents<{documents}, {}>", element.change);
        let own_events: Vec<String> = own(&element.items.events, &api.every_element.events)
            .map(|e| format!("'{}': {}", e.name, element.fill(&e.detail)))
            .collect();
        if !own_events.is_empty() {
            events.push_str(&format!(" & {{ {} }}", own_events.join("; ")));
        }
        out.push_str(&format!(
            "  '{}': {{\n    element: {};\n    document: {documents};\n    attributes: {};\n    events: {events};\n  }};\n",
            element.tag,
            element.type_name("Element"),
            element.type_name("Attributes"),
        ));
    }
    out.push_str("}\n");
}

fn attribute(out: &mut String, a: &Attribute) {
    doc(out, "  ", &a.description);
    out.push_str(&format!("  {}?: {};\n", key(&a.name), a.kind));
}

fn property(out: &mut String, p: &Property, kind: &str) {
    doc(out, "  ", &p.description);
    out.push_str(&format!("  {}: {kind};\n", key(&p.name)));
}

fn event(out: &mut String, e: &Event, detail: &str) {
    doc(out, "  ", &e.description);
    out.push_str(&format!("  {}: {detail};\n", key(&e.name)));
}

fn method(out: &mut String, m: &Method, fill: &dyn Fn(&str) -> String) {
    doc(out, "  ", &m.description);
    out.push_str(&format!(
        "  {}({}): {};\n",
        m.name,
        parameters(&m.parameters, fill),
        m.returns
            .as_deref()
            .map(fill)
            .unwrap_or_else(|| String::from("void"))
    ));
}

fn parameters(list: &[Parameter], fill: &dyn Fn(&str) -> String) -> String {
    list.iter()
        .map(|p| {
            let optional = if p.optional { "?" } else { "" };
            format!("{}{optional}: {}", p.name, fill(&p.kind))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A property name as TypeScript needs it: quoted when it has a hyphen.
fn key(name: &str) -> String {
    if name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        name.to_string()
    } else {
        format!("'{name}'")
    }
}

/// A `/** … */` comment of `text`, wrapped to 100 columns.
fn doc(out: &mut String, indent: &str, text: &str) {
    let width = 100 - indent.len() - 3;
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.len() + 1 + word.len() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word.replace("*/", "*\\/"));
    }
    if !line.is_empty() {
        lines.push(line);
    }
    match lines.as_slice() {
        [] => {}
        [one] if one.len() + 7 <= width => out.push_str(&format!("{indent}/** {one} */\n")),
        _ => {
            out.push_str(&format!("{indent}/**\n"));
            for l in &lines {
                out.push_str(&format!("{indent} * {l}\n"));
            }
            out.push_str(&format!("{indent} */\n"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_comments_are_wrapped_and_hyphenated_names_quoted() {
        let mut out = String::new();
        doc(&mut out, "  ", &"word ".repeat(40));
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "  /**");
        assert!(lines.iter().all(|l| l.len() <= 100), "{out}");
        assert_eq!(key("storage-key"), "'storage-key'");
        assert_eq!(key("data"), "data");
    }
}
