//! The UI tests' fake backend answers with what the real core answered: this test runs the use cases
//! on the scenarios of `ui/tests/scenarios.json` and fails when `ui/src/testing/fixtures.json` is not
//! exactly their output. Refresh: `UPDATE_FIXTURES=1 cargo test -p talentnav-app --test ui_fixtures`.

use serde_json::{Value, json};
use std::path::Path;
use talentnav_app::{assessment, guided, institutions, interview, path};
use talentnav_i18n::Locale;
use talentnav_rules::date::parse;

const LOCALES: [Locale; 3] = [Locale::En, Locale::ZhHant, Locale::ZhHans];

fn repo() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../.."))
}

fn generated() -> String {
    let today = parse("2026-03-15").unwrap();
    let scenarios: Value =
        serde_json::from_slice(&std::fs::read(repo().join("ui/tests/scenarios.json")).unwrap()).unwrap();
    let mut assessments = Vec::new();
    let mut next = Vec::new();
    let mut add_assessment = |profile: &Value| {
        for l in LOCALES {
            let a = assessment::assess(talentnav_rules::pack::embedded_pack(), profile, today, l)
                .expect("a scenario is a valid profile");
            assessments.push(json!({"profile": path::clean(profile), "locale": l, "assessment": a}));
        }
    };
    for s in scenarios["assess"].as_array().unwrap() {
        add_assessment(&s["profile"]);
    }
    // Guided chains: the person answers "I don't know" to every question, so each step's profile is
    // the scenario's and the skipped list grows by the question asked.
    for s in scenarios["guided"].as_array().unwrap() {
        let profile = &s["profile"];
        for l in LOCALES {
            let mut skipped: Vec<String> = Vec::new();
            loop {
                let n =
                    guided::next_question(talentnav_rules::pack::embedded_pack(), profile, &skipped, today, l).unwrap();
                next.push(json!({"profile": path::clean(profile), "skipped": skipped, "locale": l, "next": n}));
                let Some(n) = n else { break };
                skipped.push(path::fill(&n.question, &n.indices));
                assert!(skipped.len() < 200, "the guided mode does not end");
            }
        }
    }
    let suggestions: serde_json::Map<String, Value> = scenarios["suggest"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            let q = q.as_str().unwrap();
            (q.to_string(), json!(institutions::suggest(talentnav_rules::pack::embedded_pack(), q, 8)))
        })
        .collect();
    let out = json!({
        "today": "2026-03-15",
        "catalogue": interview::catalogue(talentnav_rules::pack::embedded_pack()),
        "suggestions": suggestions,
        "assessments": assessments,
        "next": next,
    });
    serde_json::to_string(&out).unwrap() + "\n"
}

#[test]
fn ui_fixtures_are_what_the_core_answers() {
    let file = repo().join("ui/src/testing/fixtures.json");
    let want = generated();
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(&file, &want).unwrap();
    }
    let have = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        have == want,
        "{} is stale: run `UPDATE_FIXTURES=1 cargo test -p talentnav-app --test ui_fixtures`",
        file.display()
    );
}
