//! The one description of the elements, read from `crates/learner-embed/api/`: `module.toml` (what
//! every element has, the module's functions and shared TypeScript types) and one file per element.
//! An element's lists are what every element has, then its own.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// Stands for the element's documents in a type (`{document} | string | null`).
pub const DOCUMENT: &str = "{document}";
/// Stands for the element's change type in an event's detail.
pub const CHANGE: &str = "{change}";

/// Everything `learner-widgets.js` gives, as described.
#[derive(Debug)]
pub struct Api {
    pub elements: Vec<Element>,
    /// What every element has (also inside each element's lists).
    pub every_element: Items,
    pub functions: Vec<Function>,
    /// TypeScript declarations the elements' types use.
    pub types: Vec<TypeDeclaration>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ModuleFile {
    elements: Vec<String>,
    every_element: Items,
    #[serde(default)]
    functions: Vec<Function>,
    #[serde(default)]
    types: Vec<TypeDeclaration>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Element {
    pub tag: String,
    /// The class name the manifest gives it.
    pub class: String,
    /// The wasm class (exported by the element's module) that does the element's work.
    pub core: String,
    /// A short noun phrase: "a jagged learner profile".
    pub summary: String,
    pub description: String,
    /// The document types it shows, by their `schema` value: `learner-profile/1`.
    pub documents: Vec<String>,
    /// The TypeScript type of its `learner-change` detail's `change`.
    pub change: String,
    #[serde(flatten)]
    pub items: Items,
    #[serde(default)]
    pub types: Vec<TypeDeclaration>,
    /// Keys the description does not know: a misspelt list name would otherwise vanish.
    #[serde(flatten)]
    unknown: BTreeMap<String, toml::Value>,
}

/// An element's public names, by kind.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Items {
    #[serde(default)]
    pub attributes: Vec<Attribute>,
    #[serde(default)]
    pub properties: Vec<Property>,
    #[serde(default)]
    pub methods: Vec<Method>,
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub slots: Vec<Named>,
    #[serde(default)]
    pub parts: Vec<Named>,
    #[serde(default)]
    pub css_properties: Vec<CssProperty>,
    #[serde(default)]
    pub css_states: Vec<Named>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attribute {
    pub name: String,
    /// Its values as TypeScript: `'host' | 'local'`, or `string`.
    #[serde(rename = "type")]
    pub kind: String,
    pub default: Option<String>,
    pub description: String,
    /// The property it reflects, if any.
    pub field: Option<String>,
    /// The element acts on a change of it at once (the loader's `observedAttributes`).
    #[serde(default)]
    pub observed: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Property {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub description: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Method {
    pub name: String,
    pub description: String,
    #[serde(default)]
    pub parameters: Vec<Parameter>,
    /// Its result as TypeScript; none for `void`.
    pub returns: Option<String>,
    /// A checked update of the document that the loader hands to the wasm core's method of the
    /// same name; otherwise the loader's element class has the method itself.
    #[serde(default)]
    pub update: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Parameter {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub optional: bool,
    pub description: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub name: String,
    /// The TypeScript type of its `detail`.
    pub detail: String,
    pub description: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Named {
    pub name: String,
    pub description: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CssProperty {
    pub name: String,
    pub default: String,
    pub description: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Function {
    pub name: String,
    pub description: String,
    #[serde(default)]
    pub parameters: Vec<Parameter>,
    pub returns: String,
}

/// A TypeScript declaration, written into index.d.ts as it is.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeDeclaration {
    pub name: String,
    pub declaration: String,
}

/// What every described item has: its name.
pub trait HasName {
    fn name(&self) -> &str;
}

macro_rules! named_by_field {
    ($($kind:ty),*) => {
        $(impl HasName for $kind {
            fn name(&self) -> &str {
                &self.name
            }
        })*
    };
}
named_by_field!(Attribute, Property, Method, Event, Named, CssProperty);

/// The names of `items`, in order.
pub fn names<T: HasName>(items: &[T]) -> Vec<&str> {
    items.iter().map(HasName::name).collect()
}

impl Element {
    /// `LearnerProfile` + `Element`, `Attributes`: the TypeScript names made from the class name.
    pub fn type_name(&self, suffix: &str) -> String {
        format!("{}{suffix}", self.class)
    }

    /// The TypeScript union of its documents' types.
    pub fn document_type(&self) -> String {
        self.documents
            .iter()
            .map(|schema| document_type_name(schema))
            .collect::<Vec<_>>()
            .join(" | ")
    }

    /// `text` with `{document}` and `{change}` written out for this element.
    pub fn fill(&self, text: &str) -> String {
        text.replace(DOCUMENT, &self.document_type())
            .replace(CHANGE, &self.change)
    }
}

/// `learner-progress-class/1` → `LearnerProgressClassDocument`: the TypeScript name of a document
/// type, the same for the schema's generated declaration and every use of it.
pub fn document_type_name(schema: &str) -> String {
    let name = schema.split('/').next().unwrap_or(schema);
    let mut out: String = name
        .split('-')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        })
        .collect();
    out.push_str("Document");
    out
}

/// Reads the description from `dir` (`crates/learner-embed/api`).
pub fn load(dir: &Path) -> Result<Api, String> {
    let read = |name: &str| -> Result<String, String> {
        std::fs::read_to_string(dir.join(name))
            .map_err(|e| format!("cannot read {}: {e}", dir.join(name).display()))
    };
    let module: ModuleFile = toml::from_str(&read("module.toml")?)
        .map_err(|e| format!("crates/learner-embed/api/module.toml: {e}"))?;
    declares_its_names(&module.types, "module.toml")?;
    let mut elements = Vec::new();
    for tag in &module.elements {
        let file = format!("{tag}.toml");
        let own: Element = toml::from_str(&read(&file)?)
            .map_err(|e| format!("crates/learner-embed/api/{file}: {e}"))?;
        declares_its_names(&own.types, &file)?;
        elements.push(with_every_element(own, &module.every_element, &file)?);
    }
    Ok(Api {
        elements,
        every_element: module.every_element,
        functions: module.functions,
        types: module.types,
    })
}

/// Each TypeScript declaration declares the type it is named after.
fn declares_its_names(types: &[TypeDeclaration], file: &str) -> Result<(), String> {
    for t in types {
        let declared = [
            format!("interface {} ", t.name),
            format!("interface {}<", t.name),
            format!("type {} ", t.name),
            format!("type {}<", t.name),
        ];
        if !declared.iter().any(|d| t.declaration.contains(d.as_str())) {
            return Err(format!(
                "crates/learner-embed/api/{file}: the type `{}` is not declared by its declaration",
                t.name
            ));
        }
    }
    Ok(())
}

/// The element with what every element has before its own, checked for names given twice.
fn with_every_element(own: Element, every: &Items, file: &str) -> Result<Element, String> {
    if let Some(key) = own.unknown.keys().next() {
        return Err(format!(
            "crates/learner-embed/api/{file}: unknown key `{key}`"
        ));
    }
    if !file.starts_with(&own.tag) {
        return Err(format!(
            "crates/learner-embed/api/{file} describes <{}>",
            own.tag
        ));
    }
    fn joined<T: Clone>(every: &[T], own: &[T]) -> Vec<T> {
        every.iter().chain(own).cloned().collect()
    }
    let items = Items {
        attributes: joined(&every.attributes, &own.items.attributes),
        properties: joined(&every.properties, &own.items.properties),
        methods: joined(&every.methods, &own.items.methods),
        events: joined(&every.events, &own.items.events),
        slots: joined(&every.slots, &own.items.slots),
        parts: joined(&every.parts, &own.items.parts),
        css_properties: joined(&every.css_properties, &own.items.css_properties),
        css_states: joined(&every.css_states, &own.items.css_states),
    };
    let lists = [
        ("attribute", names(&items.attributes)),
        ("property", names(&items.properties)),
        ("method", names(&items.methods)),
        ("event", names(&items.events)),
        ("slot", names(&items.slots)),
        ("part", names(&items.parts)),
        ("custom property", names(&items.css_properties)),
        ("state", names(&items.css_states)),
    ];
    for (kind, names) in lists {
        for (i, name) in names.iter().enumerate() {
            if names.iter().take(i).any(|earlier| earlier == name) {
                return Err(format!(
                    "crates/learner-embed/api/{file}: the {kind} `{name}` is described twice (every element has it already?)"
                ));
            }
        }
    }
    Ok(Element { items, ..own })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::root;

    #[test]
    fn document_types_are_named_after_their_schema() {
        assert_eq!(
            document_type_name("learner-progress-class/1"),
            "LearnerProgressClassDocument"
        );
        assert_eq!(
            document_type_name("learner-profile/1"),
            "LearnerProfileDocument"
        );
    }

    #[test]
    fn the_description_reads_and_every_element_has_the_shared_items_first() {
        let api = load(&root().join("crates/learner-embed/api")).unwrap();
        let tags: Vec<&str> = api.elements.iter().map(|e| e.tag.as_str()).collect();
        assert_eq!(
            tags,
            [
                "learner-profile",
                "learner-progress",
                "learner-choice-board"
            ]
        );
        for element in &api.elements {
            assert_eq!(element.items.attributes[0].name, "data");
            assert!(element.items.parts.iter().any(|p| p.name == "load-error"));
        }
        let progress = &api.elements[1];
        assert_eq!(
            progress.fill("{document} | string"),
            "LearnerProgressDocument | LearnerProgressClassDocument | string"
        );
        assert!(progress.items.methods.iter().any(|m| m.update));
    }

    #[test]
    fn a_misspelt_list_and_a_name_given_twice_are_refused() {
        let every = Items::default();
        let misspelt: Element = toml::from_str(
            "tag = 'learner-x'\nclass = 'X'\ncore = 'XElement'\nsummary = 's'\ndescription = 'd'\n\
             documents = []\nchange = 'C'\n[[part]]\nname = 'base'\ndescription = 'b'\n",
        )
        .unwrap();
        let refused = with_every_element(misspelt, &every, "learner-x.toml").unwrap_err();
        assert!(refused.contains("unknown key `part`"), "{refused}");

        let twice: Element = toml::from_str(
            "tag = 'learner-x'\nclass = 'X'\ncore = 'XElement'\nsummary = 's'\ndescription = 'd'\n\
             documents = []\nchange = 'C'\n[[parts]]\nname = 'base'\ndescription = 'b'\n\
             [[parts]]\nname = 'base'\ndescription = 'c'\n",
        )
        .unwrap();
        let refused = with_every_element(twice, &every, "learner-x.toml").unwrap_err();
        assert!(
            refused.contains("the part `base` is described twice"),
            "{refused}"
        );
    }
}
