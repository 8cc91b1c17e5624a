//! The data-file test suite: every `tests/cases/*.json` at the repository root. A file names a base
//! profile, then cases that change a few fields (`set`, by JSON path), an as-of date and what must come
//! out: verdicts of schemes and routes, outcomes of criteria, missing facts, the GPT tally, legacy
//! points, and what-if or explanation texts (English). See tests/cases/README.md.

use serde::Deserialize;
use serde_json::{Map, Value};
use std::{collections::BTreeMap, fs, path::PathBuf};
use talentnav_i18n::Locale;
use talentnav_rules::{date, input::profile_from_value, pack::embedded_pack, report::Assessment};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    title: String,
    #[serde(default)]
    reference: String,
    #[serde(default)]
    base: Option<String>,
    cases: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    as_of: String,
    /// A whole profile instead of the file's base.
    #[serde(default)]
    profile: Option<Value>,
    #[serde(default)]
    set: BTreeMap<String, Value>,
    /// scheme id -> verdict, route id -> verdict, criterion id -> outcome
    #[serde(default)]
    expect: BTreeMap<String, String>,
    /// scheme id -> the missing facts, in order (a prefix of the list)
    #[serde(default)]
    expect_missing: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    expect_gpt: Option<Vec<u32>>,
    #[serde(default)]
    expect_legacy_total: Option<i32>,
    /// scheme id -> texts that must appear among its what-if lines
    #[serde(default)]
    expect_what_if: BTreeMap<String, Vec<String>>,
    /// criterion id -> text that must appear in its explanation
    #[serde(default)]
    expect_explanation: BTreeMap<String, String>,
    /// "dependants[i]" -> outcome
    #[serde(default)]
    expect_dependants: BTreeMap<String, String>,
    /// scheme id -> text that must appear in its comparison (stay, processing, fees)
    #[serde(default)]
    expect_comparison: BTreeMap<String, String>,
    /// scheme id -> text that must not appear in its comparison
    #[serde(default)]
    expect_comparison_absent: BTreeMap<String, String>,
    /// scheme id -> texts that must appear among its notes
    #[serde(default)]
    expect_notes: BTreeMap<String, Vec<String>>,
}

fn cases_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../tests/cases")
}

/// Sets `value` at a path like `applicant.education[0].awarded_on`, creating objects on the way.
fn set_path(root: &mut Value, path: &str, value: Value) -> Result<(), String> {
    let mut cur = root;
    let parts: Vec<&str> = path.split('.').collect();
    for (i, part) in parts.iter().enumerate() {
        let last = i == parts.len() - 1;
        let (key, index) = match part.split_once('[') {
            Some((k, rest)) => {
                (k, Some(rest.trim_end_matches(']').parse::<usize>().map_err(|e| format!("{path}: {e}"))?))
            }
            None => (*part, None),
        };
        let obj = cur.as_object_mut().ok_or_else(|| format!("{path}: {key} is not inside an object"))?;
        if last && index.is_none() {
            obj.insert(key.to_string(), value);
            return Ok(());
        }
        let next = obj
            .entry(key.to_string())
            .or_insert_with(|| if index.is_some() { Value::Array(vec![]) } else { Value::Object(Map::new()) });
        cur = match index {
            Some(n) => {
                let arr = next.as_array_mut().ok_or_else(|| format!("{path}: {key} is not a list"))?;
                let slot = arr.get_mut(n).ok_or_else(|| format!("{path}: no item {n}"))?;
                if last {
                    *slot = value;
                    return Ok(());
                }
                slot
            }
            None => next,
        };
    }
    Ok(())
}

fn check(a: &Assessment, c: &Case) -> Vec<String> {
    let mut errors = Vec::new();
    // Every fact the engine may ask for has a name a person can read, in every language.
    for path in
        a.results.iter().flat_map(|s| &s.missing_facts).chain(a.dependants.iter().flat_map(|d| &d.missing_facts))
    {
        for l in Locale::ALL {
            if talentnav_rules::report::fact_name(l, path).is_none() {
                errors.push(format!("missing fact {path} has no name in {l} (locales/*/facts.ftl)"));
            }
        }
    }
    for (key, want) in &c.expect {
        let got = if let Some(s) = a.results.iter().find(|s| &*s.scheme == key) {
            Some(serde_json::to_value(s.verdict).unwrap())
        } else if let Some(r) = a.results.iter().flat_map(|s| &s.routes).find(|r| &*r.id == key) {
            Some(serde_json::to_value(r.verdict).unwrap())
        } else {
            a.results
                .iter()
                .flat_map(|s| &s.routes)
                .flat_map(|r| &r.criteria)
                .find(|k| &*k.id == key)
                .map(|k| serde_json::to_value(k.outcome).unwrap())
        };
        match got {
            Some(Value::String(g)) if &g == want => {}
            Some(g) => {
                let why = a
                    .results
                    .iter()
                    .flat_map(|s| &s.routes)
                    .flat_map(|r| &r.criteria)
                    .filter(|k| k.outcome != talentnav_rules::checks::Outcome::Met)
                    .filter(|k| k.id.starts_with(key.split('.').next().unwrap_or("")))
                    .map(|k| format!("{}={:?} ({})", k.id, k.outcome, k.explanation))
                    .collect::<Vec<_>>()
                    .join("; ");
                errors.push(format!("{key}: expected {want}, got {g} [{why}]"));
            }
            None => errors.push(format!("{key}: no such scheme, route or criterion in the result")),
        }
    }
    for (scheme, want) in &c.expect_missing {
        let got = a.results.iter().find(|s| &*s.scheme == scheme).map(|s| s.missing_facts.clone()).unwrap_or_default();
        if got.len() < want.len() || &got[..want.len()] != want.as_slice() {
            errors.push(format!("missing facts of {scheme}: expected to start with {want:?}, got {got:?}"));
        }
    }
    if let Some(want) = &c.expect_gpt {
        let got = a.results.iter().find_map(|s| s.gpt.as_ref()).map(|g| g.met.clone());
        if got.as_ref() != Some(want) {
            errors.push(format!("gpt: expected {want:?}, got {got:?}"));
        }
    }
    if let Some(want) = c.expect_legacy_total {
        let got = a.results.iter().find_map(|s| s.legacy_points.as_ref()).map(|l| l.total);
        if got != Some(want) {
            errors.push(format!("legacy points: expected {want}, got {got:?}"));
        }
    }
    for (scheme, texts) in &c.expect_what_if {
        let lines: Vec<String> = a
            .results
            .iter()
            .filter(|s| &*s.scheme == scheme)
            .flat_map(|s| s.what_if.iter().map(|w| w.to_string()))
            .collect();
        for t in texts {
            if !lines.iter().any(|l| l.contains(t.as_str())) {
                errors.push(format!("what-if of {scheme}: no line contains {t:?}; lines: {lines:?}"));
            }
        }
    }
    for (id, text) in &c.expect_explanation {
        match a.results.iter().flat_map(|s| &s.routes).flat_map(|r| &r.criteria).find(|k| &*k.id == id) {
            Some(k) if k.explanation.contains(text.as_str()) => {}
            Some(k) => errors.push(format!("explanation of {id}: {:?} does not contain {text:?}", &*k.explanation)),
            None => errors.push(format!("explanation of {id}: no such criterion")),
        }
    }
    for (key, want) in &c.expect_dependants {
        // `dependants[0]@assg`: the outcome as that scheme applies the rule.
        let (key_i, scheme) = key.split_once('@').map_or((key.as_str(), None), |(k, s)| (k, Some(s)));
        let i: usize = key_i.trim_start_matches("dependants[").trim_end_matches(']').parse().unwrap_or(usize::MAX);
        let got = a.dependants.get(i).map(|d| {
            let own = scheme.and_then(|s| d.by_scheme.iter().find(|b| &*b.scheme == s)).map(|b| b.outcome);
            serde_json::to_value(own.unwrap_or(d.outcome)).unwrap()
        });
        if got != Some(Value::String(want.clone())) {
            errors.push(format!("{key}: expected {want}, got {got:?}"));
        }
    }
    let comparison = |scheme: &str| {
        a.results.iter().find(|s| &*s.scheme == scheme).map(|s| {
            let c = &s.comparison;
            [c.initial_stay.join(" | "), c.processing.join(" | "), c.fees.clone().unwrap_or_default()].join(" | ")
        })
    };
    for (scheme, text) in &c.expect_comparison {
        let cmp = comparison(scheme);
        if !cmp.as_deref().is_some_and(|t| t.contains(text.as_str())) {
            errors.push(format!("comparison of {scheme}: {cmp:?} does not contain {text:?}"));
        }
    }
    for (scheme, text) in &c.expect_comparison_absent {
        let cmp = comparison(scheme);
        if cmp.as_deref().is_none_or(|t| t.contains(text.as_str())) {
            errors.push(format!("comparison of {scheme}: {cmp:?} contains {text:?} (or the scheme is missing)"));
        }
    }
    for (scheme, texts) in &c.expect_notes {
        let notes: Vec<String> = a
            .results
            .iter()
            .filter(|s| &*s.scheme == scheme)
            .flat_map(|s| s.notes.iter().map(|n| n.to_string()))
            .collect();
        for t in texts {
            if !notes.iter().any(|n| n.contains(t.as_str())) {
                errors.push(format!("notes of {scheme}: none contains {t:?}; notes: {notes:?}"));
            }
        }
    }
    errors
}

#[test]
fn data_file_cases() {
    let mut files: Vec<PathBuf> = fs::read_dir(cases_dir())
        .expect("tests/cases exists")
        .map(|e| e.expect("readable").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut total = 0;
    let mut failures = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let file: File =
            serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(
            !file.title.is_empty() && (!file.reference.is_empty() || name.starts_with("worked")),
            "{name}: title and reference"
        );
        let base: Option<Value> = file.base.as_ref().map(|b| {
            let text = fs::read_to_string(cases_dir().join(b)).unwrap_or_else(|e| panic!("{name}: base {b}: {e}"));
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: base {b}: {e}"))
        });
        for case in &file.cases {
            total += 1;
            let label = format!("{name} / {}", case.name);
            let mut profile = case
                .profile
                .clone()
                .or_else(|| base.clone())
                .unwrap_or_else(|| panic!("{label}: no profile and no base"));
            for (path, value) in &case.set {
                if let Err(e) = set_path(&mut profile, path, value.clone()) {
                    failures.push(format!("{label}: {e}"));
                }
            }
            let Some(as_of) = date::parse(&case.as_of) else {
                failures.push(format!("{label}: as_of {} is not a date", case.as_of));
                continue;
            };
            let parsed = match profile_from_value(profile) {
                Ok(p) => p,
                Err(e) => {
                    failures.push(format!("{label}: profile rejected: {}", e.localized(Locale::En)));
                    continue;
                }
            };
            let a = talentnav_rules::assess(embedded_pack(), &parsed, as_of, Locale::En);
            failures.extend(check(&a, case).into_iter().map(|e| format!("{label}: {e}")));
        }
    }
    assert!(failures.is_empty(), "{} of {total} cases failed:\n{}", failures.len(), failures.join("\n"));
    assert!(total >= 150, "the suite should hold at least 150 cases; it has {total}");
}
