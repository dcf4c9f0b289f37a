//! Numbers, dates, lists and plural categories through the browser's `Intl`, made once per
//! language and kept. Natively (unit tests) they fall back to plain English forms.

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::{OnceCell, RefCell};

    use js_sys::{Array, Intl, Object, Reflect};
    use wasm_bindgen::JsValue;

    /// The formatters for one language tag, each made when first used: making one costs the
    /// browser milliseconds (the first `NumberFormat` of a page over 20 ms on a cold start).
    struct Formatters {
        tag: String,
        locales: Array,
        number: OnceCell<Intl::NumberFormat>,
        /// Four decimals, for the steps of a calculation a student can redo.
        precise: OnceCell<Intl::NumberFormat>,
        plural: OnceCell<Intl::PluralRules>,
        date: OnceCell<Intl::DateTimeFormat>,
        list: OnceCell<Intl::ListFormat>,
        /// "a, b or c".
        alternatives: OnceCell<Intl::ListFormat>,
    }

    fn options(pairs: &[(&str, JsValue)]) -> Object {
        let object = Object::new();
        for (key, value) in pairs {
            let _ = Reflect::set(&object, &JsValue::from_str(key), value);
        }
        object
    }

    impl Formatters {
        fn new(tag: &str) -> Formatters {
            Formatters {
                tag: tag.to_string(),
                locales: Array::of1(&JsValue::from_str(&super::intl_locale(tag))),
                number: OnceCell::new(),
                precise: OnceCell::new(),
                plural: OnceCell::new(),
                date: OnceCell::new(),
                list: OnceCell::new(),
                alternatives: OnceCell::new(),
            }
        }

        fn number(&self, precise: bool) -> &Intl::NumberFormat {
            let (cell, digits) = if precise {
                (&self.precise, 4.0)
            } else {
                (&self.number, 2.0)
            };
            cell.get_or_init(|| {
                Intl::NumberFormat::new(
                    &self.locales,
                    &options(&[("maximumFractionDigits", JsValue::from_f64(digits))]),
                )
            })
        }

        fn plural(&self) -> &Intl::PluralRules {
            self.plural
                .get_or_init(|| Intl::PluralRules::new(&self.locales, &Object::new()))
        }

        fn date(&self) -> &Intl::DateTimeFormat {
            // Dates in documents are calendar days: format them in UTC so no zone shifts them.
            self.date.get_or_init(|| {
                Intl::DateTimeFormat::new(
                    &self.locales,
                    &options(&[
                        ("dateStyle", JsValue::from_str("medium")),
                        ("timeZone", JsValue::from_str("UTC")),
                    ]),
                )
            })
        }

        fn list(&self, alternatives: bool) -> &Intl::ListFormat {
            if alternatives {
                self.alternatives.get_or_init(|| {
                    Intl::ListFormat::new(
                        &self.locales,
                        &options(&[("type", JsValue::from_str("disjunction"))]),
                    )
                })
            } else {
                self.list
                    .get_or_init(|| Intl::ListFormat::new(&self.locales, &Object::new()))
            }
        }
    }

    thread_local! {
        static CACHE: RefCell<Vec<Formatters>> = const { RefCell::new(Vec::new()) };
    }

    fn with<T>(tag: &str, f: impl FnOnce(&Formatters) -> T) -> T {
        CACHE.with(|cache| {
            let mut cache = cache.borrow_mut();
            let index = match cache.iter().position(|c| c.tag == tag) {
                Some(i) => i,
                None => {
                    cache.push(Formatters::new(tag));
                    cache.len() - 1
                }
            };
            match cache.get(index) {
                Some(formatters) => f(formatters),
                None => f(&Formatters::new(tag)),
            }
        })
    }

    fn text(value: Result<JsValue, JsValue>) -> Option<String> {
        value.ok().and_then(|v| v.as_string())
    }

    pub fn number(tag: &str, value: f64, precise: bool) -> Option<String> {
        with(tag, |f| {
            text(
                f.number(precise)
                    .format()
                    .call1(&JsValue::NULL, &JsValue::from_f64(value)),
            )
        })
    }

    pub fn plural_category(tag: &str, count: f64) -> String {
        with(tag, |f| String::from(f.plural().select(count)))
    }

    /// `iso` is a checked `YYYY-MM-DD`.
    pub fn date(tag: &str, iso: &str) -> Option<String> {
        let date = js_sys::Date::new(&JsValue::from_str(&format!("{iso}T00:00:00Z")));
        with(tag, |f| {
            text(f.date().format().call1(&JsValue::NULL, &date))
        })
    }

    pub fn list(tag: &str, items: &[String], alternatives: bool) -> String {
        let array: Array = items.iter().map(|s| JsValue::from_str(s)).collect();
        with(tag, |f| String::from(f.list(alternatives).format(&array)))
    }
}

/// The locale `Intl` is given for a language tag: its language, script and region, and the
/// numbering system chosen here rather than left to each engine (WebKit writes Arabic with
/// Arabic-Indic digits where Chromium and Firefox write Latin ones). Arabic is written with
/// Arabic-Indic digits, but in the Maghreb (Morocco, Algeria, Tunisia, Libya, Western Sahara,
/// Mauritania) with Latin ones, as there; every other language with Latin digits. A tag that asks
/// for a numbering system itself (`ar-u-nu-latn`) gets it. Other extensions and private-use
/// subtags are dropped: `Intl` would throw on a malformed one.
// Natively (unit tests) there is no `Intl` to give it to.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn intl_locale(tag: &str) -> String {
    let subtags: Vec<&str> = tag.split('-').collect();
    let base: Vec<&str> = subtags
        .iter()
        .take_while(|s| s.len() > 1)
        .copied()
        .collect();
    let asked = subtags
        .windows(2)
        .skip_while(|pair| !pair.first().is_some_and(|s| s.eq_ignore_ascii_case("u")))
        .find(|pair| pair.first().is_some_and(|s| s.eq_ignore_ascii_case("nu")))
        .and_then(|pair| pair.get(1).copied())
        .filter(|system| (3..=8).contains(&system.len()));
    let language = base.first().copied().unwrap_or("en").to_ascii_lowercase();
    let maghreb = base.iter().skip(1).any(|s| {
        ["MA", "DZ", "TN", "LY", "EH", "MR"]
            .iter()
            .any(|region| s.eq_ignore_ascii_case(region))
    });
    let system = match asked {
        Some(system) => system.to_ascii_lowercase(),
        None if language == "ar" && !maghreb => String::from("arab"),
        None => String::from("latn"),
    };
    let base = if base.is_empty() {
        String::from("en")
    } else {
        base.join("-")
    };
    format!("{base}-u-nu-{system}")
}

/// A number to at most two decimals (four if `precise`), the language's way.
pub fn number(tag: &str, value: f64, precise: bool) -> String {
    #[cfg(target_arch = "wasm32")]
    if value.is_finite()
        && let Some(text) = browser::number(tag, value, precise)
    {
        return text;
    }
    let _ = tag;
    if precise {
        learner_model::format_precise(value)
    } else {
        learner_model::format_number(value)
    }
}

/// `one`, `other`, ... for a count.
pub fn plural_category(tag: &str, count: f64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        browser::plural_category(tag, count)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = tag;
        String::from(if count == 1.0 { "one" } else { "other" })
    }
}

/// A `YYYY-MM-DD` day, the language's way; anything else as given.
pub fn date(tag: &str, iso: &str) -> String {
    if learner_model::Date::parse(iso).is_none() {
        return iso.to_string();
    }
    #[cfg(target_arch = "wasm32")]
    if let Some(text) = browser::date(tag, iso) {
        return text;
    }
    let _ = tag;
    iso.to_string()
}

/// Items joined the language's way: "a, b and c", or with `alternatives` "a, b or c".
pub fn list(tag: &str, items: &[String], alternatives: bool) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        browser::list(tag, items, alternatives)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = tag;
        let word = if alternatives { "or" } else { "and" };
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} {word} {last}", rest.join(", ")),
        }
    }
}
