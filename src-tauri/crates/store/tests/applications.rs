//! Applications and document checklists on a real SQLite file.

use talentnav_rules::input::parse_profile;
use talentnav_store::{Store, applications::ItemChange};

/// A profile with an offer; `extra` adds fields, and may give its own `job_offer` (a key may appear
/// only once in a profile).
fn profile(extra: &str) -> talentnav_rules::profile::Profile {
    let offer =
        if extra.contains("\"job_offer\"") { "" } else { r#", "job_offer": {"talent_list_profession": "none"}"# };
    let json = format!(
        r#"{{"schema": "talentnav.profile/1", "submission_date": "2026-03-15",
            "applicant": {{"name": {{"family": "Chan"}}, "nationality": "GB", "mainland_resident": false, "macao_resident": false, "taiwan_resident": false}},
            "has_job_offer": true {offer} {extra}}}"#
    );
    parse_profile(json.as_bytes()).expect("test profile")
}

const FAMILY: &str = r#", "dependants": [{"relationship": "spouse"}, {"relationship": "child", "married": false}]"#;

#[tokio::test]
async fn an_application_gets_the_household_checklist() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).await.unwrap();
    let c = store.add_client(&profile(FAMILY)).await.unwrap();
    let app = store
        .create_application(talentnav_rules::pack::embedded_pack(), c.id, "gep", None, Some("2026-06-01"))
        .await
        .unwrap();
    assert_eq!((app.status.as_str(), app.scheme.as_str()), ("draft", "gep"));
    let items = store.items(app.id).await.unwrap();
    let keys: Vec<&str> = items.iter().map(|i| i.item_key.as_str()).collect();
    assert!(keys.contains(&"photo@applicant") && keys.contains(&"employment_contract@employer"));
    assert!(keys.contains(&"relationship_evidence@dependant:0") && keys.contains(&"relationship_evidence@dependant:1"));
    assert!(!keys.contains(&"consent_letter@applicant"), "not a Mainland resident");
    assert!(items.iter().all(|i| i.status == "required" && !i.obsolete));

    for (scheme, route, date, id) in [
        ("xyz", None, None, "store-error-unknown-scheme"),
        ("ttps", Some("ttps.z"), None, "store-error-unknown-route"),
        ("ttps", None, Some("2026-02-30"), "store-error-bad-date"),
    ] {
        let e = store
            .create_application(talentnav_rules::pack::embedded_pack(), c.id, scheme, route, date)
            .await
            .unwrap_err();
        assert_eq!(e.message_id, id);
    }
    assert_eq!(
        store
            .create_application(talentnav_rules::pack::embedded_pack(), 999, "gep", None, None)
            .await
            .unwrap_err()
            .message_id,
        "store-error-no-client"
    );
    assert_eq!(store.set_application_status(app.id, "lost").await.unwrap_err().message_id, "store-error-bad-status");
    assert_eq!(store.set_application_status(app.id, "preparing").await.unwrap().status, "preparing");
}

#[tokio::test]
async fn item_statuses_carry_their_dates_and_rules() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).await.unwrap();
    let c = store.add_client(&profile("")).await.unwrap();
    let app = store
        .create_application(talentnav_rules::pack::embedded_pack(), c.id, "ttps", Some("ttps.a"), None)
        .await
        .unwrap();
    let photo = store.items(app.id).await.unwrap().into_iter().find(|i| i.item_key == "photo@applicant").unwrap();

    let set = |status: &str| ItemChange { status: Some(status.into()), ..Default::default() };
    store.update_item(photo.id, &set("received")).await.unwrap();
    store.update_item(photo.id, &set("verified")).await.unwrap();
    let history: Vec<String> = store.item_history(photo.id).await.unwrap().into_iter().map(|(s, _)| s).collect();
    assert_eq!(history, ["required", "received", "verified"]);

    assert_eq!(
        store.update_item(photo.id, &set("not_applicable")).await.unwrap_err().message_id,
        "store-error-na-needs-reason"
    );
    let na = ItemChange {
        status: Some("not_applicable".into()),
        na_reason: Some("Supplied with the last application".into()),
        ..Default::default()
    };
    assert_eq!(
        store.update_item(photo.id, &na).await.unwrap().na_reason.as_deref(),
        Some("Supplied with the last application")
    );
    assert_eq!(store.update_item(photo.id, &set("lost")).await.unwrap_err().message_id, "store-error-bad-status");

    let expiry = |d: &str| ItemChange { expiry_date: Some(d.into()), ..Default::default() };
    assert_eq!(
        store.update_item(photo.id, &expiry("2027-02-30")).await.unwrap_err().message_id,
        "store-error-bad-date"
    );
    assert_eq!(
        store.update_item(photo.id, &expiry("2027-02-28")).await.unwrap().expiry_date.as_deref(),
        Some("2027-02-28")
    );
    assert_eq!(store.update_item(photo.id, &expiry("")).await.unwrap().expiry_date, None);
    assert_eq!(store.verify_audit().await.unwrap().first_broken, None);
}

#[tokio::test]
async fn regeneration_keeps_statuses_and_never_drops_an_item() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).await.unwrap();
    let c = store.add_client(&profile(FAMILY)).await.unwrap();
    let app = store.create_application(talentnav_rules::pack::embedded_pack(), c.id, "gep", None, None).await.unwrap();
    let items = store.items(app.id).await.unwrap();
    let child_photo = items.iter().find(|i| i.item_key == "photo@dependant:1").unwrap().id;
    let own_photo = items.iter().find(|i| i.item_key == "photo@applicant").unwrap().id;
    for id in [child_photo, own_photo] {
        store.update_item(id, &ItemChange { status: Some("received".into()), ..Default::default() }).await.unwrap();
    }

    // The child is no longer coming, and the offer turns out to be a Talent List post.
    let changed = profile(
        r#", "dependants": [{"relationship": "spouse"}], "job_offer": {"talent_list_profession": "Actuaries"}"#,
    );
    store.update_client(c.id, &changed).await.unwrap();
    let r = store.regenerate(talentnav_rules::pack::embedded_pack(), app.id).await.unwrap();
    assert_eq!(r.added, ["talent_list_declaration@employer"]);
    assert!(
        r.made_obsolete.contains(&"photo@dependant:1".to_string())
            && r.made_obsolete.iter().all(|k| k.ends_with("@dependant:1"))
    );
    let after = store.items(app.id).await.unwrap();
    let child = after.iter().find(|i| i.id == child_photo).unwrap();
    assert!(child.obsolete && child.status == "received", "kept, with its status");
    assert_eq!(after.iter().find(|i| i.id == own_photo).unwrap().status, "received");

    // The child comes after all: the same item returns with its status.
    store.update_client(c.id, &profile(FAMILY)).await.unwrap();
    let back = store.regenerate(talentnav_rules::pack::embedded_pack(), app.id).await.unwrap();
    assert!(back.restored.contains(&"photo@dependant:1".to_string()));
    assert_eq!(back.made_obsolete, ["talent_list_declaration@employer"]);
    let child = store.item(child_photo).await.unwrap();
    assert!(!child.obsolete && child.status == "received");
}

/// The household is judged on the planned submission day, and learning where a spouse lives settles
/// her identity documents on regeneration: the Macao card kept when she lives in Macao (the Taiwan and
/// overseas items made obsolete), made obsolete when she lives in London.
#[tokio::test]
async fn the_checklist_follows_the_household_on_the_planned_day_and_regenerates_when_facts_settle() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).await.unwrap();
    // Dated from today so the test does not age: the child turns 18 a week before the planned day.
    let planned = chrono::Local::now().date_naive() + chrono::Duration::days(60);
    let born = (planned - chrono::Duration::days(7)).checked_sub_months(chrono::Months::new(18 * 12)).unwrap();
    let family = |spouse_lives: &str| {
        format!(
            r#", "dependants": [{{"relationship": "spouse"{spouse_lives}}}, {{"relationship": "child", "married": false, "date_of_birth": "{born}"}}]"#
        )
    };
    let c = store.add_client(&profile(&family(""))).await.unwrap();
    let app = store
        .create_application(talentnav_rules::pack::embedded_pack(), c.id, "gep", None, Some(&planned.to_string()))
        .await
        .unwrap();
    let keys = |items: Vec<talentnav_store::applications::DocumentItem>| {
        items.into_iter().filter(|i| !i.obsolete).map(|i| i.item_key).collect::<Vec<_>>()
    };
    let k = keys(store.items(app.id).await.unwrap());
    assert!(k.contains(&"macao_id@dependant:0".to_string()), "may be needed while unknown: {k:?}");
    assert!(!k.iter().any(|k| k.ends_with("@dependant:1")), "18 by the planned day: {k:?}");

    store.update_client(c.id, &profile(&family(r#", "resident_of": "MO""#))).await.unwrap();
    let r = store.regenerate(talentnav_rules::pack::embedded_pack(), app.id).await.unwrap();
    assert_eq!(r.made_obsolete, ["taiwan_documents@dependant:0", "overseas_residence@dependant:0"], "{r:?}");
    assert!(r.added.is_empty(), "the Macao identity card is kept, now plainly required: {r:?}");

    store.update_client(c.id, &profile(&family(r#", "resident_of": "GB", "nationality": "GB""#))).await.unwrap();
    let r = store.regenerate(talentnav_rules::pack::embedded_pack(), app.id).await.unwrap();
    assert_eq!(r.made_obsolete, ["macao_id@dependant:0"], "lives in London: {r:?}");
}

/// The embedded pack, but TTPS applicants need a photo only when they live on the Mainland (as the
/// update tests' stricter pack does).
fn photo_only_for_mainland() -> talentnav_rules::pack::Pack {
    let photo = "scheme = \"ttps\"\nparty = \"applicant\"\ndocument = \"photo\"\nwhen = \"always\"";
    let files: Vec<(String, String)> = talentnav_rules::pack::embedded_files()
        .iter()
        .map(|(n, t)| {
            let t = if *n == "documents.toml" {
                assert!(t.contains(photo));
                t.replacen(photo, &photo.replace("always", "mainland_resident"), 1)
            } else {
                t.to_string()
            };
            (n.to_string(), t)
        })
        .collect();
    let refs: Vec<(&str, &str)> = files.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
    talentnav_rules::pack::Pack::load(&refs).unwrap()
}

/// After a rule-pack change the affected checklists are regenerated together: one transaction with
/// an audit entry per application naming the pack, and a failure part-way (an application that is
/// gone) leaves every checklist and the audit log as they were.
#[tokio::test]
async fn regenerating_several_checklists_is_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).await.unwrap();
    let pack = talentnav_rules::pack::embedded_pack();
    let new = photo_only_for_mainland();
    let a = store.add_client(&profile("")).await.unwrap();
    let b = store.add_client(&profile(FAMILY)).await.unwrap();
    let app_a = store.create_application(pack, a.id, "ttps", Some("ttps.a"), None).await.unwrap().id;
    let app_b = store.create_application(pack, b.id, "ttps", Some("ttps.a"), None).await.unwrap().id;
    let keys = |items: Vec<talentnav_store::applications::DocumentItem>| {
        items.into_iter().map(|i| (i.item_key, i.obsolete)).collect::<Vec<_>>()
    };
    let before = (keys(store.items(app_a).await.unwrap()), keys(store.items(app_b).await.unwrap()));
    let audit_before = store.verify_audit().await.unwrap().entries;

    let err = store.regenerate_all(&new, &[app_a, 999, app_b]).await.unwrap_err();
    assert_eq!(err.message_id, "store-error-no-application");
    assert_eq!((keys(store.items(app_a).await.unwrap()), keys(store.items(app_b).await.unwrap())), before);
    assert_eq!(store.verify_audit().await.unwrap().entries, audit_before, "no audit entry from the failed run");

    let done = store.regenerate_all(&new, &[app_a, app_b]).await.unwrap();
    assert_eq!(done.iter().map(|(id, _)| *id).collect::<Vec<_>>(), [app_a, app_b]);
    assert!(done.iter().all(|(_, r)| r.made_obsolete == ["photo@applicant"] && r.added.is_empty()), "{done:?}");
    for app in [app_a, app_b] {
        let photo = store.items(app).await.unwrap().into_iter().find(|i| i.item_key == "photo@applicant").unwrap();
        assert!(photo.obsolete, "kept, marked obsolete");
    }
    let audit = store.verify_audit().await.unwrap();
    assert_eq!((audit.entries, audit.first_broken), (audit_before + 2, None));
    let history = store.client_history(b.id, 1).await.unwrap();
    let entry = &history[0];
    assert_eq!(
        (entry.entity.as_str(), entry.entity_id.clone(), entry.action.as_str()),
        ("application", app_b.to_string(), "regenerate")
    );
    let after: serde_json::Value = serde_json::from_str(entry.after.as_deref().unwrap()).unwrap();
    assert_eq!(
        (after["pack"].as_str(), after["made_obsolete"][0].as_str()),
        (Some("2026.1.0"), Some("photo@applicant"))
    );
}

#[tokio::test]
async fn notes_are_listed_newest_first_with_their_application_and_recorded_in_the_history() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).await.unwrap();
    let pack = talentnav_rules::pack::embedded_pack();
    let c = store.add_client(&profile("")).await.unwrap();
    let gep = store.create_application(pack, c.id, "gep", None, None).await.unwrap();
    let ttps = store.create_application(pack, c.id, "ttps", None, None).await.unwrap();
    let first = store.add_note(c.id, Some(gep.id), "Client prefers WhatsApp").await.unwrap();
    let second = store.add_note(c.id, Some(ttps.id), "Employer sends the contract on Monday\nCall HR").await.unwrap();
    let notes = store.notes(c.id).await.unwrap();
    let seen: Vec<(i64, Option<i64>, &str)> = notes.iter().map(|n| (n.id, n.application_id, n.body.as_str())).collect();
    assert_eq!(
        seen,
        [
            (second.id, Some(ttps.id), "Employer sends the contract on Monday\nCall HR"),
            (first.id, Some(gep.id), "Client prefers WhatsApp")
        ]
    );
    assert!(notes.iter().all(|n| n.client_id == c.id && n.created_at.ends_with('Z')));

    // An application of another client, a missing client, an empty or too long note: refused, nothing written.
    let other = store.add_client(&profile("")).await.unwrap();
    let bad = [
        (other.id, Some(gep.id), "x".to_string(), "store-error-no-application"),
        (c.id, Some(9999), "x".to_string(), "store-error-no-application"),
        (9999, None, "x".to_string(), "store-error-no-client"),
        (c.id, Some(gep.id), " \n ".to_string(), "store-error-empty-note"),
        (c.id, Some(gep.id), "x".repeat(10_001), "store-error-text-too-long"),
    ];
    for (client, app, body, id) in bad {
        assert_eq!(store.add_note(client, app, &body).await.unwrap_err().message_id, id, "{client} {app:?}");
    }
    assert_eq!(store.notes(c.id).await.unwrap().len(), 2);
    assert!(store.notes(other.id).await.unwrap().is_empty());

    // The client's history has both notes, newest first, and the other client's has none.
    let history = store.client_history(c.id, 100).await.unwrap();
    let notes: Vec<&str> = history.iter().filter(|h| h.entity == "note").map(|h| h.entity_id.as_str()).collect();
    assert_eq!(notes, [second.id.to_string(), first.id.to_string()]);
    assert!(store.client_history(other.id, 100).await.unwrap().iter().all(|h| h.entity != "note"));
}
