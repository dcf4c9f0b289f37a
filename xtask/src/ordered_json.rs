//! JSON whose objects keep their keys in the order they are written. serde_json's map sorts its
//! keys, but npm, bundlers and TypeScript read the conditions of a package's `exports` in order:
//! `types` must come first and `default` last.

use serde::{Serialize, Serializer};

pub enum Json {
    Text(String),
    List(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// An object of `(key, value)` pairs, in this order.
    pub fn object<const N: usize>(entries: [(&str, Json); N]) -> Json {
        Json::Object(
            entries
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        )
    }

    pub fn text(text: &str) -> Json {
        Json::Text(text.to_string())
    }

    pub fn texts<'a>(items: impl IntoIterator<Item = &'a str>) -> Json {
        Json::List(items.into_iter().map(Json::text).collect())
    }
}

impl Serialize for Json {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Json::Text(text) => serializer.serialize_str(text),
            Json::List(items) => serializer.collect_seq(items),
            Json::Object(entries) => serializer.collect_map(entries.iter().map(|(k, v)| (k, v))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_stay_in_the_order_written() {
        let json = Json::object([
            ("types", Json::text("./index.d.ts")),
            ("default", Json::texts(["./a.js"])),
        ]);
        assert_eq!(
            serde_json::to_string(&json).unwrap(),
            r#"{"types":"./index.d.ts","default":["./a.js"]}"#
        );
    }
}
