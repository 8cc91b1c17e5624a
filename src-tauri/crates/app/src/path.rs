//! Profile paths as the engine writes them (`applicant.education[1].awarded_on`) over JSON values.

use serde_json::{Map, Value};

/// One step of a path: a key or a list index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// `a.b[2].c` -> [Key a, Key b, Index 2, Key c]. `None` for a malformed path.
pub fn parse(path: &str) -> Option<Vec<Step>> {
    let mut steps = Vec::new();
    for part in path.split('.') {
        let (key, mut rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if key.is_empty() {
            return None;
        }
        steps.push(Step::Key(key.to_string()));
        while let Some(r) = rest.strip_prefix('[') {
            let close = r.find(']')?;
            steps.push(Step::Index(r[..close].parse().ok()?));
            rest = &r[close + 1..];
        }
        if !rest.is_empty() {
            return None;
        }
    }
    Some(steps)
}

/// The value at `path`, if present and not null.
pub fn get<'v>(root: &'v Value, path: &str) -> Option<&'v Value> {
    let mut v = root;
    for step in parse(path)? {
        v = match step {
            Step::Key(k) => v.get(&k)?,
            Step::Index(i) => v.get(i)?,
        };
    }
    (!v.is_null()).then_some(v)
}

/// Sets `path` to `value`, creating objects (and list items) on the way.
pub fn set(root: &mut Value, path: &str, value: Value) -> bool {
    let Some(steps) = parse(path) else { return false };
    let mut v = root;
    for step in steps {
        v = match step {
            Step::Key(k) => {
                if !v.is_object() {
                    *v = Value::Object(Map::new());
                }
                v.as_object_mut().expect("object").entry(k).or_insert(Value::Null)
            }
            Step::Index(i) => {
                if !v.is_array() {
                    *v = Value::Array(Vec::new());
                }
                let list = v.as_array_mut().expect("array");
                while list.len() <= i {
                    list.push(Value::Object(Map::new()));
                }
                &mut list[i]
            }
        };
    }
    *v = value;
    true
}

/// The path with its list indices dropped: `applicant.education[1].level` -> `applicant.education[].level`.
/// The interview's questions are named this way.
pub fn generic(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => {
                in_index = true;
                out.push('[');
            }
            ']' => {
                in_index = false;
                out.push(']');
            }
            _ if in_index => {}
            _ => out.push(c),
        }
    }
    out
}

/// The list indices of a path, in order: `a[1].b[3].c` -> [1, 3].
pub fn indices(path: &str) -> Vec<usize> {
    parse(path)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|s| if let Step::Index(i) = s { Some(i) } else { None })
        .collect()
}

/// Fills the `[]` of a generic path with `indices`, in order.
pub fn fill(generic: &str, indices: &[usize]) -> String {
    let mut out = String::with_capacity(generic.len() + 4);
    let mut it = indices.iter();
    let mut rest = generic;
    while let Some(i) = rest.find("[]") {
        out.push_str(&rest[..i]);
        match it.next() {
            Some(n) => out.push_str(&format!("[{n}]")),
            None => out.push_str("[0]"),
        }
        rest = &rest[i + 2..];
    }
    out.push_str(rest);
    out
}

/// A copy without nulls, empty objects left by removed answers, or keys starting with `_`: absent
/// is unknown, and the file says only what is known.
pub fn clean(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(k, _)| !k.starts_with('_'))
                .filter_map(|(k, v)| {
                    let c = clean(v);
                    (!c.is_null()).then(|| (k.clone(), c))
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(
            items.iter().map(clean).map(|c| if c.is_null() { Value::Object(Map::new()) } else { c }).collect(),
        ),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn paths_round_trip() {
        let mut v = json!({});
        assert!(set(&mut v, "applicant.education[1].level", json!("master")));
        assert_eq!(v, json!({"applicant": {"education": [{}, {"level": "master"}]}}));
        assert_eq!(get(&v, "applicant.education[1].level"), Some(&json!("master")));
        assert_eq!(get(&v, "applicant.education[2].level"), None);
        assert_eq!(generic("applicant.education[1].level"), "applicant.education[].level");
        assert_eq!(indices("a[1].b[3].c"), vec![1, 3]);
        assert_eq!(fill("a[].b[].c", &[1, 3]), "a[1].b[3].c");
        assert_eq!(parse("a..b"), None);
        assert_eq!(parse("a[x]"), None);
    }

    #[test]
    fn clean_drops_nulls_but_keeps_known_empties() {
        let v = json!({"a": null, "b": [], "c": {"d": null}, "_ui": 1, "e": false, "f": 0});
        assert_eq!(clean(&v), json!({"b": [], "c": {}, "e": false, "f": 0}));
    }
}
