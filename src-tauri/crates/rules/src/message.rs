//! Messages as the engine produces them: an id of the Fluent catalogue with its arguments, put into
//! words only when a report is written. The lowest layer with `date`: everything else may use it.

use serde::Serialize;
use serde_json::value::RawValue;
use std::sync::Arc;
use talentnav_i18n::{Args, Locale, message_exists};

/// A message id with its arguments, localized only when the report is written.
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    pub id: &'static str,
    pub args: Args,
}

pub fn msg(id: &'static str, args: Args) -> Msg {
    Msg { id, args }
}

/// The message id for a criterion, route or scheme id: `ttps.a.income` -> `c-ttps-a-income`.
pub fn message_id(prefix: &str, id: &str) -> String {
    format!("{prefix}-{}", id.replace(['.', '_'], "-"))
}

/// The catalogue's own copy of the id `id` when every locale has that message, so that a message the
/// rule pack names can be carried in a [`Msg`] like one the code names. `None` when a locale lacks it.
pub fn catalogue_id(id: &str) -> Option<&'static str> {
    if id.is_empty() || !Locale::ALL.into_iter().all(|l| message_exists(l, id)) {
        return None;
    }
    // Every locale has it, so the English files do: find where a line starts with it.
    let en = talentnav_i18n::sources().iter().filter(|(tag, _, _)| *tag == Locale::En.tag());
    en.flat_map(|(_, _, text)| text.match_indices(id).map(move |(at, found)| (*text, at, found))).find_map(
        |(text, at, found)| {
            let line_start = at == 0 || text.as_bytes()[at - 1] == b'\n';
            let rest = &text[at + found.len()..];
            (line_start && rest.trim_start_matches(' ').starts_with('=')).then_some(found)
        },
    )
}

/// A text in a report. Texts shared by every report (labels, names, messages without arguments) carry
/// their JSON form, rendered once: reports are written by copying those bytes, not by escaping the
/// same label 100,000 times in a batch. Texts with arguments are written as they are.
#[derive(Debug, Clone)]
pub enum Shared {
    Fixed { text: Arc<str>, json: Arc<RawValue> },
    Text(Arc<str>),
}

impl Shared {
    pub fn fixed(text: String) -> Self {
        let json = RawValue::from_string(serde_json::Value::String(text.clone()).to_string())
            .expect("a JSON string literal is valid JSON");
        Shared::Fixed { text: text.into(), json: json.into() }
    }
    pub fn new(text: String) -> Self {
        Shared::Text(text.into())
    }
    pub fn as_str(&self) -> &str {
        match self {
            Shared::Fixed { text, .. } | Shared::Text(text) => text,
        }
    }
}

impl std::ops::Deref for Shared {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Shared {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Display for Shared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Shared {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Shared::Fixed { json, .. } => json.serialize(s),
            Shared::Text(text) => s.serialize_str(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_of_every_locale_is_found_and_a_missing_one_is_not() {
        assert_eq!(catalogue_id("review-open"), Some("review-open"));
        assert_eq!(catalogue_id("review-ope"), None, "a prefix of an id is not the id");
        assert_eq!(catalogue_id("no-such-message"), None);
        assert_eq!(catalogue_id(""), None);
    }
}
