//! Reading a profile from bytes. Every way it can be wrong becomes one [`InputError`] naming the JSON
//! path (`applicant.education[0].awarded_on`) with a message id, so the CLI prints one localized line.

use crate::profile::{Profile, SCHEMA_ID, TAG};
use serde_json::Value;
use talentnav_i18n::{ArgValue, Args, Locale, args, message};

pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// Containers nested deeper than this cannot be a profile (the deepest legal container sits at depth 5:
/// `applicant.assets.planned_investment.properties[0]`); checked before typing so a hostile file costs
/// nothing.
pub const MAX_DEPTH: usize = 6;

#[derive(Debug, Clone, PartialEq)]
pub struct InputError {
    pub message_id: &'static str,
    pub args: Args,
}

impl InputError {
    pub(crate) fn new(message_id: &'static str, args: Args) -> Self {
        InputError { message_id, args }
    }
    pub fn localized(&self, locale: Locale) -> String {
        message(locale, self.message_id, &self.localized_args(locale))
    }
}

pub fn parse_profile(bytes: &[u8]) -> Result<Profile, InputError> {
    if bytes.len() > MAX_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|e| InputError::new("profile-error-not-utf8", args![("offset", e.valid_up_to())]))?;
    let value: Value = crate::strict_json::parse(text).map_err(|e| {
        if let Some(path) = crate::strict_json::duplicate_key_path(&e) {
            InputError::new("profile-error-duplicate-key", args![("path", path)])
        } else if e.to_string().contains("recursion limit") {
            InputError::new("profile-error-too-deep", args![("path", "(root)")])
        } else {
            InputError::new("profile-error-not-json", args![("line", e.line()), ("column", e.column())])
        }
    })?;
    profile_from_value(value)
}

/// The error for a profile of `size` bytes, over [`MAX_BYTES`]: sizes in MiB, rounded up, so a file
/// just over the limit never reads "10 MiB; at most 10 MiB".
pub fn too_large(size: u64) -> InputError {
    let mib = |b: u64| ((b as f64 / 1048576.0) * 10.0).ceil() / 10.0;
    InputError::new("profile-error-too-large", args![("size", mib(size)), ("limit", mib(MAX_BYTES as u64))])
}

pub fn profile_from_value(value: Value) -> Result<Profile, InputError> {
    if let Some(path) = too_deep(&value, 0, &mut String::new()) {
        return Err(InputError::new("profile-error-too-deep", args![("path", path)]));
    }
    let Some(obj) = value.as_object() else {
        return Err(InputError::new("profile-error-not-an-object", args![]));
    };
    match obj.get("schema") {
        None | Some(Value::Null) => {
            return Err(InputError::new("profile-error-schema-missing", args![("expected", SCHEMA_ID)]));
        }
        Some(Value::String(s)) if s == SCHEMA_ID => {}
        Some(other) => {
            let shown = other.as_str().map(str::to_string).unwrap_or_else(|| other.to_string());
            return Err(InputError::new(
                "profile-error-wrong-schema",
                args![("value", shown), ("expected", SCHEMA_ID)],
            ));
        }
    }
    let profile = serde_path_to_error::deserialize::<_, Profile>(&value).map_err(|e| {
        let path = e.path().to_string();
        let found = lookup(&value, e.path()).map(kind_of).unwrap_or("kind-missing");
        classify(path, &e.into_inner().to_string(), found)
    })?;
    crate::consistency::check(&profile)?;
    Ok(profile)
}

fn too_deep(v: &Value, depth: usize, path: &mut String) -> Option<String> {
    let children: Box<dyn Iterator<Item = (String, &Value)>> = match v {
        Value::Object(m) => Box::new(m.iter().map(|(k, v)| (format!(".{k}"), v))),
        Value::Array(a) => Box::new(a.iter().enumerate().map(|(i, v)| (format!("[{i}]"), v))),
        _ => return None,
    };
    if depth >= MAX_DEPTH {
        return Some(if path.is_empty() { "(root)".into() } else { path.trim_start_matches('.').to_string() });
    }
    for (seg, child) in children {
        let len = path.len();
        path.push_str(&seg);
        if let Some(p) = too_deep(child, depth + 1, path) {
            return Some(p);
        }
        path.truncate(len);
    }
    None
}

fn lookup<'a>(root: &'a Value, path: &serde_path_to_error::Path) -> Option<&'a Value> {
    use serde_path_to_error::Segment;
    path.iter().try_fold(root, |v, seg| match seg {
        Segment::Seq { index } => v.get(*index),
        Segment::Map { key } => v.get(key.as_str()),
        _ => Some(v),
    })
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "kind-null",
        Value::Bool(_) => "kind-boolean",
        Value::Number(_) => "kind-number",
        Value::String(_) => "kind-text",
        Value::Array(_) => "kind-list",
        Value::Object(_) => "kind-object",
    }
}

/// Turns a serde message into a message id. Our own validators tag theirs; serde's are recognised by
/// their fixed wording ("invalid type", "unknown variant").
fn classify(path: String, msg: &str, found: &'static str) -> InputError {
    if let Some(rest) = msg.split(TAG).nth(1) {
        let (id, value) = rest.split_once('\u{1f}').unwrap_or((rest, ""));
        let id = KNOWN_IDS.iter().find(|k| **k == id).copied().unwrap_or("profile-error-invalid");
        return InputError::new(id, args![("path", path), ("value", value)]);
    }
    if let Some(rest) = msg.strip_prefix("unknown variant `") {
        let value = rest.split('`').next().unwrap_or_default().to_string();
        let allowed: Vec<&str> =
            rest.split("expected one of ").nth(1).unwrap_or("").split(", ").map(|s| s.trim_matches('`')).collect();
        return InputError::new(
            "profile-error-unknown-value",
            args![("path", path), ("value", value), ("allowed", allowed.join(", "))],
        );
    }
    if msg.starts_with("invalid type") {
        let expected = msg.rsplit("expected ").next().unwrap_or("");
        let expected_kind = if expected.contains("date") {
            "kind-date"
        } else if ["f64", "i64", "u64", "number", "integer"].iter().any(|k| expected.contains(k)) {
            "kind-number"
        } else if expected.contains("boolean") {
            "kind-boolean"
        } else if expected.contains("sequence") {
            "kind-list"
        } else if expected.contains("string") {
            "kind-text"
        } else {
            "kind-object"
        };
        return InputError::new(
            "profile-error-wrong-type",
            args![
                ("path", path),
                ("expected", ArgValue::Text(expected_kind.into())),
                ("found", ArgValue::Text(found.into()))
            ],
        );
    }
    InputError::new("profile-error-invalid", args![("path", path)])
}

const KNOWN_IDS: &[&str] = &[
    "profile-error-not-a-date",
    "profile-error-not-a-number",
    "profile-error-negative-money",
    "profile-error-not-a-country",
    "profile-error-not-a-currency",
    "profile-error-not-a-language",
];

impl InputError {
    /// Kind arguments (`kind-number`…) are message ids themselves; resolve them before formatting.
    pub fn localized_args(&self, locale: Locale) -> Args {
        self.args
            .iter()
            .map(|(k, v)| match v {
                ArgValue::Text(t) if t.starts_with("kind-") => {
                    (k.clone(), ArgValue::Text(message(locale, t, &args![])))
                }
                _ => (k.clone(), v.clone()),
            })
            .collect()
    }
}
