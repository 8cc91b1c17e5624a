//! For scripts/bench: how many questions the guided mode asks to settle every scheme, against the
//! full interview's, for each profile in docs/examples/ and each worked example.
//! `cargo run -p talentnav-app --example guided_counts`

use serde_json::Value;
use std::path::Path;
use talentnav_app::guided::simulate;

fn main() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..");
    let mut rows: Vec<(String, Value, String)> = Vec::new();
    let mut files: Vec<_> =
        std::fs::read_dir(repo.join("docs/examples")).expect("docs/examples").flatten().map(|e| e.path()).collect();
    files.sort();
    for f in files.into_iter().filter(|f| f.extension().is_some_and(|e| e == "json")) {
        let v: Value = serde_json::from_slice(&std::fs::read(&f).expect("readable")).expect("JSON");
        let date = v["submission_date"].as_str().unwrap_or("2026-03-15").to_string();
        rows.push((format!("docs/examples/{}", f.file_name().unwrap().to_string_lossy()), v, date));
    }
    let worked: Value =
        serde_json::from_slice(&std::fs::read(repo.join("tests/cases/worked-examples.json")).expect("worked examples"))
            .expect("JSON");
    for c in worked["cases"].as_array().expect("cases") {
        let date = c["as_of"].as_str().unwrap_or("2026-03-15").to_string();
        let mut p = c["profile"].clone();
        p["submission_date"] = Value::from(date.clone());
        rows.push((c["name"].as_str().unwrap_or("?").to_string(), p, date));
    }
    let w = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(10);
    println!("{:<w$}  {:>6}  {:>6}  settled", "profile", "guided", "full");
    for (name, p, date) in rows {
        let today = talentnav_rules::date::parse(&date).expect("a date");
        match simulate(&p, today) {
            Ok(s) => println!(
                "{name:<w$}  {:>6}  {:>6}  {}",
                s.asked,
                s.full_interview,
                if s.settled { "yes" } else { "no (the profile leaves facts unknown)" }
            ),
            Err(e) => println!("{name:<w$}  error: {}", e.localized(talentnav_i18n::Locale::En)),
        }
    }
}
