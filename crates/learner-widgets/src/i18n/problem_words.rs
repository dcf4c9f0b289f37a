//! A problem the model reports, in words from a locale table. The model gives facts (a path, a
//! key, values); this is the one place they become a sentence, in the page's language for a view
//! and in English for what an integrator reads (`learner-error`, `importCase()`'s notes, logs).

use learner_model::{DocumentError, Problem};

use super::Texts;

/// What is wrong, in `texts`' language: the problem's key with its values filled in. A key that
/// the table words by plural forms (`key.one`, `key.other`) is chosen by the value of `{count}`.
pub fn problem_words(texts: &Texts, problem: &Problem) -> String {
    let key = problem.key.as_str();
    let worded = problem
        .worded
        .iter()
        .map(|(name, part)| (*name, texts.t(part.as_str())));
    let args: Vec<(&str, &str)> = problem
        .args
        .iter()
        .map(|(name, value)| (*name, value.as_str()))
        .chain(worded)
        .collect();
    // A count is a whole number; reading it as one keeps float parsing (14 KB gzip) out of the
    // modules.
    let count = problem
        .arg("count")
        .and_then(|c| c.parse::<u32>().ok())
        .map(f64::from);
    match count {
        Some(count) if texts.t(key).is_empty() => texts.plural(key, count, &args),
        _ => texts.f(key, &args),
    }
}

/// The field's path and what is wrong with it: `evidence[3].date: …`.
pub fn problem_line(texts: &Texts, problem: &Problem) -> String {
    let words = problem_words(texts, problem);
    if problem.path.is_empty() {
        words
    } else {
        format!("{}: {words}", problem.path)
    }
}

/// A problem's line in English, for what an integrator reads: `dimensions[3].value: 12 is off the
/// scale 0–10`.
pub fn english_problem(problem: &Problem) -> String {
    problem_line(&Texts::default(), problem)
}

/// Every problem of a refused document in English, one a line.
pub fn english_error(error: &DocumentError) -> String {
    let lines: Vec<String> = error.problems.iter().map(english_problem).collect();
    lines.join("\n")
}
