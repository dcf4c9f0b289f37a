//! CASE (Competencies and Academic Standards Exchange) import: a CASE package's CFItems and
//! CFAssociations become a framework of competencies. Real exports vary, so field names are matched
//! without regard to case, node references may be objects or plain URIs, and associations that point
//! outside the package are skipped with a note rather than refused.

use serde_json::{Map, Value};

use crate::problem::{DocumentError, ErrorCode, Problem, ProblemKey};
use crate::progress::{Competency, Framework, Link, Method};

/// A framework read from a CASE package, with notes on what was skipped: each a fact with the
/// path of the association skipped, a key and its values, as a [`Problem`] is.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseImport {
    pub framework: Framework,
    pub notes: Vec<Problem>,
}

impl CaseImport {
    /// Names what the package left unnamed, in the caller's words: the framework when its
    /// CFDocument has no title, and each exemplar link whose destination has none. The import
    /// leaves those names empty because the model words nothing.
    pub fn named(mut self, untitled_framework: &str, exemplar: &str) -> CaseImport {
        if self.framework.title.is_empty() {
            self.framework.title = untitled_framework.to_string();
        }
        for competency in &mut self.framework.competencies {
            for link in &mut competency.exemplars {
                if link.title.is_empty() {
                    link.title = exemplar.to_string();
                }
            }
        }
        self
    }
}

/// What a CASE server is asked for a framework's package.
const FETCH: &str = "GET /ims/case/v1p1/CFPackages/";

/// Reads a CASE package from JSON text (name what it leaves unnamed with [`CaseImport::named`]): a file export (`{ CFDocument, CFItems, CFAssociations }`)
/// or the answer of a CASE server's `GET /ims/case/v1p1/CFPackages/{id}`, which wraps the same in
/// `{ "CFPackage": … }`. Other answers of a CASE server (one document, one item, a list of
/// documents, an error) are refused with a problem saying what they are and what to fetch instead.
pub fn import_case(text: &str) -> Result<CaseImport, DocumentError> {
    let value = crate::parse::parse_value(text)?;
    let (package, at) = unwrap_package(&value)?;
    let document = field(package, "CFDocument").and_then(Value::as_object);
    let title = document
        .and_then(|d| text_field(d, "title"))
        .unwrap_or_default();
    let document_id = document.and_then(|d| text_field(d, "identifier"));
    let uri = document.and_then(|d| text_field(d, "uri"));
    let mut competencies = read_items(package, at)?;
    let notes = link_associations(package, &mut competencies, document_id.as_deref());
    Ok(CaseImport {
        framework: Framework {
            title,
            uri,
            method: Method::default(),
            competencies,
        },
        notes,
    })
}

/// The package, bare or in a server's `CFPackage`, with the path prefix of its fields; refused
/// when the answer is another of a CASE server's (an error, a document, an item, a list).
fn unwrap_package(value: &Value) -> Result<(&Map<String, Value>, &'static str), DocumentError> {
    let root = value
        .as_object()
        .ok_or_else(|| shape(Problem::new("", ProblemKey::CASE_NOT_AN_OBJECT)))?;
    let (package, at) = match field(root, "CFPackage") {
        Some(Value::Object(inner)) => (inner, "CFPackage."),
        Some(_) => {
            return Err(shape(Problem::new(
                "CFPackage",
                ProblemKey::CASE_PACKAGE_NOT_AN_OBJECT,
            )));
        }
        None => (root, ""),
    };
    if field(package, "CFItems").is_none()
        && let Some(problem) = not_a_package(package)
    {
        return Err(shape(problem));
    }
    Ok((package, at))
}

/// The package's CFItems as competencies, without their links to each other yet.
fn read_items(package: &Map<String, Value>, at: &str) -> Result<Vec<Competency>, DocumentError> {
    let items = field(package, "CFItems")
        .and_then(Value::as_array)
        .ok_or_else(|| {
            shape(Problem::new(
                format!("{at}CFItems"),
                ProblemKey::CASE_NO_ITEMS,
            ))
        })?;
    let mut competencies = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let at = format!("{at}CFItems[{i}]");
        let missing = |name: &str| shape(Problem::new(format!("{at}.{name}"), ProblemKey::MISSING));
        let item = item
            .as_object()
            .ok_or_else(|| shape(Problem::new(&at, ProblemKey::CASE_ITEM_NOT_AN_OBJECT)))?;
        let id = text_field(item, "identifier").ok_or_else(|| missing("identifier"))?;
        let statement = text_field(item, "fullStatement")
            .or_else(|| text_field(item, "abbreviatedStatement"))
            .ok_or_else(|| missing("fullStatement"))?;
        competencies.push(Competency {
            id,
            code: text_field(item, "humanCodingScheme"),
            statement,
            uri: text_field(item, "uri"),
            parent: None,
            prerequisites: Vec::new(),
            target_date: None,
            rubric: None,
            exemplars: Vec::new(),
            help: Vec::new(),
            method: None,
        });
    }
    Ok(competencies)
}

/// Applies the package's CFAssociations (parents, prerequisites, exemplars) to the competencies;
/// returns a note for each association skipped.
fn link_associations(
    package: &Map<String, Value>,
    competencies: &mut [Competency],
    document_id: Option<&str>,
) -> Vec<Problem> {
    let mut notes = Vec::new();
    let associations = field(package, "CFAssociations")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default();
    for (i, association) in associations.iter().enumerate() {
        let at = format!("CFAssociations[{i}]");
        let Some(association) = association.as_object() else {
            notes.push(Problem::new(at, ProblemKey::CASE_NOTE_NOT_AN_OBJECT));
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
        let outside = || {
            let target = destination.as_ref().map(|d| d.identifier.as_str());
            match target {
                Some(target) => {
                    Problem::new(&at, ProblemKey::CASE_NOTE_OUTSIDE).with("target", target)
                }
                None => Problem::new(&at, ProblemKey::CASE_NOTE_NO_TARGET),
            }
            .with("kind", &kind)
        };
        match kind.as_str() {
            "isChildOf" => match (from, to) {
                (Some(child), Some(parent)) if child != parent => {
                    let parent_id = competencies.get(parent).map(|c| c.id.clone());
                    if let Some(c) = competencies.get_mut(child) {
                        c.parent = parent_id;
                    }
                }
                (Some(_), None)
                    if destination.as_ref().map(|d| d.identifier.as_str()) == document_id => {}
                _ => notes.push(outside()),
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
                _ => notes.push(outside()),
            },
            "exemplar" => match (from, destination.as_ref().and_then(|d| web_link(&d.uri))) {
                (Some(item), Some(url)) => {
                    let title = destination
                        .as_ref()
                        .map(|d| d.title.clone())
                        .filter(|t| t != "Destination")
                        .unwrap_or_default();
                    if let Some(c) = competencies.get_mut(item) {
                        c.exemplars.push(Link { title, url });
                    }
                }
                _ => notes.push(Problem::new(at, ProblemKey::CASE_NOTE_NO_WEB_LINK)),
            },
            _ => {}
        }
    }
    notes
}

/// What a CASE server's answer is when it is not a package, and what to fetch instead; None when
/// it is none of the answers known.
fn not_a_package(answer: &Map<String, Value>) -> Option<Problem> {
    let status = field(answer, "imsx_StatusInfo")
        .and_then(Value::as_object)
        .unwrap_or(answer);
    if field(status, "imsx_codeMajor").is_some() {
        let major = text_field(status, "imsx_codeMajor").unwrap_or_default();
        let problem = match text_field(status, "imsx_description") {
            Some(said) => Problem::new("", ProblemKey::CASE_ERROR_ANSWER_SAYING).with("said", said),
            None => Problem::new("", ProblemKey::CASE_ERROR_ANSWER),
        };
        return Some(
            problem
                .with("major", major)
                .with("request", format!("{FETCH}{{identifier}}")),
        );
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
        let problem = if first.is_empty() {
            Problem::new("", ProblemKey::CASE_DOCUMENT_LIST)
        } else {
            Problem::new("", ProblemKey::CASE_DOCUMENT_LIST_SUCH_AS)
                .with("examples", first.join(", "))
        };
        return Some(
            problem
                .with("count", list.len())
                .with("request", format!("{FETCH}{{identifier}}")),
        );
    }
    if let Some(document) = field(answer, "CFDocument").and_then(Value::as_object) {
        let id = text_field(document, "identifier").unwrap_or_else(|| String::from("{identifier}"));
        let problem = match text_field(document, "title") {
            Some(title) => {
                Problem::new("", ProblemKey::CASE_ONE_DOCUMENT_TITLED).with("title", title)
            }
            None => Problem::new("", ProblemKey::CASE_ONE_DOCUMENT),
        };
        return Some(problem.with("request", format!("{FETCH}{id}")));
    }
    if let Some(item) = field(answer, "CFItem").and_then(Value::as_object) {
        let document = field(item, "CFDocumentURI")
            .and_then(Value::as_object)
            .and_then(|d| text_field(d, "identifier"))
            .unwrap_or_else(|| String::from("{identifier}"));
        let code = text_field(item, "humanCodingScheme").or_else(|| text_field(item, "identifier"));
        let problem = match code {
            Some(code) => Problem::new("", ProblemKey::CASE_ONE_ITEM_CODED).with("code", code),
            None => Problem::new("", ProblemKey::CASE_ONE_ITEM),
        };
        return Some(problem.with("request", format!("{FETCH}{document}")));
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

fn shape(problem: Problem) -> DocumentError {
    DocumentError::single(ErrorCode::InvalidShape, problem)
}
