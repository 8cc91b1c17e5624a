//! The UI tests' fake backend answers with what the real core answered: this test runs the use cases
//! on the scenarios of `ui/tests/scenarios.json` and fails when `ui/src/testing/fixtures.json` is not
//! exactly their output. Refresh: `UPDATE_FIXTURES=1 cargo test -p talentnav-app --test ui_fixtures`.

use serde_json::{Value, json};
use std::path::Path;
use talentnav_app::{assessment, guided, institutions, interview, path};
use talentnav_i18n::Locale;
use talentnav_rules::date::parse;

#[path = "../../update/tests/common/mod.rs"]
mod update_common;

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
        "clients": client_files(),
        "rules": rules_pages(),
    });
    serde_json::to_string(&out).unwrap() + "\n"
}

/// The client files as the core shows them, in each language: a small practice (a family with a GEP
/// application whose passport expires before the planned submission, an attachment, a note; two more
/// clients), its list, pages and dashboard. Times and ids that change on every run are fixed afterwards.
fn client_files() -> Value {
    use talentnav_app::{Env, applications, clients, documents, warnings};
    let dir = tempfile::tempdir().unwrap();
    let pack = talentnav_rules::pack::embedded_pack();
    let today = parse("2026-03-15").unwrap();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let e = Env { pack, data_dir: dir.path(), locale: Locale::En };
        let profile = |json: &str| talentnav_rules::input::parse_profile(json.as_bytes()).unwrap();
        let chan = clients::add(e, &profile(r#"{"schema": "talentnav.profile/1", "submission_date": "2027-06-30",
            "applicant": {"name": {"family": "Chan", "given": "Tai Man", "chinese": "陳大文"}, "date_of_birth": "1985-04-02",
              "nationality": "GB", "mainland_resident": false, "macao_resident": false, "taiwan_resident": false},
            "has_job_offer": true, "job_offer": {"talent_list_profession": "none"},
            "dependants": [{"relationship": "spouse", "name": {"family": "Wong", "given": "Mei"}, "date_of_birth": "1987-01-01"},
                           {"relationship": "child", "name": {"family": "Chan", "given": "Siu Ming"}, "date_of_birth": "2012-05-01"}]}"#))
            .await
            .unwrap();
        for p in [r#"{"schema": "talentnav.profile/1", "applicant": {"name": {"family": "Lee", "given": "Ka Yan", "chinese": "李嘉欣"}}}"#, r#"{"schema": "talentnav.profile/1", "applicant": {"name": {"chinese": "王小明"}}}"#] {
            clients::add(e, &profile(p)).await.unwrap();
        }
        let new = applications::NewApplication { client_id: chan.id, scheme: "gep".into(), route: None, planned: Some("2027-06-30".into()) };
        let app = applications::create(e, &new).await.unwrap();
        let items = documents::list(e, app.id).await.unwrap().items;
        let passport = items.iter().find(|i| i.item.item_key.starts_with("travel_document@applicant")).unwrap().item.id;
        let edit = documents::ItemEdit { status: Some("received".into()), expiry_date: Some("2027-06-29".into()), ..Default::default() };
        documents::edit(e, passport, edit).await.unwrap();
        let scan = dir.path().join("passport-scan.pdf");
        std::fs::write(&scan, b"%PDF-1.7 scan").unwrap();
        documents::attach(e, passport, &scan, 1 << 20).await.unwrap();
        talentnav_app::notes::add(e, app.id, "Employer sends the signed contract by 20 March").await.unwrap();

        let mut out = serde_json::Map::new();
        for l in LOCALES {
            let e = Env { locale: l, ..e };
            let q = clients::ClientFilter::default().query(today).unwrap();
            let list = clients::list(e, &q).await.unwrap();
            let mut pages = serde_json::Map::new();
            for c in &list {
                pages.insert(c.id.to_string(), json!(clients::page(e, c.id).await.unwrap()));
            }
            out.insert(
                l.tag().to_string(),
                json!({
                    "list": list,
                    "clients": pages,
                    "applications": {app.id.to_string(): documents::page(e, app.id, today).await.unwrap()},
                    "dashboard": warnings::dashboard(e, today).await.unwrap(),
                }),
            );
        }
        let mut v = Value::Object(out);
        fix_volatile(&mut v);
        v
    })
}

/// Settings → Rules as the core shows it, in each language: the built-in pack on 2026-03-15; the
/// offer of 2026.2.0 (the update tests' stricter pack, really signed and installed here); the impact
/// report of that change over three clients (a TTPS A earner it flips, an Imperial graduate whose
/// TTPS checklist loses the photo, one it leaves alone); the regeneration that follows; the installed
/// pack on 2027-02-01 (past the January list it knows is due: out of date); and the fallback notice
/// after a damaged `active` file. The address is fixed (the environment may name another).
fn rules_pages() -> Value {
    use talentnav_app::{
        Env, applications, clients,
        rule_pack::Chosen,
        rule_updates::{self, Door::Window},
    };
    use talentnav_update::{ActivePack, Trust, artefact, client::Offer, installed};
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let leak = |a: ActivePack| -> &'static ActivePack { Box::leak(Box::new(a)) };
    let built_in = Chosen { active: leak(ActivePack::BuiltIn), fallback: None };
    let key = update_common::new_key();
    let bytes = update_common::signed(update_common::stricter("2026.2.0"), &key, "0.1.0");
    let verified = artefact::verify(&bytes, &Trust::only([key.verifying_key()])).unwrap();
    let damaged = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(installed::rules_dir(damaged.path())).unwrap();
    std::fs::write(installed::rules_dir(damaged.path()).join("active"), "not a version\n").unwrap();
    let (active, fallback) = talentnav_update::load_active(damaged.path());
    let fell_back = Chosen { active: leak(active), fallback };
    let (before_day, after_day) = (parse("2026-03-15").unwrap(), parse("2027-02-01").unwrap());
    let address = |mut s: rule_updates::RulesStatus| {
        s.address = Some("https://rules.example.org/talentnav".into());
        s
    };
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let e = Env { pack: built_in.pack(), data_dir: data, locale: Locale::En };
        let add = async |institution: &str, income: u64| {
            let p =
                talentnav_rules::input::profile_from_value(update_common::profile_json(institution, income)).unwrap();
            clients::add(e, &p).await.unwrap().id
        };
        add("Monash University", 2_600_000).await;
        let imperial = add("Imperial College London", 0).await;
        add("Monash University", 0).await;
        let new = applications::NewApplication { client_id: imperial, scheme: "ttps".into(), ..Default::default() };
        applications::create(e, &new).await.unwrap();
        let before: Vec<_> =
            LOCALES.iter().map(|l| address(rule_updates::status(&built_in, data, before_day, *l, Window))).collect();
        installed::install(data, &bytes, &verified, Locale::En).unwrap();
        let now = Chosen { active: leak(ActivePack::Installed(Box::new(verified))), fallback: None };
        let mut out = serde_json::Map::new();
        for (l, before) in LOCALES.into_iter().zip(before) {
            let e = Env { pack: now.pack(), locale: l, ..e };
            let offer = Offer { current: "2026.1.0".into(), latest: "2026.2.0".into(), newer: true };
            let change = rule_updates::change_report(e, built_in.pack(), false).await.unwrap();
            // What regenerating them would do, without doing it (the store stays as the report saw it).
            let ids = &change.impact.as_ref().unwrap().applications;
            let mut regenerated = Vec::new();
            for c in [imperial] {
                let pending = applications::pending_changes(e, c).await.unwrap();
                regenerated.extend(pending.into_iter().filter(|p| ids.contains(&p.application_id)));
            }
            out.insert(
                l.tag().to_string(),
                json!({
                    "status_before": before,
                    "offer": offer,
                    "change": change,
                    "regenerated": regenerated,
                    "status_after": address(rule_updates::status(&now, data, after_day, l, Window)),
                    "status_fallback": address(rule_updates::status(&fell_back, damaged.path(), before_day, l, Window)),
                }),
            );
        }
        Value::Object(out)
    })
}

/// Replaces what differs between runs (times, the random client id) with fixed values.
fn fix_volatile(v: &mut Value) {
    match v {
        Value::Object(m) => {
            for (k, x) in m.iter_mut() {
                match k.as_str() {
                    "uid" => *x = json!("3f2a9c1b-0000-4000-8000-000000000000"),
                    "at" | "created_at" | "updated_at" | "added_at" | "status_changed_at" if x.is_string() => {
                        *x = json!("2026-03-14T09:30:00.000Z")
                    }
                    _ => fix_volatile(x),
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(fix_volatile),
        _ => {}
    }
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
