//! What a person reads from the real binary carries no codes: `assess` on every profile of the rule
//! cases and the docs example, a client file's `client list|show`, `app list|show|regenerate`,
//! `doc list|set`, `warnings`, and the PDF checklist read back with pdftotext, in the three languages.
//! The pattern is `talentnav_i18n::codes::bare_codes` (register items, ISO dates, country and
//! language codes); form numbers (ID(E) 982), money (HK$) and references (TN-…) are not codes.

use serde_json::{Map, Value};
use std::{path::Path, process::Command};
use talentnav_i18n::{Locale, codes::bare_codes};

fn talentnav(data: &Path, locale: Locale, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_talentnav"))
        .arg("--data-dir")
        .arg(data)
        .args(["--lang", locale.tag()])
        .args(args)
        .env_remove("DISPLAY")
        .output()
        .expect("the binary runs");
    assert!(out.status.success(), "talentnav {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8 output")
}

fn check(locale: Locale, what: &str, text: &str, problems: &mut Vec<String>) {
    for line in text.lines() {
        let found = bare_codes(locale, line);
        if !found.is_empty() {
            problems.push(format!("{locale} {what}: {found:?} in “{}”", line.trim()));
        }
    }
}

/// `root` with `path` (`a.b[1].c`) set to `value`, as the rule cases write their changes.
fn set_path(root: &mut Value, path: &str, value: Value) {
    let mut cur = root;
    let parts: Vec<&str> = path.split('.').collect();
    for (i, part) in parts.iter().enumerate() {
        let (key, index) = match part.split_once('[') {
            Some((k, rest)) => (k, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (*part, None),
        };
        let next = cur
            .as_object_mut()
            .expect("paths go through objects")
            .entry(key.to_string())
            .or_insert_with(|| if index.is_some() { Value::Array(vec![]) } else { Value::Object(Map::new()) });
        let slot = match index {
            Some(n) => &mut next.as_array_mut().expect("an indexed list")[n],
            None => next,
        };
        if i == parts.len() - 1 {
            *slot = value;
            return;
        }
        cur = slot;
    }
}

/// Every profile the rule cases build (base + changes, or a whole profile), with its date.
fn case_profiles() -> Vec<(String, Value, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut out = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for file in files.into_iter().filter(|p| p.extension().is_some_and(|e| e == "json")) {
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        let base = doc
            .get("base")
            .and_then(Value::as_str)
            .map(|b| serde_json::from_str::<Value>(&std::fs::read_to_string(dir.join(b)).unwrap()).unwrap());
        for case in doc["cases"].as_array().unwrap() {
            let mut profile = case.get("profile").cloned().or_else(|| base.clone()).expect("a profile");
            if let Some(set) = case.get("set").and_then(Value::as_object) {
                for (path, value) in set {
                    set_path(&mut profile, path, value.clone());
                }
            }
            let name =
                format!("{} / {}", file.file_name().unwrap().to_string_lossy(), case["name"].as_str().unwrap_or(""));
            out.push((name, profile, case["as_of"].as_str().unwrap_or("2026-03-15").to_string()));
        }
    }
    out
}

#[test]
fn assessments_of_every_case_profile_show_no_codes() {
    let dir = tempfile::tempdir().unwrap();
    let cases = case_profiles();
    assert!(cases.len() > 150, "the rule cases are the spread of profiles; found {}", cases.len());
    let mut problems = Vec::new();
    for (i, (name, profile, as_of)) in cases.iter().enumerate() {
        let file = dir.path().join(format!("{i}.json"));
        std::fs::write(&file, profile.to_string()).unwrap();
        for locale in Locale::ALL {
            let out = talentnav(dir.path(), locale, &["assess", "--profile", file.to_str().unwrap(), "--as-of", as_of]);
            check(locale, &format!("assess {name}"), &out, &mut problems);
        }
    }
    problems.dedup();
    assert!(problems.is_empty(), "{} code(s) shown:\n{}", problems.len(), problems.join("\n"));
}

/// A household in a client file, handled as a consultant would, every listing read in each language.
#[test]
fn client_files_warnings_and_the_pdf_show_no_codes() {
    let dir = tempfile::tempdir().unwrap();
    // PDFs go beside the data folder: an output inside it is refused.
    let data = &dir.path().join("data");
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/examples/household-asmtp.json");
    let en = Locale::En;
    talentnav(data, en, &["client", "add", "--profile", example.to_str().unwrap()]);
    talentnav(data, en, &["app", "create", "--client", "1", "--scheme", "asmtp", "--planned", "2027-01-15"]);
    for (item, status, extra) in
        [("1", "verified", None), ("2", "received", Some("2031-08-31")), ("12", "requested", Some("2027-01-10"))]
    {
        let mut args = vec!["doc", "set", item, "--status", status];
        if let Some(e) = extra {
            args.extend(["--expiry", e]);
        }
        talentnav(data, en, &args);
    }
    talentnav(data, en, &["app", "status", "1", "preparing"]);
    let mut problems = Vec::new();
    for locale in Locale::ALL {
        for args in [
            vec!["client", "list"],
            vec!["client", "show", "1"],
            vec!["app", "list"],
            vec!["app", "show", "1"],
            vec!["app", "regenerate", "1"],
            vec!["doc", "list", "--app", "1"],
            vec!["doc", "set", "2", "--status", "received"],
            vec!["warnings", "--as-of", "2026-11-22"],
        ] {
            let out = talentnav(data, locale, &args);
            assert!(!out.trim().is_empty(), "{args:?} printed nothing");
            check(locale, &args.join(" "), &out, &mut problems);
        }
        let pdf = dir.path().join(format!("checklist-{locale}.pdf"));
        talentnav(
            data,
            locale,
            &["checklist", "--application", "1", "--as-of", "2026-11-22", "-o", pdf.to_str().unwrap()],
        );
        let text = Command::new("pdftotext").arg(&pdf).arg("-").output().expect("pdftotext (poppler-utils) runs");
        let text = String::from_utf8(text.stdout).unwrap();
        assert!(text.contains("TN-0001"), "the PDF was read back: {text}");
        check(locale, "checklist PDF", &text, &mut problems);
        // A self-assessment checklist and an assessment for a household of another nationality.
        let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases/base/adult.json");
        for scheme in ["ttps", "qmas", "iang", "gep", "assg"] {
            let pdf = dir.path().join(format!("{scheme}-{locale}.pdf"));
            let p = base.to_str().unwrap();
            talentnav(
                data,
                locale,
                &[
                    "checklist",
                    "--profile",
                    p,
                    "--scheme",
                    scheme,
                    "--as-of",
                    "2026-11-22",
                    "-o",
                    pdf.to_str().unwrap(),
                ],
            );
            let text = Command::new("pdftotext").arg(&pdf).arg("-").output().expect("pdftotext runs");
            check(
                locale,
                &format!("{scheme} self-assessment PDF"),
                &String::from_utf8(text.stdout).unwrap(),
                &mut problems,
            );
        }
        let out = talentnav(data, locale, &["assess", "--profile", example.to_str().unwrap(), "--as-of", "2026-11-22"]);
        check(locale, "assess docs/examples/household-asmtp.json", &out, &mut problems);
    }
    assert!(problems.is_empty(), "{} code(s) shown:\n{}", problems.len(), problems.join("\n"));
}

/// The committed samples (scripts/checklist-samples) hold to the same rule, so the README's text is
/// what the program prints today.
#[test]
fn committed_samples_show_no_codes() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/samples");
    let mut problems = Vec::new();
    let mut read = 0;
    for locale in Locale::ALL {
        for kind in ["assess", "doc-list", "clients", "warnings", "checklist"] {
            let file = dir.join(format!("{kind}-{locale}.txt"));
            let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            read += 1;
            check(locale, &format!("docs/samples/{kind}-{locale}.txt"), &text, &mut problems);
        }
    }
    assert_eq!(read, 15);
    assert!(problems.is_empty(), "{} code(s) in samples:\n{}", problems.len(), problems.join("\n"));
}

/// Income in each currency of the rates pack is said with the currency's name in Chinese ("以美元計算
/// 的收入"), never its code.
#[test]
fn income_in_every_currency_of_the_rates_pack_is_named_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let base: Value = serde_json::from_str(&std::fs::read_to_string("tests/cases/base/adult.json").unwrap()).unwrap();
    let mut currencies: Vec<String> =
        talentnav_rules::pack::embedded_pack().rates.iter().map(|r| r.currency.clone()).collect();
    currencies.sort();
    currencies.dedup();
    assert!(currencies.len() > 5, "{currencies:?}");
    let mut problems = Vec::new();
    for code in &currencies {
        let mut p = base.clone();
        set_path(&mut p, "applicant.income[0].currency", Value::String(code.clone()));
        let file = dir.path().join(format!("{code}.json"));
        std::fs::write(&file, p.to_string()).unwrap();
        for locale in Locale::ALL {
            let out = talentnav(
                dir.path(),
                locale,
                &["assess", "--profile", file.to_str().unwrap(), "--as-of", "2026-03-15"],
            );
            let name = talentnav_i18n::currency_name(locale, code);
            assert!(out.contains(&name), "{locale} {code}: “{name}” not in\n{out}");
            check(locale, &format!("income in {code}"), &out, &mut problems);
        }
    }
    assert!(problems.is_empty(), "{} code(s) shown:\n{}", problems.len(), problems.join("\n"));
}
