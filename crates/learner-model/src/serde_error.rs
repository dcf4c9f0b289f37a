//! What serde_json reports about a text, as a problem's facts: the line and column of a text that
//! is not JSON, and for JSON of the wrong shape the missing field, the unknown variant or field, or
//! the type found and the type expected.
//!
//! serde_json says these in English sentences only. A syntax error's sentence is one of serde_json's
//! fixed messages (its `ErrorCode`); a data error's is made by `serde::de::Error`'s constructors in
//! stable shapes (`missing field `x``, `unknown variant `x`, expected one of …`, `invalid type: …,
//! expected …`). Each known message and shape becomes a key; what matches none keeps serde's
//! words as an argument of a fallback key, so a new serde message is shown rather than lost.

use crate::problem::{Problem, ProblemKey};

/// serde_json's syntax messages and their keys: the text is not JSON.
const SYNTAX: [(&str, ProblemKey); 16] = [
    ("expected value", ProblemKey::JsonExpectedValue),
    ("EOF while parsing a value", ProblemKey::JsonEndsInValue),
    ("EOF while parsing a list", ProblemKey::JsonEndsInList),
    ("EOF while parsing an object", ProblemKey::JsonEndsInObject),
    ("EOF while parsing a string", ProblemKey::JsonEndsInString),
    ("trailing characters", ProblemKey::JsonTrailingCharacters),
    ("trailing comma", ProblemKey::JsonTrailingComma),
    ("key must be a string", ProblemKey::JsonKeyNotString),
    ("expected `:`", ProblemKey::JsonExpectedColon),
    (
        "expected `,` or `]`",
        ProblemKey::JsonExpectedCommaOrBracket,
    ),
    ("expected `,` or `}`", ProblemKey::JsonExpectedCommaOrBrace),
    ("expected ident", ProblemKey::JsonExpectedIdent),
    ("invalid number", ProblemKey::JsonInvalidNumber),
    ("number out of range", ProblemKey::JsonNumberOutOfRange),
    ("invalid escape", ProblemKey::JsonInvalidEscape),
    ("recursion limit exceeded", ProblemKey::JsonTooDeep),
];

/// How serde names the types a visitor expects, and the key that says it.
const EXPECTED: [(&str, ProblemKey); 6] = [
    ("f64", ProblemKey::ExpectedNumber),
    ("u32", ProblemKey::ExpectedWholeNumber),
    ("a string", ProblemKey::ExpectedText),
    ("a boolean", ProblemKey::ExpectedBoolean),
    ("a sequence", ProblemKey::ExpectedList),
    ("a map", ProblemKey::ExpectedObject),
];

/// A text that is not JSON, at `path` (where the reading stopped).
pub(crate) fn not_json(path: String, err: &serde_json::Error) -> Problem {
    let message = without_position(err);
    let problem = match SYNTAX.iter().find(|(said, _)| *said == message) {
        Some((_, key)) => Problem::new(path, *key),
        None => Problem::new(path, ProblemKey::NotJson).with("detail", message),
    };
    problem
        .with("line", err.line())
        .with("column", err.column())
}

/// JSON whose shape is wrong at `path`: a missing field is named in the path
/// (`dimensions[3]` + missing field `id` is `dimensions[3].id: missing`).
pub(crate) fn wrong_shape(path: String, err: &serde_json::Error) -> Problem {
    let message = without_position(err);
    if let Some(field) = between(&message, "missing field `", "`") {
        let path = if path.is_empty() {
            field.to_string()
        } else {
            format!("{path}.{field}")
        };
        return Problem::new(path, ProblemKey::Missing);
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        return wrong_type(path, rest);
    }
    for (shape, key) in [
        ("unknown variant `", ProblemKey::UnknownVariant),
        ("unknown field `", ProblemKey::UnknownField),
    ] {
        if let Some((name, expected)) = message
            .strip_prefix(shape)
            .and_then(|rest| rest.split_once("`, expected "))
        {
            let allowed = expected.strip_prefix("one of ").unwrap_or(expected);
            return Problem::new(path, key)
                .with("name", name)
                .with("allowed", allowed.replace(" or ", ", "));
        }
    }
    if let Some(field) = between(&message, "duplicate field `", "`") {
        return Problem::new(path, ProblemKey::DuplicateField).with("name", field);
    }
    Problem::new(path, ProblemKey::WrongShape).with("detail", message)
}

/// `invalid type: <found>, expected <what>`: the value found as serde writes it (`string "4"`,
/// `integer `5``, `null`, a list, an object) and a key for what was expected.
fn wrong_type(path: String, rest: &str) -> Problem {
    let Some((found, expected)) = rest.rsplit_once(", expected ") else {
        return Problem::new(path, ProblemKey::WrongShape).with("detail", rest);
    };
    let found = match found {
        "sequence" => "list",
        "map" => "object",
        other => other,
    };
    let key = EXPECTED
        .iter()
        .find(|(said, _)| *said == expected)
        .map(|(_, key)| *key)
        .or_else(|| {
            expected
                .starts_with("struct ")
                .then_some(ProblemKey::ExpectedObject)
        });
    match key {
        Some(key) => Problem::new(path, key).with("found", found),
        None => Problem::new(path, ProblemKey::WrongType)
            .with("found", found)
            .with("expected", expected),
    }
}

/// The text between `start` and the next `end`, when `text` begins with `start`.
fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let rest = text.strip_prefix(start)?;
    rest.split_once(end).map(|(inside, _)| inside)
}

/// serde_json's message without its " at line L column C": the path says where.
fn without_position(err: &serde_json::Error) -> String {
    let message = err.to_string();
    match message.rfind(" at line ") {
        Some(at) => message.get(..at).unwrap_or_default().to_string(),
        None => message,
    }
}
