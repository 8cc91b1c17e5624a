//! Warnings as of a date, at each boundary the day before and on.

use chrono::NaiveDate;
use talentnav_rules::documents::{Need, checklist};
use talentnav_rules::input::parse_profile;
use talentnav_store::{
    Store,
    applications::{ItemChange, checklist_day},
    warnings::MissingItems,
};

fn d(s: &str) -> NaiveDate {
    talentnav_rules::date::parse(s).unwrap()
}

async fn setup(planned: &str, scheme: &str, route: Option<&str>) -> (tempfile::TempDir, Store, i64) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).await.unwrap();
    let p = parse_profile(
        br#"{"schema": "talentnav.profile/1", "applicant": {"nationality": "GB", "travel_document": {"expires_on": "2026-05-31"},
            "income": [{"period_end": "2024-12-31", "amount": 1, "currency": "HKD", "kind": "employment"}]},
            "dependants": [{"relationship": "child", "date_of_birth": "2008-06-01", "married": false}]}"#,
    )
    .unwrap();
    let c = store.add_client(&p).await.unwrap();
    let app = store
        .create_application(talentnav_rules::pack::embedded_pack(), c.id, scheme, route, Some(planned))
        .await
        .unwrap();
    (dir, store, app.id)
}

async fn kinds(store: &Store) -> Vec<&'static str> {
    store
        .warnings(talentnav_rules::pack::embedded_pack(), d("2026-03-15"))
        .await
        .unwrap()
        .into_iter()
        .map(|w| w.kind)
        .collect()
}

#[tokio::test]
async fn submission_after_the_travel_document_and_the_18th_birthday() {
    let (_d, store, _) = setup("2026-06-01", "ttps", Some("ttps.b")).await;
    let k = kinds(&store).await;
    assert!(k.contains(&"travel_document_expires") && k.contains(&"child_turns_18"), "{k:?}");
}

#[tokio::test]
async fn submission_the_day_before_the_18th_birthday_and_on_the_expiry_day() {
    let (_d, store, _) = setup("2026-05-31", "ttps", Some("ttps.b")).await;
    let w = store.warnings(talentnav_rules::pack::embedded_pack(), d("2026-03-15")).await.unwrap();
    assert!(!w.iter().any(|w| w.kind == "child_turns_18"));
    let travel: Vec<_> = w.iter().filter(|w| w.kind == "travel_document_expires").collect();
    assert_eq!(travel.len(), 1);
    assert_eq!(travel[0].message_id, "warn-travel-document-during-stay", "valid on the day, not for the stay");
}

#[tokio::test]
async fn income_evidence_and_expiring_documents() {
    let (_d, store, app) = setup("2026-06-01", "qmas", None).await;
    assert!(kinds(&store).await.contains(&"income_not_covered"));
    let items = store.items(app).await.unwrap();
    let expiry = |s: &str| ItemChange { expiry_date: Some(s.into()), ..Default::default() };
    store.update_item(items[0].id, &expiry("2026-05-31")).await.unwrap();
    store.update_item(items[1].id, &expiry("2026-06-01")).await.unwrap();
    let docs: Vec<_> = store
        .warnings(talentnav_rules::pack::embedded_pack(), d("2026-03-15"))
        .await
        .unwrap()
        .into_iter()
        .filter(|w| w.kind == "document_expires")
        .collect();
    assert_eq!(docs.len(), 1, "the day before the submission warns, the day itself does not");
    let (_d2, other, _) = setup("2026-06-01", "gep", None).await;
    assert!(!kinds(&other).await.contains(&"income_not_covered"), "GEP has no income test");
}

/// Documents still missing: per application in progress, the items still required or requested that
/// the rules plainly ask for (not obsolete, not "if you have one", not "may be needed"), counted in one
/// query, the first three named in checklist order, by planned submission with none planned last.
#[tokio::test]
async fn documents_still_missing_per_application_in_progress() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("data")).await.unwrap();
    let pack = talentnav_rules::pack::embedded_pack();
    let profile = |offer: &str| {
        let json = format!(
            r#"{{"schema": "talentnav.profile/1", "applicant": {{"name": {{"family": "Chan"}}, "nationality": "GB",
                "mainland_resident": false, "macao_resident": false, "taiwan_resident": false}} {offer},
                "dependants": [{{"relationship": "spouse", "nationality": "GB", "date_of_birth": "1990-01-01"}}]}}"#
        );
        parse_profile(json.as_bytes()).unwrap()
    };
    // No word on a job offer: the employer's documents "may be needed"; the HKID "if you have one".
    let c = store.add_client(&profile("")).await.unwrap();
    let mut apps = Vec::new();
    for planned in [Some("2026-03-16"), Some("2026-03-14"), None, Some("2026-03-15")] {
        apps.push(store.create_application(pack, c.id, "gep", None, planned).await.unwrap().id);
    }
    let submitted = store.create_application(pack, c.id, "gep", None, Some("2026-03-01")).await.unwrap().id;
    store.set_application_status(submitted, "submitted").await.unwrap();
    let decided = store.create_application(pack, c.id, "gep", None, Some("2026-03-02")).await.unwrap().id;
    store.set_application_status(decided, "approved").await.unwrap();
    store.set_application_status(apps[0], "preparing").await.unwrap();

    let items = store.items(apps[0]).await.unwrap();
    let rules = checklist(pack, &profile(""), "gep", None, checklist_day(Some("2026-03-16")));
    let plainly: Vec<&str> = rules.iter().filter(|r| r.need == Need::Required).map(|r| r.key.as_str()).collect();
    assert!(plainly.len() >= 6 && plainly.len() < items.len(), "{plainly:?}");
    for key in ["hkid@applicant", "employment_contract@employer", "macao_id@dependant:0"] {
        assert!(
            items.iter().any(|i| i.item_key == key) && !plainly.contains(&key),
            "{key} is on the list, not plainly asked for"
        );
    }
    let keys = |m: &MissingItems| m.first.iter().map(|(_, k)| k.clone()).collect::<Vec<_>>();
    let missing = store.missing_items().await.unwrap();
    let order: Vec<i64> = missing.iter().map(|m| m.application_id).collect();
    assert_eq!(
        order,
        [apps[1], apps[3], apps[0], apps[2]],
        "by planned submission, none planned last; not submitted or decided"
    );
    let all = missing[2].count;
    assert_eq!(all as usize, plainly.len());
    assert_eq!(keys(&missing[2]), plainly[..3]);
    let id = |key: &str| items.iter().find(|i| i.item_key == key).unwrap().id;
    assert_eq!(missing[2].first[0].0, id(plainly[0]));
    assert_eq!((missing[2].family_name.as_deref(), missing[2].scheme.as_str()), (Some("Chan"), "gep"));

    // Received, not applicable: no longer missing; requested: still missing.
    let set = |status: &str, reason: Option<&str>| ItemChange {
        status: Some(status.into()),
        na_reason: reason.map(str::to_string),
        ..Default::default()
    };
    store.update_item(id(plainly[0]), &set("received", None)).await.unwrap();
    store.update_item(id(plainly[1]), &set("not_applicable", Some("Held by ImmD already"))).await.unwrap();
    store.update_item(id(plainly[2]), &set("requested", None)).await.unwrap();
    let row = |ms: &[MissingItems]| ms.iter().find(|m| m.application_id == apps[0]).unwrap().clone();
    let now = row(&store.missing_items().await.unwrap());
    assert_eq!(now.count, all - 2);
    assert_eq!(keys(&now), plainly[2..5]);

    // The offer settled: the employer's documents are plainly asked for at once, before any regeneration…
    let offer = r#", "has_job_offer": true, "job_offer": {"talent_list_profession": "none"}"#;
    store.update_client(c.id, &profile(offer)).await.unwrap();
    store.refresh_needs(pack, c.id).await.unwrap();
    let now_wanted = checklist(pack, &profile(offer), "gep", None, checklist_day(Some("2026-03-16")));
    let employer =
        now_wanted.iter().filter(|r| r.need == Need::Required && r.key.ends_with("@employer")).count() as i64;
    assert!(employer > 0);
    assert_eq!(row(&store.missing_items().await.unwrap()).count, all - 2 + employer);

    // …and after an export and import the same documents are missing in the imported copy.
    let archive = dir.path().join("chan.zip");
    store.export_client(c.id, &archive).await.unwrap();
    let other = Store::open(&dir.path().join("other")).await.unwrap();
    other.import_client(pack, &archive).await.unwrap();
    let summary = |ms: Vec<MissingItems>| ms.iter().map(|m| (m.count, keys(m))).collect::<Vec<_>>();
    assert_eq!(summary(other.missing_items().await.unwrap()), summary(store.missing_items().await.unwrap()));

    // No offer after all: the regeneration makes the employer's documents obsolete, no longer counted.
    store.update_client(c.id, &profile(r#", "has_job_offer": false"#)).await.unwrap();
    let r = store.regenerate(pack, apps[0]).await.unwrap();
    assert!(r.made_obsolete.iter().any(|k| k.ends_with("@employer")), "{r:?}");
    assert_eq!(row(&store.missing_items().await.unwrap()).count, all - 2);
}
