//! What the loader's JSON writer found in a host's object that JSON cannot hold (it writes host
//! objects itself, since the page may have bent `JSON.stringify`): a fact the widgets word.

use learner_model::{DocumentError, ErrorCode, Problem, ProblemKey};

/// The refusal of a host's object at `path`. `kind` is the writer's: `bigint` (`fact`: the
/// value's digits), `cycle`, or `unreadable` (`fact`: what reading the field threw).
pub fn unwritable(path: &str, kind: &str, fact: &str) -> DocumentError {
    let problem = match kind {
        "bigint" => Problem::new(path, ProblemKey::UNWRITABLE_BIGINT).with("value", fact),
        "cycle" => Problem::new(path, ProblemKey::UNWRITABLE_CYCLE),
        _ => Problem::new(path, ProblemKey::UNWRITABLE_UNREADABLE).with("error", fact),
    };
    DocumentError::single(ErrorCode::InvalidJson, problem)
}
