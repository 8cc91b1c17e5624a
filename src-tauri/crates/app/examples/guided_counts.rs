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
        // Whether the whole profile is settled: the guided mode cannot settle more than the facts allow.
        let whole = talentnav_app::assessment::assess(
            talentnav_rules::pack::embedded_pack(),
            &p,
            today,
            talentnav_i18n::Locale::En,
        )
        .map(|a| a.results.iter().all(|r| r.verdict != talentnav_rules::engine::Verdict::NeedsInfo));
        match simulate(talentnav_rules::pack::embedded_pack(), &p, today) {
            Ok(s) => {
                let settled = match (s.settled, whole) {
                    (true, _) => "yes",
                    (false, Ok(false)) => "no, nor is the whole profile (it leaves facts unknown)",
                    (false, _) => "NO, though the whole profile is",
                };
                println!("{name:<w$}  {:>6}  {:>6}  {settled}", s.asked, s.full_interview)
            }
            Err(e) => println!("{name:<w$}  error: {}", e.localized(talentnav_i18n::Locale::En)),
        }
    }
}
