//! Every visible word comes from a locale table: `en.txt`, `es.txt`, `ar.txt` beside this file,
//! one `key = text` per line, `{name}` for what is filled in, and `key.one`, `key.other` (and
//! Arabic's `zero`, `two`, `few`, `many`) for plurals, chosen by the browser's `Intl.PluralRules`.
//! Numbers and dates go through `Intl` too.
//!
//! The language is the element's `lang` or its nearest ancestor's, resolved `es-MX` → `es` → `en`:
//! a string missing from a table falls back to English, and a test fails when a shipped table
//! misses one it promises (`tests` below). English is compiled in (`build.rs`: one sorted key list
//! and the texts in that order, only for the widgets this build carries). Every other language is
//! added at run time with [`add_language`], from the words file the loader fetches for an element
//! in that language, so a page pays only for the language it speaks.

mod intl;
mod problem_words;
mod table_lines;

pub use problem_words::{english_error, english_problem, problem_line, problem_words};

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::OnceLock;

// `KEYS` and `ENGLISH`, made from `en.txt` by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/tables.rs"));

/// The languages written right to left.
const RIGHT_TO_LEFT: [&str; 1] = ["ar"];

/// English, split into lines once: the keys and their texts, in the same order.
struct English {
    keys: Vec<&'static str>,
    texts: Vec<&'static str>,
}

fn english() -> &'static English {
    static ENGLISH_TABLE: OnceLock<English> = OnceLock::new();
    ENGLISH_TABLE.get_or_init(|| English {
        keys: KEYS.split('\n').collect(),
        texts: ENGLISH.split('\n').collect(),
    })
}

/// A language added at run time: its code (`es`) and its `(key, text)` pairs, sorted by key.
struct Language {
    code: &'static str,
    entries: Vec<(&'static str, &'static str)>,
}

thread_local! {
    /// The languages added so far; [`Texts::table`] 1 is the first of them (0 is English).
    static ADDED: RefCell<Vec<Language>> = const { RefCell::new(Vec::new()) };
}

/// Adds the words of language `code` (`es`) from a table's text (`key = text` lines, as in
/// `es.txt`). Returns false, changing nothing, when the code is malformed or already added. The
/// text is kept for the page's life (a language is added once), so its words can be borrowed as
/// `'static` like English's.
pub fn add_language(code: &str, source: &str) -> bool {
    let Some(code) = well_formed(code) else {
        return false;
    };
    let code = code.to_ascii_lowercase();
    if code == "en" || ADDED.with(|added| added.borrow().iter().any(|l| l.code == code)) {
        return false;
    }
    let source: &'static str = Box::leak(source.to_owned().into_boxed_str());
    let mut entries: Vec<(&'static str, &'static str)> = table_lines::table_lines(source).collect();
    entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let code: &'static str = Box::leak(code.into_boxed_str());
    ADDED.with(|added| added.borrow_mut().push(Language { code, entries }));
    true
}

/// The text of `key` in table `index` (0 English, then the added languages), if it has one.
fn find(index: usize, key: &str) -> Option<&'static str> {
    if index == 0 {
        let english = english();
        let at = english.keys.binary_search(&key).ok()?;
        return english
            .texts
            .get(at)
            .copied()
            .filter(|text| !text.is_empty());
    }
    ADDED.with(|added| {
        let added = added.borrow();
        let entries = &added.get(index - 1)?.entries;
        let at = entries.binary_search_by(|(k, _)| (*k).cmp(key)).ok()?;
        entries.get(at).map(|(_, text)| *text)
    })
}

/// The table index of language `code`: 0 (English) unless it was added.
fn table_of(code: &str) -> usize {
    ADDED.with(|added| {
        added
            .borrow()
            .iter()
            .position(|l| l.code == code)
            .map_or(0, |at| at + 1)
    })
}

/// The language code of table `index`.
fn code_of(index: usize) -> &'static str {
    if index == 0 {
        return "en";
    }
    ADDED.with(|added| added.borrow().get(index - 1).map_or("en", |l| l.code))
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
        let table = table_of(&language);
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
        if RIGHT_TO_LEFT.contains(&code_of(self.table)) {
            "rtl"
        } else {
            "ltr"
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
