//! Warnings as of a date, at each boundary the day before and on.

use chrono::NaiveDate;
use talentnav_rules::input::parse_profile;
use talentnav_store::{Store, applications::ItemChange};

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
