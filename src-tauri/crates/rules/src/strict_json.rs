//! JSON parsing that refuses an object with the same key twice. `serde_json::Value` keeps the last
//! value silently, so a profile saying `"nationality": "CN"` and later `"nationality": "GB"` would lose
//! the first without a word; here it is an error naming the path of the repeated key.

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::fmt;

/// Where a value sits, built without allocating; rendered only when an error needs it.
#[derive(Clone, Copy)]
enum Place<'a> {
    Root,
    Key(&'a Place<'a>, &'a str),
    Index(&'a Place<'a>, usize),
}

impl fmt::Display for Place<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Root => Ok(()),
            Place::Key(Place::Root, k) => f.write_str(k),
            Place::Key(parent, k) => write!(f, "{parent}.{k}"),
            Place::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

/// The marker that starts a duplicate-key error's message; the path follows it.
pub const DUPLICATE_KEY: &str = "\u{1e}duplicate-key\u{1f}";

/// Parses `text` like `serde_json::from_str::<Value>`, but a repeated key in any object is an error
/// whose message is [`DUPLICATE_KEY`] followed by the key's path.
pub fn parse(text: &str) -> Result<Value, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = Strict(&Place::Root).deserialize(&mut de)?;
    de.end()?;
    Ok(value)
}

/// The path of a duplicate key if `e` is the error [`parse`] gives for one.
pub fn duplicate_key_path(e: &serde_json::Error) -> Option<String> {
    let msg = e.to_string();
    let rest = msg.split(DUPLICATE_KEY).nth(1)?;
    // serde_json appends " at line L column C" to a custom error.
    Some(rest.rsplit_once(" at line ").map_or(rest, |(path, _)| path).to_string())
}

struct Strict<'a>(&'a Place<'a>);

impl<'de> DeserializeSeed<'de> for Strict<'_> {
    type Value = Value;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Strict<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(v) = seq.next_element_seed(Strict(&Place::Index(self.0, items.len())))? {
            items.push(v);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut obj = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if obj.contains_key(&key) {
                return Err(de::Error::custom(format_args!("{DUPLICATE_KEY}{}", Place::Key(self.0, &key))));
            }
            let value = map.next_value_seed(Strict(&Place::Key(self.0, &key)))?;
            obj.insert(key, value);
        }
        Ok(Value::Object(obj))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_values_as_serde_json() {
        let text = r#"{"a": [1, -2, 3.5, "x", null, true, {"b": {}}], "c": "é"}"#;
        assert_eq!(parse(text).unwrap(), serde_json::from_str::<Value>(text).unwrap());
    }

    #[test]
    fn a_repeated_key_is_named_by_its_path() {
        let e = parse(r#"{"applicant": {"education": [{"level": "master", "level": "bachelor"}]}}"#).unwrap_err();
        assert_eq!(duplicate_key_path(&e).as_deref(), Some("applicant.education[0].level"));
        let e = parse(r#"{"schema": 1, "schema": 2}"#).unwrap_err();
        assert_eq!(duplicate_key_path(&e).as_deref(), Some("schema"));
    }

    #[test]
    fn the_same_key_in_different_objects_is_fine() {
        assert!(parse(r#"[{"a": 1}, {"a": 2}]"#).is_ok());
    }

    #[test]
    fn trailing_text_and_deep_nesting_are_still_errors() {
        assert!(parse(r#"{"a": 1} x"#).is_err());
        let deep = "[".repeat(1000) + &"]".repeat(1000);
        let e = parse(&deep).unwrap_err();
        assert!(e.to_string().contains("recursion limit"), "{e}");
    }
}
