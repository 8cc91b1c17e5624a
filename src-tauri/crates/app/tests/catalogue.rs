//! The interview asks for everything the engine reads, and only for real profile fields; every label
//! exists in the three languages; the guided mode settles a recent graduate in fewer questions.

use serde_json::{Value, json};
use std::{collections::BTreeSet, path::Path};
use talentnav_app::{
    assessment, guided,
    interview::{self, Entry, Kind},
    path,
};
use talentnav_i18n::{Locale, message_exists};
use talentnav_rules::date::{Date, parse};

fn day(s: &str) -> Date {
    parse(s).unwrap()
}

fn repo() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../.."))
}

fn adult() -> Value {
    serde_json::from_slice(&std::fs::read(repo().join("tests/cases/base/adult.json")).unwrap()).unwrap()
}

/// Profiles that make the engine read and ask for as much as it can.
fn probes() -> Vec<Value> {
    let mut out = vec![json!({}), adult()];
    let mut offer = adult();
    offer["has_job_offer"] = json!(true);
    offer["job_offer"] = json!({});
    out.push(offer);
    for list in ["education", "employment", "income", "languages", "parents"] {
        let mut p = adult();
        p["applicant"][list] = json!([{}]);
        out.push(p);
        let mut p = adult();
        p["applicant"].as_object_mut().unwrap().remove(list);
        out.push(p);
    }
    let mut fam = adult();
    fam["dependants"] = json!([{}, {"relationship": "spouse"}, {"relationship": "child"}]);
    out.push(fam);
    for f in std::fs::read_dir(repo().join("tests/cases")).unwrap() {
        let f = f.unwrap().path();
        if f.extension().is_some_and(|e| e == "json") {
            let v: Value = serde_json::from_slice(&std::fs::read(&f).unwrap()).unwrap();
            for c in v["cases"].as_array().into_iter().flatten() {
                if c["profile"].is_object() {
                    out.push(c["profile"].clone());
                }
            }
        }
    }
    out
}

#[test]
fn every_fact_the_engine_reads_or_asks_for_has_a_question() {
    let mut unanswerable = BTreeSet::new();
    let mut seen = 0;
    for p in probes() {
        let dates = ["2026-03-15", "2024-06-01"];
        for d in dates {
            let Ok(a) = assessment::assess(talentnav_rules::pack::embedded_pack(), &p, day(d), Locale::En) else {
                continue;
            };
            for r in &a.results {
                let read =
                    r.routes.iter().flat_map(|x| &x.criteria).flat_map(|c| c.facts.iter().map(|f| f.to_string()));
                for fact in r.missing_facts.iter().cloned().chain(read) {
                    seen += 1;
                    // The engine's own bookkeeping paths that are not profile fields are not asked.
                    if interview::locate_all(&fact).is_empty() {
                        unanswerable.insert(fact);
                    }
                }
            }
        }
    }
    assert!(seen > 100, "the probes read too little: {seen}");
    assert!(unanswerable.is_empty(), "no question asks for {unanswerable:?}");
}

fn sample(kind: &Kind) -> Value {
    match kind {
        Kind::Text | Kind::Institution => json!("Something"),
        Kind::Date | Kind::EndDate => json!("2020-01-31"),
        Kind::YesNo => json!(true),
        Kind::Choice { options } => json!(options[0]),
        Kind::Country => json!("GB"),
        Kind::Money | Kind::Number => json!(1000),
        Kind::Currency => json!("HKD"),
        Kind::Language => json!("en"),
        Kind::TalentList => json!("none"),
    }
}

/// Whether the JSON schema of the profile has this path.
fn in_schema(p: &str) -> bool {
    let schema = talentnav_rules::profile::json_schema();
    let defs = schema.get("$defs").cloned().unwrap_or(json!({}));
    fn resolve<'a>(mut node: &'a Value, defs: &'a Value, want: &str) -> Option<&'a Value> {
        for _ in 0..8 {
            if let Some(r) = node.get("$ref").and_then(Value::as_str) {
                node = defs.get(r.rsplit('/').next()?)?;
            } else if let Some(alts) = node.get("anyOf").or_else(|| node.get("oneOf")).and_then(Value::as_array) {
                node = alts.iter().find(|a| a.get("$ref").is_some() || a.get(want).is_some())?;
            } else {
                return Some(node);
            }
        }
        None
    }
    let mut node = &schema;
    for step in path::parse(p).unwrap() {
        node = match step {
            path::Step::Key(k) => match resolve(node, &defs, "properties").and_then(|n| n.get("properties")?.get(&k)) {
                Some(n) => n,
                None => return false,
            },
            path::Step::Index(_) => match resolve(node, &defs, "items").and_then(|n| n.get("items")) {
                Some(n) => n,
                None => return false,
            },
        };
    }
    true
}

#[test]
fn every_question_is_a_field_of_the_profile_contract_and_every_choice_is_valid() {
    for t in interview::topics() {
        for e in &t.entries {
            let qs: Vec<(String, &Kind, Vec<Value>)> = match e {
                Entry::Question(q) => {
                    let all = match &q.kind {
                        Kind::Choice { options } => options.iter().map(|o| json!(o)).collect(),
                        k => vec![sample(k)],
                    };
                    vec![(q.path.clone(), &q.kind, all)]
                }
                Entry::List(l) => l
                    .questions
                    .iter()
                    .map(|q| {
                        let all = match &q.kind {
                            Kind::Choice { options } => options.iter().map(|o| json!(o)).collect(),
                            k => vec![sample(k)],
                        };
                        (format!("{}[0].{}", l.path, q.path), &q.kind, all)
                    })
                    .collect(),
            };
            for (p, kind, values) in qs {
                for v in values {
                    let mut profile = json!({});
                    path::set(&mut profile, &p, v.clone());
                    // A field the contract does not have is refused by the strict parser.
                    let parsed = assessment::parse(&profile, Locale::En);
                    assert!(
                        parsed.is_ok(),
                        "{p} = {v} ({kind:?}): {:?}",
                        parsed.err().map(|e| e.localized(Locale::En))
                    );
                    // The parser lets unknown fields through (the contract may grow), so check the
                    // path against the published JSON schema too.
                    assert!(in_schema(&p), "{p} is not in profile.schema.json");
                }
            }
        }
    }
}

#[test]
fn every_label_and_choice_exists_in_every_language() {
    let c = interview::catalogue(talentnav_rules::pack::embedded_pack());
    let mut ids = vec!["topic-check".to_string()];
    for t in &c.topics {
        ids.push(format!("topic-{}", t.id));
        ids.push(format!("topic-{}-intro", t.id));
        let mut questions = Vec::new();
        for e in &t.entries {
            match e {
                Entry::Question(q) => questions.push(q),
                Entry::List(l) => {
                    for suffix in ["", "-add", "-item", "-none", "-some"] {
                        ids.push(format!("list-{}{suffix}", l.id));
                    }
                    questions.extend(&l.questions);
                }
            }
        }
        for q in questions {
            ids.push(q.label.clone());
            if let Kind::Choice { options } = &q.kind {
                let field = q.path.rsplit('.').next().unwrap().replace('_', "-");
                ids.extend(options.iter().map(|o| format!("opt-{field}-{}", o.replace('_', "-"))));
            }
        }
    }
    ids.extend(c.countries.iter().map(|x| format!("country-{x}")));
    ids.extend(c.currencies.iter().map(|x| format!("currency-{x}")));
    for l in ["en", "zh", "yue", "cmn", "fr", "de", "es", "ja", "ko"] {
        ids.push(format!("language-name-{l}"));
    }
    for s in ["ttps", "qmas", "gep", "asmtp", "techtas", "iang", "assg", "new-cies"] {
        ids.push(format!("compare-offer-{s}"));
        ids.push(format!("compare-employer-{s}"));
    }
    for locale in [Locale::En, Locale::ZhHant, Locale::ZhHans] {
        let missing: Vec<_> = ids.iter().filter(|id| !message_exists(locale, id)).collect();
        assert!(missing.is_empty(), "{locale:?} lacks {missing:?}");
    }
}

#[test]
fn a_recent_graduate_of_a_listed_university_is_settled_in_fewer_questions_than_the_interview() {
    let p: Value =
        serde_json::from_slice(&std::fs::read(repo().join("docs/examples/recent-graduate.json")).unwrap()).unwrap();
    let s = guided::simulate(talentnav_rules::pack::embedded_pack(), &p, day("2026-03-15")).unwrap();
    assert!(s.settled, "{s:?}");
    assert!(s.asked < s.full_interview, "{s:?}");
    assert!(s.asked <= 25, "{s:?}");
    // The same profile, assessed whole, has no scheme needing information either.
    let a = assessment::assess(talentnav_rules::pack::embedded_pack(), &p, day("2026-03-15"), Locale::En).unwrap();
    assert!(a.results.iter().all(|r| r.verdict != talentnav_rules::engine::Verdict::NeedsInfo));
}

#[test]
fn the_guided_mode_asks_what_open_schemes_wait_for_and_passes_over_skipped_facts() {
    let n =
        guided::next_question(talentnav_rules::pack::embedded_pack(), &json!({}), &[], day("2026-03-15"), Locale::En)
            .unwrap()
            .unwrap();
    assert!(!n.schemes.is_empty());
    let again = guided::next_question(
        talentnav_rules::pack::embedded_pack(),
        &json!({}),
        &[path::fill(&n.question, &n.indices)],
        day("2026-03-15"),
        Locale::En,
    )
    .unwrap()
    .unwrap();
    assert_ne!(again.question, n.question);
    // Once every scheme is settled there is nothing more to ask.
    let mut done = adult();
    done["has_job_offer"] = json!(false);
    done["dependants"] = json!([]);
    let a = assessment::assess(talentnav_rules::pack::embedded_pack(), &done, day("2026-03-15"), Locale::En).unwrap();
    let open = a.results.iter().any(|r| r.verdict == talentnav_rules::engine::Verdict::NeedsInfo);
    let next = guided::next_question(talentnav_rules::pack::embedded_pack(), &done, &[], day("2026-03-15"), Locale::En)
        .unwrap();
    assert_eq!(next.is_some(), open);
}

#[test]
fn the_guided_mode_settles_every_worked_example_that_its_facts_settle() {
    let worked: Value =
        serde_json::from_slice(&std::fs::read(repo().join("tests/cases/worked-examples.json")).unwrap()).unwrap();
    let mut checked = 0;
    for c in worked["cases"].as_array().unwrap() {
        let date = c["as_of"].as_str().unwrap_or("2026-03-15");
        let mut p = c["profile"].clone();
        p["submission_date"] = json!(date);
        let whole = assessment::assess(talentnav_rules::pack::embedded_pack(), &p, day(date), Locale::En).unwrap();
        if whole.results.iter().any(|r| r.verdict == talentnav_rules::engine::Verdict::NeedsInfo) {
            continue;
        }
        let s = guided::simulate(talentnav_rules::pack::embedded_pack(), &p, day(date)).unwrap();
        assert!(s.settled, "{}: {s:?}", c["name"]);
        assert!(s.asked < s.full_interview, "{}: {s:?}", c["name"]);
        checked += 1;
    }
    assert!(checked >= 5, "only {checked} worked examples are settled by their facts");
}
