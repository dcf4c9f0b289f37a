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

/// serde_json's syntax messages and the keys of their words: why the text is not JSON.
const SYNTAX: [(&str, ProblemKey); 16] = [
    ("expected value", ProblemKey::JSON_EXPECTED_VALUE),
    ("EOF while parsing a value", ProblemKey::JSON_ENDS_IN_VALUE),
    ("EOF while parsing a list", ProblemKey::JSON_ENDS_IN_LIST),
    (
        "EOF while parsing an object",
        ProblemKey::JSON_ENDS_IN_OBJECT,
    ),
    (
        "EOF while parsing a string",
        ProblemKey::JSON_ENDS_IN_STRING,
    ),
    ("trailing characters", ProblemKey::JSON_TRAILING_CHARACTERS),
    ("trailing comma", ProblemKey::JSON_TRAILING_COMMA),
    ("key must be a string", ProblemKey::JSON_KEY_NOT_STRING),
    ("expected `:`", ProblemKey::JSON_EXPECTED_COLON),
    (
        "expected `,` or `]`",
        ProblemKey::JSON_EXPECTED_COMMA_OR_BRACKET,
    ),
    (
        "expected `,` or `}`",
        ProblemKey::JSON_EXPECTED_COMMA_OR_BRACE,
    ),
    ("expected ident", ProblemKey::JSON_EXPECTED_IDENT),
    ("invalid number", ProblemKey::JSON_INVALID_NUMBER),
    ("number out of range", ProblemKey::JSON_NUMBER_OUT_OF_RANGE),
    ("invalid escape", ProblemKey::JSON_INVALID_ESCAPE),
    ("recursion limit exceeded", ProblemKey::JSON_TOO_DEEP),
];

/// How serde names the types a visitor expects, and the key of their words.
const EXPECTED: [(&str, ProblemKey); 6] = [
    ("f64", ProblemKey::EXPECTED_NUMBER),
    ("u32", ProblemKey::EXPECTED_WHOLE_NUMBER),
    ("a string", ProblemKey::EXPECTED_TEXT),
    ("a boolean", ProblemKey::EXPECTED_BOOLEAN),
    ("a sequence", ProblemKey::EXPECTED_LIST),
    ("a map", ProblemKey::EXPECTED_OBJECT),
];

/// A text that is not JSON, at `path` (where the reading stopped).
pub(crate) fn not_json(path: String, err: &serde_json::Error) -> Problem {
    let message = without_position(err);
    let problem = Problem::new(path, ProblemKey::NOT_JSON);
    match SYNTAX.iter().find(|(said, _)| *said == message) {
        Some((_, why)) => problem.with_words("reason", *why),
        None => problem.with("reason", message),
    }
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
        return Problem::new(path, ProblemKey::MISSING);
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        return wrong_type(path, rest);
    }
    for (shape, key) in [
        ("unknown variant `", ProblemKey::UNKNOWN_VARIANT),
        ("unknown field `", ProblemKey::UNKNOWN_FIELD),
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
        return Problem::new(path, ProblemKey::DUPLICATE_FIELD).with("name", field);
    }
    Problem::new(path, ProblemKey::WRONG_SHAPE).with("detail", message)
}

/// `invalid type: <found>, expected <what>`: the value found as serde writes it (`string "4"`,
/// `integer `5``, `null`, a list, an object) and a key for what was expected.
fn wrong_type(path: String, rest: &str) -> Problem {
    let Some((found, expected)) = rest.rsplit_once(", expected ") else {
        return Problem::new(path, ProblemKey::WRONG_SHAPE).with("detail", rest);
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
                .then_some(ProblemKey::EXPECTED_OBJECT)
        });
    let problem = Problem::new(path, ProblemKey::WRONG_TYPE).with("found", found);
    match key {
        Some(key) => problem.with_words("expected", key),
        None => problem.with("expected", expected),
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
