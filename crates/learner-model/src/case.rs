//! CASE (Competencies and Academic Standards Exchange) import: a CASE package's CFItems and
//! CFAssociations become a framework of competencies. Real exports vary, so field names are matched
//! without regard to case, node references may be objects or plain URIs, and associations that point
//! outside the package are skipped with a note rather than refused.

use serde_json::{Map, Value};

use crate::problem::{DocumentError, ErrorCode, Problem};
use crate::progress::{Competency, Framework, Link, Method};

/// A framework read from a CASE package, with notes on what was skipped.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseImport {
    pub framework: Framework,
    pub notes: Vec<String>,
}

/// Reads a CASE package from JSON text: a file export (`{ CFDocument, CFItems, CFAssociations }`)
/// or the answer of a CASE server's `GET /ims/case/v1p1/CFPackages/{id}`, which wraps the same in
/// `{ "CFPackage": … }`. Other answers of a CASE server (one document, one item, a list of
/// documents, an error) are refused with a message saying what they are and what to fetch instead.
pub fn import_case(text: &str) -> Result<CaseImport, DocumentError> {
    let value = crate::parse::parse_value(text)?;
    let root = value
        .as_object()
        .ok_or_else(|| shape("", "expected a CASE package (a JSON object)"))?;
    let (package, at) = match field(root, "CFPackage") {
        Some(Value::Object(inner)) => (inner, "CFPackage."),
        Some(_) => return Err(shape("CFPackage", "expected an object: the package")),
        None => (root, ""),
    };
    if field(package, "CFItems").is_none()
        && let Some(what) = not_a_package(package)
    {
        return Err(shape("", &what));
    }
    let document = field(package, "CFDocument").and_then(Value::as_object);
    let title = document
        .and_then(|d| text_field(d, "title"))
        .unwrap_or_else(|| String::from("Imported framework"));
    let document_id = document.and_then(|d| text_field(d, "identifier"));
    let items = field(package, "CFItems")
        .and_then(Value::as_array)
        .ok_or_else(|| {
            shape(
                &format!("{at}CFItems"),
                "missing; a CASE package lists its items in CFItems",
            )
        })?;

    let mut competencies = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let at = format!("{at}CFItems[{i}]");
        let item = item
            .as_object()
            .ok_or_else(|| shape(&at, "expected an object"))?;
        let id = text_field(item, "identifier")
            .ok_or_else(|| shape(&format!("{at}.identifier"), "missing"))?;
        let statement = text_field(item, "fullStatement")
            .or_else(|| text_field(item, "abbreviatedStatement"))
            .ok_or_else(|| shape(&format!("{at}.fullStatement"), "missing"))?;
        competencies.push(Competency {
            id,
            code: text_field(item, "humanCodingScheme"),
            statement,
            parent: None,
            prerequisites: Vec::new(),
            target_date: None,
            rubric: None,
            exemplars: Vec::new(),
            help: Vec::new(),
            method: None,
        });
    }

    let mut notes = Vec::new();
    let associations = field(package, "CFAssociations")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for (i, association) in associations.iter().enumerate() {
        let Some(association) = association.as_object() else {
            notes.push(format!("CFAssociations[{i}] is not an object; skipped"));
            continue;
        };
        let kind = text_field(association, "associationType").unwrap_or_default();
        let origin = node(association, "originNodeURI");
        let destination = node(association, "destinationNodeURI");
        let position = |id: &Option<Node>| {
            id.as_ref()
                .and_then(|n| competencies.iter().position(|c| c.id == n.identifier))
        };
        let (from, to) = (position(&origin), position(&destination));
        match kind.as_str() {
            "isChildOf" => match (from, to) {
                (Some(child), Some(parent)) if child != parent => {
                    let parent_id = competencies.get(parent).map(|c| c.id.clone());
                    if let Some(c) = competencies.get_mut(child) {
                        c.parent = parent_id;
                    }
                }
                (Some(_), None)
                    if destination.as_ref().map(|d| &d.identifier) == document_id.as_ref() => {}
                _ => notes.push(outside(i, &kind, &destination)),
            },
            "precedes" => match (from, to) {
                (Some(before), Some(after)) if before != after => {
                    let before_id = competencies.get(before).map(|c| c.id.clone());
                    if let (Some(c), Some(id)) = (competencies.get_mut(after), before_id) {
                        if !c.prerequisites.contains(&id) {
                            c.prerequisites.push(id);
                        }
                    }
                }
                _ => notes.push(outside(i, &kind, &destination)),
            },
            "exemplar" => match (from, destination.as_ref().and_then(|d| web_link(&d.uri))) {
                (Some(item), Some(url)) => {
                    let title = destination
                        .as_ref()
                        .map(|d| d.title.clone())
                        .filter(|t| !t.is_empty() && t != "Destination")
                        .unwrap_or_else(|| String::from("Exemplar"));
                    if let Some(c) = competencies.get_mut(item) {
                        c.exemplars.push(Link { title, url });
                    }
                }
                _ => notes.push(format!(
                    "CFAssociations[{i}]: exemplar without a web link; skipped"
                )),
            },
            _ => {}
        }
    }
    Ok(CaseImport {
        framework: Framework {
            title,
            method: Method::default(),
            competencies,
        },
        notes,
    })
}

/// What a CASE server's answer is when it is not a package, and what to fetch instead; None when
/// it is none of the answers known.
fn not_a_package(answer: &Map<String, Value>) -> Option<String> {
    const FETCH: &str = "GET /ims/case/v1p1/CFPackages/";
    let status = field(answer, "imsx_StatusInfo")
        .and_then(Value::as_object)
        .unwrap_or(answer);
    if field(status, "imsx_codeMajor").is_some() {
        let major = text_field(status, "imsx_codeMajor").unwrap_or_default();
        let said = text_field(status, "imsx_description")
            .map_or_else(String::new, |d| format!(": \"{d}\""));
        return Some(format!(
            "this is an error answer from a CASE server (imsx_codeMajor {major}{said}), not a \
             package; check the framework's identifier and the server's access, then fetch \
             {FETCH}{{identifier}} again"
        ));
    }
    if let Some(list) = field(answer, "CFDocuments").and_then(Value::as_array) {
        let first = list
            .iter()
            .filter_map(Value::as_object)
            .filter_map(|d| {
                let id = text_field(d, "identifier")?;
                Some(match text_field(d, "title") {
                    Some(title) => format!("\"{title}\" ({id})"),
                    None => id,
                })
            })
            .take(3)
            .collect::<Vec<_>>();
        let named = if first.is_empty() {
            String::new()
        } else {
            format!(", such as {}", first.join(", "))
        };
        return Some(format!(
            "this is a list of {} CASE documents (CFDocuments), not a package; fetch the package of \
             the one you want with {FETCH}{{identifier}}{named}",
            list.len()
        ));
    }
    if let Some(document) = field(answer, "CFDocument").and_then(Value::as_object) {
        let id = text_field(document, "identifier").unwrap_or_else(|| String::from("{identifier}"));
        let title = text_field(document, "title").map_or_else(String::new, |t| format!(" \"{t}\""));
        return Some(format!(
            "this is one CASE document{title} (a CFDocument, the framework's header) without its \
             items, not a package; fetch its package with {FETCH}{id}"
        ));
    }
    if let Some(item) = field(answer, "CFItem").and_then(Value::as_object) {
        let code = text_field(item, "humanCodingScheme")
            .or_else(|| text_field(item, "identifier"))
            .map_or_else(String::new, |c| format!(" ({c})"));
        let document = field(item, "CFDocumentURI")
            .and_then(Value::as_object)
            .and_then(|d| text_field(d, "identifier"))
            .unwrap_or_else(|| String::from("{identifier of its CFDocument}"));
        return Some(format!(
            "this is one CASE item{code} (a CFItem), not a package; fetch the package of its \
             framework with {FETCH}{document}"
        ));
    }
    None
}

struct Node {
    identifier: String,
    uri: String,
    title: String,
}

/// A node reference: `{ identifier, uri, title }`, or a bare URI whose last segment is the id.
fn node(association: &Map<String, Value>, name: &str) -> Option<Node> {
    match field(association, name)? {
        Value::Object(object) => {
            let uri = text_field(object, "uri").unwrap_or_default();
            let identifier = text_field(object, "identifier").or_else(|| last_segment(&uri))?;
            Some(Node {
                identifier,
                uri,
                title: text_field(object, "title").unwrap_or_default(),
            })
        }
        Value::String(uri) => Some(Node {
            identifier: last_segment(uri)?,
            uri: uri.clone(),
            title: String::new(),
        }),
        _ => None,
    }
}

fn last_segment(uri: &str) -> Option<String> {
    uri.trim_end_matches('/')
        .rsplit('/')
        .next()
        .filter(|s| !s.is_empty())
        .map(String::from)
}

/// An http(s) link from a node URI. Some editors wrap the real address in their own
/// (`https://editor/uri/https://example.org/task`): the innermost address is the one meant.
fn web_link(uri: &str) -> Option<String> {
    let start = uri.rfind("https://").or_else(|| uri.rfind("http://"))?;
    let link = uri.get(start..)?;
    (link.len() > "https://".len()).then(|| link.to_string())
}

fn outside(index: usize, kind: &str, destination: &Option<Node>) -> String {
    let target = destination
        .as_ref()
        .map_or("nothing", |d| d.identifier.as_str());
    format!("CFAssociations[{index}]: {kind} points outside the package ({target}); skipped")
}

/// A field by name, whatever its case (`CFItems`, `cfItems`).
fn field<'a>(object: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    object.get(name).or_else(|| {
        object
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value)
    })
}

fn text_field(object: &Map<String, Value>, name: &str) -> Option<String> {
    field(object, name)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
}

fn shape(path: &str, message: &str) -> DocumentError {
    DocumentError::single(ErrorCode::InvalidShape, Problem::new(path, message))
}
