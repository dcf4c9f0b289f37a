//! `custom-elements.json`, the Custom Elements Manifest (schema 2.1.0) that editors, Storybook and
//! the theme designer read. Its fields are serialised in the order declared here.

use serde::Serialize;

use super::description::{Api, CssProperty, Element, Function, Method, Named, Parameter};

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Manifest {
    schema_version: &'static str,
    readme: &'static str,
    modules: Vec<Module>,
}

#[derive(Serialize)]
struct Module {
    kind: &'static str,
    path: &'static str,
    declarations: Vec<Declaration>,
    exports: Vec<Export>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Declaration {
    Element(Box<ElementDeclaration>),
    Function(FunctionDeclaration),
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ElementDeclaration {
    kind: &'static str,
    name: String,
    tag_name: String,
    summary: String,
    custom_element: bool,
    description: String,
    attributes: Vec<Attribute>,
    members: Vec<Member>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    slots: Vec<Named>,
    events: Vec<Event>,
    css_parts: Vec<Named>,
    css_properties: Vec<CssProperty>,
    css_states: Vec<Named>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct FunctionDeclaration {
    kind: &'static str,
    name: String,
    description: String,
    parameters: Vec<ManifestParameter>,
    #[serde(rename = "return")]
    returns: Return,
}

#[derive(Serialize)]
struct Type {
    text: String,
}

fn type_of(text: &str) -> Type {
    Type {
        text: text.to_string(),
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Attribute {
    name: String,
    #[serde(rename = "type")]
    kind: Type,
    #[serde(skip_serializing_if = "Option::is_none")]
    default: Option<String>,
    description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    field_name: Option<String>,
}

#[derive(Serialize)]
struct Member {
    kind: &'static str,
    name: String,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    kind_of_field: Option<Type>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    parameters: Vec<ManifestParameter>,
    #[serde(rename = "return", skip_serializing_if = "Option::is_none")]
    returns: Option<Return>,
    description: String,
}

#[derive(Serialize)]
struct ManifestParameter {
    name: String,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    optional: bool,
    #[serde(rename = "type")]
    kind: Type,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<String>,
}

#[derive(Serialize)]
struct Return {
    #[serde(rename = "type")]
    kind: Type,
}

#[derive(Serialize)]
struct Event {
    name: String,
    #[serde(rename = "type")]
    kind: Type,
    description: String,
}

#[derive(Serialize)]
struct Export {
    kind: &'static str,
    name: String,
    declaration: Reference,
}

#[derive(Serialize)]
struct Reference {
    name: String,
    module: &'static str,
}

const MODULE: &str = "learner-widgets.js";

/// The manifest's text: pretty JSON with a final newline.
pub fn render(api: &Api) -> Result<String, String> {
    let mut declarations: Vec<Declaration> = api
        .elements
        .iter()
        .map(|e| Declaration::Element(Box::new(element(e))))
        .collect();
    declarations.extend(
        api.functions
            .iter()
            .map(|f| Declaration::Function(function(f))),
    );
    let mut exports: Vec<Export> = api
        .elements
        .iter()
        .map(|e| Export {
            kind: "custom-element-definition",
            name: e.tag.clone(),
            declaration: Reference {
                name: e.class.clone(),
                module: MODULE,
            },
        })
        .collect();
    exports.extend(api.functions.iter().map(|f| Export {
        kind: "js",
        name: f.name.clone(),
        declaration: Reference {
            name: f.name.clone(),
            module: MODULE,
        },
    }));
    let manifest = Manifest {
        schema_version: "2.1.0",
        readme: "README.md",
        modules: vec![Module {
            kind: "javascript-module",
            path: MODULE,
            declarations,
            exports,
        }],
    };
    serde_json::to_string_pretty(&manifest)
        .map(|text| text + "\n")
        .map_err(|e| format!("cannot write custom-elements.json: {e}"))
}

fn element(e: &Element) -> ElementDeclaration {
    let items = &e.items;
    let fields = items.properties.iter().map(|p| Member {
        kind: "field",
        name: p.name.clone(),
        kind_of_field: Some(type_of(&e.fill(&p.kind))),
        parameters: Vec::new(),
        returns: None,
        description: p.description.clone(),
    });
    let methods = items.methods.iter().map(|m| method(e, m));
    ElementDeclaration {
        kind: "class",
        name: e.class.clone(),
        tag_name: e.tag.clone(),
        summary: e.summary.clone(),
        custom_element: true,
        description: e.description.clone(),
        attributes: items
            .attributes
            .iter()
            .map(|a| Attribute {
                name: a.name.clone(),
                kind: type_of(&a.kind),
                default: a.default.clone(),
                description: a.description.clone(),
                field_name: a.field.clone(),
            })
            .collect(),
        members: fields.chain(methods).collect(),
        slots: items.slots.clone(),
        events: items
            .events
            .iter()
            .map(|ev| Event {
                name: ev.name.clone(),
                kind: type_of(&format!("CustomEvent<{}>", e.fill(&ev.detail))),
                description: ev.description.clone(),
            })
            .collect(),
        css_parts: items.parts.clone(),
        css_properties: items.css_properties.clone(),
        css_states: items.css_states.clone(),
    }
}

fn method(e: &Element, m: &Method) -> Member {
    Member {
        kind: "method",
        name: m.name.clone(),
        kind_of_field: None,
        parameters: m
            .parameters
            .iter()
            .map(|p| parameter(p, &e.fill(&p.kind)))
            .collect(),
        returns: m.returns.as_ref().map(|r| Return {
            kind: type_of(&e.fill(r)),
        }),
        description: m.description.clone(),
    }
}

/// A parameter, its type written as `kind`.
fn parameter(p: &Parameter, kind: &str) -> ManifestParameter {
    ManifestParameter {
        name: p.name.clone(),
        optional: p.optional,
        kind: type_of(kind),
        description: p.description.clone(),
    }
}

fn function(f: &Function) -> FunctionDeclaration {
    FunctionDeclaration {
        kind: "function",
        name: f.name.clone(),
        description: f.description.clone(),
        parameters: f.parameters.iter().map(|p| parameter(p, &p.kind)).collect(),
        returns: Return {
            kind: type_of(&f.returns),
        },
    }
}
