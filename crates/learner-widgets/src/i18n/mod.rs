//! Every visible word comes from a locale table: `en.txt`, `es.txt`, `ar.txt` beside this file,
//! one `key = text` per line, `{name}` for what is filled in, and `key.one`, `key.other` (and
//! Arabic's `zero`, `two`, `few`, `many`) for plurals, chosen by the browser's `Intl.PluralRules`.
//! Numbers and dates go through `Intl` too.
//!
//! The language is the element's `lang` or its nearest ancestor's, resolved `es-MX` → `es` → `en`:
//! a string missing from a table falls back to English, and a test fails when a shipped table
//! misses one it promises (`tests` below). `build.rs` compiles the tables into one sorted key list
//! and each language's texts in that order, so the keys ship once.

mod intl;

use std::rc::Rc;
use std::sync::OnceLock;

// `LANGUAGES`, `KEYS` and `TEXTS`, made from the `.txt` tables by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/tables.rs"));

/// The languages written right to left.
const RIGHT_TO_LEFT: [&str; 1] = ["ar"];

/// The tables, split into lines once: the keys, and each language's texts in their order.
struct Tables {
    keys: Vec<&'static str>,
    texts: Vec<Vec<&'static str>>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| Tables {
        keys: KEYS.split('\n').collect(),
        texts: TEXTS.iter().map(|t| t.split('\n').collect()).collect(),
    })
}

/// One language's `(key, text)` pairs, sorted by key.
#[cfg(test)]
fn entries(index: usize) -> Vec<(&'static str, &'static str)> {
    let tables = tables();
    let texts = tables
        .texts
        .get(index)
        .map(Vec::as_slice)
        .unwrap_or_default();
    tables
        .keys
        .iter()
        .copied()
        .zip(texts.iter().copied())
        .filter(|(_, text)| !text.is_empty())
        .collect()
}

fn find(index: usize, key: &str) -> Option<&'static str> {
    let tables = tables();
    let at = tables.keys.binary_search(&key).ok()?;
    tables
        .texts
        .get(index)?
        .get(at)
        .copied()
        .filter(|text| !text.is_empty())
}

/// A well-formed BCP 47 tag (letters, digits and hyphens in subtags of 1–8), or `None`: `Intl`
/// throws on a malformed one, and a throw would cross the wasm boundary.
fn well_formed(tag: &str) -> Option<&str> {
    let tag = tag.trim();
    let mut subtags = tag.split('-');
    let first = subtags.next()?;
    let ok_first = (2..=8).contains(&first.len()) && first.chars().all(|c| c.is_ascii_alphabetic());
    let ok_rest =
        subtags.all(|s| (1..=8).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric()));
    (ok_first && ok_rest).then_some(tag)
}

/// The words, numbers and dates of one language. Cheap to clone and compare.
#[derive(Debug, Clone, PartialEq)]
pub struct Texts {
    /// The tag given (`es-MX`), for `Intl`.
    tag: Rc<str>,
    /// Which of [`LANGUAGES`] the words come from.
    table: usize,
}

impl Default for Texts {
    fn default() -> Self {
        Texts::for_lang(None)
    }
}

impl Texts {
    /// For a `lang` value: `es-MX` uses `es`; anything unknown or malformed is English.
    pub fn for_lang(lang: Option<&str>) -> Texts {
        let Some(tag) = lang.and_then(well_formed) else {
            return Texts {
                tag: Rc::from("en"),
                table: 0,
            };
        };
        let language = tag
            .split('-')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let table = LANGUAGES
            .iter()
            .position(|code| *code == language)
            .unwrap_or(0);
        Texts {
            tag: Rc::from(tag),
            table,
        }
    }

    /// The language tag the words are in (`es-MX`), for the `lang` attribute.
    pub fn lang(&self) -> &str {
        &self.tag
    }

    /// `rtl` for Arabic, else `ltr`: the widget's `dir`.
    pub fn dir(&self) -> &'static str {
        match LANGUAGES.get(self.table) {
            Some(code) if RIGHT_TO_LEFT.contains(code) => "rtl",
            _ => "ltr",
        }
    }

    pub fn is_rtl(&self) -> bool {
        self.dir() == "rtl"
    }

    /// The text for `key`: this language's, else English, else the key itself (which a test
    /// makes sure never ships).
    pub fn t(&self, key: &str) -> &'static str {
        find(self.table, key).or_else(|| find(0, key)).unwrap_or("")
    }

    /// The text for `key` with each `{name}` replaced by its value.
    pub fn f(&self, key: &str, args: &[(&str, &str)]) -> String {
        fill(self.t(key), args)
    }

    /// The plural form of `key` for `count` (`key.one`, `key.other`, ...), filled in; `{count}` is
    /// the count written the local way.
    pub fn plural(&self, key: &str, count: f64, args: &[(&str, &str)]) -> String {
        let category = intl::plural_category(&self.tag, count);
        let exact = format!("{key}.{category}");
        let other = format!("{key}.other");
        let template = find(self.table, &exact)
            .or_else(|| find(self.table, &other))
            .or_else(|| find(0, &exact))
            .or_else(|| find(0, &other))
            .unwrap_or("");
        let number = self.number(count);
        let mut all: Vec<(&str, &str)> = vec![("count", number.as_str())];
        all.extend_from_slice(args);
        fill(template, &all)
    }

    /// A number as this language writes it, to at most two decimals.
    pub fn number(&self, value: f64) -> String {
        intl::number(&self.tag, value, false)
    }

    /// A number to at most four decimals: the steps of a calculation a student can redo.
    pub fn precise(&self, value: f64) -> String {
        intl::number(&self.tag, value, true)
    }

    /// A `YYYY-MM-DD` date as this language writes it ("4 dic 2026"); anything else as given.
    pub fn date(&self, iso: &str) -> String {
        intl::date(&self.tag, iso)
    }

    /// A list joined the local way ("a, b and c", "a, b y c", "a وb وc").
    pub fn list(&self, items: &[String]) -> String {
        intl::list(&self.tag, items, false)
    }

    /// Alternatives joined the local way ("a, b or c", "a, b o c").
    pub fn list_or(&self, items: &[String]) -> String {
        intl::list(&self.tag, items, true)
    }
}

fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, after) = rest.split_at(open);
        out.push_str(before);
        let name_end = after.find('}');
        let value = name_end.and_then(|end| {
            let name = after.get(1..end)?;
            args.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v, end))
        });
        match value {
            Some((value, end)) => {
                out.push_str(value);
                rest = after.get(end + 1..).unwrap_or_default();
            }
            None => {
                out.push('{');
                rest = after.get(1..).unwrap_or_default();
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests;
